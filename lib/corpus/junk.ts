// Records whose title is their identifier ("po3221", "hp1109"): the archive lost the title, and
// sometimes the text (a Word document stored as bytes). Where the text opens with the title,
// under the archive's furniture, it is recovered; a record with no readable text is kept for
// search under its identifier but marked `unranked`, so no page is ever linked to it.
import type { ParsedRelease } from './parse';

/** Lines the archive put above the real title. */
const FURNITURE =
  /^(?:\(archived content\)|from the office of public affairs|to view or print the .* content on this page.*|embargoed.*|contact:.*|as prepared for delivery\.?|dear .*|the president|the white house|washington,? d\.?c\.?( \d+)?|[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*[A-Z]{0,3}-?\d*|[A-Z]{1,3}-?\d{2,5}|\d+|part [ivx]+)$/i;
/** Where a title glued to its body ends: the dateline or the body's first words. */
const BODY_START = /\s(?:WASHINGTON\b|Washington,? D\.?C\.?|Embargoed\b|Contact:|Today,|The U\.S\. Department\b|The Treasury Department\b)/;
const TITLE_MAX = 160;
/** Readable text is letters, digits, spaces and punctuation; a binary file is not. */
const READABLE = /[A-Za-z0-9\s.,;:'"()\-–—’“”$%&/]/g;
const MIN_TEXT = 200;

export type JunkOutcome = { kind: 'recovered'; title: string } | { kind: 'unranked'; reason: string };

/** The title is only the identifier (or its slug): "po3221", "resignation.letter", "343". */
export function titleIsIdentifier(release: Pick<ParsedRelease, 'id' | 'title'>): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return key(release.title) === key(release.id.replace(/~\d+$/, ''));
}

function readableShare(text: string): number {
  return text.length === 0 ? 0 : (text.match(READABLE)?.length ?? 0) / text.length;
}

/** What to make of a record whose title is its identifier. */
export function repairJunk(release: Pick<ParsedRelease, 'id' | 'text'>): JunkOutcome {
  const text = release.text;
  // An identifier made of the title's words: "treasury-sanctions-iraq-based-isis-…".
  if (/^[a-z0-9.]+(?:-[a-z0-9.]+){3,}$/.test(release.id) && readableShare(text) >= 0.9) {
    const words = release.id.replace(/~\d+$/, '').split('-').join(' ');
    return { kind: 'recovered', title: words.charAt(0).toUpperCase() + words.slice(1) };
  }
  if (readableShare(text) < 0.9) return { kind: 'unranked', reason: 'text is not readable (a binary file stored as text)' };
  const lines = text
    .split(/\n+/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const body = lines.filter((l) => !FURNITURE.test(l));
  if (body.join(' ').length < MIN_TEXT) return { kind: 'unranked', reason: 'no text beyond the archive’s furniture' };
  const first = body[0]!;
  const cut = BODY_START.exec(first);
  let title = (cut && cut.index >= 20 ? first.slice(0, cut.index) : first).trim();
  if (title.length > TITLE_MAX) title = `${title.slice(0, title.lastIndexOf(' ', TITLE_MAX - 1))}…`;
  return /[A-Za-z]{3}/.test(title) && title.length >= 12
    ? { kind: 'recovered', title }
    : { kind: 'unranked', reason: 'no title line in the text' };
}
