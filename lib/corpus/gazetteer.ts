// People across the corpus: titled mentions (lib/corpus/people.ts) grouped into one Entity
// per person, then each release's people resolved against that gazetteer — including the
// releases that name someone only by full name or by title and surname ("Secretary Mnuchin").
import type { Entity, EntityRole, ReleasePerson } from '../release/types';
import { isAmbiguousSurname, isCommonFullName, lexicon } from './lexicon';
import {
  displayName,
  firstName,
  fold,
  isInitial,
  nameVariants,
  nicknameVariants,
  sameGivenName,
  slug,
  splitName,
  type NameParts,
} from './names';
import { extractPeople, type PersonMention } from './people';

/** The slice of a release the gazetteer reads. */
export interface ReleaseText {
  id: string;
  title: string;
  date: string;
  text: string;
}

export interface ReleaseMention extends PersonMention {
  releaseId: string;
  year: number;
}

interface Cluster {
  surnameKey: string;
  parts: NameParts;
  firsts: Map<string, number>;
  printed: Map<string, number>;
  mentions: ReleaseMention[];
}

/** Compares names ignoring case, accents, apostrophes and dots: "O'Neill" = "ONeill". */
const key = (s: string) => fold(s).toLowerCase().replace(/['.]/g, '');

/** Most frequent; a tie goes to the accented form ("François" over "Francois"), then the first in order. */
function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestN = -1;
  const accents = (s: string) => s.length - fold(s).normalize('NFC').length + (s === fold(s) ? 0 : 1);
  for (const [value, n] of counts) {
    const tieWins = best !== undefined && (accents(value) > accents(best) || (accents(value) === accents(best) && value < best));
    if (n > bestN || (n === bestN && tieWins)) {
      best = value;
      bestN = n;
    }
  }
  return best;
}

function bump(map: Map<string, number>, k: string, n = 1): void {
  map.set(k, (map.get(k) ?? 0) + n);
}

function withoutInitials(name: string): string {
  return name
    .replace(/,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/, '')
    .split(' ')
    .filter((w, i, all) => i === all.length - 1 || !isInitial(w))
    .join(' ');
}

/** Where the family name comes first in print: "Wang Qishan", "Kim Jong Un". */
const SURNAME_FIRST = new Set(['China', 'Taiwan', 'Hong Kong', 'North Korea', 'South Korea', 'Vietnam', 'Cambodia']);

function splitParts(name: string, country: string | undefined): NameParts {
  const tokens = name.split(' ');
  const lex = lexicon();
  // Chinese names print the family name first ("Liu He"); Korean ones go either way, so
  // there the last word must not be a surname too ("Yun-Cheol Koo").
  const last = tokens[tokens.length - 1]!;
  const familyFirst = country === 'South Korea' || country === 'North Korea' ? !lex.isCommonName(last) : true;
  if (country && SURNAME_FIRST.has(country) && tokens.length >= 2 && lex.isCommonName(tokens[0]!) && familyFirst) {
    return { given: tokens.slice(1), surname: tokens[0]!, surnameFirst: true };
  }
  return splitName(name, country);
}

/** Every titled mention in every release, in release order. */
export function collectMentions(releases: ReleaseText[]): ReleaseMention[] {
  const out: ReleaseMention[] = [];
  for (const r of releases) {
    const year = Number(r.date.slice(0, 4));
    for (const m of extractPeople(r.text)) out.push({ ...m, releaseId: r.id, year });
  }
  return out;
}

/**
 * Groups mentions into people: same surname and agreeing first names (Steven/Steve,
 * Timothy/Tim) are one person; middle names and initials do not matter.
 */
function cluster(mentions: ReleaseMention[]): Cluster[] {
  // One country per printed name decides how it splits (two surnames in Mexico, one in Japan).
  const countryOf = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    if (!m.country) continue;
    if (!countryOf.has(m.name)) countryOf.set(m.name, new Map());
    bump(countryOf.get(m.name)!, m.country);
  }
  const bySurname = new Map<string, Cluster[]>();
  const sorted = [...mentions].sort((a, b) => a.name.localeCompare(b.name) || a.releaseId.localeCompare(b.releaseId));
  for (const m of sorted) {
    const country = countryOf.has(m.name) ? mostFrequent(countryOf.get(m.name)!) : undefined;
    const parts = splitParts(m.name, country);
    // "Kim Jong Un" and "Kim Jong Il" differ in the whole given name, not its first syllable.
    const first = parts.surnameFirst ? parts.given.join(' ') : firstName(parts);
    if (!first) continue;
    const surnameKey = key(parts.surname);
    const list = bySurname.get(surnameKey) ?? [];
    let c = list.find((x) => [...x.firsts.keys()].some((f) => sameGivenName(f, first)));
    if (!c) {
      c = { surnameKey, parts, firsts: new Map(), printed: new Map(), mentions: [] };
      list.push(c);
      bySurname.set(surnameKey, list);
    }
    bump(c.firsts, first);
    bump(c.printed, m.name);
    c.mentions.push(m);
  }
  // "Edgar Amador" and "Edgar Amador Zamora" are one person: fold the short form in.
  for (const [surnameKey, list] of bySurname) {
    for (const c of [...list]) {
      const longer = [...bySurname.entries()]
        .filter(([k]) => k.startsWith(surnameKey + ' '))
        .flatMap(([, l]) => l)
        .find((x) => [...x.firsts.keys()].some((f) => [...c.firsts.keys()].some((g) => sameGivenName(f, g))));
      if (!longer) continue;
      for (const [f, n] of c.firsts) bump(longer.firsts, f, n);
      for (const [p, n] of c.printed) bump(longer.printed, p, n);
      longer.mentions.push(...c.mentions);
      list.splice(list.indexOf(c), 1);
    }
  }
  // "Wally Adeyemo" and "Adewale Adeyemo": a rare surname holding the same office in the same
  // years is one person, whatever the first name (no nickname table knows every "Wally").
  for (const [surnameKey, list] of bySurname) {
    if (list.length < 2 || isAmbiguousSurname(surnameKey)) continue;
    for (const c of [...list].sort((a, b) => a.mentions.length - b.mentions.length)) {
      const other = list.find((o) => o !== c && sharesOffice(o, c));
      if (!other) continue;
      for (const [f, n] of c.firsts) bump(other.firsts, f, n);
      for (const [p, n] of c.printed) bump(other.printed, p, n);
      other.mentions.push(...c.mentions);
      list.splice(list.indexOf(c), 1);
    }
  }
  // "Yellenparticipated", "Paulsonanda": words glued to a well-known name in old releases.
  // A rare surname that is a frequent one plus a tail is that glue, not a person.
  const all = [...bySurname.values()].flat();
  const agree = (a: Cluster, b: Cluster) => [...a.firsts.keys()].some((f) => [...b.firsts.keys()].some((g) => sameGivenName(f, g)));
  return all.filter(
    (c) =>
      !all.some(
        (o) =>
          o !== c &&
          c.surnameKey.length > o.surnameKey.length &&
          c.surnameKey.startsWith(o.surnameKey) &&
          c.surnameKey[o.surnameKey.length] !== ' ' &&
          o.mentions.length >= 5 * c.mentions.length &&
          agree(o, c),
      ),
  );
}

