// What news repeats of a release: its lede (first one or two sentences, shown on the card and
// searched) and its quotable passages (what officials said, then the opening), for the
// event evidence in lib/ranking/evidence.ts.

/** Lines that open a release without saying anything: archive banners, delivery notes, datelines. */
const FURNITURE = /^(?:\(archived content\)|as prepared for delivery|embargoed|for immediate release|contact:|media contact|\*+$)/i;
const DATELINE = /^\**(?:[A-Z][A-Z .,'-]{2,40}\**\s*[-–—:]+|[A-Z][A-Za-z .,']{2,40}(?:--|\s[–—])+)\s*/;
/** A period after these ends no sentence: "U.S.", "Mr.", "E.O.", "Jan.", "No.". */
const ABBREVIATION =
  /(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|No|Nos|Inc|Co|Corp|Ltd|Gen|Sen|Rep|Gov|Amb|Lt|Col|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|U\.S|E\.O))\.$/;

export const LEDE_MAX = 240;

/** Sentences of a paragraph, split at ". " before a capital or a quote, abbreviations aside. */
export function sentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(/[.!?][”"’)]?\s+(?=[A-Z“"])/g)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATION.test(paragraph.slice(Math.max(start, end - 6), end))) continue;
    out.push(paragraph.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function bodyParagraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0 && !FURNITURE.test(line));
}

/** The release's first sentence, and the second when both fit in LEDE_MAX characters. */
export function lede(text: string): string | undefined {
  const first = bodyParagraphs(text).find((p) => p.length >= 40 && /[a-z]/.test(p) && (sentences(p)[0]?.length ?? 0) >= 20);
  if (!first) return undefined;
  const [one, two] = sentences(first.replace(DATELINE, ''));
  if (!one) return undefined;
  const lead = two && one.length + two.length + 1 <= LEDE_MAX ? `${one} ${two}` : one;
  return lead.length <= LEDE_MAX ? lead : `${lead.slice(0, lead.lastIndexOf(' ', LEDE_MAX - 1))}…`;
}

const QUOTED = /[“"]([^“”"]{30,})[”"]/g;
/** How much of the opening counts as quotable besides the quotes. */
const OPENING_CHARS = 2500;

/** Passages news is likely to reproduce: quoted speech first, then the opening of the text. */
export function quotablePassages(text: string): string[] {
  const quotes = [...text.matchAll(QUOTED)].map((m) => m[1]!);
  return [...quotes, text.slice(0, OPENING_CHARS)];
}
