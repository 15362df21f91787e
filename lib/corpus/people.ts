// People named with a title in a release: "Secretary of the Treasury Scott K.H. Bessent",
// "Treasurer of Australia, Jim Chalmers;", "Minister of the Economy, Finance, and Energy of
// France, Roland Lescure". Only these regular shapes count: a title is what makes a run of
// capitalized words a person and says who they are. Surname-only mentions ("Secretary
// Mnuchin") are resolved later against the gazetteer (lib/corpus/gazetteer.ts).
import { canonicalCountry, COUNTRY_NAMES } from './countries';
import { lexicon } from './lexicon';
import { isInitial } from './names';
import nameWords from '../../assets/lexicon/name-words.json';

export interface PersonMention {
  /** As printed, honorifics removed: "Scott K.H. Bessent". */
  name: string;
  /** The title as the release gives it, country removed: "Minister of Finance". */
  role: string;
  country?: string;
  /** Character offset in the text, for context snippets. */
  offset: number;
  /** "former Secretary ...": names the person, but not as holding the role at that date. */
  former?: boolean;
}

/** Words that make a capitalized run a title. */
const HEADS = new Set(
  `Secretary Minister Treasurer Chancellor Governor Commissioner Director Representative President
  Chairman Chairwoman Chairperson Chair Premier Ambassador Administrator Comptroller Counselor Counsellor
  Advisor Adviser Envoy Coordinator Spokesperson Spokesman Mayor Senator Speaker Leader Commandant Superintendent
  Attorney Vice-Chair Vice-Chairman Co-Chair CEO Officer Principal Inspector`.split(/\s+/),
);

/** Words that belong to titles and portfolios, never to a name. */
const TITLE_WORDS = new Set(
  `Treasury Finance Financial Finances Economy Economic Economics Affairs International Domestic Terrorism
  Intelligence Tax Taxation Policy Public Credit Exchequer Central Bank Banks Federal Union Prime Deputy Under
  Assistant Acting Senior Vice Chief First Executive Market Markets Management Legislative Trade Fiscal
  Budget Planning Development Industry Industries Energy Investment Investments Commerce State States
  Defense Defence Foreign Justice Labor Labour Homeland Security Crimes Crime Enforcement Resources Monetary
  Operations Institutions Accounting Intergovernmental Relations Analysis Research Counsel General Special
  Associate Program Programs Territories Sanctions Counterterrorism Export Import Export-Import Reserve
  Board System Governors Internal Revenue Service Office Foreign Assets Control Network Department Ministry
  Council Committee Agency Administration Mint Engraving Printing Bureau Fund Reconstruction Environment
  Climate Infrastructure Productivity Implementation Simplification Railway Railways Information
  Broadcasting Electronics Technology Transport Transportation Health Education Agriculture Interior
  Housing Urban Cabinet Staff Press Communications Innovation Science Digital Statistics Customs Excise
  Supervision Regulation Regulatory Stability Securities Exchange Insurance Deposit Corporation Debt Asset
  Tribal Small Business Community Private Sector Global Strategic Multilateral Bilateral Managing
  Asia Africa Hemisphere Middle East Europe Eurasia Americas Pacific Near Commission Government Affairs
  National Republic Kingdom Federation Emirates Minister's Secretary's Treasurer's Director's Council's
  Planning Commerce Industry Energy Mines Mining Petroleum Oil Gas Water Power Works Employment Social
  Welfare Veterans Emergency Disaster Recovery Relief Audit Auditor Comptroller's Accounts Accountability
  Interagency Chairmanship Presidency Administration's Organization Organisation Cooperation Co-operation
  Integration Reform Reforms Competitiveness Coordination Planning Transformation Modernization Privatization
  Property Land Lands Natural Economies Ministerial Permanent Parliamentary Principal Lead Head Team Task
  Force Group Unit Centre Center Division Section Bureau's Delegation Delegate Mission Embassy Consul
  Consul-General Attaché Attache Representative's Cash Currency Coin Monetary Authority Authorities
  Commissioner's Solicitor Attorney Inspector Investigations Investigation Compliance Risk Operations
  Acting Interim Designate Nominee Designee Elect Former Current Incoming Outgoing Honorable Pro Tem
  Majority Minority Supreme Republican Democratic Senate`.split(/\s+/),
);

