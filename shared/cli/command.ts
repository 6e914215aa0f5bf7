import type { OptionTable, Options } from '../options/option-table.js'

/** What a command may print; injected so tests can capture it. */
export interface CommandOutput {
  out(line: string): void
  err(line: string): void
}

/** One `tollgate <name>` command. Returns the exit code: 0 pass, 1 a check/gate failed. */
export interface CliCommand<T extends OptionTable = OptionTable> {
  name: string
  summary: string
  /** Usage line shown in help, e.g. `--data FILE --checks FILE [--report-path R.json]`. */
  usage: string
  options: T
  /** How many positional arguments the command takes (most take none). */
  positionals?: { min: number; max: number; names: string }
  run(options: Options<T>, positionals: string[], output: CommandOutput): Promise<number>
}
