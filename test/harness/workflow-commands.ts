/**
 * Workflow commands in a step's output (`::error file=a.csv,line=3::message`), parsed like the
 * runner: actions/runner `src/Runner.Common/ActionCommand.cs` TryParseV2 (leading whitespace
 * trimmed, name up to the first space, `key=value` properties split at `,`, properties unescaped
 * %0D %0A %3A %2C %25 and data %0D %0A %25, in that order) plus `::stop-commands::<token>` /
 * `::<token>::` from ActionCommandManager.
 */

/** The commands the runner registers; other `::x::` lines are plain log text. */
const REGISTERED_COMMANDS = new Set([
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'stop-commands',
  'set-output',
  'save-state',
  'set-env',
  'add-path'
])

const PROPERTY_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%']
]
const DATA_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%']
]

function unescape(text: string, mappings: [string, string][]): string {
  return mappings.reduce((value, [escaped, raw]) => value.split(escaped).join(raw), text)
}

export interface WorkflowCommand {
  command: string
  /** Property names as written (the runner compares them case-insensitively). */
  properties: Record<string, string>
  message: string
  stream: 'stdout' | 'stderr'
}

/** An `::error`/`::warning`/`::notice` command, with its location properties typed. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title?: string
  file?: string
  line?: number
  endLine?: number
  col?: number
  endColumn?: number
  properties: Record<string, string>
  stream: 'stdout' | 'stderr'
}

/** TryParseV2 for one output line; undefined when the line is not a registered command. */
export function parseCommandLine(
  line: string,
  stream: WorkflowCommand['stream'] = 'stdout'
): WorkflowCommand | undefined {
  const message = line.trimStart()
  if (!message.startsWith('::')) return undefined
  const endIndex = message.indexOf('::', 2)
  if (endIndex < 0) return undefined
  const info = message.slice(2, endIndex)
  const spaceIndex = info.indexOf(' ')
  const command = spaceIndex < 0 ? info : info.slice(0, spaceIndex)
  if (!REGISTERED_COMMANDS.has(command)) return undefined
  const properties: Record<string, string> = {}
  if (spaceIndex > 0) {
    for (const property of info
      .slice(spaceIndex + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const equals = property.indexOf('=')
      if (equals <= 0 || equals === property.length - 1) continue
      properties[property.slice(0, equals)] = unescape(property.slice(equals + 1), PROPERTY_ESCAPES)
    }
  }
  return {
    command,
    properties,
    message: unescape(message.slice(endIndex + 2), DATA_ESCAPES),
    stream
  }
}

/** All commands in a stream's text, honouring `::stop-commands::<token>` until `::<token>::`. */
export function parseWorkflowCommands(
  text: string,
  stream: WorkflowCommand['stream'] = 'stdout'
): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  let stopToken: string | undefined
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined
      continue
    }
    const command = parseCommandLine(line, stream)
    if (!command) continue
    if (command.command === 'stop-commands' && command.message !== '') {
      stopToken = command.message
      continue
    }
    commands.push(command)
  }
  return commands
}

function propertyOf(properties: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(properties).find((k) => k.toLowerCase() === name.toLowerCase())
  return key === undefined ? undefined : properties[key]
}

function integerOf(properties: Record<string, string>, name: string): number | undefined {
  const value = propertyOf(properties, name)
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined
}

export function annotationsOf(commands: WorkflowCommand[]): Annotation[] {
  const annotations: Annotation[] = []
  for (const c of commands) {
    if (c.command !== 'error' && c.command !== 'warning' && c.command !== 'notice') continue
    const annotation: Annotation = {
      level: c.command,
      message: c.message,
      properties: c.properties,
      stream: c.stream
    }
    const title = propertyOf(c.properties, 'title')
    const file = propertyOf(c.properties, 'file')
    if (title !== undefined) annotation.title = title
    if (file !== undefined) annotation.file = file
    for (const key of ['line', 'endLine', 'col', 'endColumn'] as const) {
      const value = integerOf(c.properties, key)
      if (value !== undefined) annotation[key] = value
    }
    annotations.push(annotation)
  }
  return annotations
}
