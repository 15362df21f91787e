// News-like pages for the browser benchmark, built from the bundled index's titles (derived
// data, in the project) so the bench runs without ../shared: a 50 KB article and a 2 MB live
// blog with 5,000 paragraphs and 10,000 inline links, with curly quotes and accents.
import { readBundledIndex } from '../cli/bundled-index';

const OPENERS = [
  'Treasury Secretary Scott Bessent said on Monday that',
  'In a statement, officials said',
  'Speaking to reporters in Washington, Bessent added that',
  'Chancellor of the Exchequer Rachel Reeves told the BBC that',
  'Canada’s finance minister, François-Philippe Champagne, said',
  'Analysts at a New York bank wrote that',
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Deterministic paragraphs: an opener, a release title in curly quotes, a closing clause. */
function paragraphs(count: number, linksEach: number): string[] {
  const titles = readBundledIndex().releases.map((r) => r.title);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const title = escapeHtml(titles[(i * 7919) % titles.length]!);
    const links = Array.from({ length: linksEach }, (_, k) => ` <a href="/story/${i}-${k}">related coverage ${k + 1}</a>`).join(',');
    out.push(
      `<p>${OPENERS[i % OPENERS.length]} “${title}” would shape talks on critical minerals and supply chains in the weeks ahead, ` +
        `according to people familiar with the matter; a spokesperson for the ministère declined to comment.${links}</p>`,
    );
  }
  return out;
}

function page(title: string, body: string[], targetBytes: number): string {
  let html = '';
  for (const p of body) {
    if (html.length > targetBytes) break;
    html += p + '\n';
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2026-01-13T09:00:00Z"></head>
<body><article><h1>${title}</h1>${html}</article></body></html>`;
}

/** An ordinary story that names no official and no topic: the page most readers open most. */
function quietPage(): string {
  const body = Array.from(
    { length: 40 },
    (_, i) => `<p>Clouds gather over the valley by noon on day ${i + 1}; the afternoon brings light rain and a cool evening.</p>`,
  );
  return page('Rain expected this week', body, 10_000);
}

/** 50,000 short paragraphs, one in ten naming an official: marks far below the fold are painted lazily. */
function manyParagraphs(count: number): string {
  const body = Array.from({ length: count }, (_, i) =>
    i % 10 === 0 ? `<p>Update ${i}: Treasury Secretary Scott Bessent spoke again.</p>` : `<p>Update ${i}: markets were quiet.</p>`,
  );
  return page('50,000 paragraphs', body, Infinity);
}

export function benchPages(): Record<string, string> {
  return {
    '/quiet.html': quietPage(),
    '/article-50k.html': page('A 50 KB article', paragraphs(400, 0), 50_000),
    '/liveblog-2mb.html': page('A 2 MB live blog', paragraphs(5000, 2), 2_000_000),
    '/paragraphs-50k.html': manyParagraphs(50_000),
  };
}
