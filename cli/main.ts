// The `pvm` command line: one yargs program, one module per command under
// cli/commands/. Each command module owns its options and its exit status.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commands } from './commands/index.js';

export async function main(argv: string[]): Promise<void> {
  let program = yargs(hideBin(argv))
    .scriptName('pvm')
    .strict()
    .demandCommand(1, 'Give a command: pvm <command> --help tells more.')
    .help()
    .version(false);
  for (const command of commands) program = program.command(command);
  await program.parseAsync();
}
