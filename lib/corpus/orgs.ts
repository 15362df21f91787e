// Organizations and sanctions targets: the reviewed lists in assets/ plus the targets that
// sanctions releases introduce (lib/corpus/designated.ts), each one Entity, and the ids
// each release names.
import type { Entity } from '../release/types';
import { type DesignatedMention, extractDesignated, isSanctionsRelease } from './designated';
import type { ReleaseText } from './gazetteer';
import { isAmbiguousSurname, isCommonFullName } from './lexicon';
import { firstName, fold, slug, splitName } from './names';
import { PhraseIndex } from './phrases';
import designatedList from '../../assets/designated.json';
import organizationList from '../../assets/organizations.json';

interface ListedEntity {
  id: string;
  name: string;
  aliases: string[];
  type?: 'organization' | 'designated-organization';
}

// JSON imports, not file reads: the same extraction runs in the background (lib/sync).
const LISTS: Record<string, Record<string, unknown>> = { 'organizations.json': organizationList, 'designated.json': designatedList };

function loadList(file: string, field: string): ListedEntity[] {
  return LISTS[file]![field] as ListedEntity[];
}

const nameKey = (s: string) => fold(s).toLowerCase();

interface NameInUse {
  alias: string;
  surname: string;
}

/**
 * "Lawrence Kanyuka Kingston (Kanyuka)" is "Lawrence Kanyuka" in the news: the given name and
 * the short form the release gives, when the name goes on after it. Such a name is kept only
 * when it is distinctive: its surname is nobody else's, and it is not part of another known
 * person's name ("Abdul Karim Conteh (Karim)" would make every Abdul Karim this one).
 */
