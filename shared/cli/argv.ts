import { UsageError } from '../errors.js'
import type { OptionTable } from '../options/option-table.js'
import { closestName } from '../text/closest-name.js'

export interface ParsedArguments {
  values: Map<string, string>
  positionals: string[]
}

/**
 * Parses `--name value`, `--name=value` and bare `--flag` (which reads as `true`). Option names
 * are the kebab-case action input names. Unknown names are rejected with the closest known one
 * suggested, because a silently ignored `--basline 5` is worse than an error.
 */
export function parseArguments(argv: readonly string[], table: OptionTable): ParsedArguments {
  const values = new Map<string, string>()
  const positionals: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg)
      continue
    }
    const equals = arg.indexOf('=')
    const name = equals > 0 ? arg.slice(2, equals) : arg.slice(2)
    const spec = table[name]
    if (spec === undefined || spec.actionOnly === true) {
      const suggestion = closestName(
        name,
        Object.keys(table).filter((key) => table[key]?.actionOnly !== true)
      )
      throw new UsageError(
        `Unknown option --${name}.${suggestion === undefined ? '' : ` Did you mean --${suggestion}?`}`
      )
    }
    let value: string
    if (equals > 0) value = arg.slice(equals + 1)
    else {
      const next = argv[i + 1]
      if (next === undefined || (next.startsWith('--') && next.length > 2)) value = 'true'
      else {
        value = next
        i++
      }
    }
    if (values.has(name)) throw new UsageError(`Option --${name} is given more than once.`)
    values.set(name, value)
  }
  return { values, positionals }
}
