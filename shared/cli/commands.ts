import type { CliCommand } from './command.js'

/** Every command the CLI offers, in help order. */
export const cliCommands: CliCommand[] = []
