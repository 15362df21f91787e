// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchMutations } from './watch';

const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));
let controller: AbortController;
afterEach(() => controller.abort());

function watch(burstLimit = 50) {
  controller = new AbortController();
  const calls: (string[] | 'all')[] = [];
  const watcher = watchMutations(document.body, (roots) => calls.push(roots === 'all' ? 'all' : roots.map((r) => r.id)), {
    signal: controller.signal,
    debounceMs: 5,
    burstLimit,
  });
  return { calls, watcher };
}

describe('watchMutations', () => {
  it('reports paragraphs the page adds later, batched into one call', async () => {
    document.body.innerHTML = '<article id="a"></article>';
    const { calls } = watch();
    for (const id of ['p1', 'p2']) {
      const p = document.createElement('p');
      p.id = id;
      p.textContent = 'late text';
      document.getElementById('a')!.append(p);
    }
    await settle();
    expect(calls).toEqual([['p1', 'p2']]);
  });

  it('does not hear the extension’s own changes', async () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const { calls, watcher } = watch();
    watcher.ours(() => {
      // What annotation does: split the page's text node and wrap the middle.
      const text = document.getElementById('p')!.firstChild as Text;
      const middle = text.splitText(1);
      middle.splitText(2);
      const mark = document.createElement('ps-mark');
      middle.replaceWith(mark);
      mark.append(middle);
    });
    await settle();
    expect(calls).toEqual([]);
  });

  it('ignores changes inside skipped content such as comment boxes', async () => {
    document.body.innerHTML = '<div id="box" contenteditable="true"></div>';
    const { calls } = watch();
    document.getElementById('box')!.append(document.createElement('span'));
    await settle();
    expect(calls).toEqual([]);
  });

  it('falls back to one full rescan after a burst', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const { calls } = watch(10);
    for (let i = 0; i < 100; i++) document.getElementById('feed')!.append(Object.assign(document.createElement('p'), { id: `x${i}` }));
    await settle();
    expect(calls).toEqual(['all']);
  });

  it('stops when aborted', async () => {
    document.body.innerHTML = '<div id="a"></div>';
    const { calls } = watch();
    controller.abort();
    document.getElementById('a')!.append(document.createElement('p'));
    await settle();
    expect(calls).toEqual([]);
  });
});
