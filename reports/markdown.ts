// The Markdown report of a results document (report.md), and of a comparison
// of two documents. Everything comes from the JSON: run and machine info, the
// summary of geometric means, the results grid, in-process times, failures.
import {
  benchmarkNames,
  findResult,
  geometricMeanRatio,
  isFailure,
  type BenchmarkResult,
  type Results,
} from '../harness/results.js';
import type { RunComparison } from './compare.js';
import { cpuMedian, failureText, formatKb, formatMs, formatRatio, machineLine, peakRss, statusText } from './format.js';

/** Escapes text for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function tableRows(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function resultCell(result: BenchmarkResult | undefined): string {
  if (result === undefined) return '';
  if (result.status === 'not-installed' || result.status === 'skipped') return result.status;
  if (result.status !== 'ok') return `**${statusText(result)}**`;
  const time = result.process ? formatMs(result.process.median) : '-';
  const ratio = result.ratioToCPython === null ? '' : ` (${formatRatio(result.ratioToCPython)})`;
  return `${time}${ratio}${result.noisy ? ' ~' : ''}`;
}

export function sourceLines(doc: Results): string[] {
  return doc.sources.map(
    (source) =>
      `- ${source.date}: pvm ${source.pvmCommit}, suite \`${source.suite}\`, ${source.runs} runs per target, timeout ${source.timeoutSeconds} s; ${machineLine(source.machine)}; python3: ${source.machine.python3 ?? 'not installed'}; pypy3: ${source.machine.pypy3 ?? 'not installed (apt-get install -y pypy3)'}`,
  );
}

export function renderMarkdown(doc: Results): string {
  const lines: string[] = ['# pvm benchmark report', '', ...sourceLines(doc), ''];
  lines.push('## Summary', '');
  lines.push('Geometric mean over the benchmarks a target ran correctly of its median whole-process time divided by CPython\'s (lower is faster).', '');
  lines.push(
    ...tableRows(
      ['target', 'kind', 'version', 'correct', 'geometric mean ratio'],
      doc.targets.map((target) => {
        const own = doc.results.filter((result) => result.target === target.name);
        const ok = own.filter((result) => result.status === 'ok').length;
        const { mean } = geometricMeanRatio(doc, target.name);
        return [
          target.name,
          target.kind,
          target.available ? (target.version ?? target.description) : target.description,
          target.available ? `${ok}/${own.length}` : 'not installed',
          formatRatio(mean),
        ];
      }),
    ),
    '',
  );
  const targets = doc.targets.map((target) => target.name);
  lines.push('## Results', '');
  lines.push('Median whole-process wall time (ratio to CPython); `~` marks a noisy measurement (spread above 20%).', '');
  lines.push(
    ...tableRows(
      ['benchmark', 'size', ...targets],
      benchmarkNames(doc).map((benchmark) => {
        const size = doc.results.find((result) => result.benchmark === benchmark)?.size ?? 0;
        return [benchmark, String(size), ...targets.map((target) => resultCell(findResult(doc, benchmark, target)))];
      }),
    ),
    '',
  );
  const timed = doc.results.filter((result) => result.process !== undefined || result.inProcess !== undefined);
  if (timed.length > 0) {
    lines.push('## Measurements', '');
    lines.push('Whole-process runs (min / median / max wall time, median CPU time, peak RSS) and, beside them, repeated runs inside one process after warm-up.', '');
    lines.push(
      ...tableRows(
        ['benchmark', 'target', 'process min', 'median', 'max', 'CPU median', 'peak RSS', 'in-process first', 'in-process median', 'min', 'max', 'note'],
        timed.map((result) => {
          const rss = peakRss(result);
          const cpu = cpuMedian(result);
          const first = result.inProcess ? (result.inProcess.warmupMs[0] ?? result.inProcess.samplesMs[0]) : undefined;
          return [
            result.benchmark,
            result.target,
            result.process ? formatMs(result.process.min) : '-',
            result.process ? formatMs(result.process.median) : '-',
            result.process ? formatMs(result.process.max) : '-',
            cpu === null ? '-' : formatMs(cpu),
            rss === null ? '-' : formatKb(rss),
            first === undefined ? '-' : formatMs(first),
            result.inProcess ? formatMs(result.inProcess.median) : '-',
            result.inProcess ? formatMs(result.inProcess.min) : '-',
            result.inProcess ? formatMs(result.inProcess.max) : '-',
            [result.noisy ? 'noisy' : '', result.inProcessError ? `in-process: ${result.inProcessError}` : ''].filter(Boolean).join('; '),
          ];
        }),
      ),
      '',
    );
  }
  const failures = doc.results.filter(isFailure);
  lines.push('## Failures', '');
  if (failures.length === 0) lines.push('None: every available target printed what CPython printed.');
  for (const result of failures) lines.push(`- \`${result.benchmark}\` on \`${result.target}\`: **${result.status}**: ${failureText(result)}`);
  lines.push('');
  const noisy = doc.results.filter((result) => result.noisy);
  if (noisy.length > 0) {
    lines.push('## Noise warning', '');
    lines.push(`${noisy.length} measurement(s) spread more than 20% between their fastest and slowest sample: ${noisy.map((result) => `${result.benchmark}/${result.target}`).join(', ')}. Rerun with more --runs on a quieter machine before drawing conclusions from them.`, '');
  }
  return lines.join('\n');
}

export function renderComparisonMarkdown(before: Results, after: Results, comparison: RunComparison): string {
  const lines = ['# pvm benchmark comparison', '', '## Before', '', ...sourceLines(before), '', '## After', '', ...sourceLines(after), ''];
  const counts = Object.entries(comparison.counts)
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${verdict}`);
  lines.push('## Changes', '', `${counts.join(', ')}. A change counts when the two runs' ranges do not overlap and the medians differ by more than 10%.`, '');
  lines.push(
    ...tableRows(
      ['benchmark', 'target', 'before', 'after', 'change', 'verdict'],
      comparison.rows.map((row) => [row.benchmark, row.target, row.before, row.after, formatRatio(row.change), row.verdict === 'regression' || row.verdict === 'broke' ? `**${row.verdict}**` : row.verdict]),
    ),
    '',
  );
  return lines.join('\n');
}
