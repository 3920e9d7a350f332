// `pvm compile FILE`: checks that a file compiles, reading it as CPython reads
// a script (bytes, BOM, coding cookie). Silent with status 0 on success; on a
// syntax error prints what `python3 FILE` prints and exits with status 1.
import * as fs from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { checkSyntax, PySyntaxError, formatSyntaxError } from '../../frontend/index.js';

interface CompileArgs { file: string }

export const compileCommand: CommandModule<object, CompileArgs> = {
  command: 'compile <file>',
  describe: 'Check that a file compiles (syntax errors as CPython prints them)',
  builder: (yargs: Argv<object>) =>
    yargs.positional('file', { type: 'string', demandOption: true, describe: 'Python source file' }) as unknown as Argv<CompileArgs>,
  handler: (argv) => {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(argv.file);
    } catch (e) {
      process.stderr.write(`pvm compile: cannot read ${argv.file}: ${(e as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    try {
      checkSyntax(bytes, argv.file);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      process.stderr.write(formatSyntaxError(e));
      process.exitCode = 1;
    }
  },
};
