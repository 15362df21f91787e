// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Mention } from '../matcher/types';
import { annotateBlock, firstPiece, unannotate } from './annotate';
import { collectBlocks } from './collect';

const label = (m: Mention) => `${m.entityId}: official releases`;

function mention(text: string, phrase: string, entityId: string): Mention {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in "${text}"`);
  return { start, end: start + phrase.length, entityId, highlight: true };
}

function annotate(html: string, phrases: [string, string][]) {
  document.body.innerHTML = html;
  const [block] = [...collectBlocks(document.body)];
  return annotateBlock(block!, phrases.map(([p, id]) => mention(block!.text, p, id)), label);
}

describe('annotateBlock', () => {
  it('wraps each mention in one mark carrying data-ps-entity', () => {
    const marks = annotate('<p>Treasury Secretary Scott Bessent met Rachel Reeves.</p>', [
      ['Treasury Secretary Scott Bessent', 'person:scott-bessent'],
      ['Rachel Reeves', 'person:rachel-reeves'],
    ]);
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-ps-entity')])).toEqual([
      ['Treasury Secretary Scott Bessent', 'person:scott-bessent'],
      ['Rachel Reeves', 'person:rachel-reeves'],
    ]);
    expect(document.body.textContent).toBe('Treasury Secretary Scott Bessent met Rachel Reeves.');
    expect(marks[0]!.tabIndex).toBe(0);
    expect(marks[0]!.getAttribute('aria-description')).toBe('person:scott-bessent: official releases');
  });

  it('wraps a name split across inline elements piece by piece, entity on the first', () => {
    annotate('<p>By <a href="/x"><span>Scott</span></a> <b>Bessent</b> today</p>', [['Scott Bessent', 'person:scott-bessent']]);
    const pieces = [...document.querySelectorAll('ps-mark')];
    expect(pieces.map((p) => p.textContent)).toEqual(['Scott', 'Bessent']);
    expect(document.querySelectorAll('[data-ps-entity]')).toHaveLength(1);
    expect(firstPiece(pieces[1]!)).toBe(pieces[0]);
    expect(document.querySelector('a')!.getAttribute('href')).toBe('/x');
  });

  it('leaves links working: the mark sits inside the link and takes no focus there', () => {
    const [mark] = annotate('<p><a href="/story">Bessent speaks</a></p>', [['Bessent', 'person:scott-bessent']]);
    expect(mark!.closest('a')!.getAttribute('href')).toBe('/story');
    expect(mark!.hasAttribute('tabindex')).toBe(false);
    let followed = false;
    document.querySelector('a')!.addEventListener('click', (e) => {
      followed = true;
      e.preventDefault();
    });
    mark!.click();
    expect(followed).toBe(true);
  });

  it('unannotate restores the original text and structure', () => {
    const html = '<p>Said <b>Scott</b> Bessent on Monday.</p>';
    annotate(html, [['Scott Bessent', 'person:scott-bessent']]);
    unannotate(document.body);
    expect(document.querySelectorAll('ps-mark')).toHaveLength(0);
    expect(document.body.innerHTML).toBe(html);
  });
});
