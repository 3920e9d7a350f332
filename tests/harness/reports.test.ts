// Report rendering from a fixture results document: the terminal table, the
// Markdown report (sections, statuses, first differing line), the HTML page
// (self-contained, with the ratio chart and warm-up curves as inline SVG)
// and the comparison of two runs.
import { describe, expect, it } from 'vitest';
import type { Results } from '../../harness/results.js';
import { compareRuns } from '../../reports/compare.js';
import { renderComparisonHtml, renderHtml } from '../../reports/html.js';
import { renderComparisonMarkdown, renderMarkdown } from '../../reports/markdown.js';
import { renderBenchTable, renderCompareTable, renderComparisonTable } from '../../reports/table.js';
import { fixtureResults } from './fakes.js';

describe('reports', () => {
  const doc = fixtureResults();

  it('renders the bench table with ratios, statuses and geometric means', () => {
    const table = renderBenchTable(doc);
    expect(table).toContain('2.05 s 2.05x');
    expect(table).toContain('wrong (line 2)');
    expect(table).toContain('timeout');
    expect(table).toMatch(/geometric mean\s*│\s*2\.05x \(1\)/);
    expect(table).toContain('not installed');
  });

  it('renders the compare table with counters', () => {
    const single: Results = { ...doc, results: doc.results.filter((r) => r.benchmark === 'nbody') };
    const table = renderCompareTable(single, true);
    expect(table).toContain('instructions=1234');
    expect(table).toMatch(/vm\s*│\s*yes/);
    expect(table).toContain('not installed');
  });

  it('renders Markdown with summary, results, failures and machine info', () => {
    const md = renderMarkdown(doc);
    expect(md).toContain('# pvm benchmark report');
    expect(md).toContain('pvm abc123');
    expect(md).toContain('Test CPU, 2 cores, 8.00 GiB');
    expect(md).toContain('pypy3: not installed (apt-get install -y pypy3)');
    expect(md).toContain('| vm | pvm | stack VM | 1/3 | 2.05x |');
    expect(md).toContain('| nbody | 10 | 2.05 s (2.05x) | 1.00 s (1.00x) | not-installed |');
    expect(md).toContain('`richards` on `vm`: **wrong**: line 2: expected "hold_count=9297", got "hold_count=9296"');
    expect(md).toContain('`go` on `vm`: **timeout**: no result within 120 s');
    expect(md).toContain('## Noise warning');
    expect(md).toContain('| nbody | vm | 2.00 s | 2.05 s | 2.10 s | 1.84 s | 20 MiB | 1.90 s | 1.70 s | 1.69 s | 1.71 s |  |');
  });

  it('renders a self-contained HTML page with the SVG charts', () => {
    const html = renderHtml(doc);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('class="chart ratio-chart"');
    expect(html.match(/class="chart warmup-chart"/g)).toHaveLength(2);
    expect(html).toContain('2.05x');
    expect(html).toContain('<polyline');
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain('hold_count=9296');
  });

  it('escapes text from results in HTML', () => {
    const hostile: Results = {
      ...doc,
      results: doc.results.map((r) => (r.status === 'wrong' ? { ...r, difference: { line: 1, expected: '<b>', actual: '</td><script>x</script>' } } : r)),
    };
    const html = renderHtml(hostile);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;/td&gt;&lt;script&gt;');
  });

  it('compares two runs: regressions beyond the noise, status changes', () => {
    const before = doc;
    const after: Results = {
      ...doc,
      results: doc.results.map((r) => {
        if (r.target === 'vm' && r.benchmark === 'nbody') return { ...r, process: { ...r.process!, samplesMs: [4000, 4100, 4050], median: 4050, min: 4000, max: 4100 } };
        if (r.target === 'vm' && r.benchmark === 'go') return { ...doc.results.find((x) => x.benchmark === 'go' && x.target === 'python3')!, target: 'vm' };
        if (r.target === 'python3' && r.benchmark === 'richards') return { ...r, process: { ...r.process!, samplesMs: [505, 515], median: 510, min: 505, max: 515 } };
        return r;
      }),
    };
    const comparison = compareRuns(before, after);
    const verdict = (benchmark: string, target: string) => comparison.rows.find((row) => row.benchmark === benchmark && row.target === target)!.verdict;
    expect(verdict('nbody', 'vm')).toBe('regression');
    expect(verdict('go', 'vm')).toBe('fixed');
    expect(verdict('richards', 'python3')).toBe('within noise');
    expect(verdict('richards', 'vm')).toBe('still failing');
    expect(comparison.rows.some((row) => row.target === 'pypy3')).toBe(false);
    expect(renderComparisonTable(comparison)).toContain('regression');
    expect(renderComparisonMarkdown(before, after, comparison)).toContain('**regression**');
    expect(renderComparisonHtml(before, after, comparison)).toContain('<td class="bad">regression</td>');
  });
});
