// Formatting shared by the table, Markdown and HTML renderers, so the same
// number reads the same everywhere: times, ratios, sizes, statuses.
// Pure functions of the results document.
import type { BenchmarkResult, MachineInfo } from '../harness/results.js';
import { median } from '../harness/stats.js';

export function formatMs(ms: number): string {
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** A time ratio to CPython: above 1 is slower, below 1 faster. */
export function formatRatio(ratio: number | null): string {
  if (ratio === null) return '-';
  return ratio >= 10 ? `${ratio.toFixed(1)}x` : `${ratio.toFixed(2)}x`;
}

export function formatKb(kb: number): string {
  return kb >= 1024 * 1024 ? `${(kb / 1024 / 1024).toFixed(2)} GiB` : `${(kb / 1024).toFixed(0)} MiB`;
}

export function formatBytes(bytes: number): string {
  return formatKb(bytes / 1024);
}

/** The status with the place it went wrong: `wrong (line 3)`, `timeout`. */
export function statusText(result: BenchmarkResult): string {
  if (result.status === 'wrong' || result.status === 'crashed') {
    const line = result.difference?.line;
    return line !== undefined && line > 0 ? `${result.status} (line ${line})` : result.status;
  }
  return result.status;
}

/** One line saying why a result is not 'ok', for failure lists. */
export function failureText(result: BenchmarkResult): string {
  const parts: string[] = [];
  const difference = result.difference;
  if (difference !== undefined) {
    parts.push(
      difference.line > 0
        ? `line ${difference.line}: expected ${JSON.stringify(difference.expected)}, got ${JSON.stringify(difference.actual)}`
        : `expected ${difference.expected}, got ${difference.actual}`,
    );
  }
  if (result.detail !== undefined) parts.push(result.detail);
  return parts.join('; ') || result.status;
}

export function peakRss(result: BenchmarkResult): number | null {
  const samples = result.process?.peakRssKb ?? [];
  return samples.length > 0 ? Math.max(...samples) : null;
}

/** The median CPU time of a result's process runs, when measured. */
export function cpuMedian(result: BenchmarkResult): number | null {
  const samples = result.process?.cpuMs ?? [];
  return samples.length > 0 ? median(samples) : null;
}

export function machineLine(machine: MachineInfo): string {
  return `${machine.cpuModel}, ${machine.cores} cores, ${formatBytes(machine.memoryBytes)}, ${machine.platform}, node ${machine.node}`;
}
