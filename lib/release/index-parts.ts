// Large index tables ship as several JSON files: Mozilla's add-on validator does not parse a
// file over 5 MB and AMO rejects such packages; parts also load in parallel.

/** Largest part, in bytes of JSON. */
export const MAX_PART_BYTES = 3_000_000;

/**
 * Splits an array into JSON arrays of at most `maxBytes` each (an item larger than that gets
 * a part of its own). Deterministic: the same items give the same parts.
 */
export function jsonParts(items: readonly unknown[], maxBytes = MAX_PART_BYTES): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let size = 2; // "[]"
  const encoder = new TextEncoder();
  for (const item of items) {
    const json = JSON.stringify(item);
    const bytes = encoder.encode(json).length;
    const added = bytes + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && size + added > maxBytes) {
      parts.push(`[${current.join(',')}]`);
      current = [];
      size = 2;
    }
    size += bytes + (current.length > 0 ? 1 : 0);
    current.push(json);
  }
  if (current.length > 0 || parts.length === 0) parts.push(`[${current.join(',')}]`);
  return parts;
}

/** "releases" and 3 parts → releases-0.json … releases-2.json. */
export const partNames = (stem: string, count: number) => Array.from({ length: count }, (_, i) => `${stem}-${i}.json`);

/** Reads a file shipped in the extension package (background: fetch(browser.runtime.getURL)). */
export type ReadPackageFile = (name: string) => Promise<Response>;
