// How a topic's alias may be printed: its words, with any run of the gaps below between them
// ("rare-earth elements", "AML/CFT", "S & ED"). The release tagger (lib/corpus/topics.ts)
// walks words across these gaps; the page matcher (lib/matcher/compile.ts) is given every
// spelling of them. One definition, so a topic found in releases is found on pages too.
import { normalize } from './normalize';

/** A gap a topic phrase may run across: space (any whitespace, once normalized), - / ' &. */
export function isTopicGapCode(c: number): boolean {
  return c === 32 || c === 45 /* - */ || c === 47 /* / */ || c === 39 /* ' */ || c === 38 /* & */;
}

/** The spellings of one gap the page matcher learns: as printed, with a space, with a hyphen. */
function gapSpellings(gap: string): string[] {
  const forms = new Set([gap, ' ', '-']);
  if (gap.includes('&')) forms.add('&').add(' & ');
  if (gap.includes('/')) forms.add('/').add(' / ');
  return [...forms];
}

/**
 * Every spelling of an alias that the tagger would also accept, for aliases of two to four
 * words (longer ones keep their printed form: the product would grow past use).
 */
export function topicSpellings(alias: string): string[] {
  const parts = normalize(alias)
    .trim()
    .split(/([ \-/'&]+)/);
  const words = parts.filter((_, i) => i % 2 === 0);
  const gaps = parts.filter((_, i) => i % 2 === 1);
  if (words.length < 2 || words.length > 4 || words.some((w) => w === '')) return [alias];
  let spellings = [words[0]!];
  gaps.forEach((gap, i) => {
    spellings = spellings.flatMap((head) => gapSpellings(gap).map((g) => head + g + words[i + 1]));
  });
  return spellings;
}
