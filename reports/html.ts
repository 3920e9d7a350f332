// The HTML report (report.html): one self-contained page rendered from a
// results document alone, with inline CSS and inline SVG charts: no scripts,
// no network, no external assets, so it opens anywhere and can be archived.
// Also renders a comparison of two documents.
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
import { escapeXml, ratioChart, targetColour, warmupChart } from './svg.js';

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 1200px; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { background: #f3f3f3; }
td.bad { background: #fde2e2; font-weight: bold; }
td.off { color: #888; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; vertical-align: middle; }
.charts { display: flex; flex-wrap: wrap; gap: 1em; }
.chart text { font-size: 11px; fill: #222; }
.chart .title { font-size: 12px; font-weight: bold; }
.chart .grid { stroke: #ddd; } .chart .axis { stroke: #888; } .chart .baseline { stroke: #222; stroke-width: 1.5; }
.chart .status { fill: #b00; } .chart .tick { fill: #555; }
.note { color: #555; font-size: 0.9em; }
code { background: #f3f3f3; padding: 0 0.2em; }
`;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const headHtml = head.map((text) => `<th>${text}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.join('')}</tr>`).join('\n');
  return `<table>\n<tr>${headHtml}</tr>\n${body}\n</table>`;
}

function td(text: string, className?: string): string {
  return className ? `<td class="${className}">${escapeXml(text)}</td>` : `<td>${escapeXml(text)}</td>`;
}

function resultTd(result: BenchmarkResult | undefined): string {
  if (result === undefined) return td('');
  if (result.status === 'not-installed' || result.status === 'skipped') return td(result.status, 'off');
  if (result.status !== 'ok') return `<td class="bad" title="${escapeXml(failureText(result))}">${escapeXml(statusText(result))}</td>`;
  const time = result.process ? formatMs(result.process.median) : '-';
  const ratio = result.ratioToCPython === null ? '' : ` (${formatRatio(result.ratioToCPython)})`;
  return td(`${time}${ratio}${result.noisy ? ' ~' : ''}`);
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeXml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

function sourcesHtml(doc: Results): string {
  const rows = doc.sources.map((source) => [
    td(source.date),
    td(source.pvmCommit),
    td(source.suite),
    td(String(source.runs)),
    td(`${source.timeoutSeconds} s`),
    td(machineLine(source.machine)),
    td(source.machine.python3 ?? 'not installed'),
    td(source.machine.pypy3 ?? 'not installed (apt-get install -y pypy3)'),
  ]);
  return table(['date', 'pvm commit', 'suite', 'runs', 'timeout', 'machine', 'python3', 'pypy3'], rows);
}

export function renderHtml(doc: Results): string {
  const sections: string[] = ['<h1>pvm benchmark report</h1>', '<h2>Runs and machine</h2>', sourcesHtml(doc)];
  sections.push('<h2>Summary</h2>');
  sections.push('<p class="note">Geometric mean, over the benchmarks a target ran correctly, of its median whole-process time divided by CPython\'s (lower is faster).</p>');
  sections.push(
    table(
      ['target', 'kind', 'version', 'correct', 'geometric mean ratio'],
      doc.targets.map((target) => {
        const own = doc.results.filter((result) => result.target === target.name);
        const ok = own.filter((result) => result.status === 'ok').length;
        const { mean } = geometricMeanRatio(doc, target.name);
        const name = `<td><span class="swatch" style="background:${targetColour(doc, target.name)}"></span>${escapeXml(target.name)}</td>`;
        return [
          name,
          td(target.kind),
          td(target.available ? (target.version ?? target.description) : target.description),
          target.available ? td(`${ok}/${own.length}`, ok < own.length ? 'bad' : undefined) : td('not installed', 'off'),
          td(formatRatio(mean)),
        ];
      }),
    ),
  );
  sections.push('<h2>Speed relative to CPython</h2>', ratioChart(doc));
  const targets = doc.targets.map((target) => target.name);
  sections.push('<h2>Results</h2>', '<p class="note">Median whole-process wall time (ratio to CPython); ~ marks a noisy measurement (spread above 20%). Hover a failure for its first differing line.</p>');
  sections.push(
    table(
      ['benchmark', 'size', ...targets.map(escapeXml)],
      benchmarkNames(doc).map((benchmark) => {
        const size = doc.results.find((result) => result.benchmark === benchmark)?.size ?? 0;
        return [td(benchmark), td(String(size)), ...targets.map((target) => resultTd(findResult(doc, benchmark, target)))];
      }),
    ),
  );
  const curves = benchmarkNames(doc)
    .map((benchmark) => warmupChart(doc, benchmark))
    .filter((svg): svg is string => svg !== null);
  sections.push('<h2>Warm-up curves</h2>');
  sections.push(
    curves.length > 0
      ? `<p class="note">Time of each repeated run inside one process; hollow points are warm-up iterations.</p>\n<div class="charts">\n${curves.join('\n')}\n</div>`
      : '<p class="note">No in-process timings in this run.</p>',
  );
  const timed = doc.results.filter((result) => result.process !== undefined || result.inProcess !== undefined);
  sections.push('<h2>Measurements</h2>');
  sections.push(
    table(
      ['benchmark', 'target', 'process min', 'median', 'max', 'CPU median', 'peak RSS', 'in-process median', 'min', 'max', 'note'],
      timed.map((result) => {
        const rss = peakRss(result);
        const cpu = cpuMedian(result);
        return [
          td(result.benchmark),
          td(result.target),
          td(result.process ? formatMs(result.process.min) : '-'),
          td(result.process ? formatMs(result.process.median) : '-'),
          td(result.process ? formatMs(result.process.max) : '-'),
          td(cpu === null ? '-' : formatMs(cpu)),
          td(rss === null ? '-' : formatKb(rss)),
          td(result.inProcess ? formatMs(result.inProcess.median) : '-'),
          td(result.inProcess ? formatMs(result.inProcess.min) : '-'),
          td(result.inProcess ? formatMs(result.inProcess.max) : '-'),
          td([result.noisy ? 'noisy' : '', result.inProcessError ? `in-process: ${result.inProcessError}` : ''].filter(Boolean).join('; ')),
        ];
      }),
    ),
  );
  const failures = doc.results.filter(isFailure);
  sections.push('<h2>Failures</h2>');
  sections.push(
    failures.length === 0
      ? '<p>None: every available target printed what CPython printed.</p>'
      : `<ul>\n${failures
          .map((result) => `<li><code>${escapeXml(result.benchmark)}</code> on <code>${escapeXml(result.target)}</code>: <strong>${escapeXml(result.status)}</strong>: ${escapeXml(failureText(result))}</li>`)
          .join('\n')}\n</ul>`,
  );
  return page('pvm benchmark report', sections.join('\n'));
}

export function renderComparisonHtml(before: Results, after: Results, comparison: RunComparison): string {
  const summary = Object.entries(comparison.counts)
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${verdict}`)
    .join(', ');
  const rows = comparison.rows.map((row) => [
    td(row.benchmark),
    td(row.target),
    td(row.before),
    td(row.after),
    td(formatRatio(row.change)),
    td(row.verdict, row.verdict === 'regression' || row.verdict === 'broke' ? 'bad' : undefined),
  ]);
  const body = [
    '<h1>pvm benchmark comparison</h1>',
    '<h2>Before</h2>',
    sourcesHtml(before),
    '<h2>After</h2>',
    sourcesHtml(after),
    '<h2>Changes</h2>',
    `<p class="note">${escapeXml(summary)}. A change counts when the two runs' ranges do not overlap and the medians differ by more than 10%.</p>`,
    table(['benchmark', 'target', 'before', 'after', 'change', 'verdict'], rows),
  ];
  return page('pvm benchmark comparison', body.join('\n'));
}
