// The file `pvm run` starts its Worker with: runs runWorker.ts from the
// one-file bundle when it is current (cli/workerBundle.ts), else as ES
// modules. Either way runWorker.ts's top level runs exactly once.
import { runFromBundle } from '../workerBundle.js';

if (!runFromBundle('cli/commands/runWorker')) await import('./runWorker.js');
