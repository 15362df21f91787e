// The official content repository on GitHub: what changed under content/news/ since the
// commit we hold, then each new or changed file read raw at the new commit.
//
// Shapes as the GitHub REST API documents them (docs.github.com/en/rest):
//   GET /repos/{o}/{r}/commits/{ref}                → { sha }            (ETag; 304 costs no quota)
//   GET /repos/{o}/{r}/compare/{base}...{head}      → { files: [{ filename, status, previous_filename? }] }
//     the file list is on the first page only and holds at most 300 files for the whole comparison;
//   GET /repos/{o}/{r}/git/trees/{ref}:content/news?recursive=1 → { tree: [{ path, type, sha }], truncated }
// Beyond 300 files the two trees (two requests) say what changed: paging the commits instead
// costs one request per commit, and ten months are hundreds of commits against 60 an hour.
// Raw files: https://raw.githubusercontent.com/{o}/{r}/{sha}/{path} (not counted in the API quota).
import { NEWS_FOLDERS, type SyncConfig } from './config';
import { type HttpGuard, SkipError, StopError } from './http';
import type { Cursor, ReleaseSource, Skipped, SourceRun } from './source';

export const COMPARE_FILE_LIMIT = 300;
/** API requests one run may need at most: head, compare, two trees. */
const API_CALLS_PER_RUN = 4;
const NEWS = 'content/news/';

interface CompareFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

interface TreeEntry {
  path: string;
  type: string;
  sha: string;
}

function parseJson<T>(text: string, what: string, check: (value: any) => boolean): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new StopError(`GitHub sent malformed JSON for ${what}`);
  }
  if (!check(value)) throw new StopError(`GitHub's answer for ${what} is not in the documented shape`);
  return value as T;
}

/** A path under content/news/<one of the four folders>/, a Markdown file, nothing odd in it. */
export function releasePathReason(path: string): string | undefined {
  if (!path.startsWith(NEWS) || path.includes('..') || path.includes('//')) return 'outside content/news/';
  const [folder, ...rest] = path.slice(NEWS.length).split('/');
  if (!(NEWS_FOLDERS as readonly string[]).includes(folder!) || rest.length === 0) return 'not in a release folder of content/news/';
  if (!path.endsWith('.md')) return 'not a Markdown file';
  return undefined;
}

export class GitHubSource implements ReleaseSource {
  readonly name = 'github';

  constructor(private readonly config: SyncConfig) {}

  private api(path: string): string {
    return `${this.config.githubApi.replace(/\/$/, '')}/repos/${this.config.repo}/${path}`;
  }

  private async apiGet(guard: HttpGuard, path: string, etag?: string) {
    const headers: Record<string, string> = { Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' };
    if (etag) headers['If-None-Match'] = etag;
    try {
      return await guard.get(this.api(path), headers);
    } catch (error) {
      // An API answer we cannot use leaves nothing to go on: stop, try again later.
      if (error instanceof SkipError) throw new StopError(`GitHub API: ${error.reason}`);
      throw error;
    }
  }

  async run(guard: HttpGuard, cursor: Cursor): Promise<SourceRun> {
    const base = cursor.commit ?? this.config.bundledCommit;
    if (guard.rateRemaining !== undefined && guard.rateRemaining < API_CALLS_PER_RUN) {
      throw new StopError('GitHub API quota for this hour is spent', guard.rateReset);
    }
    const head = await this.apiGet(guard, `commits/${encodeURIComponent(this.config.branch)}`, cursor.headEtag);
    if (head.status === 304 && !cursor.resume) return { files: [], skipped: [], cursor };
    const sha =
      head.status === 304
        ? cursor.resume!.head
        : parseJson<{ sha: string }>(head.text, 'the branch head', (v) => typeof v?.sha === 'string').sha;
    const headEtag = head.headers.get('etag') ?? cursor.headEtag;
    if (sha.startsWith(base) || base.startsWith(sha))
      return { files: [], skipped: [], cursor: { ...cursor, commit: sha, headEtag, resume: undefined } };

    // Files in path order, so a run that runs out of requests can say where the next one goes on.
    const after = cursor.resume?.head === sha ? cursor.resume.after : '';
    const changes = (await this.changedPaths(guard, base, sha)).filter((c) => c.path > after);
    const skipped: Skipped[] = [];
    const files: SourceRun['files'] = [];
    let last = after;
    for (const { path, added } of changes) {
      const reason = releasePathReason(path);
      if (reason) {
        if (path.startsWith('content/')) skipped.push({ path, reason });
        last = path;
        continue;
      }
      try {
        const raw = await guard.get(`${this.config.githubRaw.replace(/\/$/, '')}/${this.config.repo}/${sha}/${path}`);
        files.push({ path: path.slice('content/'.length), source: raw.text, added });
      } catch (error) {
        if (error instanceof StopError && files.length > 0) {
          // Keep what was read; the next run reads on from here.
          return {
            files,
            skipped,
            cursor: { ...cursor, headEtag, resume: { head: sha, after: last } },
            incomplete: `${error.message}; the next check reads on`,
          };
        }
        if (!(error instanceof SkipError)) throw error;
        skipped.push({ path, reason: error.reason });
      }
      last = path;
    }
    return { files, skipped, cursor: { ...cursor, commit: sha, headEtag, resume: undefined } };
  }

  /** Added, modified and renamed paths between two commits (removed ones are kept as they were). */
  private async changedPaths(guard: HttpGuard, base: string, head: string): Promise<{ path: string; added: boolean }[]> {
    const compare = await this.apiGet(guard, `compare/${base}...${head}?per_page=100`);
    const { files = [] } = parseJson<{ files?: CompareFile[] }>(
      compare.text,
      'the comparison',
      (v) => v && (v.files === undefined || Array.isArray(v.files)),
    );
    if (files.length < COMPARE_FILE_LIMIT) {
      return files
        .filter((f) => f.status !== 'removed' && typeof f.filename === 'string')
        .map((f) => ({ path: f.filename, added: f.status === 'added' || f.status === 'copied' || f.status === 'renamed' }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    const [before, after] = [await this.newsTree(guard, base), await this.newsTree(guard, head)];
    return [...after]
      .filter(([path, blob]) => before.get(path) !== blob)
      .map(([path]) => ({ path, added: !before.has(path) }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  private async newsTree(guard: HttpGuard, ref: string): Promise<Map<string, string>> {
    const answer = await this.apiGet(guard, `git/trees/${ref}:${NEWS.replace(/\/$/, '')}?recursive=1`);
    const tree = parseJson<{ tree: TreeEntry[]; truncated?: boolean }>(answer.text, 'the content/news tree', (v) => Array.isArray(v?.tree));
    if (tree.truncated) throw new StopError('GitHub truncated the content/news tree');
    return new Map(tree.tree.filter((e) => e.type === 'blob').map((e) => [NEWS + e.path, e.sha]));
  }
}
