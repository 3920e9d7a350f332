// `pvm dis FILE`: compiles a file and prints its bytecode in the layout of
// CPython 3.11's `python3 -m dis FILE` (see frontend/bytecode/dis.ts); on a
// syntax error prints CPython's error text on stderr and exits with status 1.
import * as fs from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { compile, PySyntaxError, formatSyntaxError } from '../../frontend/index.js';
import { disassemble } from '../../frontend/bytecode/dis.js';

interface DisArgs { file: string }

export const disCommand: CommandModule<object, DisArgs> = {
  command: 'dis <file>',
  describe: "Print a file's bytecode, as python3 -m dis does",
  builder: (yargs: Argv<object>) =>
    yargs.positional('file', { type: 'string', demandOption: true, describe: 'Python source file' }) as unknown as Argv<DisArgs>,
  handler: (argv) => {
    let source: Uint8Array;
    try {
      source = fs.readFileSync(argv.file);
    } catch (e) {
      process.stderr.write(`pvm dis: cannot read ${argv.file}: ${(e as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    try {
      process.stdout.write(disassemble(compile(source, argv.file)));
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      process.stderr.write(formatSyntaxError(e));
      process.exitCode = 1;
    }
  },
};
