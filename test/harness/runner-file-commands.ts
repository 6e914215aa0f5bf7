/**
 * The runner's side of the step file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE,
 * GITHUB_PATH, GITHUB_STEP_SUMMARY), ported from actions/runner
 * `src/Runner.Worker/FileCommandManager.cs` (class EnvFileKeyValuePairs and the file-command
 * extensions) as built for Linux, so a test sees exactly what a workflow would: the same values,
 * the same parse errors, the same failed step.
 */

/** `CreateStepSummaryCommand.AttachmentSizeLimit`: 1 MiB per step. */
export const STEP_SUMMARY_SIZE_LIMIT = 1024 * 1024

/** Environment variables `$GITHUB_ENV` may not set (`SetEnvFileCommand._setEnvBlockList`). */
const SET_ENV_BLOCK_LIST = ['NODE_OPTIONS']

/**
 * The runner's ReadLine on Linux: splits at `\n` only (a `\r` stays in the line) and reports
 * whether the line ended with a newline.
 */
function readLine(
  text: string,
  position: { index: number }
): { line: string; newline: string | null } | null {
  if (position.index >= text.length) return null
  const start = position.index
  const lf = text.indexOf('\n', start)
  if (lf < 0) {
    position.index = text.length
    return { line: text.slice(start), newline: null }
  }
  position.index = lf + 1
  return { line: text.slice(start, lf), newline: '\n' }
}

/**
 * EnvFileKeyValuePairs: `NAME=VALUE` (split at the first `=` when it comes before any `<<`) or
 * `NAME<<DELIMITER`, value lines, then a line equal to the delimiter. Empty lines are skipped.
 * Yields pairs in order and throws at the first malformed entry, with the runner's message;
 * pairs yielded before the throw have already been applied, as in the runner.
 */
export function* envFileKeyValuePairs(text: string): Generator<[string, string]> {
  const position = { index: 0 }
  let read = readLine(text, position)
  while (read !== null) {
    const line = read.line
    if (line !== '') {
      const equalsIndex = line.indexOf('=')
      const heredocIndex = line.indexOf('<<')
      if (equalsIndex >= 0 && (heredocIndex < 0 || equalsIndex < heredocIndex)) {
        // The runner checks the whole line, not the name, so `=value` yields an empty name.
        yield [line.slice(0, equalsIndex), line.slice(equalsIndex + 1)]
      } else if (heredocIndex >= 0 && (equalsIndex < 0 || heredocIndex < equalsIndex)) {
        const name = line.slice(0, heredocIndex)
        const delimiter = line.slice(heredocIndex + 2)
        if (name === '' || delimiter === '')
          throw new Error(
            `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`
          )
        const startIndex = position.index
        let endIndex = position.index
        let value = readLine(text, position)
        while (value?.line !== delimiter) {
          if (value === null)
            throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`)
          if (value.newline === null) throw new Error('Invalid value. EOF marker missing new line.')
          endIndex = position.index - value.newline.length
          value = readLine(text, position)
        }
        yield [name, endIndex > startIndex ? text.slice(startIndex, endIndex) : '']
      } else {
        throw new Error(`Invalid format '${line}'`)
      }
    }
    read = readLine(text, position)
  }
}

export interface KeyValueFileResult {
  values: Record<string, string>
  /** The runner's error lines when the file failed to parse (the step then fails). */
  errors: string[]
  /** Error annotations that do not fail the step (a blocked `NODE_OPTIONS` in GITHUB_ENV). */
  issues: string[]
}

/**
 * Processes one key-value file command (`output`, `env` or `state`) like
 * FileCommandManager.ProcessFiles: a parse failure logs "Unable to process file command '<name>'
 * successfully." plus the reason and fails the step; later keys win over earlier ones.
 */
export function processKeyValueFile(
  contextName: 'output' | 'env' | 'state',
  text: string
): KeyValueFileResult {
  const values: Record<string, string> = {}
  const issues: string[] = []
  try {
    for (const [name, value] of envFileKeyValuePairs(text)) {
      const blocked = SET_ENV_BLOCK_LIST.find((b) => b.toLowerCase() === name.toLowerCase())
      if (contextName === 'env' && blocked) {
        issues.push(`Can't store ${blocked} output parameter using '$GITHUB_ENV' command.`)
        continue
      }
      values[name] = value
    }
    return { values, errors: [], issues }
  } catch (error) {
    return {
      values,
      errors: [
        `Unable to process file command '${contextName}' successfully.`,
        (error as Error).message
      ],
      issues
    }
  }
}

/** AddPathFileCommand: every non-empty line is prepended to PATH (later lines first). */
export function processPathFile(text: string): string[] {
  const added: string[] = []
  for (const line of text.split('\n')) {
    if (line === '') continue
    const existing = added.indexOf(line)
    if (existing >= 0) added.splice(existing, 1)
    added.push(line)
  }
  return added.reverse()
}

/**
 * CreateStepSummaryCommand's size check: over 1 MiB the upload is aborted with this error
 * annotation (Constants.Runner.UnsupportedSummarySize, sizes in whole KiB, rounded down); the
 * step itself does not fail.
 */
export function stepSummarySizeError(sizeInBytes: number): string | undefined {
  if (sizeInBytes <= STEP_SUMMARY_SIZE_LIMIT) return undefined
  return `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${Math.floor(
    STEP_SUMMARY_SIZE_LIMIT / 1024
  )}k, got ${Math.floor(sizeInBytes / 1024)}k.`
}
