import { UsageError } from '../errors.js'

/**
 * One table of options per operation, shared by the action (inputs) and the CLI (--flags), so a
 * user can reproduce a CI result on a laptop with the same names (DESIGN.md §1). The action.yml
 * files declare the same names and defaults; a metadata test keeps the two in step.
 */
export interface OptionSpec {
  /** One sentence for --help; action.yml carries the long form. */
  description: string
  /** The value used when the option is absent (as the string a user would type). */
  default?: string
  required?: boolean
  /** Allowed values, for enumerations. */
  choices?: readonly string[]
  /** Present only in the action (e.g. `token`), not on the command line. */
  actionOnly?: boolean
  /** Present only on the command line (e.g. `store` paths). */
  cliOnly?: boolean
}

export type OptionTable = Readonly<Record<string, OptionSpec>>

/** Where raw option strings come from: action inputs or parsed command-line flags. */
export interface OptionSource {
  /** The raw value, or undefined when not given (an empty action input counts as not given). */
  get(name: string): string | undefined
  /** How to name the option in an error: "input `fail-on`" or "option --fail-on". */
  describe(name: string): string
}

/**
 * Typed, strict access to the options of one operation. Values are validated when read so a
 * typo fails the run with a sentence that names the option, instead of becoming NaN downstream.
 */
export class Options<T extends OptionTable> {
  constructor(
    readonly table: T,
    readonly source: OptionSource
  ) {}

  /** The raw string (or the table default), undefined when neither exists. */
  raw(name: keyof T & string): string | undefined {
    const spec = this.spec(name)
    const value = this.source.get(name)
    if (value !== undefined && value !== '') return value
    // An empty default (as action.yml declares for optional paths) means "not given".
    return spec.default === '' ? undefined : spec.default
  }

  /** True when the user gave the option explicitly (defaults do not count). */
  has(name: keyof T & string): boolean {
    const value = this.source.get(name)
    return value !== undefined && value !== ''
  }

  string(name: keyof T & string): string | undefined {
    return this.raw(name)
  }

  requiredString(name: keyof T & string): string {
    const value = this.raw(name)
    if (value === undefined || value.trim() === '') {
      throw new UsageError(
        `Missing required ${this.source.describe(name)}: ${this.spec(name).description}`
      )
    }
    return value
  }

  number(name: keyof T & string): number | undefined {
    const value = this.raw(name)
    if (value === undefined) return undefined
    return parseNumber(
      value.trim(),
      () => `${this.source.describe(name)} must be a number, got ${JSON.stringify(value)}`
    )
  }

  integer(name: keyof T & string): number | undefined {
    const value = this.number(name)
    if (value === undefined) return undefined
    if (!Number.isInteger(value)) {
      throw new UsageError(`${this.source.describe(name)} must be a whole number, got ${value}`)
    }
    return value
  }

  boolean(name: keyof T & string): boolean | undefined {
    const value = this.raw(name)
    if (value === undefined) return undefined
    // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts.
    if (['true', 'True', 'TRUE'].includes(value.trim())) return true
    if (['false', 'False', 'FALSE'].includes(value.trim())) return false
    throw new UsageError(
      `${this.source.describe(name)} must be true or false, got ${JSON.stringify(value)}`
    )
  }

  choice<C extends string>(name: keyof T & string): C | undefined {
    const value = this.raw(name)
    if (value === undefined) return undefined
    const choices = this.spec(name).choices ?? []
    const trimmed = value.trim()
    if (!choices.includes(trimmed)) {
      throw new UsageError(
        `${this.source.describe(name)} must be one of ${choices.join(', ')}; got ${JSON.stringify(value)}`
      )
    }
    return trimmed as C
  }

  /** Comma- or newline-separated items, trimmed, empty items dropped. */
  list(name: keyof T & string): string[] {
    const value = this.raw(name)
    if (value === undefined) return []
    return splitList(value)
  }

  private spec(name: string): OptionSpec {
    const spec = this.table[name]
    if (spec === undefined)
      throw new Error(`Bug: option ${name} is not declared in its option table`)
    return spec
  }
}

/** Splits a comma- or newline-separated list, trimming items and dropping empty ones. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** Strict number parsing: rejects '', '12abc', 'NaN' and hex that Number() would accept. */
export function parseNumber(text: string, message: () => string): number {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) && !/^[+-]?Infinity$/.test(text)) {
    throw new UsageError(message())
  }
  return Number(text)
}
