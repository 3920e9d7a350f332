// The `pvm` command line: one yargs program, one module per command under
// cli/commands/. Each command module owns its options and its exit status.
// Start-up matters (every benchmark's time includes it): `pvm run` skips
// yargs entirely, and any other command loads only its own module unless the
// command word is missing or unknown, when all are loaded for the help text.
import { commands } from './commands/index.js';

export async function main(argv: string[]): Promise<void> {
  const words = argv.slice(2);
  if (words[0] === 'run') {
    const { runFromCommandLine } = await import('./commands/run.js');
    process.exitCode = await runFromCommandLine(words.slice(1));
    return;
  }
  const chosen = commands.filter((entry) => entry.name === words[0]);
  const loaded = await Promise.all((chosen.length === 1 ? chosen : commands).map((entry) => entry.load()));
  const { default: yargs } = await import('yargs');
  let program = yargs(words)
    .scriptName('pvm')
    .strict()
    .demandCommand(1, 'Give a command: pvm <command> --help tells more.')
    .help()
    .version(false);
  for (const command of loaded) program = program.command(command);
  await program.parseAsync();
}