function usableNamesInUse(candidates: Map<string, NameInUse>, persons: readonly Entity[]): Map<string, string> {
  const padded = (s: string) =>
    ` ${nameKey(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  const others = persons
    .filter((e) => e.type === 'person' || e.type === 'designated-person')
    .map((e) => ({ id: e.id, names: [e.name, ...e.aliases].map(padded) }));
  const usable = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const { alias } of candidates.values()) seen.set(padded(alias), (seen.get(padded(alias)) ?? 0) + 1);
  for (const [id, { alias, surname }] of candidates) {
    const run = padded(alias);
    if (isAmbiguousSurname(surname) || seen.get(run)! > 1) continue;
    if (others.some((o) => o.id !== id && o.names.some((n) => n.includes(run)))) continue;
    usable.set(id, alias);
  }
  return usable;
}

export interface OrgGazetteer {
  entities: Entity[];
  orgsByRelease: Map<string, string[]>;
  /** Releases that sanction someone already known as an official ("Milorad Dodik"): their ids. */
  peopleByRelease: Map<string, string[]>;
}

/**
 * `people`: the officials already found, so a designated person who is also an official keeps
 * one id per meaning, and a short name that is part of theirs is not taken as anyone's.
 */
export function buildOrgs(releases: ReleaseText[], people: readonly Entity[] = []): OrgGazetteer {
  const takenIds = new Set(people.map((e) => e.id));
  // A sanctions target printed exactly as an official's name is that official, not a namesake.
  const officialByName = new Map(people.flatMap((e) => e.aliases.map((a) => [nameKey(a), e.id] as const)));
  const sanctionedOfficials = new Map<string, string[]>();
  const entities = new Map<string, Entity>();
  const index = new PhraseIndex();
  const byFoldedName = new Map<string, string>();
  const addAliases = (e: Entity, aliases: string[]) => {
    for (const a of aliases) {
      index.add(a, e.id);
      byFoldedName.set(nameKey(a), e.id);
    }
  };
  const addEntity = (e: Entity) => {
    entities.set(e.id, e);
    addAliases(e, e.aliases);
  };
  for (const o of loadList('organizations.json', 'organizations')) {
    addEntity({ id: o.id, type: 'organization', name: o.name, aliases: o.aliases, highlight: true, releaseCount: 0 });
  }
  for (const o of loadList('designated.json', 'designated')) {
    addEntity({ id: o.id, type: o.type ?? 'designated-organization', name: o.name, aliases: o.aliases, highlight: true, releaseCount: 0 });
  }

  // Targets in OFAC's shapes; a name already listed joins its listed entity.
  const inUse = new Map<string, NameInUse>();
  const extractedByRelease = new Map<string, Set<string>>();
  const sorted = [...releases].sort((a, b) => a.id.localeCompare(b.id));
  const found = new Map<string, DesignatedMention[]>();
  for (const r of sorted) if (isSanctionsRelease(r.title, r.text)) found.set(r.id, extractDesignated(r.text));
  // "Mexico-based Sinaloa Cartel", "Major Sinaloa Cartel": words before a group's known name
  // describe it. Such a name is the group whose name it ends with (two words at least).
  const orgNames = new Set([...byFoldedName.keys()]);
  for (const list of found.values()) for (const m of list) if (m.type === 'designated-organization') orgNames.add(nameKey(m.name));
  const knownTail = (name: string): string => {
    const words = name.split(/\s+/);
    for (let i = 1; i <= words.length - 2; i++) {
      const tail = words.slice(i).join(' ');
      if (orgNames.has(nameKey(tail))) return tail; // the longest known tail
    }
    return name;
  };
  for (const r of sorted) {
    const list = found.get(r.id);
    if (!list) continue;
    const ids = new Set<string>();
    for (const m of list) {
      const printed = m.name.replace(/[’‘]/g, "'");
      const name = m.type === 'designated-organization' ? knownTail(printed) : printed;
      const known = byFoldedName.get(nameKey(name));
      if (known) {
        ids.add(known);
        continue;
      }
      const official = m.type === 'designated-person' ? officialByName.get(nameKey(name)) : undefined;
      if (official) {
        sanctionedOfficials.set(r.id, [...new Set([...(sanctionedOfficials.get(r.id) ?? []), official])]);
        continue;
      }
      const prefix = m.type === 'designated-person' ? 'person' : 'org';
      let id = `${prefix}:${slug(name)}`;
      for (let n = 2; takenIds.has(id) || entities.has(id); n++) id = `${prefix}:${slug(name)}-${n}`;
      if (m.type === 'designated-person') {
        const parts = splitName(name, undefined, m.surnameHint);
        // Only the full name as printed ("Victor Lopez" would mark strangers); the name in use,
        // when the release's short form ends it sooner, is weighed below.
        if (m.surnameHint !== undefined && !nameKey(name).endsWith(nameKey(m.surnameHint))) {
          inUse.set(id, { alias: `${parts.given.join(' ')} ${parts.surname}`, surname: parts.surname });
        }
        addEntity({
          id,
          type: 'designated-person',
          name,
          aliases: [...new Set([name, fold(name)])],
          surname: parts.surname,
          ...(isAmbiguousSurname(parts.surname) ? { ambiguous: true } : {}),
          ...(isCommonFullName(firstName(parts), parts.surname) ? { commonName: true } : {}),
          highlight: true,
          releaseCount: 0,
        });
      } else {
        addEntity({
          id,
          type: 'designated-organization',
          name,
          aliases: [...new Set([name, fold(name)])],
          highlight: true,
          releaseCount: 0,
        });
      }
      ids.add(id);
    }
    extractedByRelease.set(r.id, ids);
  }
  for (const [id, alias] of usableNamesInUse(inUse, [...people, ...entities.values()])) {
    const entity = entities.get(id)!;
    const more = [...new Set([alias, fold(alias)])];
    entity.aliases = [...entity.aliases, ...more];
    addAliases(entity, more);
  }

  const orgsByRelease = new Map<string, string[]>();
  for (const r of releases) {
    const ids = index.find(`${r.title}\n${r.text}`);
    for (const id of extractedByRelease.get(r.id) ?? []) ids.add(id);
    const list = [...ids].sort();
    orgsByRelease.set(r.id, list);
    for (const id of list) entities.get(id)!.releaseCount++;
  }
  const kept = [...entities.values()].filter((e) => e.releaseCount > 0);
  return { entities: kept, orgsByRelease, peopleByRelease: sanctionedOfficials };
}