/** Capitalized words that start sentences or name things, never people. */
const STOP = new Set(
  `The This That These Those Today Yesterday Tomorrow Tonight On In At By For From With Without As And Or
  But If When While During After Before Since Under Over Through Also Then Thus However Meanwhile Further
  Furthermore Additionally Specifically Together Both Each Every All Many Several Some Most Other Such Our
  We You She It They His Her Its Their Mr Ms Mrs Dr Monday Tuesday Wednesday Thursday Friday Saturday
  Sunday January February March April May June July August September October November December Washington
  WASHINGTON DC D.C. U.S. US USA UK U.K. EU E.U. G7 G-7 G20 G-20 IMF OFAC FinCEN CFIUS IRS OCC FDIC SEC FSOC
  Act Order Law Rule Bill Report Statement Remarks Readout Release Meeting Call Conference Summit Dialogue
  Forum Annual Spring Week Day Year Inc Inc. LLC Ltd Ltd. Co Co. Company Group Holdings Limited Corp Corp.
  Partners Capital Bank University Institute Foundation Association Society Council Fund Trust Club Center
  Times Post Journal News Street Avenue Road Building Hall House Room Square Hotel Plaza Embassy Airport
  City County Boulevard Island Islands Province District Valley Bay Beach Park Lake River Mountain Port Coast
  Harbor Award Prize Fellowship Lecture School College Bridge Associates Advisors Advisers Consulting Ventures
  Systems Technologies Solutions Industries Enterprises Brothers Sons Media Capital LLC LLP LP Partnership
  San Santa Los Las Region Regional Groups Capitol Congressman Congresswoman Member Members Ranking Him
  Northern Southern Eastern Western North South East West New Old Saint St. Great Greater Lower Upper
  Islamic Holy Royal Imperial Catholic Muslim Jewish Arab Latin Asian African European American
  Sheikh Ayatollah Excellency Highness Majesty Honorable Honourable Mister Madam Sir Dame Lord Lady Hon Hon. Rep Rep.
  Sen Sen. Gov Gov. Prof Prof. Professor Gen Gen. General Colonel Admiral Captain Lt Lt. Col Col. Judge
  Justice Chief Deputy Acting Treasury Department Secretary Minister President Director Governor Chair
  Chairman Ambassador Commissioner Representative Spokesperson Under Assistant Undersecretary Vice`.split(/\s+/),
);

const HONORIFICS = new RegExp(`^(?:(?:${nameWords.honorifics.join('|')})\\.?\\s+)+`);
const PARTICLES = new Set(nameWords.particles);
const CONNECTORS = new Set(nameWords.connectors);
/** Country words that are also given names or surnames: never a reason to reject a name. */
const NAME_LIKE_COUNTRIES = new Set(nameWords.nameLikeCountries);
/** One-word country names and demonyms; parts of longer names ("Sri", "South") are not. */
const COUNTRY_TOKENS = new Set(COUNTRY_NAMES.filter((c) => !c.includes(' ') && /^[A-Z]/.test(c)).concat(['United', 'Kingdom', 'Republic']));

const ABBREV = new Set(nameWords.abbreviations);

interface Token {
  text: string;
  start: number;
  /** Punctuation or a lower-case word: ends a capitalized run. */
  kind: 'cap' | 'conn' | 'particle' | 'punct' | 'lower';
  /** Followed by a possessive ('s): a name may end here but not go on. */
  possessive?: boolean;
}

