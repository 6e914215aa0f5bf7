import type { CliCommand } from './command.js'
import { validateCommand } from './commands/validate.js'
import { mergeCommand } from './commands/merge.js'
import { driftCommand } from './commands/drift.js'
import { spcCommand } from './commands/spc.js'
import { trainCommand } from './commands/train.js'
import { registerCommand } from './commands/register.js'
import { assignCommand } from './commands/assign.js'
import { historyCommand } from './commands/history.js'
import { listCommand } from './commands/list.js'
import { getCommand } from './commands/get.js'
import { gateCommand } from './commands/gate.js'
import { deployCommand } from './commands/deploy.js'
import { rollbackCommand } from './commands/rollback.js'
import { deploymentsCommand } from './commands/deployments.js'

/** Every command the CLI offers, in help order. */
export const cliCommands: CliCommand[] = [
  validateCommand as unknown as CliCommand,
  mergeCommand as unknown as CliCommand,
  driftCommand as unknown as CliCommand,
  spcCommand as unknown as CliCommand,
  trainCommand as unknown as CliCommand,
  registerCommand as unknown as CliCommand,
  assignCommand as unknown as CliCommand,
  historyCommand as unknown as CliCommand,
  listCommand as unknown as CliCommand,
  getCommand as unknown as CliCommand,
  gateCommand as unknown as CliCommand,
  deployCommand as unknown as CliCommand,
  rollbackCommand as unknown as CliCommand,
  deploymentsCommand as unknown as CliCommand
]
