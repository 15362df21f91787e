// The release model: the bundled index's records and entities as every layer reads them (on
// disk, in the Dexie tables, in the background's answers). One place, so they cannot drift.

export type ReleaseKind = 'press-release' | 'readout' | 'statement' | 'testimony';

/** A person as one release names them: who, and the role and country given there. */
export interface ReleasePerson {
  /** Entity id, e.g. "person:scott-bessent". */
  id: string;
  role?: string;
  country?: string;
}

/** One official release, as the bundled index ships it. Kept lean: it is in every install. */
export interface Release {
  /** Last segment of the official URL, lower case: "sb0356". Unique. */
  id: string;
  /** The page the official site serves: https://home.treasury.gov/news/press-releases/<id>. */
  url: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  kind: ReleaseKind;
  people: ReleasePerson[];
  /** Entity ids of organizations and designated persons/organizations it names. */
  orgs: string[];
  /** Topic entity ids ("topic:critical-minerals"). */
  topics: string[];
  /** Distinctive terms (normalized, see lib/text) for ranking, most distinctive first. */
  terms: string[];
  /** The first one or two sentences (at most ~300 characters): the card shows it, search reads it. */
  lede?: string;
  /** Sampled hashes of its quotable passages, 4 characters each (lib/ranking/evidence.ts). */
  shingles?: string;
  /** Its amounts and counts in canonical form: "$112000000000", "29 vessel" (lib/ranking/evidence.ts). */
  amounts?: string[];
  /** No readable title or text (lib/corpus/junk.ts): found by search, never ranked against a page. */
  unranked?: true;
}

export type EntityType =
  | 'person' // an official or a counterpart (minister, central banker)
  | 'organization' // an institution named in releases (IMF, FinCEN, Export-Import Bank)
  | 'designated-person' // a person named in a sanctions action
  | 'designated-organization' // a cartel, company, vessel or network named in a sanctions action
  | 'topic';

export interface EntityRole {
  /** As the corpus gives it: "Secretary of the Treasury", "Chancellor of the Exchequer". */
  title: string;
  country?: string;
  /** First and last year the corpus shows the role. */
  from: number;
  to: number;
}

/** A gazetteer entry: what the matcher looks for and the popover shows. */
export interface Entity {
  /** "person:scott-bessent", "topic:critical-minerals", "org:sinaloa-cartel". */
  id: string;
  type: EntityType;
  /** Display name: "Scott Bessent", "Critical minerals". */
  name: string;
  /**
   * Printed forms that link on their own ("Scott K.H. Bessent", "Scott Bessent",
   * "rare-earth elements"). Persons: full names only, never the bare surname.
   */
  aliases: string[];
  /** Persons: the surname, which links only after a full name or a title (lib/matcher). */
  surname?: string;
  /** Persons: given names that agree with this person ("Steven", "Steve"). */
  givenNames?: string[];
  /** The surname is an ordinary word or a common name: never link it alone. */
  ambiguous?: boolean;
  /**
   * The whole name is shared by many (a common first name and an ambiguous surname: "John
   * Smith"): it links only on pages about our subjects (lib/matcher/mentions).
   */
  commonName?: boolean;
  /** Topics: false for ones too generic to mark on a page ("sanctions"); they still rank. */
  highlight: boolean;
  roles?: EntityRole[];
  country?: string;
  /** How many releases name it: lets ranking prefer rare evidence over common. */
  releaseCount: number;
}

/** assets/index/manifest.json: what the background reads first on install or update. */
export interface IndexManifest {
  /** Content hash of the index files: a new value means "reload the tables". */
  version: string;
  releaseCount: number;
  entityCount: number;
  /** `releases` lists the parts of the release table (each at most ~3 MB, see lib/index-parts). */
  files: { releases: string[]; entities: string; matcher: string; terms: string; search: SearchFileNames };
}

/** The popup's prebuilt search index (lib/search-index.ts): each file at most ~3 MB. */
export interface SearchFileNames {
  meta: string;
  docs: string[];
  postings: string[];
}

/** The terms file: document frequency of every term that some release lists as distinctive. */
export interface TermStats {
  docCount: number;
  df: Record<string, number>;
  /** The newest release's date, YYYY-MM-DD: what happened after it the index cannot hold. */
  horizon?: string;
}
