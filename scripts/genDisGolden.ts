// Regenerates the golden `pvm dis` listings: for every tests/compiler/dis/NAME.py
// writes NAME.dis, the disassembly pvm produces. A change in the compiler's
// output then shows up as a diff of these files in review.
// Run: npx tsc -p tsconfig.json && node dist/scripts/genDisGolden.js
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { compile } from '../frontend/index.js';
import { disassemble } from '../frontend/bytecode/dis.js';

const DIR = new URL('../../tests/compiler/dis/', import.meta.url);
for (const name of readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()) {
  const source = readFileSync(new URL(name, DIR));
  writeFileSync(new URL(name.replace(/\.py$/, '.dis'), DIR), disassemble(compile(source, name)));
  process.stdout.write(`${name}\n`);
}
