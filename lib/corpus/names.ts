// Personal names: splitting, folding and the printed variants a reader meets in the news.
import { fold } from './fold';
import { lexicon } from './lexicon';
import nameWords from '../../assets/lexicon/name-words.json';

export { fold };

export function slug(text: string): string {
  return fold(text)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Formal given names and their usual short forms; each line is one family. */
const NICKNAMES = `
Steven Steve|Stephen Steve|Timothy Tim|Lawrence Larry|Robert Bob Rob Bobby|Henry Hank|Jacob Jack
John Jack Johnny|William Bill Will Billy|Richard Rick Rich Dick|James Jim Jimmy Jamie|Michael Mike
Thomas Tom|Joseph Joe|Charles Chuck Charlie|Edward Ed Ted|David Dave|Daniel Dan Danny
Christopher Chris|Kenneth Ken|Anthony Tony|Andrew Andy|Benjamin Ben|Samuel Sam|Matthew Matt
Nicholas Nick|Patrick Pat|Peter Pete|Gregory Greg|Jeffrey Jeff|Donald Don|Ronald Ron|Douglas Doug
Frederick Fred|Alexander Alex|Gerald Jerry|Joshua Josh|Jonathan Jon|Elizabeth Liz Beth Betsy
Margaret Maggie Peggy|Katherine Kate Kathy Katie|Catherine Cathy Kate|Deborah Debbie Deb
Susan Sue|Patricia Trish Patty|Jennifer Jen Jenny|Rebecca Becky|Stuart Stu|Philip Phil
Randal Randy|Nathan Nate|Stanley Stan|Leonard Len|Eugene Gene|Albert Al|Raymond Ray|Walter Walt
Theodore Ted|Zachary Zach|Vincent Vince|Mitchell Mitch|Terrence Terry|Bradley Brad|Gabriel Gabe
Judith Judy|Victoria Vicky|Christine Chris|Alexandra Alex|Samantha Sam|Cynthia Cindy
`;

const FAMILY = new Map<string, Set<string>>();
for (const family of NICKNAMES.trim().split(/[|\n]/)) {
  const [formal = '', ...shorts] = family.trim().split(/\s+/);
  for (const name of [formal, ...shorts]) {
    const key = name.toLowerCase();
    if (!FAMILY.has(key)) FAMILY.set(key, new Set());
  }
  // Edges only between a formal name and its short forms: Steven~Steve, not Steven~Stephen.
  for (const short of shorts) {
    FAMILY.get(formal.toLowerCase())!.add(short);
    FAMILY.get(short.toLowerCase())!.add(formal);
  }
}

/** "Steven" → ["Steve"], "Jack" → ["Jacob", "John"]. */
export function nicknameVariants(given: string): string[] {
  return [...(FAMILY.get(fold(given).toLowerCase()) ?? [])].sort();
}

/** "Steven" and "Steve" agree; "Steven" and "Stephen" do not. */
export function sameGivenName(a: string, b: string): boolean {
  // "Yun-Cheol" and "Yun Cheol" are one name, hyphen or not.
  const fa = fold(a).toLowerCase().replace(/[\s-]/g, '');
  const fb = fold(b).toLowerCase().replace(/[\s-]/g, '');
  return fa === fb || nicknameVariants(fa).some((n) => n.toLowerCase() === fb);
}

const PARTICLES = new Set([...nameWords.particles, ...nameWords.surnameJoiners]);
const SUFFIX = /^(Jr\.?|Sr\.?|II|III|IV)$/;
const INITIAL = /^(?:[A-Z]\.)+$|^[A-Z]$/;

/** Countries where a person usually carries two surnames (Edgar Amador Zamora). */
const TWO_SURNAMES = new Set(nameWords.twoSurnameCountries);

export interface NameParts {
  /** Given names as printed, including middle names and initials. */
  given: string[];
  surname: string;
  suffix?: string;
  /** Printed family name first: "Wang Qishan", "Kim Jong Un". */
  surnameFirst?: boolean;
}

/** The name as a reader knows it: given name and surname, in the order the person uses. */
export function displayName(parts: NameParts, given: string): string {
  return parts.surnameFirst ? `${parts.surname} ${parts.given.join(' ')}` : `${given} ${parts.surname}`;
}

export function isInitial(token: string): boolean {
  return INITIAL.test(token) || /^[A-Z]\.[A-Z]\.?$/.test(token);
}

/**
 * "Henry M. Paulson, Jr." → given [Henry, M.], surname Paulson, suffix Jr.
 * `surnameHint` (an OFAC short form like "Mejia Salazar") wins where it stands after the given
 * name; a name that goes on after it ("Lawrence Kanyuka Kingston (Kanyuka)") keeps the rest
 * out of the parts, which describe the name in use.
 */
export function splitName(full: string, country?: string, surnameHint?: string): NameParts {
  let tokens = full.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  let suffix: string | undefined;
  if (tokens.length > 2 && SUFFIX.test(tokens[tokens.length - 1]!)) {
    suffix = tokens.pop()!.replace(/^(Jr|Sr)$/, '$1.');
  }
  let start = tokens.length - 1;
  if (surnameHint) {
    const hint = surnameHint.split(/\s+/);
    const key = (words: string[]) => fold(words.join(' ')).toLowerCase();
    for (let k = tokens.length - hint.length; k > 0; k--) {
      if (key(tokens.slice(k, k + hint.length)) !== key(hint)) continue;
      start = k;
      tokens = tokens.slice(0, k + hint.length);
      break;
    }
  } else {
    const named = tokens.filter((t) => !isInitial(t) && !PARTICLES.has(t));
    // "Edgar Amador Zamora" has two surnames; "Juan Carlos Varela" a two-part given name.
    const penultimate = tokens[tokens.length - 2] ?? '';
    if (
      country &&
      TWO_SURNAMES.has(country) &&
      named.length >= 3 &&
      !tokens.some((t) => PARTICLES.has(t)) &&
      !lexicon().isCommonName(penultimate)
    ) {
      start = tokens.length - 2;
    }
  }
  // "Luis de Guindos", "Bruno Le Maire": a particle after the first name opens the surname.
  while (start > 1 && PARTICLES.has(tokens[start - 1]!.toLowerCase())) start--;
  tokens = tokens.filter(Boolean);
  return { given: tokens.slice(0, start), surname: tokens.slice(start).join(' '), suffix };
}

/** The first given name that is not an initial: what "Steven"/"Steve" agreement is about. */
export function firstName(parts: NameParts): string | undefined {
  return parts.given.find((g) => !isInitial(g));
}

/**
 * The full printed forms a news page may use for one person: as printed, without middle
 * names and initials, with nicknames, without accents. Never the bare surname.
 */
export function nameVariants(parts: NameParts, printed: string[], { nicknames = true } = {}): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    const clean = s.replace(/\s+/g, ' ').trim();
    if (clean.split(' ').length < 2) return;
    out.add(clean);
    out.add(fold(clean));
  };
  for (const p of printed) {
    add(p);
    add(p.replace(/,?\s+(Jr\.?|Sr\.?|II|III|IV)$/, ''));
  }
  const first = firstName(parts);
  if (parts.surnameFirst) {
    add(displayName(parts, ''));
  } else if (first) {
    for (const given of [first, ...(nicknames ? nicknameVariants(first) : [])]) {
      add(`${given} ${parts.surname}`);
      if (parts.suffix) add(`${given} ${parts.surname}, ${parts.suffix}`);
      // Two surnames: the news often keeps only the first ("Edgar Amador") — unless that word
      // is a common name, where "Juan Carlos" would name half of Latin America.
      const [firstSurname = '', secondSurname] = parts.surname.split(' ');
      if (secondSurname && !PARTICLES.has(firstSurname.toLowerCase()) && !lexicon().isCommonName(firstSurname)) {
        add(`${given} ${firstSurname}`);
      }
    }
  }
  return [...out].sort();
}