/** Splits text into words and punctuation, keeping initials ("K.H.") and abbreviations whole. */
export function nameTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*|\p{N}+[\p{L}\p{N}.,]*|[^\s]/gu;
  for (const m of text.matchAll(re)) {
    let word = m[0];
    const start = m.index!;
    const lastChar = word[word.length - 1];
    let possessive = false;
    let trailingDot = false;
    // Cheap end checks first: most words end in none of s, ', ’, or '.'.
    if (lastChar === 's' && word.length > 3 && (word[word.length - 2] === "'" || word[word.length - 2] === '’')) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (lastChar === "'" || lastChar === '’') {
      word = word.slice(0, -1);
    } else if (lastChar === '.' && !isInitial(word) && !/^(?:\p{L}\.)+$/u.test(word) && !ABBREV.has(word.slice(0, -1))) {
      word = word.replace(/\.+$/, '');
      trailingDot = true;
    }
    const c = word.charCodeAt(0);
    const upper = (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(word));
    const kind: Token['kind'] =
      upper || (c >= 97 && c <= 122 && word.length > 3 && /^(al|el|bin|ibn|de|van|von|da)-\p{Lu}/u.test(word))
        ? 'cap'
        : CONNECTORS.has(word)
          ? 'conn'
          : PARTICLES.has(word)
            ? 'particle'
            : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && /^[\p{L}\p{N}]/u.test(word))
              ? 'lower'
              : 'punct';
    // "Who: ... What: ...": a word before a colon is a label, never part of a name.
    const label = kind === 'cap' && text[start + m[0].length] === ':';
    tokens.push({ text: word, start, kind: label ? 'punct' : kind, possessive });
    if (trailingDot) tokens.push({ text: '.', start: start + word.length, kind: 'punct' });
    if (possessive) tokens.push({ text: "'s", start: start + word.length, kind: 'punct' });
  }
  return tokens;
}

interface Run {
  tokens: Token[];
  /** The punctuation or word right before and right after the run. */
  before?: Token;
  after?: Token;
  afterIndex: number;
}

/** Maximal runs of capitalized words, joined by connectors ("of", "the", "&") and particles. */
function capitalizedRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i]!.kind !== 'cap') {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    while (end < tokens.length && !tokens[end - 1]!.possessive) {
      const t = tokens[end]!;
      if (t.kind === 'cap') {
        end++;
        continue;
      }
      // "of the", "de la": up to three joiners, then a capitalized word again.
      let j = end;
      while (j < end + 3 && (tokens[j]?.kind === 'conn' || tokens[j]?.kind === 'particle')) j++;
      if (j > end && tokens[j]?.kind === 'cap') end = j + 1;
      else break;
    }
    // "Counselor John Morton and Assistant Secretary ... Lily Batchelder" is two titles: split
    // at "and" where a name ends and a title begins. "Economy and Finance" stays whole.
    let from = start;
    for (let k = start + 1; k < end - 1; k++) {
      const [left, joiner, right] = [tokens[k - 1]!, tokens[k]!, tokens[k + 1]!];
      if ((joiner.text === 'and' || joiner.text === '&') && !isTitleish(left) && isTitleish(right)) {
        runs.push({ tokens: tokens.slice(from, k), before: tokens[from - 1], after: tokens[k], afterIndex: k });
        from = k + 1;
      }
    }
    runs.push({ tokens: tokens.slice(from, end), before: tokens[from - 1], after: tokens[end], afterIndex: end });
    i = end;
  }
  return runs;
}

const isHead = (t: Token) => HEADS.has(t.text) || (t.text.includes('-') && t.text.split('-').some((piece) => HEADS.has(piece)));
const isTitleWord = (t: Token) => TITLE_WORDS.has(t.text) || /^(?:Co-|Vice-)/.test(t.text);
const isCountryWord = (t: Token) => COUNTRY_TOKENS.has(t.text) && !NAME_LIKE_COUNTRIES.has(t.text);
/** Acronyms (OFAC, SEC, PIJ) sit in titles: "OFAC Director", "SEC Chairman". */
const isAcronym = (t: Token) =>
  (/^[A-Z][A-Z.&]{0,5}[A-Z]$/.test(t.text) && !/^[A-Z]{2}$/.test(t.text)) || /^(?:U\.S\.|U\.K\.|EU|UN|US|UK)$/.test(t.text);
const isTitleish = (t: Token) => isHead(t) || isTitleWord(t) || isCountryWord(t) || isAcronym(t);

/**
 * Validates a run of tokens as a person's full name and returns it as printed, or undefined.
 * Two to five words, the last a real surname, none a title word, a country, or a word that
 * only ever starts sentences.
 */
