import type { CliCommand } from './command.js'
import { validateCommand } from './commands/validate.js'

/** Every command the CLI offers, in help order. */
export const cliCommands: CliCommand[] = [validateCommand as unknown as CliCommand]
