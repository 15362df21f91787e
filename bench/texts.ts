// The texts and gazetteer the matcher and annotation benchmarks share, built in memory at
// bench time (nothing from the corpus is written into the project):
//   - paragraphs of real release prose from ../shared/treasury when it is there, else
//     synthetic prose; straight quotes turned typographic, and every so often a sentence with
//     accents, a non-breaking space or a line break inside a name;
//   - a 50 KB article and a 2 MB page made of those paragraphs;
//   - the bundled gazetteer (assets/index/entities.json), or ~20,000 generated people when
//     the index has not been built.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Entity } from '../lib/release/types';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/treasury/news');

/** Deterministic pseudo-random numbers (mulberry32): the same texts on every run. */
export function random(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Markdown body → plain paragraphs. */
function paragraphsOf(markdown: string): string[] {
  const body = markdown.replace(/^---[\s\S]*?\n---\n/, '');
  return body
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/<[^>]+>/g, ' ')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_#>|`]+/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 80);
}

function typographic(p: string): string {
  return p.replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’');
}

function corpusParagraphs(limit: number): string[] | null {
  if (!existsSync(CORPUS)) return null;
  const files: string[] = [];
  for (const dir of readdirSync(CORPUS).sort()) {
    for (const f of readdirSync(join(CORPUS, dir)).sort()) files.push(join(CORPUS, dir, f));
  }
  const pick = random(42);
  const out: string[] = [];
  let chars = 0;
  while (chars < limit) {
    const file = files[pick(files.length)]!;
    for (const p of paragraphsOf(readFileSync(file, 'utf8'))) {
      out.push(p);
      chars += p.length + 1;
    }
  }
  return out;
}

const WORDS = (
  'the of and to in a for on that with by as is was said will its from at this be have an which market ' +
  'rates policy sanctions economy growth minister officials treasury bank trade talks week tuesday agreement ' +
  'support financial new under government network government’s investors’ “statement” économie déjà'
).split(' ');

function syntheticParagraphs(limit: number, names: string[]): string[] {
  const pick = random(7);
  const out: string[] = [];
  let chars = 0;
  while (chars < limit) {
    const words: string[] = [];
    for (let i = 0; i < 60; i++) words.push(pick(25) === 0 && names.length > 0 ? names[pick(names.length)]! : WORDS[pick(WORDS.length)]!);
    const p = words.join(' ') + '.';
    out.push(p);
    chars += p.length + 1;
  }
  return out;
}

/** People with their full name printed in ways a page may print it. */
function variantSentence(entities: Entity[], pick: (n: number) => number): string {
  const people = entities.filter((e) => e.type === 'person' && e.surname && e.aliases.length > 0);
  const accents: Record<string, string> = { e: 'é', a: 'á', o: 'ö', c: 'ç', u: 'ü', i: 'í', n: 'ñ' };
  const person = people[pick(people.length)];
  if (!person) return 'Le ministre de l’Économie a déclaré « nous sommes prêts ».';
  const name = person.aliases[0]!;
  const accented = name.replace(/[eaocuin]/, (c) => accents[c]!);
  const forms = [
    `Officials said ${accented}’s team met on Tuesday.`,
    `“We are ready,” ${name.replace(' ', '\u00a0')} told reporters.`,
    `A statement from ${name.replace(' ', '\n')} followed the meeting — Café talks resumed.`,
  ];
  return forms[pick(forms.length)]!;
}

export interface BenchTexts {
  entities: Entity[];
  /** Where the gazetteer came from, for the report. */
  gazetteer: string;
  /** Where the prose came from. */
  prose: string;
  article: string[];
  page: string[];
}

/** People with invented names (given name + surname), for a gazetteer of a chosen size. */
export function generatedPeople(count: number): Entity[] {
  const syllables = [
    'ba',
    'ko',
    'rankingIndex',
    'tan',
    'mel',
    'sor',
    'vin',
    'da',
    'lu',
    'pe',
    'gra',
    'han',
    'zu',
    'mo',
    'ne',
    'lis',
    'tor',
    'kel',
  ];
  const pick = random(3);
  const word = () => {
    let s = '';
    for (let k = 2 + pick(2); k > 0; k--) s += syllables[pick(syllables.length)];
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const seen = new Set<string>();
  const people: Entity[] = [];
  while (people.length < count) {
    const given = word();
    const surname = word();
    const name = `${given} ${surname}`;
    if (seen.has(name)) continue;
    seen.add(name);
    people.push({
      id: `person:${name.toLowerCase().replace(' ', '-')}`,
      type: 'person',
      name,
      aliases: [name],
      surname,
      givenNames: [given],
      highlight: true,
      releaseCount: 1,
    });
  }
  return people;
}

/** Paragraphs adding up to about `chars` characters. */
function take(paragraphs: string[], chars: number, from: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = from; size < chars; i = (i + 1) % paragraphs.length) {
    out.push(paragraphs[i]!);
    size += paragraphs[i]!.length + 1;
  }
  return out;
}

export function loadBenchTexts(): BenchTexts {
  const indexPath = join(ROOT, 'assets/index/entities.json');
  const indexed = existsSync(indexPath) ? (JSON.parse(readFileSync(indexPath, 'utf8')) as Entity[]) : [];
  const entities = indexed.length > 0 ? indexed : generatedPeople(20_000);
  const gazetteer = indexed.length > 0 ? `assets/index/entities.json (${entities.length} entities)` : `${entities.length} generated people`;

  const fromCorpus = corpusParagraphs(2_100_000);
  const raw =
    fromCorpus ??
    syntheticParagraphs(
      2_100_000,
      entities.flatMap((e) => e.aliases.slice(0, 1)),
    );
  const pick = random(11);
  const paragraphs = raw.map((p, i) => (i % 12 === 5 ? `${typographic(p)} ${variantSentence(entities, pick)}` : typographic(p)));
  return {
    entities,
    gazetteer,
    prose: fromCorpus ? 'release prose from ../shared/treasury' : 'synthetic prose',
    article: take(paragraphs, 50_000, 0),
    page: take(paragraphs, 2_000_000, 0),
  };
}