export function asPersonName(tokens: Token[]): string | undefined {
  let text = tokens.map((t) => t.text).join(' ');
  text = text.replace(HONORIFICS, '');
  const words = text.split(' ').filter(Boolean);
  const suffixAt = words.length - 1;
  const suffix = words[suffixAt] ?? '';
  const hasSuffix = words.length > 2 && /^(Jr\.?|Sr\.?|II|III|IV)$/.test(suffix);
  const core = hasSuffix ? words.slice(0, -1) : words;
  if (core.length < 2 || core.length > 5) return undefined;
  const last = core[core.length - 1]!;
  const first = core[0]!;
  if (isInitial(last) || last.replace(/[^\p{L}]/gu, '').length < 2) return undefined;
  if (PARTICLES.has(first) || PARTICLES.has(last)) return undefined;
  // "Al Mubarak", "Bin Salman": an article and a family name, not a given name and a surname.
  if (core.length === 2 && /^(Al|El|Bin|Abu|Ibn|Ben|Van|Von|De|Da|Di|Le|La)$/.test(first)) return undefined;
  if (core.filter((w) => !isInitial(w) && !PARTICLES.has(w)).length < 2) return undefined;
  const lex = lexicon();
  for (const w of core) {
    if (PARTICLES.has(w)) continue;
    if (!/^\p{Lu}/u.test(w) && !/^(al|el|bin|de|van|von|da)-/.test(w)) return undefined;
    // Hyphenated pieces too: "Secretary-General" is a title, "François-Philippe" a name.
    if (w.split('-').some((piece) => STOP.has(piece) || HEADS.has(piece) || TITLE_WORDS.has(piece))) return undefined;
    if (COUNTRY_TOKENS.has(w) && !NAME_LIKE_COUNTRIES.has(w)) return undefined;
    if (/\p{N}/u.test(w) || /[&]/.test(w)) return undefined;
    // ALL-CAPS words are headlines or acronyms (WASHINGTON, OFAC), not names.
    if (w.length >= 3 && !isInitial(w) && w === w.toUpperCase()) return undefined;
  }
  // A first name that is only ever an ordinary word ("Promotion", "Energy") is a headline;
  // so is a third word that is one ("John Snow Following today's meeting").
  // A first name may be an ordinary word ("Wally Adeyemo", "Taro Aso") — not in a longer run,
  // not as a plural ("Projections Steele"), not before another word ("Red Cross").
  const plainWord = (w: string) => lex.isWord(w) && !lex.isCommonName(w);
  if (!isInitial(first) && plainWord(first)) {
    const plural = first.length >= 5 && /s$/.test(first) && lex.isWord(first.slice(0, -1));
    if (core.length >= 3 || plural || lex.isWord(core[1]!)) return undefined;
  }
  // "Council.SEBIN": two words glued at a full stop.
  if (core.some((w) => /\p{Ll}\.\p{L}/u.test(w))) return undefined;
  if (core.length >= 3 && plainWord(last) && !isInitial(core[core.length - 2]!)) return undefined;
  return (hasSuffix ? `${core.join(' ')}, ${suffix}` : core.join(' ')).replace(/’/g, "'");
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COUNTRY_ALT = COUNTRY_NAMES.map(escapeRegExp).join('|');
const COUNTRY_RE = new RegExp(`(?<![\\p{L}.])(?:${COUNTRY_ALT})(?![\\p{L}])`, 'gu');
const TRAILING_COUNTRY_RE = new RegExp(`,?\\s+of\\s+(?:the\\s+)?(?:${COUNTRY_ALT})$`, 'u');
const LEADING_COUNTRY_RE = new RegExp(`^(?:the\\s+)?(?:${COUNTRY_ALT})(?:'s|’s)?\\s+(?=\\p{Lu})`, 'u');

/** The country a title names: "of Japan", "of the Republic of Korea", "Japanese", "U.K.". */
export function countryInTitle(title: string): string | undefined {
  // The last country wins: "Minister of Finance of Japan", "Governor of the Bank of Korea".
  const matches = [...title.matchAll(COUNTRY_RE)];
  const last = matches[matches.length - 1];
  if (last) return canonicalCountry(last[0]);
  if (
    /\b(Treasury|OFAC|FinCEN|Internal Revenue|Trade Representative|Federal Reserve|Comptroller of the Currency|Under Secretary|Assistant Secretary|Deputy Secretary)\b/.test(
      title,
    )
  ) {
    return 'United States';
  }
  return undefined;
}

/**
 * "Senior Advisor to Treasury Secretary Tim Geithner", "Policy Director on the Banking
 * Committee for Chairman Tim Scott": the name is the Secretary's, the Chairman's. With an
 * article ("Counselor to the Secretary Antonio Weiss") the name belongs to the first title.
 */
const TO_TITLE = new RegExp(`^.*\\s+(?:to|for)\\s+(?!the\\s)(?=(?:[\\p{Lu}][\\p{L}.]*\\s+){0,3}(?:${[...HEADS].join('|')})\\b)`, 'u');

/** Canonical role wording, so the same office groups across releases. */
export function canonicalRole(title: string): string {
  let role = title.replace(/\s+/g, ' ').trim();
  // Country out of the role: it has its own field. "Senior Counsel to Senator X": X is the Senator.
  role = role.replace(TRAILING_COUNTRY_RE, '').replace(LEADING_COUNTRY_RE, '');
  role = role.replace(TO_TITLE, '');
  role = role.replace(/^(?:The|the)\s+/, '').replace(/^(?:Former|Current|Then-|Incoming|Outgoing)\s+/, '');
  // "U.S Treasury Secretary", "U. S. Treasury Secretary": the country has its own field.
  role = role.replace(/^(?:U\.?\s?S\.?|US|United States)\s+(?=\p{Lu})/u, '');
  // Dateline scraps ("D.C.-- Treasury Secretary", "GA- Secretary", "EDT") are not part of a title.
  role = role
    .replace(/^(?:\S*-\s+)+/, '')
    .replace(/^[A-Z.]{2,5}-+(?=\p{Lu})/u, '')
    .replace(/^(?:E[DS]T|PDT|PST|CET|GMT)\s+/, '')
    .replace(/^[A-Z]{2}\.?\s+(?=\p{Lu})/u, (m) => (/^(?:US|UK|EU|UN)\b/.test(m) ? m : ''));
  const SYNONYMS: [RegExp, string][] = [
    [
      /^(?:(?:Department of the |U\.S\. )?Treasury Secretary|Secretary of (?:the )?Treasury|Secretary of the U\.S\. Treasury)$/,
      'Secretary of the Treasury',
    ],
    [/^(?:Deputy Treasury Secretary|Deputy Secretary of (?:the )?Treasury|Treasury Deputy Secretary)$/, 'Deputy Secretary of the Treasury'],
    [/^(?:Treasury )?Under Secretary (?:of (?:the )?Treasury )?for /, 'Under Secretary for '],
    [/^(?:Treasury )?Assistant Secretary (?:of (?:the )?Treasury )?for /, 'Assistant Secretary for '],
    [/^Finance Minister$/, 'Minister of Finance'],
    [/^(?:United States )?Trade Representative$/, 'U.S. Trade Representative'],
    [/^Minister for Finance$/, 'Minister of Finance'],
    [/^(?:Director of (?:the )?OFAC|Director of the Office of Foreign Assets Control)$/, 'OFAC Director'],
    [/^(?:Director of (?:the )?FinCEN|Director of the Financial Crimes Enforcement Network)$/, 'FinCEN Director'],
  ];
  for (const [re, to] of SYNONYMS) role = role.replace(re, to);
  return role;
}

const FUNCTION_WORDS = new Set(
  'a an the of for on in at to by with from and or as into over via vs versus about after before amid'.split(' '),
);

/**
 * A headline ("Secretary Yellen Convenes Meeting With ..."), where capitals mean nothing: every
 * word capitalized but the short function words. A sentence has lower-case verbs and nouns.
 */
export function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 4 || words.length > 30) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || FUNCTION_WORDS.has(w.toLowerCase()) || PARTICLES.has(w));
}

