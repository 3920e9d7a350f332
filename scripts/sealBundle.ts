// `npm run build` / `prepare` step after `tsc -p scripts/tsconfig.bundle.json`
// has written dist/bundle/worker.js: records which dist/ build the bundle
// matches (cli/workerBundle.ts), so `pvm run` uses it only while it does.
import { bundleFiles, sealBundle } from '../cli/workerBundle.js';

const files = bundleFiles();
const problem = sealBundle(files);
if (problem !== null) {
  // Not fatal: without a sealed bundle the Worker loads ES modules as before.
  process.stderr.write(`sealBundle: ${files.bundle} left unused: ${problem}\n`);
} else {
  process.stdout.write(`sealBundle: ${files.meta} written\n`);
}
