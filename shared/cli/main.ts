import { errorMessage, exitCodeFor, TollgateError, UsageError } from '../errors.js'
import { closestName } from '../text/closest-name.js'
import { Options } from '../options/option-table.js'
import { parseArguments } from './argv.js'
import type { CliCommand, CommandOutput } from './command.js'
import { cliCommands } from './commands.js'
import { TOLLGATE_VERSION } from '../version.js'

const consoleOutput: CommandOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`)
}

/**
 * `tollgate <command> [options]`. Exit codes: 0 pass, 1 a check or gate failed, 2 usage or input
 * error (DESIGN.md §1); 70 means a bug or outage, with the stack printed for the report.
 */
export async function main(
  argv: readonly string[],
  output: CommandOutput = consoleOutput
): Promise<number> {
  const [commandName, ...rest] = argv
  if (
    commandName === undefined ||
    commandName === '--help' ||
    commandName === '-h' ||
    commandName === 'help'
  ) {
    output.out(generalHelp())
    return commandName === undefined ? 2 : 0
  }
  if (commandName === '--version') {
    output.out(TOLLGATE_VERSION)
    return 0
  }
  const entry = cliCommands.find((candidate) => candidate.name === commandName)
  let command: CliCommand | undefined
  try {
    if (entry === undefined) {
      const suggestion = closestName(
        commandName,
        cliCommands.map((candidate) => candidate.name)
      )
      throw new UsageError(
        `Unknown command "${commandName}".${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`} Run \`tollgate --help\` for the list.`
      )
    }
    command = await entry.load()
    if (rest.includes('--help') || rest.includes('-h')) {
      output.out(commandHelp(command))
      return 0
    }
    return await runCommand(command, rest, output)
  } catch (error) {
    output.err(`tollgate${command === undefined ? '' : ` ${command.name}`}: ${errorMessage(error)}`)
    if (!(error instanceof TollgateError) && error instanceof Error && error.stack !== undefined) {
      output.err(error.stack)
    }
    return exitCodeFor(error)
  }
}

async function runCommand(
  command: CliCommand,
  argv: readonly string[],
  output: CommandOutput
): Promise<number> {
  const parsed = parseArguments(argv, command.options)
  const limits = command.positionals ?? { min: 0, max: 0, names: '' }
  if (parsed.positionals.length < limits.min || parsed.positionals.length > limits.max) {
    throw new UsageError(
      limits.max === 0
        ? `Unexpected argument "${parsed.positionals[0]}". Options are written --name value.`
        : `Expected ${limits.names}. Usage: tollgate ${command.name} ${command.usage}`
    )
  }
  const options = new Options(command.options, {
    get: (name) => parsed.values.get(name),
    describe: (name) => `option --${name}`
  })
  return command.run(options, parsed.positionals, output)
}

function generalHelp(): string {
  const lines = [
    'tollgate: data checks, SPC, drift, training, registry, gates and deploys, as in the GitHub Actions.',
    '',
    'Usage: tollgate <command> [options]      (tollgate <command> --help for its options)',
    '',
    'Commands:'
  ]
  for (const command of cliCommands) lines.push(`  ${command.name.padEnd(12)} ${command.summary}`)
  lines.push('', 'Exit codes: 0 pass, 1 a check or gate failed, 2 usage or input error.')
  return lines.join('\n')
}

function commandHelp(command: CliCommand): string {
  const lines = [
    `Usage: tollgate ${command.name} ${command.usage}`,
    '',
    command.summary,
    '',
    'Options:'
  ]
  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.actionOnly === true) continue
    const suffix =
      spec.default !== undefined && spec.default !== '' ? ` (default: ${spec.default})` : ''
    const required = spec.required === true ? ' (required)' : ''
    lines.push(`  --${name.padEnd(16)} ${spec.description}${required}${suffix}`)
  }
  return lines.join('\n')
}