function runText(tokens: Token[]): string {
  return tokens
    .map((t) => t.text)
    .join(' ')
    .replace(/ ([,.])/g, '$1');
}

/** Where a title starts in a run: after leading sentence words ("Today", "WASHINGTON"). */
function titleStart(tokens: Token[], head: number): number {
  let start = head;
  const at = (i: number) => tokens[i]!;
  while (start > 0 && (isTitleish(at(start - 1)) || at(start - 1).kind === 'conn')) start--;
  while (start < head && at(start).kind === 'conn') start++;
  return start;
}

/** ", Jr." right after a run: part of the name before it. */
function suffixAfter(tokens: Token[], run: Run): string {
  const comma = tokens[run.afterIndex];
  const suffix = tokens[run.afterIndex + 1];
  return comma?.text === ',' && suffix && /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(suffix.text) ? `, ${suffix.text}` : '';
}

/** Punctuation, lower-case words or the end: a name may stop here. */
function endsName(t: Token | undefined): boolean {
  return !t || t.kind === 'lower' || t.kind === 'conn' || /^[;,.:)\]"”–—-]$|^'s$/.test(t.text);
}

/**
 * Every titled person in one text. Headline-shaped lines are skipped: there every word is
 * capitalized, so nothing tells a name from the words around it.
 */
