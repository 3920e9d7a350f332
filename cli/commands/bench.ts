// `pvm bench [--suite NAME] [--targets LIST] [--out DIR] [--runs N] [--timeout S]`:
// runs a benchmark suite on every target (pvm's backends, python3, pypy3),
// prints the benchmark x target table with geometric means and writes
// results.json, report.md and report.html. Exit status 2 for a usage error,
// else 0: failing targets are reported, not fatal.
import type { Argv, CommandModule } from 'yargs';
import { suiteNames } from '../../benchmarks/suites.js';
import { repoRoot } from '../../harness/paths.js';
import { createProgress } from '../../harness/progress.js';
import { isFailure } from '../../harness/results.js';
import { DEFAULT_IN_PROCESS, runSuite } from '../../harness/session.js';
import { failureText } from '../../reports/format.js';
import { renderBenchTable } from '../../reports/table.js';
import { defaultOutDir, writeRunFiles } from '../../reports/write.js';

interface BenchArgs {
  suite: string;
  targets?: string;
  out?: string;
  runs: number;
  timeout: number;
  inProcess: boolean;
}

/** `--targets vm,python3` or `--targets vm --targets python3`. */
export function targetList(option: string | string[] | undefined): string[] | undefined {
  if (option === undefined) return undefined;
  const names = (Array.isArray(option) ? option : [option]).flatMap((item) => item.split(',')).map((name) => name.trim());
  return names.filter((name) => name !== '');
}

export const benchCommand: CommandModule<object, BenchArgs> = {
  command: 'bench',
  describe: 'Run a benchmark suite on every target and write results.json, report.md, report.html',
  builder: (yargs: Argv<object>) =>
    yargs
      .option('suite', { type: 'string', default: 'default', choices: suiteNames(), describe: 'Benchmark suite' })
      .option('targets', { type: 'string', describe: 'Comma-separated targets (pvm backends, python3, pypy3); default all' })
      .option('out', { type: 'string', describe: 'Output folder (default reports/out/<date-time>/)' })
      .option('runs', { type: 'number', default: 3, describe: 'Whole-process runs per benchmark and target' })
      .option('timeout', { type: 'number', default: 120, describe: 'Per-run timeout in seconds' })
      .option('in-process', { type: 'boolean', default: true, describe: 'Also time repeated runs inside one process (warm-up curves)' }) as unknown as Argv<BenchArgs>,
  handler: async (argv) => {
    if (!(argv.runs >= 1) || !(argv.timeout > 0)) {
      process.stderr.write('pvm bench: --runs must be at least 1 and --timeout positive\n');
      process.exitCode = 2;
      return;
    }
    const started = new Date().toISOString();
    let doc;
    try {
      const targets = targetList(argv.targets);
      doc = await runSuite(argv.suite, {
        ...(targets ? { targets } : {}),
        runs: Math.floor(argv.runs),
        timeoutSeconds: argv.timeout,
        inProcess: argv.inProcess ? DEFAULT_IN_PROCESS : null,
        progress: createProgress(),
      });
    } catch (error) {
      process.stderr.write(`pvm bench: ${(error as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    const files = writeRunFiles(doc, argv.out ?? defaultOutDir(repoRoot(), started));
    process.stdout.write(`${renderBenchTable(doc)}\n`);
    for (const result of doc.results.filter(isFailure)) {
      process.stdout.write(`${result.benchmark} on ${result.target}: ${result.status}: ${failureText(result)}\n`);
    }
    process.stdout.write(`wrote ${files.results}\n      ${files.markdown}\n      ${files.html}\n`);
  },
};
