// `pvm compare FILE [ARGS...] [--targets LIST] [--stats]`: runs one program
// on every target and tabulates whether each agrees with CPython (stdout and
// exit status), its time and ratio, and with --stats the backend counters.
// Exit status 0 only when every available target agrees; 2 for usage errors.
import * as fs from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { isFailure } from '../../harness/results.js';
import { runOneProgram } from '../../harness/session.js';
import { renderCompareTable } from '../../reports/table.js';
import { failureText } from '../../reports/format.js';
import { targetList } from './bench.js';

interface CompareArgs {
  file: string;
  args: string[];
  targets?: string;
  stats: boolean;
  timeout: number;
}

export const compareCommand: CommandModule<object, CompareArgs> = {
  command: 'compare <file> [args..]',
  describe: 'Run one program on every target and check each against CPython',
  builder: (yargs: Argv<object>) =>
    yargs
      .positional('file', { type: 'string', demandOption: true, describe: 'Python program' })
      .positional('args', { type: 'string', array: true, default: [] as string[], describe: "The program's arguments" })
      .option('targets', { type: 'string', describe: 'Comma-separated targets (pvm backends, python3, pypy3); default all' })
      .option('stats', { type: 'boolean', default: false, describe: "Show the pvm backends' counters" })
      .option('timeout', { type: 'number', default: 120, describe: 'Per-run timeout in seconds' }) as unknown as Argv<CompareArgs>,
  handler: async (argv) => {
    if (!fs.existsSync(argv.file)) {
      process.stderr.write(`pvm compare: no such file: ${argv.file}\n`);
      process.exitCode = 2;
      return;
    }
    let doc;
    try {
      const targets = targetList(argv.targets);
      doc = await runOneProgram(argv.file, (argv.args ?? []).map(String), {
        ...(targets ? { targets } : {}),
        runs: 1,
        timeoutSeconds: argv.timeout,
        // Counters come from one in-process run; without --stats there is nothing to add.
        inProcess: argv.stats ? { warmup: 0, iterations: 1, budgetSeconds: 0 } : null,
      });
    } catch (error) {
      process.stderr.write(`pvm compare: ${(error as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stdout.write(`${renderCompareTable(doc, argv.stats)}\n`);
    const disagreeing = doc.results.filter(isFailure);
    for (const result of disagreeing) process.stdout.write(`${result.target}: ${result.status}: ${failureText(result)}\n`);
    process.exitCode = disagreeing.length === 0 ? 0 : 1;
  },
};