/** Both hold one specific office (not a bare "Secretary") within a year of each other. */
function sharesOffice(a: Cluster, b: Cluster): boolean {
  const offices = (c: Cluster) => c.mentions.filter((m) => m.role.includes(' ') && !m.former);
  return offices(a).some((x) => offices(b).some((y) => x.role === y.role && Math.abs(x.year - y.year) <= 1));
}

/**
 * Roles with the years the corpus shows them. "former Secretary" mentions do not extend a
 * role; a one-off wording inside the years of a common one is noise ("DC-- Secretary"), and a
 * bare "Secretary" yields to "Secretary of the Treasury".
 */
function rolesOf(mentions: ReleaseMention[]): EntityRole[] {
  const current = mentions.filter((m) => !m.former);
  const byRole = new Map<string, EntityRole & { n: number }>();
  for (const m of current.length ? current : mentions) {
    const k = `${m.role}\u0000${m.country ?? ''}`;
    const r = byRole.get(k);
    if (r) {
      r.from = Math.min(r.from, m.year);
      r.to = Math.max(r.to, m.year);
      r.n++;
    } else {
      byRole.set(k, { title: m.role, ...(m.country ? { country: m.country } : {}), from: m.year, to: m.year, n: 1 });
    }
  }
  const roles = [...byRole.values()];
  const within = (a: EntityRole, b: EntityRole) => a.from >= b.from - 1 && a.to <= b.to + 1;
  const contains = (big: string, small: string) => big !== small && ` ${big} `.includes(` ${small} `);
  return roles
    .filter((r) => !(r.n === 1 && roles.some((o) => o !== r && o.n >= 2 && within(r, o))))
    .filter((r) => !(!r.title.includes(' ') && roles.some((o) => o !== r && contains(o.title, r.title) && within(r, o))))
    .filter((r) => r.country || !roles.some((o) => o !== r && o.title === r.title && o.country && within(r, o)))
    .sort((a, b) => a.from - b.from || a.title.localeCompare(b.title) || (a.country ?? '').localeCompare(b.country ?? ''))
    .map(({ n: _n, ...role }) => role);
}

