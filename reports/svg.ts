// Inline SVG charts for the HTML report, drawn from the results document:
// the time ratio to CPython per benchmark and target on a log scale, and
// warm-up curves (time of each in-process iteration, one line per target).
// Output is self-contained SVG text: no scripts, no external fonts or assets.
import { benchmarkNames, findResult, REFERENCE_TARGET, type Results } from '../harness/results.js';
import { formatMs, formatRatio, statusText } from './format.js';

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];

/** A stable colour per target, by its place in the document's target list. */
export function targetColour(doc: Results, target: string): string {
  const index = doc.targets.findIndex((candidate) => candidate.name === target);
  return PALETTE[(index < 0 ? 0 : index) % PALETTE.length]!;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fixed(value: number): string {
  return value.toFixed(1);
}

/** Powers of ten covering [low, high], for log-scale axes. */
function decades(low: number, high: number): { from: number; to: number } {
  return { from: Math.floor(Math.log10(low)), to: Math.ceil(Math.log10(high)) };
}

function tickLabel(power: number, unit: 'ratio' | 'ms'): string {
  const value = 10 ** power;
  if (unit === 'ms') return formatMs(value);
  return power < 0 ? `${value.toFixed(-power)}x` : `${value}x`;
}

/**
 * Horizontal bars on a log scale, one group per benchmark and one bar per
 * target other than CPython, growing from 1x (CPython's time) to the
 * target's ratio: left of the line is faster, right is slower.
 */
export function ratioChart(doc: Results): string {
  const targets = doc.targets.filter((target) => target.name !== REFERENCE_TARGET).map((target) => target.name);
  const benchmarks = benchmarkNames(doc);
  const ratios = doc.results.filter((result) => result.ratioToCPython !== null).map((result) => result.ratioToCPython!);
  const { from, to } = decades(Math.min(1, ...ratios) / 1.2, Math.max(1, ...ratios) * 1.2);
  const span = Math.max(1, to - from);
  const left = 140;
  const plotWidth = 560;
  const barHeight = 12;
  const groupGap = 10;
  const top = 30;
  const groupHeight = Math.max(1, targets.length) * barHeight + groupGap;
  const height = top + benchmarks.length * groupHeight + 40;
  const width = left + plotWidth + 80;
  const x = (ratio: number): number => left + ((Math.log10(ratio) - from) / span) * plotWidth;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chart ratio-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Time ratio to CPython per benchmark, log scale">`);
  parts.push(`<text x="${left}" y="16" class="title">time / CPython time (log scale; left of 1x is faster)</text>`);
  for (let power = from; power <= from + span; power++) {
    const gx = fixed(x(10 ** power));
    parts.push(`<line x1="${gx}" y1="${top - 6}" x2="${gx}" y2="${height - 30}" class="${power === 0 ? 'baseline' : 'grid'}"/>`);
    parts.push(`<text x="${gx}" y="${height - 14}" text-anchor="middle" class="tick">${escapeXml(tickLabel(power, 'ratio'))}</text>`);
  }
  benchmarks.forEach((benchmark, group) => {
    const groupTop = top + group * groupHeight;
    parts.push(`<text x="${left - 8}" y="${fixed(groupTop + (targets.length * barHeight) / 2 + 4)}" text-anchor="end" class="label">${escapeXml(benchmark)}</text>`);
    targets.forEach((target, row) => {
      const y = groupTop + row * barHeight;
      const result = findResult(doc, benchmark, target);
      if (result === undefined) return;
      if (result.ratioToCPython === null) {
        parts.push(`<text x="${fixed(x(1) + 4)}" y="${fixed(y + barHeight - 3)}" class="status">${escapeXml(`${target}: ${statusText(result)}`)}</text>`);
        return;
      }
      const a = x(1);
      const b = x(result.ratioToCPython);
      const title = `${benchmark} on ${target}: ${formatRatio(result.ratioToCPython)} CPython's time`;
      parts.push(
        `<rect x="${fixed(Math.min(a, b))}" y="${fixed(y + 1)}" width="${fixed(Math.max(1, Math.abs(b - a)))}" height="${barHeight - 2}" fill="${targetColour(doc, target)}"><title>${escapeXml(title)}</title></rect>`,
      );
      parts.push(`<text x="${fixed(Math.max(a, b) + 4)}" y="${fixed(y + barHeight - 3)}" class="value">${escapeXml(formatRatio(result.ratioToCPython))}</text>`);
    });
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/**
 * Time of every in-process iteration of one benchmark, warm-up included, one
 * line per target on a log time axis; hollow points are warm-up iterations.
 * Returns null when no target has in-process times for the benchmark.
 */
export function warmupChart(doc: Results, benchmark: string): string | null {
  const series = doc.targets
    .map((target) => ({ target: target.name, result: findResult(doc, benchmark, target.name) }))
    .filter((entry) => entry.result?.inProcess !== undefined)
    .map((entry) => ({ target: entry.target, warmup: entry.result!.inProcess!.warmupMs, samples: entry.result!.inProcess!.samplesMs }));
  if (series.length === 0) return null;
  const all = series.flatMap((entry) => [...entry.warmup, ...entry.samples]).filter((ms) => ms > 0);
  if (all.length === 0) return null;
  const { from, to } = decades(Math.min(...all), Math.max(...all));
  const span = Math.max(1, to - from);
  const iterations = Math.max(...series.map((entry) => entry.warmup.length + entry.samples.length));
  const left = 64;
  const top = 24;
  const plotWidth = 300;
  const plotHeight = 150;
  const width = left + plotWidth + 20;
  const height = top + plotHeight + 34 + series.length * 14;
  const x = (index: number): number => left + (iterations <= 1 ? plotWidth / 2 : (index / (iterations - 1)) * plotWidth);
  const y = (ms: number): number => top + plotHeight - ((Math.log10(Math.max(ms, 10 ** from)) - from) / span) * plotHeight;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chart warmup-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(`Warm-up curve of ${benchmark}`)}">`);
  parts.push(`<text x="${left}" y="14" class="title">${escapeXml(benchmark)}: time per iteration</text>`);
  for (let power = from; power <= from + span; power++) {
    const gy = fixed(y(10 ** power));
    parts.push(`<line x1="${left}" y1="${gy}" x2="${left + plotWidth}" y2="${gy}" class="grid"/>`);
    parts.push(`<text x="${left - 4}" y="${gy}" text-anchor="end" dominant-baseline="middle" class="tick">${escapeXml(tickLabel(power, 'ms'))}</text>`);
  }
  parts.push(`<line x1="${left}" y1="${top + plotHeight}" x2="${left + plotWidth}" y2="${top + plotHeight}" class="axis"/>`);
  parts.push(`<text x="${left + plotWidth / 2}" y="${top + plotHeight + 16}" text-anchor="middle" class="tick">iteration (1 to ${iterations})</text>`);
  series.forEach((entry, row) => {
    const colour = targetColour(doc, entry.target);
    const times = [...entry.warmup, ...entry.samples];
    const points = times.map((ms, index) => `${fixed(x(index))},${fixed(y(ms))}`);
    if (times.length > 1) parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="1.5"/>`);
    times.forEach((ms, index) => {
      const warm = index < entry.warmup.length;
      parts.push(
        `<circle cx="${fixed(x(index))}" cy="${fixed(y(ms))}" r="2.5" fill="${warm ? 'white' : colour}" stroke="${colour}"><title>${escapeXml(`${entry.target} iteration ${index + 1}${warm ? ' (warm-up)' : ''}: ${formatMs(ms)}`)}</title></circle>`,
      );
    });
    const legendY = top + plotHeight + 30 + row * 14;
    parts.push(`<rect x="${left}" y="${legendY - 8}" width="10" height="10" fill="${colour}"/>`);
    parts.push(`<text x="${left + 14}" y="${legendY + 1}" class="legend">${escapeXml(entry.target)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
