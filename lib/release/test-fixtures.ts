// Small hand-written releases and entities for unit tests (not corpus text).
import type { Entity, IndexManifest, Release } from './types';

export function release(id: string, over: Partial<Release> = {}): Release {
  return {
    id,
    url: `https://home.treasury.gov/news/press-releases/${id}`,
    title: `Release ${id}`,
    date: '2025-01-01',
    kind: 'press-release',
    people: [],
    orgs: [],
    topics: [],
    terms: [],
    ...over,
  };
}

export function entity(id: string, over: Partial<Entity> = {}): Entity {
  return { id, type: 'person', name: id, aliases: [], highlight: true, releaseCount: 1, ...over };
}

/** A ReadPackageFile over in-memory files, as the background's fetch would serve them. */
export function packageFiles(files: Record<string, unknown>) {
  return async (name: string) => (name in files ? new Response(JSON.stringify(files[name])) : new Response('missing', { status: 404 }));
}

export function manifestFor(version: string, releases: Release[], entities: Entity[]): IndexManifest {
  return {
    version,
    releaseCount: releases.length,
    entityCount: entities.length,
    files: {
      releases: ['releases.json'],
      entities: 'entities.json',
      matcher: 'matcher.bin',
      terms: 'terms.json',
      search: { meta: 'search-meta.json', docs: ['search-docs-0.json'], postings: ['search-postings-0.json'] },
    },
  };
}
