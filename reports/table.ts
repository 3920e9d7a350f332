// The terminal tables: `pvm bench` (benchmark x target with geometric means),
// `pvm compare` (one program through every target) and `pvm report A B`
// (changes between two runs). Rendered with cli-table3 from results alone.
import Table from 'cli-table3';
import { benchmarkNames, findResult, geometricMeanRatio, type BenchmarkResult, type Results } from '../harness/results.js';
import type { RunComparison } from './compare.js';
import { formatMs, formatRatio, statusText } from './format.js';

const STYLE = { head: [] as string[], border: [] as string[] };

function benchCell(result: BenchmarkResult | undefined): string {
  if (result === undefined) return '';
  if (result.status !== 'ok') return statusText(result);
  const time = result.process ? formatMs(result.process.median) : '-';
  const noisy = result.noisy ? ' ~' : '';
  return result.ratioToCPython === null ? `${time}${noisy}` : `${time} ${formatRatio(result.ratioToCPython)}${noisy}`;
}

/** Benchmark x target: median whole-process time and ratio to CPython; last row the geometric means. */
export function renderBenchTable(doc: Results): string {
  const targets = doc.targets.map((target) => target.name);
  const table = new Table({ head: ['benchmark', ...targets], style: STYLE });
  for (const benchmark of benchmarkNames(doc)) {
    table.push([benchmark, ...targets.map((target) => benchCell(findResult(doc, benchmark, target)))]);
  }
  table.push([
    'geometric mean',
    ...targets.map((target) => {
      const info = doc.targets.find((candidate) => candidate.name === target)!;
      if (!info.available) return 'not installed';
      const { mean, count } = geometricMeanRatio(doc, target);
      return mean === null ? '-' : `${formatRatio(mean)} (${count})`;
    }),
  ]);
  const legend = 'time: median whole-process wall time; ratio: time / CPython time (lower is faster); ~: noisy (spread > 20%)';
  return `${table.toString()}\n${legend}`;
}

/** One program through every target: agreement, time, ratio, in-process time, counters. */
export function renderCompareTable(doc: Results, showCounters: boolean): string {
  const head = ['target', 'agrees with CPython?', 'time', 'ratio', 'in-process'];
  if (showCounters) head.push('counters');
  const table = new Table({ head, style: STYLE });
  for (const result of doc.results) {
    const agrees = result.status === 'ok' ? 'yes' : result.status === 'not-installed' ? 'not installed' : `no: ${statusText(result)}`;
    const row = [
      result.target,
      agrees,
      result.process ? formatMs(result.process.median) : '-',
      formatRatio(result.ratioToCPython),
      result.inProcess ? formatMs(result.inProcess.median) : '-',
    ];
    if (showCounters) row.push(countersText(result));
    table.push(row);
  }
  return table.toString();
}

function countersText(result: BenchmarkResult): string {
  const counters = result.counters;
  if (counters === undefined) return '-';
  return Object.entries(counters)
    .map(([name, value]) => `${name}=${value}`)
    .join('\n');
}

/** Two runs side by side: old and new medians, the change, and whether it is beyond the noise. */
export function renderComparisonTable(comparison: RunComparison): string {
  const table = new Table({ head: ['benchmark', 'target', 'before', 'after', 'change', 'verdict'], style: STYLE });
  for (const row of comparison.rows) {
    table.push([
      row.benchmark,
      row.target,
      row.before,
      row.after,
      row.change === null ? '-' : formatRatio(row.change),
      row.verdict,
    ]);
  }
  return table.toString();
}
