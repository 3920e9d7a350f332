// What a results document records about where it was measured: the machine
// (CPU, cores, memory, Node, the reference interpreters' versions) and pvm's
// git commit. Read once per run; every field degrades to a stated unknown
// rather than failing the run.
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import { repoRoot } from './paths.js';
import type { MachineInfo } from './results.js';
import type { Target } from './targets.js';

export function machineInfo(targets: readonly Target[], versionOf: (name: string) => string | null): MachineInfo {
  const known = (name: string): string | null => {
    const target = targets.find((candidate) => candidate.info.name === name);
    return target !== undefined ? target.info.version : versionOf(name);
  };
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    memoryBytes: os.totalmem(),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.versions.node,
    python3: known('python3'),
    pypy3: known('pypy3'),
  };
}

/** The checked-out commit, `-dirty` when tracked files differ from it. */
export function pvmCommit(): string {
  const head = spawnSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: repoRoot(), encoding: 'utf8' });
  if (head.error !== undefined || head.status !== 0) return 'unknown';
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repoRoot(), encoding: 'utf8' });
  const dirty = status.status === 0 && status.stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? '-dirty' : ''}`;
}
