import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { InputError, type SourceLocation } from '../errors.js'
import { closestName } from '../text/closest-name.js'

/**
 * YAML configuration files (checks, gate rules, .tollgate.yml) read with their line numbers, so
 * every complaint points at the exact line and column of the user's file — and a failing check
 * can be annotated on the line that declared it.
 */
export class YamlNode {
  constructor(
    readonly node: Node | null,
    readonly file: string,
    private readonly lines: LineCounter,
    /** Dotted path of this node, e.g. `columns.age.between`, for messages. */
    readonly path: string
  ) {}

  /** 1-based line/column of this node in the file. */
  get location(): SourceLocation {
    const offset = this.node?.range?.[0]
    if (offset === undefined) return { file: this.file }
    const position = this.lines.linePos(offset)
    return { file: this.file, line: position.line, column: position.col }
  }

  error(detail: string): InputError {
    return new InputError(this.location, this.path === '' ? detail : `${this.path}: ${detail}`)
  }

  get kind(): 'map' | 'list' | 'scalar' | 'null' {
    if (this.node === null) return 'null'
    if (isMap(this.node)) return 'map'
    if (isSeq(this.node)) return 'list'
    if (isScalar(this.node) && this.node.value === null) return 'null'
    return 'scalar'
  }

  /** The plain JS value of the whole node (mappings as objects, lists as arrays). */
  toValue(): unknown {
    if (this.node === null) return null
    return (this.node as { toJSON(): unknown }).toJSON()
  }

  /** The plain JS value of a scalar (string, number, boolean or null). */
  get scalar(): unknown {
    return this.node !== null && isScalar(this.node) ? this.node.value : undefined
  }

  /** Entries of a mapping with their key nodes (for key locations). */
  entries(): { key: string; keyNode: YamlNode; value: YamlNode }[] {
    if (this.node === null || !isMap(this.node))
      throw this.error(`expected a mapping (key: value lines), found ${this.describe()}`)
    return this.node.items.map((pair) => {
      const keyNode = pair.key as Node | null
      const key = keyNode !== null && isScalar(keyNode) ? String(keyNode.value) : String(keyNode)
      const childPath = this.path === '' ? key : `${this.path}.${key}`
      return {
        key,
        keyNode: new YamlNode(keyNode, this.file, this.lines, childPath),
        value: new YamlNode((pair.value as Node | null) ?? null, this.file, this.lines, childPath)
      }
    })
  }

  /** Items of a sequence. */
  items(): YamlNode[] {
    if (this.node === null || !isSeq(this.node))
      throw this.error(`expected a list, found ${this.describe()}`)
    return this.node.items.map(
      (item, index) =>
        new YamlNode((item as Node | null) ?? null, this.file, this.lines, `${this.path}[${index}]`)
    )
  }

  /** The child under `key` in a mapping, or undefined. */
  get(key: string): YamlNode | undefined {
    if (this.kind !== 'map') return undefined
    return this.entries().find((entry) => entry.key === key)?.value
  }

  /**
   * Rejects keys outside `allowed`, suggesting the nearest one: `beteen` → "did you mean between?".
   */
  assertKeys(allowed: readonly string[], what = 'key'): void {
    for (const { key, keyNode } of this.entries()) {
      if (allowed.includes(key)) continue
      const suggestion = closestName(key, allowed)
      throw keyNode.error(
        `unknown ${what} "${key}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}; expected one of: ${allowed.join(', ')}`
      )
    }
  }

  asString(): string {
    const value = this.scalar
    if (typeof value === 'string') return value
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    throw this.error(`expected a text value, found ${this.describe()}`)
  }

  asNumber(): number {
    const value = this.scalar
    if (typeof value === 'number' && !Number.isNaN(value)) return value
    throw this.error(`expected a number, found ${this.describe()}`)
  }

  asBoolean(): boolean {
    const value = this.scalar
    if (typeof value === 'boolean') return value
    throw this.error(`expected true or false, found ${this.describe()}`)
  }

  asStringList(): string[] {
    if (this.kind === 'scalar') return [this.asString()]
    return this.items().map((item) => item.asString())
  }

  /** A short description of what the node holds, for "expected X, found Y" messages. */
  describe(): string {
    switch (this.kind) {
      case 'map':
        return 'a mapping'
      case 'list':
        return 'a list'
      case 'null':
        return 'nothing (an empty value)'
      case 'scalar': {
        const value = this.scalar
        return `${typeof value} ${JSON.stringify(value)}`
      }
    }
  }
}

/** Parses YAML text; syntax errors become InputErrors at the offending line. */
export function parseYamlSource(text: string, file: string): YamlNode {
  const lines = new LineCounter()
  const document = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false
  })
  const problem = document.errors[0]
  if (problem !== undefined) {
    const position = lines.linePos(problem.pos[0])
    throw new InputError(
      { file, line: position.line, column: position.col },
      `invalid YAML: ${problem.message.split('\n')[0]}`
    )
  }
  return new YamlNode(document.contents ?? null, file, lines, '')
}
