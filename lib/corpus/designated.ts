// Persons and organizations named in sanctions actions. OFAC's house style introduces each
// target once with its short form in parentheses — "Victor Andres Favela Lopez (Victor
// Andres)", "Sumilab, S.A. de C.V. (Sumilab)", "Tren de Aragua (TdA)" — and that shape is
// what we trust: a wrong entity here becomes a wrong mark on someone's page.
import { asPersonName, isTitleCase, nameTokens } from './people';
import { COUNTRY_NAMES } from './countries';
import { lexicon } from './lexicon';
import { fold } from './names';
import words from '../../assets/lexicon/designated-words.json';

export interface DesignatedMention {
  name: string;
  type: 'designated-person' | 'designated-organization';
  /**
   * The parenthetical short form when it is the surname(s), at the end or inside the name:
   * "Ramiro Mejia Salazar (Mejia Salazar)", "Lawrence Kanyuka Kingston (Kanyuka)".
   */
  surnameHint?: string;
}

/** A release about a sanctions action. */
export function isSanctionsRelease(title: string, text: string): boolean {
  return (
    /\b(sanction|designat|blocked|Kingpin|SDN)/i.test(title) ||
    /\b(OFAC|Office of Foreign Assets Control)\b[^.]{0,120}\b(designat|sanction|identif)/.test(text)
  );
}

/** Legal forms and words that make a name a company, vessel or group. */
const ORG_MARKERS = new RegExp(`(?:\\b(?:${words.orgMarkers.join('|')})(?![\\p{L}\\p{N}]))`, 'u');

/** Government bodies, laws and programs: named in sanctions releases, never their targets. */
const NOT_TARGETS = new RegExp(`\\b(${words.notTargets.join('|')})\\b`);

const CARTEL =
  /\b(?:(?:[A-Z][\p{L}-]+|de|del|la|los|Nueva|New) )*(?:[A-Z][\p{L}-]+ )Cartel\b|\bCartel (?:de|del) (?:[A-Z][\p{L}-]+)(?: (?:[A-Z][\p{L}-]+|de|del|la))*/gu;

const LEGAL_TOKENS =
  /^(?:S\.A|S\.A\.S|S\.R\.L|C\.V|LLC|L\.L\.C|Ltd|Limited|Inc|Corp|Co|GmbH|AG|FZE|FZCO|JSC|PJSC|OJSC|OOO|LLP|PLC|Pte|Bhd)\.?,?$/;

/**
 * A name that only ordinary words make ("Information Technology", "Foreign Trade Bank") would
 * match everywhere: a group's name needs one word of its own (Sinaloa, VTB, Hizballah).
 */
function isDistinctive(name: string): boolean {
  const lex = lexicon();
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w) && !LEGAL_TOKENS.test(w) && !JOINERS.has(w.toLowerCase()))
    .some((w) => !lex.isWord(w.replace(/[.,]+$/, '')));
}

/** "(Victor Andres)", "(a.k.a. “El Mencho”)", "(d.b.a. Fagalab)" → its words. */
function shortForm(inner: string): { words: string; alias: boolean } {
  const alias = /^(?:a\.k\.a\.|aka|alias|f\.k\.a\.|d\.b\.a\.)\s*/i.test(inner);
  const words = inner
    .replace(/^(?:a\.k\.a\.|aka|alias|f\.k\.a\.|d\.b\.a\.)\s*/i, '')
    .replace(/["“”'‘’]/g, '')
    .trim();
  return { words, alias };
}

const wordsOf = (s: string) =>
  fold(s)
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);

/** Initials of a name, particles included or not: "Tren de Aragua" → "tda" and "ta". */
function acronyms(name: string): string[] {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  return [
    words
      .map((w) => w[0])
      .join('')
      .toLowerCase(),
    words
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('')
      .toLowerCase(),
  ];
}

const COUNTRY_WORDS = new Set(COUNTRY_NAMES.flatMap((c) => c.split(' ')).concat(['Latin', 'North', 'South', 'East', 'West']));
const JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'bin', 'ibn', 'al', 'el', 'of', 'the', 'for', 'and', '&']);
const LEGAL_FORM = /^(?:S\.|LLC|L\.L\.C|Ltd|Inc|GmbH|Limited|Co\.|Corp|JSC|FZE|LLP|PLC)/;

