// Opens the HTML report in headless Chromium (Debian's `chromium` package, no
// npm driver): the page must load without console errors and its DOM must
// hold the charts; a screenshot must render. Skipped, saying why, when
// chromium is not installed (`apt-get install -y --no-install-recommends chromium`).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../reports/html.js';
import { fixtureResults } from './fakes.js';

function findChromium(): string | null {
  for (const name of ['chromium', 'chromium-browser']) {
    const probe = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (probe.status === 0 && probe.stdout.trim() !== '') return probe.stdout.trim();
  }
  return null;
}

const chromium = findChromium();
if (chromium === null) console.warn('chromium.test.ts: skipped, chromium is not installed (apt-get install -y --no-install-recommends chromium)');

function openInChromium(page: string, extra: string[]): { stdout: string; console: string[] } {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pvm-chromium-'));
  try {
    const run = spawnSync(
      chromium!,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
        '--enable-logging=stderr',
        '--v=0',
        ...extra,
        `file://${page}`,
      ],
      { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(run.error).toBeUndefined();
    return { stdout: run.stdout, console: run.stderr.split('\n').filter((line) => line.includes(':CONSOLE')) };
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

describe.skipIf(chromium === null)('HTML report in headless Chromium', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pvm-report-'));
  const page = path.join(dir, 'report.html');
  fs.writeFileSync(page, renderHtml(fixtureResults()));

  it('notices console errors on a broken page (the check itself works)', () => {
    const broken = path.join(dir, 'broken.html');
    fs.writeFileSync(broken, '<!DOCTYPE html><html><body><script>missingFunction();</script></body></html>');
    expect(openInChromium(broken, ['--dump-dom']).console.join('\n')).toContain('missingFunction is not defined');
  });

  it('loads the report without console errors, with the charts in the DOM', () => {
    const { stdout, console } = openInChromium(page, ['--dump-dom']);
    expect(console).toEqual([]);
    expect(stdout).toContain('class="chart ratio-chart"');
    expect(stdout.match(/class="chart warmup-chart"/g)).toHaveLength(2);
    expect(stdout).toContain('<rect');
    expect(stdout).toContain('<polyline');
  });

  it('renders a screenshot', () => {
    const shot = path.join(dir, 'report.png');
    openInChromium(page, [`--screenshot=${shot}`, '--window-size=1200,1600']);
    const png = fs.readFileSync(shot);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });
});
