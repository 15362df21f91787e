// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Mention } from '../messages';
import { annotateBlock, isCurrent } from './annotate';
import { collectBlocks } from './collect';

function mention(text: string, phrase: string, entityId: string): Mention {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in "${text}"`);
  return { start, end: start + phrase.length, entityId, highlight: true };
}

function annotate(html: string, phrases: [string, string][]) {
  document.body.innerHTML = html;
  const [block] = [...collectBlocks(document.body)];
  return annotateBlock(
    block!,
    phrases.map(([p, id]) => mention(block!.text, p, id)),
  );
}

describe('annotateBlock', () => {
  it('makes one mark per mention, as ranges, and leaves the page as it was', () => {
    const html = '<p>Treasury Secretary Scott Bessent met Rachel Reeves.</p>';
    const marks = annotate(html, [
      ['Treasury Secretary Scott Bessent', 'person:scott-bessent'],
      ['Rachel Reeves', 'person:rachel-reeves'],
    ]);
    expect(marks.map((m) => [m.text, m.entityId, m.ranges.map(String)])).toEqual([
      ['Treasury Secretary Scott Bessent', 'person:scott-bessent', ['Treasury Secretary Scott Bessent']],
      ['Rachel Reeves', 'person:rachel-reeves', ['Rachel Reeves']],
    ]);
    expect(document.body.innerHTML).toBe(html);
    expect(document.body.querySelector('p')!.childNodes).toHaveLength(1);
  });

  it('covers a name split across inline elements with a range per piece, the link untouched', () => {
    const html = '<p>By <a href="/x"><span>Scott</span></a> <b>Bessent</b> today</p>';
    const [mark] = annotate(html, [['Scott Bessent', 'person:scott-bessent']]);
    expect(mark!.text).toBe('Scott Bessent');
    expect(mark!.ranges.map(String)).toEqual(['Scott', 'Bessent']);
    expect(document.body.innerHTML).toBe(html);
  });

  it('knows when the page changed or removed the text a mark covers', () => {
    const [mark] = annotate('<p id="p">Said <b>Scott</b> Bessent on Monday.</p>', [['Scott Bessent', 'person:scott-bessent']]);
    expect(isCurrent(mark!)).toBe(true);
    document.querySelector('b')!.firstChild!.textContent = 'Janet';
    expect(isCurrent(mark!)).toBe(false);
    const [again] = annotate('<p id="p">Said Scott Bessent.</p>', [['Scott Bessent', 'person:scott-bessent']]);
    document.getElementById('p')!.remove();
    expect(isCurrent(again!)).toBe(false);
  });
});
