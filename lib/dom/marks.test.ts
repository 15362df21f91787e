// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { annotateBlock } from './annotate';
import { collectBlocks } from './collect';
import type { Highlighter } from './highlight-api';
import { MarkLayer } from './marks';

/** Records what would be painted. */
function fakeHighlighter() {
  const painted = new Set<Range>();
  const highlighter: Highlighter = { add: (r) => void painted.add(r), remove: (r) => void painted.delete(r), clear: () => painted.clear() };
  return { painted, highlighter };
}

function markAll(layer: MarkLayer, phrase: string, onScreen = true) {
  for (const block of collectBlocks(document.body)) {
    const start = block.text.indexOf(phrase);
    if (start >= 0)
      layer.add(block.element, annotateBlock(block, [{ start, end: start + phrase.length, entityId: 'e', highlight: true }]), onScreen);
  }
}

describe('MarkLayer', () => {
  it('lists marks in document order and paints those on screen', () => {
    document.body.innerHTML = '<p id="a">Bessent one.</p><p id="b">Bessent two.</p>';
    const { painted, highlighter } = fakeHighlighter();
    const layer = new MarkLayer(highlighter, null);
    const [a, b] = [...collectBlocks(document.body)];
    layer.add(b!.element, annotateBlock(b!, [{ start: 0, end: 7, entityId: 'e2', highlight: true }]), true);
    layer.add(a!.element, annotateBlock(a!, [{ start: 0, end: 7, entityId: 'e1', highlight: true }]), true);
    expect(layer.inOrder().map((m) => m.entityId)).toEqual(['e1', 'e2']);
    expect(painted.size).toBe(2);
  });

  it('drops marks whose text the page changed or removed, and returns their blocks to analyse again', () => {
    document.body.innerHTML = '<p id="a">Bessent one.</p><p id="b">Bessent two.</p><p id="c">Bessent three.</p>';
    const { painted, highlighter } = fakeHighlighter();
    const layer = new MarkLayer(highlighter, null);
    markAll(layer, 'Bessent');
    document.querySelector('#a')!.firstChild!.textContent = 'Reeves one.';
    document.querySelector('#b')!.remove();
    expect(layer.prune().map((el) => el.id)).toEqual(['a']);
    expect(layer.inOrder().map((m) => m.block.id)).toEqual(['c']);
    expect(painted.size).toBe(1);
  });

  it('drops marks in blocks that are no longer readable (editable, hidden)', () => {
    document.body.innerHTML = '<p id="a">Bessent one.</p><p id="b">Bessent two.</p>';
    const layer = new MarkLayer(fakeHighlighter().highlighter, null);
    markAll(layer, 'Bessent');
    document.querySelector('#a')!.setAttribute('contenteditable', 'true');
    layer.prune((block) => !block.hasAttribute('contenteditable'));
    expect(layer.inOrder().map((m) => m.block.id)).toEqual(['b']);
  });

  it('clears everything it painted', () => {
    document.body.innerHTML = '<p>Bessent one.</p>';
    const { painted, highlighter } = fakeHighlighter();
    const layer = new MarkLayer(highlighter, null);
    markAll(layer, 'Bessent');
    layer.clear();
    expect([painted.size, layer.size]).toEqual([0, 0]);
  });
});
