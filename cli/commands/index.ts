// The list of pvm's commands, in the order `pvm --help` shows them.
import type { CommandModule } from 'yargs';

export const commands: CommandModule<object, any>[] = [];
