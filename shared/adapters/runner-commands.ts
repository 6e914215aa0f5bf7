import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'

/**
 * The part of the Actions runner's contract Tollgate's steps speak: inputs from `INPUT_*`, outputs
 * and the job summary through the files the runner names (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), and
 * workflow commands (`::warning file=…::message`) on stdout.
 *
 * Why not @actions/core: it brings @actions/http-client and undici (for OIDC tokens and proxies,
 * which Tollgate's steps never ask it for), about 1 MB of JavaScript that every action parsed at
 * start-up, a third of a small step's run time. The commands below follow the runner's documented
 * formats ("Workflow commands for GitHub Actions") and @actions/core's escaping, and the tests
 * parse them with the runner's own rules (test/harness). The clients that need @actions/core
 * (artifact, cache, Octokit) still load it, lazily, when a step uses them.
 */

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** An input as the runner passes it: `INPUT_<NAME>` (spaces → `_`, upper case), trimmed. */
export function getInput(name: string, options: { required?: boolean } = {}): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
  if (options.required === true && value === '') {
    throw new Error(`Input required and not supplied: ${name}`)
  }
  return value.trim()
}

/**
 * A step output. With GITHUB_OUTPUT, a `name<<delimiter` block in that file (a random delimiter
 * that cannot occur in the value, so multi-line values are safe); without it, the deprecated
 * `::set-output` command, as old runners and @actions/core do.
 */
export function setOutput(name: string, value: unknown): void {
  const text = commandValue(value)
  const file = process.env.GITHUB_OUTPUT
  if (file !== undefined && file !== '') {
    appendFileSync(file, keyValueBlock(name, text), 'utf8')
    return
  }
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, text)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotationProperties(properties), messageText(message))
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotationProperties(properties), messageText(message))
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('notice', annotationProperties(properties), messageText(message))
}

/** Marks the step failed (exit code 1 when the process ends) with an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1
  error(message)
}

/** Asks the runner to mask the value in every later log line. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

/** Runs `work` inside a collapsible log group. */
export async function group<T>(name: string, work: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name)
  try {
    return await work()
  } finally {
    issueCommand('endgroup', {}, '')
  }
}

/** Appends markdown to the job summary (the file GITHUB_STEP_SUMMARY names). */
export function appendJobSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (file === undefined || file === '' || !existsSync(file)) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
    )
  }
  appendFileSync(file, markdown + EOL, 'utf8')
}

/** `::command key=value,…::message`, escaped as the runner unescapes it. */
export function formatCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string
): string {
  const pairs = Object.entries(properties)
    // As @actions/core: only properties with a value (a line or column 0 means "none").
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
  return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`
}

function issueCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string
): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL)
}

function keyValueBlock(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`
  // A random UUID cannot collide in practice; the runner would cut the value short if it did.
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: the output ${name} contains the delimiter ${delimiter}`)
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
}

function annotationProperties(
  properties: AnnotationProperties
): Record<string, string | number | undefined> {
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn
  }
}

function messageText(message: string | Error): string {
  return message instanceof Error ? message.toString() : message
}

function commandValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

/** Message text: `%`, CR and LF are encoded (the runner decodes them). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Property values additionally encode `:` and `,`, which separate the properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
