// Registers every backend pvm has: `pvm run --backend NAME` and the harness
// import this file once and then look backends up by name in index.ts.
import { registerBackend } from './index.js';
import { vmBackend } from './vm/index.js';

registerBackend(vmBackend);
