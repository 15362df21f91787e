// The layer rules, checked: which folder may import which. Layers point down only; lib/ runs in
// the browser and never reaches for Node or for the build-time indexer. `npm run lint` runs it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** A unit is a folder (or one file) of the tree; each lists the units it may import. */
export const LAYERS: Record<string, readonly string[]> = {
  'lib/text': [],
  'lib/release': ['lib/text'],
  'lib/matcher': ['lib/text', 'lib/release'],
  'lib/ranking': ['lib/text', 'lib/release'],
  'lib/search': ['lib/text', 'lib/release'],
  // The release side of ranking's evidence (quotes, amounts) is computed at build time.
  'lib/corpus': ['lib/text', 'lib/release', 'lib/matcher', 'lib/ranking'],
  'lib/store': ['lib/text', 'lib/release', 'lib/ranking', 'lib/search', 'lib/matcher'],
  'lib/sync': ['lib/text', 'lib/release', 'lib/corpus', 'lib/matcher', 'lib/ranking', 'lib/store'],
  'lib/messages.ts': ['lib/release', 'lib/matcher', 'lib/ranking', 'lib/search', 'lib/store', 'lib/sync'],
  'lib/dom': ['lib/text', 'lib/release', 'lib/matcher', 'lib/ranking', 'lib/store', 'lib/messages.ts', 'lib/page-analysis.ts'],
  'lib/page-analysis.ts': ['lib/text', 'lib/release', 'lib/matcher', 'lib/ranking'],
  components: ['lib', 'components'],
  entrypoints: ['lib', 'components', 'entrypoints'],
  indexer: ['lib', 'indexer'],
  cli: ['lib', 'indexer', 'cli'],
  bench: ['lib', 'indexer', 'cli', 'bench', 'tests'],
  scripts: ['scripts'],
  tests: ['lib', 'indexer', 'cli', 'tests'],
};

/** Units whose code runs in the browser: no `node:` modules there. */
const BROWSER = ['lib', 'components', 'entrypoints'];

export interface Violation {
  file: string;
  imports: string;
  reason: string;
}

/** The unit a repository path belongs to: the longest key of LAYERS it starts with. */
export function unitOf(path: string): string | undefined {
  let best: string | undefined;
  for (const unit of Object.keys(LAYERS)) {
    if ((path === unit || path.startsWith(`${unit}/`)) && (!best || unit.length > best.length)) best = unit;
  }
  return best;
}

const covers = (allowed: string, target: string) => target === allowed || target.startsWith(`${allowed}/`);

/** Every import specifier in a module's source (static, dynamic and re-exports). */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:^|[\s;])(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) found.push((match[1] ?? match[2] ?? match[3])!);
  return found;
}

/** Checks one file (path relative to the root, forward slashes) against the rules. */
export function checkFile(path: string, source: string): Violation[] {
  const unit = unitOf(path);
  if (!unit) return [];
  const violations: Violation[] = [];
  // Tests run in Node: they may read files, through Node or the indexer, and use shared fakes.
  const isTest = /\.test\.tsx?$/.test(path);
  const allowed = isTest ? [...LAYERS[unit]!, 'indexer', 'tests'] : LAYERS[unit]!;
  for (const spec of importsOf(source)) {
    if (spec.startsWith('node:')) {
      if (BROWSER.some((u) => covers(u, path)) && !isTest) {
        violations.push({ file: path, imports: spec, reason: 'browser code imports a Node module' });
      }
      continue;
    }
    let target: string;
    if (spec.startsWith('@/')) target = spec.slice(2);
    else if (spec.startsWith('.')) target = join(dirname(path), spec).split(sep).join('/');
    else continue; // a package
    if (target.startsWith('assets/') || target.startsWith('..')) continue;
    // Specifiers leave out the extension: '../messages' is lib/messages.ts.
    const targetUnit = unitOf(`${target}.ts`) ?? unitOf(target) ?? target.split('/')[0]!;
    if (targetUnit === unit) continue;
    if (!allowed.some((a) => covers(a, targetUnit) || covers(a, target))) {
      violations.push({ file: path, imports: spec, reason: `${unit} may not import ${targetUnit}` });
    }
  }
  return violations;
}

function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!['node_modules', '.output', '.wxt', '.git', 'fixtures', 'pages'].includes(entry.name)) out.push(...sourceFiles(root, path));
    } else if (/\.(ts|tsx|mts|mjs)$/.test(entry.name)) out.push(path);
  }
  return out;
}

export function checkTree(root: string): Violation[] {
  return sourceFiles(root, '').flatMap((file) => checkFile(file, readFileSync(join(root, file), 'utf8')));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, '..');
  const violations = checkTree(root);
  for (const v of violations) console.error(`${relative(root, join(root, v.file))}: imports ${v.imports}: ${v.reason}`);
  if (violations.length > 0) {
    console.error(`${violations.length} import(s) break the layer rules (scripts/layers.ts).`);
    process.exit(1);
  }
  console.log('Layers: every import points down.');
}
