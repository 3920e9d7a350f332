// Where pvm's own files are at run time. The harness runs both as compiled
// JS (dist/harness/*.js) and as TypeScript under vitest (harness/*.ts), so
// the repository root is found by walking up to package.json, not by a
// fixed number of `..`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

export function repoRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('pvm: cannot find the repository root (no package.json above the harness)');
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

/** The compiled harness folder: child processes always run compiled JS. */
export function distHarness(): string {
  return path.join(repoRoot(), 'dist', 'harness');
}
