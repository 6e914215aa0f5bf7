/**
 * Errors a user can act on. Everything Tollgate rejects is one of these, so the CLI can map it
 * to exit code 2 and an action can fail its step with a sentence instead of a stack trace
 * (DESIGN.md §8). Anything else that escapes is a bug or an outage.
 */

/** Where in a user's file something went wrong. Every field is optional; give what is known. */
export interface SourceLocation {
  /** Path of the file as the user wrote it. */
  file?: string
  /** 1-based physical line in the file. */
  line?: number
  /** 1-based character column on that line. */
  column?: number
  /** 1-based data row (header excluded) when the file is a table. */
  row?: number
  /** Name of the data column or configuration key involved. */
  field?: string
}

/** Base class: carries the CLI exit code that the error maps to. */
export class TollgateError extends Error {
  readonly exitCode: number = 2
}

/** A command-line option or action input is missing or malformed. */
export class UsageError extends TollgateError {
  override name = 'UsageError'
}

/** The content of a user file (data, checks, config, history) is malformed. */
export class InputError extends TollgateError {
  override name = 'InputError'
  readonly location: SourceLocation
  readonly detail: string

  constructor(location: SourceLocation, detail: string) {
    super(`${formatLocation(location)}: ${detail}`)
    this.location = location
    this.detail = detail
  }
}

/** A stored record failed its integrity check (sha256 mismatch, truncated or unparsable). */
export class IntegrityError extends TollgateError {
  override name = 'IntegrityError'
}

/**
 * Renders a location as `file:line:column (row N, column "x")`, the compiler-style prefix that
 * editors and GitHub annotations understand, followed by the table coordinates when known.
 */
export function formatLocation(location: SourceLocation): string {
  let text = location.file ?? '<input>'
  if (location.line !== undefined) {
    text += `:${location.line}`
    if (location.column !== undefined) text += `:${location.column}`
  }
  const extra: string[] = []
  if (location.row !== undefined) extra.push(`row ${location.row}`)
  if (location.field !== undefined) extra.push(`column ${JSON.stringify(location.field)}`)
  if (extra.length > 0) text += ` (${extra.join(', ')})`
  return text
}

/** Normalises anything thrown into a message string. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

/** Exit code for anything thrown: 2 for user errors, 70 (EX_SOFTWARE) for bugs and outages. */
export function exitCodeFor(error: unknown): number {
  return error instanceof TollgateError ? error.exitCode : 70
}
