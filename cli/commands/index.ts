// The list of pvm's commands, in the order `pvm --help` shows them. Each entry
// loads its module on demand, so a command pays only for its own imports
// (the harness, reports, the runtime) and not for every other command's.
import type { CommandModule } from 'yargs';

type AnyCommand = CommandModule<object, any>;

export interface CommandEntry {
  /** The word after `pvm` that selects the command. */
  name: string;
  load: () => Promise<AnyCommand>;
}

export const commands: CommandEntry[] = [
  { name: 'run', load: async () => (await import('./run.js')).runCommand },
  { name: 'compare', load: async () => (await import('./compare.js')).compareCommand },
  { name: 'bench', load: async () => (await import('./bench.js')).benchCommand },
  { name: 'report', load: async () => (await import('./report.js')).reportCommand },
  { name: 'ast', load: async () => (await import('./ast.js')).astCommand },
  { name: 'compile', load: async () => (await import('./compile.js')).compileCommand },
  { name: 'dis', load: async () => (await import('./dis.js')).disCommand },
];
