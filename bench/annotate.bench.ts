// Marking a document: ours (collect blocks, match, wrap) beside mark.js `markRegExp`, on the
// same documents, in happy-dom under Node (a real browser's DOM is faster for both; the
// comparison is what counts here). Two figures per document:
//   - end to end: ours with the compiled matcher, mark.js with one RegExp of the same patterns;
//   - wrapping only: ours given its mentions, mark.js given a RegExp of exactly the marked
//     strings, so both do (nearly) the same DOM work.
// Documents are article-like: paragraphs from bench/texts.ts with every ninth word a link and
// every thirteenth in <b>, so some names are split across inline elements.
import { Window } from 'happy-dom';
import { annotateBlock } from '../lib/dom/annotate';
import { collectBlocks } from '../lib/dom/collect';
import { compileMatcher } from '../lib/matcher/compile';
import { loadMatcher } from '../lib/matcher/matcher';
import { findMentions, NEW_PAGE } from '../lib/matcher/mentions';
import { type BenchEntry, lowerIsBetter } from './report';
import type { BenchTexts } from './texts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function documentHtml(paragraphs: string[]): string {
  return paragraphs
    .map((p) => {
      const words = escapeHtml(p).split(' ');
      const inline = words.map((w, i) => (i % 9 === 4 ? `<a href="#w${i}">${w}</a>` : i % 13 === 7 ? `<b>${w}</b>` : w));
      return `<p>${inline.join(' ')}</p>`;
    })
    .join('\n');
}

/** mark.js reads the DOM from globals: give it happy-dom's. */
function installGlobals(window: Window): void {
  const g = globalThis as Record<string, unknown>;
  for (const key of ['document', 'NodeFilter', 'Node', 'NodeList', 'Element', 'HTMLElement', 'Text', 'navigator']) {
    try {
      g[key] = (window as unknown as Record<string, unknown>)[key];
    } catch {
      Object.defineProperty(g, key, { value: (window as unknown as Record<string, unknown>)[key], configurable: true });
    }
  }
  g.window = window;
}

/** Median over `runs` of `measure` on a freshly parsed body each time (parsing not timed). */
function timed(body: HTMLElement, html: string, runs: number, measure: () => number): { ms: number; marks: number } {
  const times: number[] = [];
  let marks = 0;
  for (let i = 0; i <= runs; i++) {
    body.innerHTML = html;
    const t = performance.now();
    marks = measure();
    if (i > 0) times.push(performance.now() - t); // the first run warms up
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, marks };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

export async function benchAnnotate(texts: BenchTexts): Promise<BenchEntry[]> {
  const window = new Window({ url: 'https://news.example/' });
  installGlobals(window);
  const markJs = 'mark.js'; // untyped package: imported by name, typed here
  const { default: Mark } = (await import(markJs)) as {
    default: new (ctx: Element) => { markRegExp(re: RegExp, o: object): void };
  };
  const document = window.document as unknown as Document;
  const body = document.body;
  const matcher = loadMatcher(compileMatcher(texts.entities));
  const patterns = matcher.automaton.patterns();
  const everything = new RegExp(
    `\\b(?:${[...patterns]
      .sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join('|')})\\b`,
    'gi',
  );
  const entries: BenchEntry[] = [];

  const docs: [string, string[], number][] = [
    ['50 KB article', texts.article, 7],
    ['500 KB page', texts.page.slice(0, Math.ceil(texts.page.length / 4)), 3],
  ];
  for (const [label, paragraphs, runs] of docs) {
    const html = documentHtml(paragraphs);
    let markedTexts = new Set<string>();

    const ours = timed(body, html, runs, () => {
      const blocks = [...collectBlocks(body)];
      const { mentions } = findMentions(
        matcher,
        blocks.map((b) => b.text),
        NEW_PAGE,
      );
      markedTexts = new Set();
      let marks = 0;
      blocks.forEach((block, i) => {
        const chosen = (mentions[i] ?? []).filter((m) => m.highlight);
        for (const m of chosen) markedTexts.add(block.text.slice(m.start, m.end));
        marks += annotateBlock(block, chosen).length;
      });
      return marks;
    });
    const theirs = timed(body, html, runs, () => {
      new Mark(body).markRegExp(everything, { acrossElements: true, element: 'mark' });
      return body.querySelectorAll('mark').length;
    });
    console.log(`  ${label}: ours ${ours.marks} mentions marked · mark.js ${theirs.marks} mark elements (no mention rules, raw text)`);
    entries.push(lowerIsBetter(`mark ${label}, end to end (happy-dom)`, 'ms', ours.ms, 'mark.js markRegExp, same patterns', theirs.ms));

    // Wrapping only: the same strings to mark on both sides.
    const mentionsByBlock = (() => {
      body.innerHTML = html;
      const blocks = [...collectBlocks(body)];
      return findMentions(
        matcher,
        blocks.map((b) => b.text),
        NEW_PAGE,
      ).mentions.map((ms) => ms.filter((m) => m.highlight));
    })();
    const exact = new RegExp(
      `(?:${[...markedTexts]
        .sort((a, b) => b.length - a.length)
        .map(escapeRe)
        .join('|')})`,
      'g',
    );
    const wrapOurs = timed(body, html, runs, () => {
      const blocks = [...collectBlocks(body)];
      return blocks.reduce((n, block, i) => n + annotateBlock(block, mentionsByBlock[i] ?? []).length, 0);
    });
    const wrapTheirs = timed(body, html, runs, () => {
      new Mark(body).markRegExp(exact, { acrossElements: true, element: 'mark' });
      return new Set([...body.querySelectorAll('mark')].map((m) => m.getAttribute('data-markjs'))).size;
    });
    console.log(`  ${label}: wrapping ${wrapOurs.marks} mentions (ours) · ${body.querySelectorAll('mark').length} mark elements (mark.js)`);
    entries.push(
      lowerIsBetter(`wrap ${label} given its mentions (happy-dom)`, 'ms', wrapOurs.ms, 'mark.js markRegExp, exact strings', wrapTheirs.ms),
    );
  }
  await window.happyDOM.close();
  return entries;
}
