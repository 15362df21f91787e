// The committed bundled index, read from disk for the CLI commands.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Entity, IndexManifest, Release } from '../lib/release/types';

export const defaultIndexDir = resolve(import.meta.dirname, '../assets/index');

export interface BundledIndex {
  manifest: IndexManifest;
  releases: Release[];
  entities: Entity[];
  matcher: Uint8Array;
}

export function readBundledIndex(dir = defaultIndexDir): BundledIndex {
  const read = (name: string) => readFileSync(resolve(dir, name));
  const manifest = JSON.parse(read('manifest.json').toString('utf8')) as IndexManifest;
  return {
    manifest,
    releases: manifest.files.releases.flatMap((name) => JSON.parse(read(name).toString('utf8')) as Release[]),
    entities: JSON.parse(read(manifest.files.entities).toString('utf8')) as Entity[],
    matcher: new Uint8Array(read(manifest.files.matcher)),
  };
}
