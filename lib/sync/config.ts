// Where updates come from, and how much one run may ask for. One typed object, so tests and
// the CLI point every source at local servers and nothing else changes.

export interface SyncConfig {
  /** GitHub REST API base ("https://api.github.com"). */
  githubApi: string;
  /** Raw file host base ("https://raw.githubusercontent.com"). */
  githubRaw: string;
  /** The official content repository, owner/name. */
  repo: string;
  branch: string;
  /**
   * The repository commit the bundled index was built from (../shared/treasury/SOURCE.md):
   * the first sync asks what changed since it.
   */
  bundledCommit: string;
  /** The official site, for the newsroom source ("https://home.treasury.gov"). */
  newsroom: string;
  limits: SyncLimits;
}

export interface SyncLimits {
  /** Largest response read; a release file is a few KB, a content/news tree about 3 MB. */
  maxBytes: number;
  /** Requests of any kind in one run (API calls, raw reads, newsroom pages). */
  maxRequests: number;
  /** Newsroom listing pages read per folder in one run. */
  maxListingPages: number;
}

/** The four folders of content/news/ that hold releases (the corpus's folders). */
export const NEWS_FOLDERS = ['press-releases', 'readouts', 'statements-remarks', 'testimonies'] as const;

export const OFFICIAL_HOST = 'home.treasury.gov';
/** The optional host permission the newsroom source needs (wxt.config.ts declares it). */
export const NEWSROOM_ORIGINS = [`https://${OFFICIAL_HOST}/*`];

export const DEFAULT_SYNC_CONFIG: SyncConfig = {
  githubApi: 'https://api.github.com',
  githubRaw: 'https://raw.githubusercontent.com',
  repo: 'US-Department-of-the-Treasury/home.treasury.gov',
  branch: 'main',
  bundledCommit: '0bac2ea18e2c',
  newsroom: `https://${OFFICIAL_HOST}`,
  limits: { maxBytes: 8 * 1024 * 1024, maxRequests: 400, maxListingPages: 5 },
};

/** The defaults with some bases replaced (CLI flags, tests). */
export function syncConfig(overrides: Partial<Omit<SyncConfig, 'limits'>> & { limits?: Partial<SyncLimits> } = {}): SyncConfig {
  return { ...DEFAULT_SYNC_CONFIG, ...overrides, limits: { ...DEFAULT_SYNC_CONFIG.limits, ...overrides.limits } };
}
