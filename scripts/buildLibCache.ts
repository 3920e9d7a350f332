// `npm run build` / `prepare` step after tsc: fills dist/libcache/ with the
// compiled code of every lib module (backends/runtime/lib/**/*.py), so the
// first import of each in a fresh checkout reads bytecode instead of
// compiling. Entries are checked on use (codeCache.ts), so a stale or missing
// one only costs a compile; a module that does not compile is left out.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, PySyntaxError, formatSyntaxError } from '../frontend/index.js';
import { libCodeCache } from '../backends/runtime/codeCache.js';

const libFolder = fileURLToPath(new URL('../../backends/runtime/lib', import.meta.url));

function pythonFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(folder, item.name);
    if (item.isDirectory()) return pythonFiles(full);
    return item.name.endsWith('.py') ? [full] : [];
  });
}

const cache = libCodeCache(libFolder);
if (cache === null) {
  process.stderr.write('buildLibCache: run the compiled script (node dist/scripts/buildLibCache.js)\n');
  process.exit(1);
}
let written = 0;
for (const file of pythonFiles(libFolder)) {
  const source = fs.readFileSync(file, 'utf8');
  if (cache.load(file, source) !== undefined) continue;
  try {
    cache.store(file, source, compile(source, file));
    written++;
  } catch (error) {
    // The cache only saves time: a module that fails here fails the same way when imported.
    const reason = error instanceof PySyntaxError ? formatSyntaxError(error) : `${String(error)}\n`;
    process.stderr.write(`buildLibCache: ${path.relative(libFolder, file)} left out:\n${reason}`);
  }
}
process.stdout.write(`buildLibCache: ${written} entries written to ${cache.folder}\n`);
