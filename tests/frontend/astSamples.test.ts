// 40 standard-library files (tests/frontend/ast_samples, chosen and dumped by
// gen_ast_samples.py): pvm's ast.dump with positions must equal CPython's.
// `npm run check:ast` runs the same comparison over the whole stdlib.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from '../../frontend/index.js';
import { dump } from '../../frontend/parser/dump.js';

const dir = new URL('./ast_samples/', import.meta.url);
const names = readdirSync(dir).filter((f) => f.endsWith('.pysrc')).map((f) => f.slice(0, -6)).sort();

describe('stdlib samples match CPython ast.dump', () => {
  it('has the 40 samples', () => expect(names.length).toBe(40));
  for (const name of names) {
    it(name, () => {
      const src = readFileSync(new URL(`${name}.pysrc`, dir), 'utf-8');
      const want = readFileSync(new URL(`${name}.dump`, dir), 'utf-8').trimEnd();
      expect(dump(parse(src, '<unknown>'), { includeAttributes: true })).toBe(want);
    });
  }
});