/** The capitalized name that ends right before `end` in `text` ("Sumilab, S.A. de C.V."). */
function nameBefore(text: string, end: number): string | undefined {
  const before = text
    .slice(Math.max(0, end - 160), end)
    .trim()
    .split(/\s+/);
  let i = before.length;
  while (i > 0 && i > before.length - 10) {
    const word = before[i - 1]!;
    const bare = word.replace(/,$/, '');
    if (!/^\p{Lu}/u.test(bare) && !JOINERS.has(bare)) break;
    // A comma belongs to the name only before a legal form: "Sumilab, S.A. de C.V.".
    if (word.endsWith(',') && (i === before.length || !LEGAL_FORM.test(before[i]!))) break;
    i--;
  }
  while (i < before.length && JOINERS.has(before[i]!)) i++;
  let name = before.slice(i).join(' ').replace(/,$/, '');
  // "Iran-based X", "Conversion Facility. X": only what follows the last descriptor.
  name = name
    .replace(/^.*\b[\p{L}.]+-(?:based|designated|registered|flagged|owned|linked|affiliated|sanctioned|controlled)\s+/u, '')
    .replace(/^.*[.:]\s+(?=\p{Lu})/u, '')
    .replace(/^.*[—–]\s*/u, '');
  // A heading glued on: "PURCHASING IRANIAN OIL Shandong ... Co., Ltd.".
  const heading = /^((?:[A-Z][A-Z'’-]+\s+)+)(?=\p{Lu}\p{Ll})/u.exec(name);
  if (heading && /[A-Z]{5}/.test(heading[1]!)) name = name.slice(heading[0].length);
  // Layout leftovers ("S.A. de C.V.*", "Name: ...") are not names.
  if (/[:()*]/.test(name) || LEGAL_FORM.test(name)) return undefined;
  // Layout leftovers print a name twice ("Ann Lee Ann Lee", "IVAN POPOV Ivan Popov"): the
  // last start of the first word begins the name; any other repeat spoils it.
  name = name.replace(/['’]$/, '');
  let words = name.split(' ');
  const again = words.lastIndexOf(words[0]!);
  if (again > 0) words = words.slice(again);
  const seen = words.filter((w) => w.length >= 3).map((w) => w.toLowerCase());
  if (new Set(seen).size !== seen.length) return undefined;
  // "Latin American": a demonym, not a name.
  if (words.every((w) => COUNTRY_WORDS.has(w))) return undefined;
  return words.join(' ') || undefined;
}

/** Words that describe a cartel rather than name it: "the powerful Mexico-based Sinaloa Cartel". */
const DESCRIPTOR =
  /^(?:the|a|an|powerful|major|notorious|violent|other|rival|drug|narcotics|transnational|international|mexican|colombian|venezuelan|[\p{L}]+-based)$/iu;

function withoutDescriptors(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && DESCRIPTOR.test(words[0]!)) words.shift();
  return words.join(' ');
}

/** "Lam is being designated", "Dyumin was also designated" (the words before are checked one by one). */
const DESIGNATED_AS = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’-]+ ){0,4}\p{Lu}[\p{L}'’-]+) (?:is|was) (?:also )?(?:being )?designated\b/gu;
/** Words that start a sentence and name nobody: "He is designated", "Each is designated". */
const NOT_A_NAME = /^(?:He|She|It|They|This|That|These|Each|Who|Which|The|Today|Additionally|Also|Accordingly|Finally)$/;
/** "He is designated" under a header line that opens with the person: "Chris Tang, Commissioner of …". */
const PRONOUN_DESIGNATED = /\b(?:He|She) (?:is|was) (?:also )?(?:being )?designated\b/g;
const HEADER = /^((?:\p{Lu}[\p{L}'’.-]+ ){1,4}\p{Lu}[\p{L}'’-]+),? ?\*{0,2},? [^\n]{0,160}$/gmu;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The full name a surname stands for, from where the release introduced the person: "Carrie
 * Lam, Chief Executive" or OFAC's identifier block "DYUMIN, Alexey Gennadyevich".
 */
function fullNameFor(text: string, surname: string, before: number): string | undefined {
  const head = text.slice(0, before);
  const upper = new RegExp(`\\b${escapeRegExp(surname.toUpperCase())}, ((?:\\p{Lu}[\\p{L}'’-]+ ?){1,3})`, 'u').exec(head);
  if (upper) return asPersonName(nameTokens(`${upper[1]!.trim()} ${surname}`));
  for (const m of head.matchAll(new RegExp(`((?:\\p{Lu}[\\p{L}'’.-]+ ){1,3})${escapeRegExp(surname)}(?![\\p{L}'’-])`, 'gu'))) {
    // A sentence word before the name is not a given name: "Although Kimsuky", "Notorious Akrestsina".
    const first = m[1]!.trim().split(' ')[0]!;
    if (lexicon().isWord(first.toLowerCase()) && !lexicon().isCommonName(first.toLowerCase())) continue;
    const name = asPersonName(nameTokens(`${m[1]!.trim()} ${surname}`));
    if (name && !NOT_TARGETS.test(name)) return name;
  }
  return undefined;
}

/** No group's words, no "Turkey-based", no word twice ("Ayman Jaber Ayman Jaber"), no ordinary word first. */
function plausiblePerson(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  // A dictionary word first is a sentence or a company ("Concern Avtomatika"), seldom a given name.
  const lex = lexicon();
  if (lex.isWord(words[0]!) && !lex.isCommonName(words[0]!)) return false;
  return (
    !NOT_TARGETS.test(name) &&
    !ORG_MARKERS.test(name) &&
    !/-(?:based|funded|backed|national|registered)\b|\b(?:Obshchestvo|Ogranichennoy|Otvetstvennostyu|Aktsionernoe|Choice)\b/i.test(name) &&
    new Set(words).size === words.length
  );
}

/** "The individuals designated today are Salvadoran nationals A, B, and C.", "is sanctioning A, B and C." */
const DESIGNATED_LIST =
  /\b(?:(?:individuals|persons|people) (?:designated|sanctioned) today (?:are|include)|(?:is|are) (?:sanctioning|designating)(?: today)?|(?:today )?(?:sanctioned|designated) (?:individuals )?(?:include|are))\s+([^.;:]{5,600}?)(?:\.\s|;|:|$)/gm;
/** Words that introduce the names in a list: "Salvadoran nationals", "senior officials". */
const LIST_LEAD = /^(?:(?:the )?(?:[\p{Lu}][\p{L}-]+ )?(?:nationals?|citizens?|officials?|individuals?|leaders?|members?|persons?)\s+)/u;

/** A list of persons named as the action's targets, each a full name. */
function designatedList(text: string): DesignatedMention[] {
  const out: DesignatedMention[] = [];
  for (const m of text.matchAll(DESIGNATED_LIST)) {
    const items = m[1]!.replace(LIST_LEAD, '').split(/,\s*(?:and\s+)?|\s+and\s+/);
    // A list that is not all names ("three members of the gang") is prose, not targets.
    const names = items.map((item) => (/^\p{Lu}/u.test(item.trim()) ? asPersonName(nameTokens(item.trim())) : undefined));
    if (names.length < 1 || names.some((n) => !n || !plausiblePerson(n))) continue;
    for (const name of names) out.push({ name: name!, type: 'designated-person' });
  }
  return out;
}

/** Persons the release says it designates, by name or by the surname it goes on to use. */
function designatedAs(text: string): DesignatedMention[] {
  const out: DesignatedMention[] = [];
  for (const m of text.matchAll(DESIGNATED_AS)) {
    const words = m[1]!.split(' ');
    while (words.length > 0 && NOT_A_NAME.test(words[0]!)) words.shift();
    if (words.length === 0) continue;
    // "X Y is designated" names companies as often as people: a person when the release also
    // heads a paragraph with the name and a role ("Stephen Lo, Former Commissioner of …"). A
    // surname alone, resolved to the full name the release introduced, is a person.
    const full = words.join(' ');
    const headed = words.length >= 2 && new RegExp(`^${escapeRegExp(full)},? ?\\*{0,2},? \\p{L}[^\\n]{0,160}$`, 'mu').test(text);
    if (words.length >= 2 && !headed) continue;
    const named = headed ? asPersonName(nameTokens(full)) : fullNameFor(text, words[0]!, m.index);
    if (!named || !plausiblePerson(named)) continue;
    const surname = named.split(' ').at(-1)!;
    out.push({ name: named, type: 'designated-person', ...(!headed && words[0] !== surname ? { surnameHint: words[0] } : {}) });
  }
  for (const m of text.matchAll(PRONOUN_DESIGNATED)) {
    const header = [...text.slice(Math.max(0, m.index - 1500), m.index).matchAll(HEADER)].at(-1);
    const named = header ? asPersonName(nameTokens(header[1]!)) : undefined;
    if (named && plausiblePerson(named)) out.push({ name: named, type: 'designated-person' });
  }
  return out;
}

/** Every target a sanctions release introduces in OFAC's shapes. */
export function extractDesignated(text: string): DesignatedMention[] {
  const out: DesignatedMention[] = [...designatedList(text), ...designatedAs(text)];
  for (const m of text.matchAll(/\(([^()]{2,60})\)/g)) {
    const { words, alias } = shortForm(m[1]!);
    if (!words || /\d/.test(words)) continue;
    const name = nameBefore(text, m.index!);
    if (!name || name.length < 5) continue;
    if (NOT_TARGETS.test(name)) continue;
    const nameWords = wordsOf(name);
    const short = wordsOf(words);
    // "La Oficina de Envigado", "Los Zetas": an article opens a group's name, never a person's.
    const isOrg = ORG_MARKERS.test(name) || /^(?:La|El|Los|Las|Al) /.test(name);
    const subset = short.length < nameWords.length && short.every((w) => nameWords.includes(w));
    const isAcronym = acronyms(name).includes(words.replace(/[.\s-]/g, '').toLowerCase());
    // OFAC gives people a short name, groups an acronym: "Tren de Aragua (TdA)".
    if (isAcronym && !isOrg && nameWords.length >= 2 && nameWords.length <= 8) {
      if (isDistinctive(name)) out.push({ name: name.replace(/^(?:The|the)\s+/, ''), type: 'designated-organization' });
      continue;
    }
    if (isOrg && (subset || isAcronym || alias)) {
      const clean = name.replace(/^(?:The|the)\s+/, '');
      if ((clean.split(/\s+/).length >= 2 || /\b(?:S\.A\.|LLC|Ltd|GmbH)/.test(clean)) && isDistinctive(clean)) {
        out.push({ name: clean, type: 'designated-organization' });
      }
      continue;
    }
    if (isOrg) continue;
    // A person: a valid full name whose short form is part of it, or an alias given.
    const tokens = nameTokens(name);
    const person = asPersonName(tokens.slice(Math.max(0, tokens.length - 6)));
    if (person && (subset || alias)) {
      // Where the short form stands: after the given name, it is what the release calls them.
      const at = nameWords.findIndex((_, k) => k > 0 && short.every((w, j) => nameWords[k + j] === w));
      out.push({
        name: person,
        type: 'designated-person',
        ...(subset && at > 0 ? { surnameHint: words } : {}),
      });
    }
  }
  // Cartels by name, outside headlines (where "Targets High-Level Cartel" is capitalized too).
  for (const m of text
    .split('\n')
    .filter((line) => !isTitleCase(line))
    .join('\n')
    .matchAll(CARTEL)) {
    const name = withoutDescriptors(m[0]);
    if (name.split(/\s+/).length >= 2 && !NOT_TARGETS.test(name) && isDistinctive(name))
      out.push({ name, type: 'designated-organization' });
  }
  return out;
}
