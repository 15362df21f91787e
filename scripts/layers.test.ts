import { describe, expect, it } from 'vitest';
import { checkFile, importsOf, unitOf } from './layers';

describe('layer rules', () => {
  it('finds static, dynamic, side-effect and re-export imports', () => {
    const source = `import { a } from './a';\nimport type { B } from '../b';\nexport { c } from "@/lib/c";\nimport './side.css';\nconst d = await import('./d');`;
    expect(importsOf(source)).toEqual(['./a', '../b', '@/lib/c', './side.css', './d']);
  });

  it('puts a file in the most specific unit', () => {
    expect(unitOf('lib/matcher/automaton.ts')).toBe('lib/matcher');
    expect(unitOf('lib/messages.ts')).toBe('lib/messages.ts');
    expect(unitOf('components/PopupApp.tsx')).toBe('components');
  });

  it('allows imports that point down', () => {
    expect(
      checkFile('lib/ranking/rank.ts', `import { tokens } from '../text/tokens';\nimport type { Release } from '../release/types';`),
    ).toEqual([]);
    expect(checkFile('entrypoints/background.ts', `import { openDb } from '@/lib/store/db';`)).toEqual([]);
  });

  it('reports imports that point up or sideways, and Node modules in browser code', () => {
    const up = checkFile('lib/matcher/mentions.ts', `import type { PageContext } from '../messages';`);
    expect(up).toEqual([{ file: 'lib/matcher/mentions.ts', imports: '../messages', reason: 'lib/matcher may not import lib/messages.ts' }]);
    expect(checkFile('lib/ranking/source.ts', `import { Db } from '../store/db';`)[0]?.reason).toBe('lib/ranking may not import lib/store');
    expect(checkFile('lib/dom/collect.ts', `import { compile } from '../corpus/build';`)[0]?.reason).toBe(
      'lib/dom may not import lib/corpus',
    );
    expect(checkFile('lib/corpus/build.ts', `import { readFileSync } from 'node:fs';`)[0]?.reason).toBe(
      'browser code imports a Node module',
    );
    expect(checkFile('indexer/build.ts', `import { readFileSync } from 'node:fs';`)).toEqual([]);
  });
});