export function extractPeople(text: string): PersonMention[] {
  const mentions: PersonMention[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (!isTitleCase(line)) extractFromLine(line, lineStart, mentions);
    lineStart += line.length + 1;
  }
  return mentions;
}

const HEAD_RE = new RegExp(`\\b(?:${[...HEADS].join('|')})`);

const PLACE_PREFIX = new Set(nameWords.placePrefixes);
const FORMER = /^(?:former|then|late|ex|onetime|previous|past)$/i;

function extractFromLine(line: string, base: number, out: PersonMention[]): void {
  if (!HEAD_RE.test(line)) return;
  const tokens = nameTokens(line);
  const runs = capitalizedRuns(tokens);
  const lex = lexicon();
  runs.forEach((run, r) => {
    const at = (i: number) => run.tokens[i]!;
    const head = run.tokens.findIndex(isHead);
    if (head < 0) {
      extractNameThenTitle(line, tokens, runs, r, base, out);
      return;
    }
    const start = titleStart(run.tokens, head);
    const startIndex = tokens.indexOf(at(start));
    const before = tokens[startIndex - 1];
    const former = before !== undefined && FORMER.test(before.text.replace(/-$/, ''));
    // "Indonesia's Minister of Finance ...": the country owns the title.
    const owner = before?.text === "'s" ? canonicalCountry(tokens[startIndex - 2]?.text ?? '') : undefined;
    const push = (name: string, title: string, offset: number, country?: string) => {
      // A letter's address block, "…Republican Leader The Honorable Charles E. Schumer Democratic
      // Leader": each title follows its own name, so this one is not the next person's.
      if (/\sThe$/.test(title)) return;
      out.push({
        name,
        role: canonicalRole(title),
        country: countryInTitle(title) ?? country ?? owner,
        offset: base + offset,
        ...(former ? { former } : {}),
      });
    };

    // Shape 1: "Secretary of the Treasury Scott K.H. Bessent [of Country]".
    let q = head;
    while (q + 1 < run.tokens.length && (isTitleish(at(q + 1)) || at(q + 1).kind === 'conn')) q++;
    while (q > head && at(q).kind === 'conn') q--;
    if (q + 1 < run.tokens.length) {
      // The name starts after the title's portfolio words ("for Clean Energy Implementation")
      // and ends at the next joiner: "Karl Smith on Monday", "Philip Hammond of the United
      // Kingdom" (where what follows "of" must be the country).
      let nameStart = q + 1;
      let nameEnd = run.tokens.length;
      let name: string | undefined;
      for (; nameStart < run.tokens.length - 1; nameStart++) {
        const stop = run.tokens.findIndex((t, i) => i > nameStart && t.kind === 'conn');
        nameEnd = stop > 0 ? stop : run.tokens.length;
        name = asPersonName(run.tokens.slice(nameStart, nameEnd));
        const t = at(nameStart);
        if (name || !(isTitleish(t) || t.kind === 'conn' || (lex.isWord(t.text) && !lex.isCommonName(t.text)))) break;
      }
      const joiner = run.tokens[nameEnd];
      const trailingCountry = joiner?.text === 'of' ? canonicalCountry(runText(run.tokens.slice(nameEnd + 1))) : undefined;
      // "The President of Filistin Vakfi, ...": a name never follows "of" directly, nor a
      // place's first word ("for the New York Region").
      const joined = at(nameStart - 1).kind === 'conn' || PLACE_PREFIX.has(at(nameStart - 1).text);
      const ends = joiner ? joiner.text !== 'of' || trailingCountry !== undefined : endsName(run.after);
      if (name && !joined && ends) {
        const printed = joiner ? name : name + suffixAfter(tokens, run);
        push(printed, runText(run.tokens.slice(start, nameStart)), at(nameStart).start, trailingCountry);
      }
      return;
    }

    // Shape 2: "Minister of the Economy, Finance, and Energy of France, Roland Lescure;".
    for (let next = r + 1; next < runs.length && next <= r + 5; next++) {
      const previous = runs[next - 1]!;
      const candidate = runs[next]!;
      const gap = tokens.slice(previous.afterIndex, tokens.indexOf(candidate.tokens[0]!));
      const gapText = gap.map((t) => t.text).join(' ');
      if (!/^,( and)?$|^&$|^and$/.test(gapText)) break;
      if (candidate.tokens.some(isHead)) break;
      const name = gapText.startsWith(',') ? asPersonName(candidate.tokens) : undefined;
      // "..., and Tim Geithner, Assistant Secretary ...": the title after the name is theirs.
      const titleFollows =
        candidate.after?.text === ',' &&
        runs[next + 1]?.tokens.some(isHead) &&
        tokens.indexOf(runs[next + 1]!.tokens[0]!) === candidate.afterIndex + 1;
      if (name && endsName(candidate.after) && !titleFollows) {
        const titleEnd = previous.tokens[previous.tokens.length - 1]!;
        push(
          name + suffixAfter(tokens, candidate),
          line.slice(at(start).start, titleEnd.start + titleEnd.text.length),
          candidate.tokens[0]!.start,
        );
        break;
      }
      // Only portfolio words may sit between a title and its name.
      if (!candidate.tokens.every((t) => isTitleish(t) || t.kind === 'conn' || t.kind === 'particle' || lex.isWord(t.text))) break;
    }
  });
}

