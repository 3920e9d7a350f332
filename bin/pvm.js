#!/usr/bin/env node
// Entry point of the `pvm` command: runs the compiled CLI from dist/ (built by `npm install`/`npm run build`).
import { main } from '../dist/cli/main.js';

await main(process.argv);