export interface PersonGazetteer {
  entities: Entity[];
  /** Each release's people, with the role and country that release gives. */
  peopleByRelease: Map<string, ReleasePerson[]>;
}

/** Builds person entities from titled mentions, then resolves every release against them. */
export function buildPeople(releases: ReleaseText[], mentions = collectMentions(releases)): PersonGazetteer {
  const clusters = cluster(mentions).sort(
    (a, b) => a.surnameKey.localeCompare(b.surnameKey) || mostFrequent(a.printed)!.localeCompare(mostFrequent(b.printed)!),
  );
  const entities: Entity[] = [];
  const usedIds = new Set<string>();
  const idOfMention = new Map<ReleaseMention, string>();
  // Forms the corpus itself prints (no nicknames): what finds a person in other releases.
  // "Don Booth" in a list of economists is not Donald Booth the envoy.
  const observed = new Map<string, string[]>();
  for (const c of clusters) {
    const first = mostFrequent(c.firsts)!;
    // The name as releases print it most, less initials and "Jr.": "Scott K.H. Bessent" →
    // "Scott Bessent", while "Aung San Suu Kyi" and "Sarah Bloom Raskin" stay whole.
    const plain = new Map<string, number>();
    for (const [printed, n] of c.printed) bump(plain, withoutInitials(printed), n);
    const name = c.parts.surnameFirst ? displayName(c.parts, first) : mostFrequent(plain)!;
    let id = `person:${slug(name)}`;
    for (let n = 2; usedIds.has(id); n++) id = `person:${slug(name)}-${n}`;
    usedIds.add(id);
    const countries = new Map<string, number>();
    for (const m of c.mentions) if (m.country) bump(countries, m.country);
    const parts: NameParts = { ...c.parts, given: [first] };
    const givenNames = new Set<string>();
    // A formal name brings its short forms (Jacob → Jack); a short form brings no formal
    // name it might stand for (Jack → John would be wrong for Jack Lew).
    for (const f of c.firsts.keys()) {
      givenNames.add(f);
      for (const v of nicknameVariants(f)) if (v.length < f.length) givenNames.add(v);
    }
    const country = mostFrequent(countries);
    entities.push({
      id,
      type: 'person',
      name,
      aliases: nameVariants(parts, [...c.printed.keys()]),
      surname: c.parts.surname,
      givenNames: [...givenNames].sort(),
      ...(isAmbiguousSurname(c.parts.surname) ? { ambiguous: true } : {}),
      ...(isCommonFullName(first, c.parts.surname) ? { commonName: true } : {}),
      highlight: true,
      roles: rolesOf(c.mentions),
      ...(country ? { country } : {}),
      releaseCount: 0,
    });
    for (const m of c.mentions) idOfMention.set(m, id);
    observed.set(id, nameVariants(parts, [...c.printed.keys()], { nicknames: false }));
  }
  const peopleByRelease = resolveReleases(releases, mentions, idOfMention, entities, observed);
  for (const e of entities) e.releaseCount = 0;
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const people of peopleByRelease.values()) for (const p of people) byId.get(p.id)!.releaseCount++;
  return { entities: entities.filter((e) => e.releaseCount > 0), peopleByRelease };
}

const PLACE_AFTER_NAME =
  /^(?:Avenue|Street|Road|Boulevard|Building|Center|Centre|Hall|Room|Square|Plaza|Bridge|Award|Awards|Prize|Fellowship|Fellow|Lecture|School|College|University|Institute|Foundation|Library|Museum|Airport|Park|Memorial|Program|Act|Fund|Scholar|Scholars)$/;
const NAME_RUN = /\p{Lu}[\p{L}\p{M}'’.-]*(?:,? (?:(?:de|la|del|van|von|der|bin|ibn|al|el|da|dos|y) )*\p{Lu}[\p{L}\p{M}'’.-]*)+/gu;
/** Titles that name a person by surname alone: "Secretary Mnuchin", "Finance Minister Aso". */
const TITLE_SURNAME =
  /\b((?:Deputy |Under |Assistant |Vice |Acting )?(?:Secretary|Minister|Treasurer|Chancellor|Governor|Director|Commissioner|Chairman|Chairwoman|Chair|President|Premier|Ambassador|Senator|Administrator|Comptroller|Representative))\s+(\p{Lu}[\p{L}\p{M}'’-]+(?: (?:de |del |la |van |von |al-|el-)?\p{Lu}[\p{L}\p{M}'’-]+)?)/gu;