/** Offices of state: enough to trust "Name, Title" where a business title would not be. */
const OFFICE = /\b(?:Secretary|Minister|Treasurer|Governor|Ambassador|Commissioner|Comptroller|Premier|Chancellor)\b/;

/**
 * Shape 3: "Jacob J. Lew, Secretary of the Treasury", "confirmed Jonathan McKernan to be the
 * Under Secretary for Domestic Finance". Only offices of state count ("Goldman Sachs,
 * Chairman" is no person), and not inside "Title, Name, Title" lists where the name's
 * title comes before it.
 */
function extractNameThenTitle(line: string, tokens: Token[], runs: Run[], r: number, base: number, out: PersonMention[]): void {
  const run = runs[r]!;
  const next = runs[r + 1];
  // The title must stand alone: in "While in Little Rock, Secretary Snow will" it is Snow's.
  if (!next?.tokens.some(isHead) || !next.tokens.every((t) => isTitleish(t) || t.kind === 'conn' || t.kind === 'particle')) return;
  const gap = tokens
    .slice(run.afterIndex, tokens.indexOf(next.tokens[0]!))
    .map((t) => t.text)
    .join(' ');
  if (!/^(?:,|as|as the|to be|to be the|to serve as|to serve as the)$/.test(gap)) return;
  const previous = runs[r - 1];
  if (
    previous?.tokens.some(isHead) &&
    tokens[previous.afterIndex]?.text === ',' &&
    previous.afterIndex === tokens.indexOf(run.tokens[0]!) - 1
  )
    return;
  const name = asPersonName(run.tokens);
  if (!name) return;
  const last = next.tokens[next.tokens.length - 1]!;
  const title = line.slice(next.tokens[0]!.start, last.start + last.text.length);
  if (!OFFICE.test(title)) return;
  out.push({ name, role: canonicalRole(title), country: countryInTitle(title), offset: base + run.tokens[0]!.start });
}
