// The list of pvm's commands, in the order `pvm --help` shows them.
import type { CommandModule } from 'yargs';
import { benchCommand } from './bench.js';
import { compareCommand } from './compare.js';
import { reportCommand } from './report.js';
import { astCommand } from './ast.js';
import { compileCommand } from './compile.js';
import { runCommand } from './run.js';
import { disCommand } from './dis.js';

export const commands: CommandModule<object, any>[] = [runCommand, compareCommand, benchCommand, reportCommand, astCommand, compileCommand, disCommand];
