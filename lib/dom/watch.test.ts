// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type Change, watchMutations } from './watch';

const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));
let controller: AbortController;
afterEach(() => controller.abort());

type Seen = string[] | 'all';

function watch(options: { burstLimit?: number; debounceMs?: number; maxWaitMs?: number; isOurs?: (n: Node) => boolean } = {}) {
  controller = new AbortController();
  const calls: Seen[] = [];
  const changes: Change[] = [];
  watchMutations(
    document.documentElement,
    (change) => {
      changes.push(change);
      if (change.roots === 'all' || change.roots.length > 0) calls.push(change.roots === 'all' ? 'all' : change.roots.map((r) => r.id));
    },
    { signal: controller.signal, debounceMs: 5, burstLimit: 50, ...options },
  );
  return { calls, changes };
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

  it('does not hear our own UI host', async () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const host = document.createElement('primary-source');
    const { calls } = watch({ isOurs: (n) => n === host || host.contains(n) });
    document.documentElement.append(host);
    host.append(document.createElement('div'));
    await settle();
    expect(calls).toEqual([]);
    host.remove();
  });

  it('follows a page that replaces its <body>', async () => {
    const { calls } = watch();
    const body = document.createElement('body');
    body.id = 'new-body';
    body.innerHTML = '<p>Swapped in.</p>';
    document.body.replaceWith(body);
    await settle();
    expect(calls).toEqual([['new-body']]);
  });

  it('still reports, at least every maxWait, on a page that never stops changing', async () => {
    document.body.innerHTML = '<p id="clock">0</p><div id="late"></div>';
    const { calls } = watch({ debounceMs: 40, maxWaitMs: 100 });
    const clock = document.getElementById('clock')!;
    let ticks = 0;
    const ticker = setInterval(() => (clock.firstChild!.textContent = String(++ticks)), 10);
    await settle(30);
    document.getElementById('late')!.append(Object.assign(document.createElement('p'), { id: 'news', textContent: 'news' }));
    await settle(250);
    clearInterval(ticker);
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.some((c) => c !== 'all' && c.includes('news'))).toBe(true);
  });

  it('says when something was removed or may have become editable or hidden', async () => {
    document.body.innerHTML = '<div id="cms"><p id="p">text</p></div>';
    const { changes } = watch();
    document.getElementById('cms')!.setAttribute('contenteditable', 'true');
    await settle();
    expect(changes.map((c) => c.removedOrAttributes)).toEqual([true]);
    document.getElementById('p')!.remove();
    await settle();
    expect(changes.map((c) => c.removedOrAttributes)).toEqual([true, true]);
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
    const { calls } = watch({ burstLimit: 10 });
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
