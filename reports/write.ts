// Writes a run's files: results.json, report.md and report.html into one
// folder, all rendered from the same document, so the reports can always be
// regenerated from the JSON with `pvm report`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { serializeResults, type Results } from '../harness/results.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';

export interface WrittenFiles {
  readonly results: string;
  readonly markdown: string;
  readonly html: string;
}

export function writeRunFiles(doc: Results, dir: string): WrittenFiles {
  fs.mkdirSync(dir, { recursive: true });
  const files = {
    results: path.join(dir, 'results.json'),
    markdown: path.join(dir, 'report.md'),
    html: path.join(dir, 'report.html'),
  };
  fs.writeFileSync(files.results, serializeResults(doc));
  fs.writeFileSync(files.markdown, renderMarkdown(doc));
  fs.writeFileSync(files.html, renderHtml(doc));
  return files;
}

/** reports/out/<date-time>/ under the repository, from an ISO date. */
export function defaultOutDir(root: string, isoDate: string): string {
  return path.join(root, 'reports', 'out', isoDate.replace(/[:]/g, '-').replace(/\..*$/, ''));
}
