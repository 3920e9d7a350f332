// `pvm report RESULTS.json [OTHER.json] [--md FILE] [--html FILE] [--merge]`:
// renders a saved run (table on stdout, Markdown and HTML to files), or
// compares two runs (regressions and improvements beyond the noise), or with
// --merge pools several runs into one document (--json FILE writes it).
import * as fs from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { mergeResults, parseResults, serializeResults, type Results } from '../../harness/results.js';
import { compareRuns } from '../../reports/compare.js';
import { renderComparisonHtml, renderHtml } from '../../reports/html.js';
import { renderComparisonMarkdown, renderMarkdown } from '../../reports/markdown.js';
import { renderBenchTable, renderComparisonTable } from '../../reports/table.js';

interface ReportArgs {
  results: string[];
  md?: string;
  html?: string;
  json?: string;
  merge: boolean;
}

function load(file: string): Results {
  return parseResults(fs.readFileSync(file, 'utf8'), file);
}

export const reportCommand: CommandModule<object, ReportArgs> = {
  command: 'report <results..>',
  describe: 'Render a saved results.json, compare two, or merge several (--merge)',
  builder: (yargs: Argv<object>) =>
    yargs
      .positional('results', { type: 'string', array: true, demandOption: true, describe: 'results.json files' })
      .option('md', { type: 'string', describe: 'Write the Markdown report here' })
      .option('html', { type: 'string', describe: 'Write the HTML report here' })
      .option('merge', { type: 'boolean', default: false, describe: 'Pool the samples of all files into one report' })
      .option('json', { type: 'string', describe: 'With --merge: write the merged results here' }) as unknown as Argv<ReportArgs>,
  handler: (argv) => {
    let docs: Results[];
    try {
      docs = argv.results.map(String).map(load);
    } catch (error) {
      process.stderr.write(`pvm report: ${(error as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    if (docs.length > 2 && !argv.merge) {
      process.stderr.write('pvm report: give one file to render, two to compare, or --merge for several\n');
      process.exitCode = 2;
      return;
    }
    if (docs.length === 2 && !argv.merge) {
      const [before, after] = docs as [Results, Results];
      const comparison = compareRuns(before, after);
      process.stdout.write(`${renderComparisonTable(comparison)}\n`);
      if (argv.md) fs.writeFileSync(argv.md, renderComparisonMarkdown(before, after, comparison));
      if (argv.html) fs.writeFileSync(argv.html, renderComparisonHtml(before, after, comparison));
      return;
    }
    const doc = docs.length === 1 ? docs[0]! : mergeResults(docs);
    process.stdout.write(`${renderBenchTable(doc)}\n`);
    if (argv.md) fs.writeFileSync(argv.md, renderMarkdown(doc));
    if (argv.html) fs.writeFileSync(argv.html, renderHtml(doc));
    if (argv.json) fs.writeFileSync(argv.json, serializeResults(doc));
  },
};
