// `pvm ast FILE`: prints the file's AST exactly as CPython's
// `ast.dump(ast.parse(open(FILE, encoding='utf-8').read()))` does; on a syntax
// error prints CPython's error text on stderr and exits with status 1.
import * as fs from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { parse, PySyntaxError, formatSyntaxError } from '../../frontend/index.js';
import { dump } from '../../frontend/parser/dump.js';

interface AstArgs { file: string }

export const astCommand: CommandModule<object, AstArgs> = {
  command: 'ast <file>',
  describe: "Print a file's AST as CPython's ast.dump",
  builder: (yargs: Argv<object>) =>
    yargs.positional('file', { type: 'string', demandOption: true, describe: 'Python source file' }) as unknown as Argv<AstArgs>,
  handler: (argv) => {
    let text: string;
    try {
      text = fs.readFileSync(argv.file, 'utf-8');
    } catch (e) {
      process.stderr.write(`pvm ast: cannot read ${argv.file}: ${(e as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    try {
      process.stdout.write(dump(parse(text, '<unknown>')) + '\n');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      process.stderr.write(formatSyntaxError(e));
      process.exitCode = 1;
    }
  },
};
