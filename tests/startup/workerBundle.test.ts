// cli/workerBundle.ts: a System.register bundle runs with ES module semantics
// (imports first, in import order; cycles; hoisted functions; live bindings
// through `export *`), and it is used only when sealed against the dist/ build
// it came from: a changed module, a missing meta file, PVM_BUNDLE=0 or an
// unreadable bundle all leave it unused, having run nothing. A damaged V8 code
// cache is rejected by V8 and rewritten (checked in child processes running
// dist/cli/workerBundle.js: needs npm run build). The modules here are tiny stand-ins
// for tsc's output, written in the shape `tsc --module system` emits.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleFiles, runFromBundle, sealBundle, type BundleFiles } from '../../cli/workerBundle.js';

/** The compiled module, as a Worker loads it (needs npm run build). */
const WORKER_BUNDLE = fileURLToPath(new URL('../../dist/cli/workerBundle.js', import.meta.url));

const MODULES: Record<string, string> = {
  'm/log': `System.register("m/log", [], function (exports_1, context_1) {
    var events;
    function record(e) { events.push(e); }
    exports_1("record", record);
    return { setters: [], execute: function () {
        exports_1("events", events = globalThis.__bundleTestEvents);
        record("log meta " + context_1.meta.url.endsWith("/m/log.js"));
    } };
});`,
  'm/counter': `System.register("m/counter", ["m/log"], function (exports_1, context_1) {
    var log_1, count;
    function bump() { exports_1("count", count += 1); }
    exports_1("bump", bump);
    return { setters: [function (m) { log_1 = m; }], execute: function () { exports_1("count", count = 0); log_1.record("counter"); } };
});`,
  'm/reexport': `System.register("m/reexport", ["m/counter"], function (exports_1, context_1) {
    function exportStar_1(m) { var exports = {}; for (var n in m) { if (n !== "default") exports[n] = m[n]; } exports_1(exports); }
    return { setters: [function (m) { exportStar_1(m); }], execute: function () {} };
});`,
  'm/a': `System.register("m/a", ["m/log", "m/b", "m/reexport", "node:path"], function (exports_1, context_1) {
    var log_1, b_1, re_1, path_1;
    function fromA() { return "a-hoisted"; }
    exports_1("fromA", fromA);
    return { setters: [function (m) { log_1 = m; }, function (m) { b_1 = m; }, function (m) { re_1 = m; }, function (m) { path_1 = m; }], execute: function () {
        log_1.record("a sees " + b_1.fromB());
        re_1.bump();
        re_1.bump();
        log_1.record("count " + re_1.count + " " + path_1.join("x", "y"));
    } };
});`,
  'm/b': `System.register("m/b", ["m/log", "m/a"], function (exports_1, context_1) {
    var log_1, a_1;
    function fromB() { return "b"; }
    exports_1("fromB", fromB);
    return { setters: [function (m) { log_1 = m; }, function (m) { a_1 = m; }], execute: function () { log_1.record("b sees " + a_1.fromA()); } };
});`,
};

const EXPECTED_EVENTS = ['log meta true', 'b sees a-hoisted', 'counter', 'a sees b', 'count 2 x/y'];

declare global {
  // eslint-disable-next-line no-var
  var __bundleTestEvents: string[];
}

describe('workerBundle', () => {
  let dist: string;
  let files: BundleFiles;

  beforeEach(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pvm-bundle-'));
    files = bundleFiles(dist);
    fs.mkdirSync(path.join(dist, 'bundle'));
    fs.mkdirSync(path.join(dist, 'm'));
    for (const name of Object.keys(MODULES)) fs.writeFileSync(path.join(dist, `${name}.js`), `// the ES module build of ${name}\n`);
    fs.writeFileSync(files.bundle, Object.values(MODULES).join('\n'));
    globalThis.__bundleTestEvents = [];
    delete process.env['PVM_BUNDLE'];
  });

  afterEach(() => {
    fs.rmSync(dist, { recursive: true, force: true });
    delete process.env['PVM_BUNDLE'];
  });

  it('runs the entry with ES module order, cycles, hoisting and live bindings, then writes a code cache', () => {
    expect(sealBundle(files)).toBeNull();
    expect(runFromBundle('m/a', files)).toBe(true);
    expect(globalThis.__bundleTestEvents).toEqual(EXPECTED_EVENTS);
    expect(fs.statSync(files.codeCache).size).toBeGreaterThan(0);
  });

  it('runs again from its code cache, and rewrites a damaged one (fresh processes, as each Worker is)', () => {
    expect(sealBundle(files)).toBeNull();
    const runInChild = () => {
      const script = `import { bundleFiles, runFromBundle } from ${JSON.stringify(WORKER_BUNDLE)};
globalThis.__bundleTestEvents = [];
const used = runFromBundle('m/a', bundleFiles(${JSON.stringify(dist)}));
process.stdout.write(JSON.stringify({ used, events: globalThis.__bundleTestEvents }));`;
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(child.stderr).toBe('');
      return JSON.parse(child.stdout) as { used: boolean; events: string[] };
    };
    expect(runInChild()).toEqual({ used: true, events: EXPECTED_EVENTS });
    const written = fs.readFileSync(files.codeCache);
    expect(runInChild()).toEqual({ used: true, events: EXPECTED_EVENTS });
    expect(fs.readFileSync(files.codeCache).equals(written)).toBe(true);
    fs.writeFileSync(files.codeCache, 'not a code cache');
    expect(runInChild()).toEqual({ used: true, events: EXPECTED_EVENTS });
    expect(fs.readFileSync(files.codeCache, 'utf8')).not.toBe('not a code cache');
  });

  it('is not used, and runs nothing, once a module of the ES build changed', () => {
    expect(sealBundle(files)).toBeNull();
    fs.appendFileSync(path.join(dist, 'm/counter.js'), '// edited and rebuilt\n');
    expect(runFromBundle('m/a', files)).toBe(false);
    expect(globalThis.__bundleTestEvents).toEqual([]);
  });

  it('is not used once rebuilt without being sealed again', () => {
    expect(sealBundle(files)).toBeNull();
    fs.appendFileSync(files.bundle, '\n// rebuilt\n');
    expect(runFromBundle('m/a', files)).toBe(false);
    expect(globalThis.__bundleTestEvents).toEqual([]);
  });

  it('is not used unsealed, when PVM_BUNDLE=0, for an entry it lacks, or when it does not parse', () => {
    expect(runFromBundle('m/a', files)).toBe(false);
    expect(sealBundle(files)).toBeNull();
    process.env['PVM_BUNDLE'] = '0';
    expect(runFromBundle('m/a', files)).toBe(false);
    delete process.env['PVM_BUNDLE'];
    expect(runFromBundle('m/nope', files)).toBe(false);
    fs.writeFileSync(files.bundle, `${Object.values(MODULES).join('\n')}\n)(`);
    expect(sealBundle(files)).toBeNull();
    expect(runFromBundle('m/a', files)).toBe(false);
    expect(globalThis.__bundleTestEvents).toEqual([]);
  });

  it('refuses to seal a bundle importing a package it does not contain', () => {
    fs.writeFileSync(files.bundle, `${Object.values(MODULES).join('\n')}\nSystem.register("m/c", ["yargs"], function () { return { setters: [], execute: function () {} }; });`);
    expect(sealBundle(files)).toBe('m/c imports yargs, which is not in the bundle');
    expect(fs.existsSync(files.meta)).toBe(false);
  });
});