function resolveReleases(
  releases: ReleaseText[],
  mentions: ReleaseMention[],
  idOfMention: Map<ReleaseMention, string>,
  entities: Entity[],
  observed: Map<string, string[]>,
): Map<string, ReleasePerson[]> {
  // Full printed forms → person; a form two people share links neither.
  const byAlias = new Map<string, string | null>();
  for (const e of entities) {
    for (const a of observed.get(e.id) ?? []) {
      const k = key(a).replace(/,/g, '');
      const prev = byAlias.get(k);
      byAlias.set(k, prev === undefined || prev === e.id ? e.id : null);
    }
  }
  const bySurname = new Map<string, Entity[]>();
  // "Secretary Videgaray" names Luis Videgaray Caso: two surnames answer to the first too.
  for (const e of entities) {
    const full = key(e.surname!);
    const first = full.split(' ')[0]!;
    const keys = /^(?:de|del|la|le|van|von|da|di|du|al|el|bin|ibn|ben)$/.test(first) ? [full] : [full, first];
    for (const k of new Set(keys)) {
      if (!bySurname.has(k)) bySurname.set(k, []);
      bySurname.get(k)!.push(e);
    }
  }
  const span = new Map(
    entities.map((e) => [e.id, { e, from: Math.min(...e.roles!.map((r) => r.from)), to: Math.max(...e.roles!.map((r) => r.to)) }]),
  );
  const inTime = (id: string, year: number) => {
    const s = span.get(id)!;
    return !s.e.ambiguous || (year >= s.from - 3 && year <= s.to + 3);
  };
  const mentionsByRelease = new Map<string, ReleaseMention[]>();
  for (const m of mentions) {
    if (!mentionsByRelease.has(m.releaseId)) mentionsByRelease.set(m.releaseId, []);
    mentionsByRelease.get(m.releaseId)!.push(m);
  }

  const out = new Map<string, ReleasePerson[]>();
  for (const r of releases) {
    const year = Number(r.date.slice(0, 4));
    const people = new Map<string, ReleasePerson>();
    const add = (p: ReleasePerson) => {
      const prev = people.get(p.id);
      // The first titled mention with a country says best who the person is here.
      if (!prev || (!prev.role && p.role) || (!prev.country && p.country && prev.role === p.role)) people.set(p.id, p);
    };
    for (const m of mentionsByRelease.get(r.id) ?? []) {
      const id = idOfMention.get(m);
      if (id) add({ id, role: m.role, ...(m.country ? { country: m.country } : {}) });
    }
    const full = `${r.title}\n${r.text}`;
    for (const run of full.matchAll(NAME_RUN)) {
      const words = run[0]
        .replace(/,/g, '')
        .replace(/['’]s$/, '')
        .split(' ');
      for (let i = 0; i < words.length - 1; i++) {
        for (let j = Math.min(words.length, i + 6); j >= i + 2; j--) {
          const id = byAlias.get(key(words.slice(i, j).join(' ')).replace(/\.$/, ''));
          // "Alexander Hamilton Avenue", "Eisenhower Building": a name used for a place. A
          // common name ("John Smith") far from the years the corpus shows its bearer in
          // office is someone else.
          const after = /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(words[j] ?? '') ? words[j + 1] : words[j];
          if (id && !PLACE_AFTER_NAME.test(after ?? '') && inTime(id, year)) {
            if (!people.has(id)) add({ id });
            i = j - 1;
            break;
          }
        }
      }
    }
    for (const m of full.matchAll(TITLE_SURNAME)) {
      const [, title = '', surname = ''] = m;
      const asked = title.replace(/^Acting /, '');
      const candidates = (bySurname.get(key(surname)) ?? []).flatMap((e) =>
        (e.roles ?? [])
          .filter((role) => role.title.includes(asked) && year >= role.from - 1 && year <= role.to + 1)
          .map((role) => ({ e, role })),
      );
      if (new Set(candidates.map((c) => c.e.id)).size !== 1) continue;
      // The role as this release words it if the person has it; else the most telling one.
      const rank = (r: EntityRole) => [r.title === asked ? 0 : 1, r.country ? 0 : 1, -(r.to - r.from)];
      const [best] = candidates.sort((a, b) => {
        const [x, y] = [rank(a.role), rank(b.role)];
        return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
      });
      if (best && !people.has(best.e.id))
        add({ id: best.e.id, role: best.role.title, ...(best.role.country ? { country: best.role.country } : {}) });
    }
    // In the order the release names them: its principals come first.
    out.set(r.id, [...people.values()]);
  }
  return out;
}
