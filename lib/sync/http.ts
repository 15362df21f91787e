// The one door every sync request goes through: a size cap, same-host redirects only, a
// bounded number of requests per run, and failures turned into reasons (a skipped file) or
// a stop (the rate limit, the budget). Credentials are never sent: these are public files.

/** This one response is unusable; the run goes on with the rest. */
export class SkipError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The whole run stops here; the next one may go on (`retryAt`: not before this time, ms). */
export class StopError extends Error {
  constructor(
    message: string,
    readonly retryAt?: number,
  ) {
    super(message);
  }
}

export interface GuardResponse {
  status: 200 | 304;
  headers: Headers;
  text: string;
}

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** When the server says to come back: Retry-After (seconds or a date), else X-RateLimit-Reset once none remain. */
export function retryAtOf(headers: Headers, now = Date.now()): number | undefined {
  const after = headers.get('retry-after');
  if (after) {
    const seconds = Number(after);
    const at = Number.isFinite(seconds) ? now + seconds * 1000 : Date.parse(after);
    if (Number.isFinite(at)) return at;
  }
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (headers.get('x-ratelimit-remaining') === '0' && reset > 0) return reset * 1000;
  return undefined;
}

export class HttpGuard {
  requests = 0;
  /** X-RateLimit-Remaining of the last API answer that gave one. */
  rateRemaining: number | undefined;
  rateReset: number | undefined;

  constructor(
    private readonly limits: { maxBytes: number; maxRequests: number },
    private readonly signal?: AbortSignal,
    private readonly fetchImpl: Fetch = (url, init) => fetch(url, init),
  ) {}

  /** GET `url`: 200 with its text, or 304 when `etag` still holds. Throws SkipError or StopError. */
  async get(url: string, headers: Record<string, string> = {}): Promise<GuardResponse> {
    if (this.requests >= this.limits.maxRequests) throw new StopError(`this run's ${this.limits.maxRequests} requests are spent`);
    this.requests++;
    let response: Response;
    try {
      response = await this.fetchImpl(url, { headers, credentials: 'omit', redirect: 'follow', signal: this.signal });
    } catch (error) {
      if (this.signal?.aborted) throw new StopError('the check was cancelled');
      throw new StopError(`could not reach ${new URL(url).host} (${(error as Error).message})`);
    }
    const remaining = response.headers.get('x-ratelimit-remaining');
    if (remaining !== null) {
      this.rateRemaining = Number(remaining);
      this.rateReset = Number(response.headers.get('x-ratelimit-reset')) * 1000 || undefined;
    }
    if (response.url && new URL(response.url).host !== new URL(url).host) {
      void response.body?.cancel();
      throw new SkipError(`redirected to another host (${new URL(response.url).host})`);
    }
    if (response.status === 304) return { status: 304, headers: response.headers, text: '' };
    const retryAt = retryAtOf(response.headers);
    if (response.status === 429 || (response.status === 403 && retryAt !== undefined)) {
      void response.body?.cancel();
      throw new StopError('the server asked us to wait (rate limit)', retryAt ?? Date.now() + 60 * 60 * 1000);
    }
    if (response.status === 404 || response.status === 410) throw new SkipError(`not found (${response.status})`);
    if (response.status >= 500) throw new SkipError(`server error (${response.status})`);
    if (response.status !== 200) throw new SkipError(`unexpected answer (HTTP ${response.status})`);
    return { status: 200, headers: response.headers, text: await this.readCapped(response) };
  }

  private async readCapped(response: Response): Promise<string> {
    const max = this.limits.maxBytes;
    if (Number(response.headers.get('content-length')) > max) {
      void response.body?.cancel();
      throw new SkipError(`response over the size cap (${max} bytes)`);
    }
    if (!response.body) return '';
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        void reader.cancel();
        throw new SkipError(`response over the size cap (${max} bytes)`);
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) bytes.set(c, (at += c.byteLength) - c.byteLength);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new SkipError('malformed response (not UTF-8 text)');
    }
  }
}
