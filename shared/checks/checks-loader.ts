import { parseDuration } from '../data/parse-datetime.js'
import { parseYamlSource, type YamlNode } from '../config/yaml-source.js'
import { parseTableSource } from '../sql/table-source.js'
import {
  AGGREGATE_CHECK_NAMES,
  TABLE_CHECK_NAMES,
  VALUE_CHECK_NAMES,
  VALUE_FORMATS,
  VALUE_TYPES,
  type AggregateCheck,
  type Bounds,
  type ChecksConfig,
  type ColumnChecks,
  type Severity,
  type TableCheck,
  type ValueCheck,
  type ValueFormat,
  type ValueType
} from './check-types.js'

/**
 * Reads a checks file (YAML) into a ChecksConfig. Every mistake is reported at its line and
 * column with what was expected, and unknown keys get a "did you mean" (`beteen` → `between`),
 * because a typo that silently disables a check is the worst failure a data test can have.
 */
export function loadChecks(text: string, file: string): ChecksConfig {
  const root = parseYamlSource(text, file)
  if (root.kind === 'null')
    throw root.error('the checks file is empty; declare `table:` and/or `columns:` checks')
  root.assertKeys(['version', 'null_values', 'source', 'table', 'columns'], 'top-level key')
  const version = root.get('version')
  if (version !== undefined && version.scalar !== 1)
    throw version.error('only version 1 of the checks format exists')
  const config: ChecksConfig = {
    file,
    nullValues: root.get('null_values')?.asStringList() ?? [],
    tableChecks: [],
    columns: []
  }
  // `source:` points the checks at a database table (SQL pushdown) instead of data files.
  const source = root.get('source')
  if (source !== undefined && source.kind !== 'null') config.source = parseTableSource(source)
  const table = root.get('table')
  if (table !== undefined && table.kind !== 'null') config.tableChecks = loadTableChecks(table)
  const columns = root.get('columns')
  if (columns !== undefined && columns.kind !== 'null') {
    for (const { key, keyNode, value } of columns.entries()) {
      config.columns.push(loadColumn(key, keyNode, value))
    }
  }
  if (
    config.tableChecks.length === 0 &&
    config.columns.every((c) => c.valueChecks.length + c.aggregateChecks.length === 0)
  ) {
    throw root.error('the checks file declares no checks')
  }
  return config
}

const COMMON_KEYS = ['severity', 'mostly']

function severityOf(node: YamlNode | undefined, fallback: Severity): Severity {
  if (node === undefined) return fallback
  const value = node.asString()
  if (value !== 'error' && value !== 'warn')
    throw node.error(`severity must be "error" or "warn", got "${value}"`)
  return value
}

function mostlyOf(node: YamlNode | undefined): number {
  if (node === undefined) return 1
  const value = node.asNumber()
  if (value < 0 || value > 1)
    throw node.error(`mostly must be between 0 and 1 (a share of values), got ${value}`)
  return value
}

/** `{ min, max, strict_min, strict_max }`, `{ between: [a, b] }`, `{ equal: x }` or `[a, b]`. */
function boundsOf(node: YamlNode, extraKeys: readonly string[] = []): Bounds {
  if (node.kind === 'list') return boundsFromPair(node)
  if (node.kind === 'scalar') {
    throw node.error(
      'expected bounds such as `{ min: 1, max: 10 }`, `{ between: [1, 10] }` or `[1, 10]`'
    )
  }
  node.assertKeys([
    'min',
    'max',
    'strict_min',
    'strict_max',
    'between',
    'equal',
    ...COMMON_KEYS,
    ...extraKeys
  ])
  let bounds: Bounds = { strictMin: false, strictMax: false }
  const between = node.get('between')
  const equal = node.get('equal')
  if (between !== undefined) bounds = boundsFromPair(between)
  if (equal !== undefined) {
    const value = equal.asNumber()
    bounds.min = value
    bounds.max = value
  }
  const min = node.get('min')
  const max = node.get('max')
  if (min !== undefined && min.kind !== 'null') bounds.min = min.asNumber()
  if (max !== undefined && max.kind !== 'null') bounds.max = max.asNumber()
  bounds.strictMin = node.get('strict_min')?.asBoolean() ?? bounds.strictMin
  bounds.strictMax = node.get('strict_max')?.asBoolean() ?? bounds.strictMax
  if (bounds.min === undefined && bounds.max === undefined) {
    throw node.error('give at least one bound: min, max, between or equal')
  }
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
    throw node.error(`min (${bounds.min}) is greater than max (${bounds.max})`)
  }
  return bounds
}

function boundsFromPair(node: YamlNode): Bounds {
  const items = node.items()
  if (items.length !== 2)
    throw node.error('expected two values [min, max] (use null for an open side)')
  const [low, high] = items as [YamlNode, YamlNode]
  const bounds: Bounds = { strictMin: false, strictMax: false }
  if (low.kind !== 'null') bounds.min = low.asNumber()
  if (high.kind !== 'null') bounds.max = high.asNumber()
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
    throw node.error(
      `the lower bound (${bounds.min}) is greater than the upper bound (${bounds.max})`
    )
  }
  return bounds
}

/** A value list, given directly (`[a, b]`) or as `{ values: [a, b], ... }`. */
function valuesOf(node: YamlNode, key = 'values'): string[] {
  if (node.kind === 'list') return node.asStringList()
  const inner = node.get(key)
  if (inner === undefined) throw node.error(`expected a list of values, or \`{ ${key}: [...] }\``)
  return inner.asStringList()
}

/** `true` enables a check with defaults, `false` disables it, a mapping configures it. */
function enabled(node: YamlNode): boolean {
  if (node.kind === 'scalar' && typeof node.scalar === 'boolean') return node.scalar
  if (node.kind === 'map') return true
  throw node.error('expected true, false or a mapping of options')
}

function optionsOf(node: YamlNode): YamlNode | undefined {
  return node.kind === 'map' ? node : undefined
}

function loadColumn(name: string, keyNode: YamlNode, node: YamlNode): ColumnChecks {
  const column: ColumnChecks = {
    name,
    location: keyNode.location,
    valueChecks: [],
    aggregateChecks: []
  }
  if (node.kind === 'null') return column
  const allowed = ['severity', 'description', ...VALUE_CHECK_NAMES, ...AGGREGATE_CHECK_NAMES]
  node.assertKeys(allowed, `check for column "${name}"`)
  const columnSeverity = severityOf(node.get('severity'), 'error')
  for (const { key, keyNode: checkKey, value } of node.entries()) {
    if (key === 'severity' || key === 'description') continue
    const options = optionsOf(value)
    const severity = severityOf(options?.get('severity'), columnSeverity)
    const common = {
      id: `columns.${name}.${key}`,
      column: name,
      severity,
      location: checkKey.location
    }
    if ((VALUE_CHECK_NAMES as readonly string[]).includes(key)) {
      const check = valueCheck(key, value, common)
      if (check !== undefined) column.valueChecks.push(check)
    } else {
      for (const check of aggregateChecks(key, value, common)) column.aggregateChecks.push(check)
    }
  }
  return column
}

type Common = { id: string; column: string; severity: Severity; location: ValueCheck['location'] }

function valueCheck(key: string, node: YamlNode, common: Common): ValueCheck | undefined {
  const options = optionsOf(node)
  const mostly = mostlyOf(options?.get('mostly'))
  const base = { ...common, mostly }
  switch (key) {
    case 'not_null':
    case 'unique': {
      if (!enabled(node)) return undefined
      options?.assertKeys(COMMON_KEYS)
      return { ...base, check: key }
    }
    case 'increasing':
    case 'decreasing': {
      if (!enabled(node)) return undefined
      options?.assertKeys(['strictly', ...COMMON_KEYS])
      return { ...base, check: key, strictly: options?.get('strictly')?.asBoolean() ?? false }
    }
    case 'type': {
      const typeNode = options === undefined ? node : options.get('is')
      options?.assertKeys(['is', ...COMMON_KEYS])
      if (typeNode === undefined)
        throw node.error('expected `type: <name>` or `type: { is: <name> }`')
      const type = typeNode.asString()
      if (!(VALUE_TYPES as readonly string[]).includes(type)) {
        throw typeNode.error(`unknown type "${type}"; expected one of: ${VALUE_TYPES.join(', ')}`)
      }
      return { ...base, check: 'type', type: type as ValueType }
    }
    case 'format': {
      const formatNode = options === undefined ? node : options.get('is')
      options?.assertKeys(['is', ...COMMON_KEYS])
      if (formatNode === undefined)
        throw node.error('expected `format: <name>` or `format: { is: <name> }`')
      const format = formatNode.asString()
      if (!(VALUE_FORMATS as readonly string[]).includes(format)) {
        throw formatNode.error(
          `unknown format "${format}"; expected one of: ${VALUE_FORMATS.join(', ')}`
        )
      }
      return { ...base, check: 'format', format: format as ValueFormat }
    }
    case 'between':
      return { ...base, check: 'between', bounds: boundsOf(node) }
    case 'length': {
      const bounds = boundsOf(node)
      return { ...base, check: 'length', bounds }
    }
    case 'in_set':
    case 'not_in_set': {
      options?.assertKeys(['values', ...COMMON_KEYS])
      return { ...base, check: key, values: valuesOf(node) }
    }
    case 'regex':
    case 'not_regex': {
      options?.assertKeys(['pattern', 'search', 'ignore_case', ...COMMON_KEYS])
      const patternNode = options === undefined ? node : options.get('pattern')
      if (patternNode === undefined)
        throw node.error('expected `regex: <pattern>` or `regex: { pattern: ... }`')
      const pattern = patternNode.asString()
      const flags = options?.get('ignore_case')?.asBoolean() === true ? 'iu' : 'u'
      try {
        new RegExp(pattern, flags)
      } catch (error) {
        throw patternNode.error(`invalid regular expression: ${(error as Error).message}`)
      }
      return {
        ...base,
        check: key,
        pattern,
        flags,
        search: options?.get('search')?.asBoolean() ?? false
      }
    }
    case 'references': {
      if (options === undefined)
        throw node.error('expected `references: { file: <path>, column: <name> }`')
      options.assertKeys(['file', 'column', ...COMMON_KEYS])
      const file = options.get('file')
      const column = options.get('column')
      if (file === undefined || column === undefined)
        throw node.error('references needs both `file` and `column`')
      return { ...base, check: 'references', file: file.asString(), column: column.asString() }
    }
  }
  throw node.error(`unknown check "${key}"`)
}

function aggregateChecks(key: string, node: YamlNode, common: Common): AggregateCheck[] {
  const base = { ...common, mostly: 1 }
  switch (key) {
    case 'null_fraction': {
      if (node.kind === 'scalar') {
        const max = node.asNumber()
        return [
          { ...base, check: 'null_fraction', bounds: { max, strictMin: false, strictMax: false } }
        ]
      }
      return [{ ...base, check: 'null_fraction', bounds: boundsOf(node) }]
    }
    case 'mean':
    case 'stdev':
    case 'min':
    case 'max':
    case 'sum':
    case 'median':
      return [{ ...base, check: key, bounds: boundsOf(node) }]
    case 'distinct_count':
    case 'unique_proportion':
      return [{ ...base, check: key, bounds: boundsOf(node) }]
    case 'quantile': {
      const nodes = node.kind === 'list' ? node.items() : [node]
      return nodes.map((item, index) => {
        if (item.kind !== 'map') throw item.error('expected `{ q: 0.99, max: ... }`')
        const qNode = item.get('q')
        if (qNode === undefined) throw item.error('a quantile check needs `q` (between 0 and 1)')
        const q = qNode.asNumber()
        if (q < 0 || q > 1) throw qNode.error(`q must be between 0 and 1, got ${q}`)
        const id = nodes.length > 1 ? `${common.id}[${index}]` : common.id
        return {
          ...base,
          id,
          location: item.location,
          check: 'quantile' as const,
          q,
          bounds: boundsOf(item, ['q'])
        }
      })
    }
    case 'freshness': {
      const ageNode = node.kind === 'map' ? node.get('max_age') : node
      if (node.kind === 'map') node.assertKeys(['max_age', 'severity'])
      if (ageNode === undefined) throw node.error('expected `freshness: { max_age: 2d }`')
      const text = ageNode.asString()
      const maxAgeMs = parseDuration(text)
      if (Number.isNaN(maxAgeMs)) {
        throw ageNode.error(`"${text}" is not a duration; write e.g. 90s, 15m, 6h, 2d or 1w`)
      }
      return [{ ...base, check: 'freshness', maxAgeMs, maxAgeText: text }]
    }
    case 'distinct_values': {
      if (node.kind !== 'map')
        throw node.error('expected `{ in_set: [...] }`, `{ contain: [...] }` or `{ equal: [...] }`')
      node.assertKeys(['in_set', 'contain', 'equal', 'severity'])
      const modes = (['in_set', 'contain', 'equal'] as const).filter(
        (mode) => node.get(mode) !== undefined
      )
      if (modes.length !== 1) throw node.error('give exactly one of in_set, contain or equal')
      const mode = modes[0]!
      return [{ ...base, check: 'distinct_values', mode, values: node.get(mode)!.asStringList() }]
    }
    case 'most_common_value': {
      if (node.kind === 'map') node.assertKeys(['in_set', 'severity'])
      const values = node.kind === 'map' ? valuesOf(node, 'in_set') : node.asStringList()
      return [{ ...base, check: 'most_common_value', values }]
    }
  }
  throw node.error(`unknown check "${key}"`)
}

function loadTableChecks(node: YamlNode): TableCheck[] {
  node.assertKeys(TABLE_CHECK_NAMES, 'table check')
  const checks: TableCheck[] = []
  for (const { key, keyNode, value } of node.entries()) {
    const options = optionsOf(value)
    const severity = severityOf(options?.get('severity'), 'error')
    const base = { id: `table.${key}`, severity, mostly: 1, location: keyNode.location }
    switch (key) {
      case 'row_count':
      case 'column_count':
        checks.push({ ...base, check: key, bounds: boundsOf(value) })
        break
      case 'columns': {
        if (value.kind !== 'map')
          throw value.error(
            'expected `{ exact: [...] }`, `{ include: [...] }` and/or `ordered: true`'
          )
        value.assertKeys(['exact', 'include', 'ordered', 'severity'])
        const exact = value.get('exact')?.asStringList()
        const include = value.get('include')?.asStringList()
        const ordered = value.get('ordered')?.asBoolean() ?? false
        if (exact === undefined && include === undefined)
          throw value.error('give `exact: [...]` or `include: [...]`')
        if (exact !== undefined && include !== undefined)
          throw value.error('give either `exact` or `include`, not both')
        checks.push({ ...base, check: 'columns', exact, include, ordered })
        break
      }
      case 'unique': {
        // `unique: [a, b]` (one compound key), `[[a, b], [c, d]]` (several), or `{ columns: [...] }`.
        const lists: YamlNode[] =
          value.kind === 'map'
            ? [value.get('columns') ?? value]
            : value.items().some((item) => item.kind === 'list')
              ? value.items()
              : [value]
        if (value.kind === 'map') value.assertKeys(['columns', 'severity', 'mostly'])
        lists.forEach((list, index) => {
          const columns = list.asStringList()
          if (columns.length === 0)
            throw list.error('compound uniqueness needs at least one column')
          const mostly = mostlyOf(options?.get('mostly'))
          checks.push({
            ...base,
            mostly,
            id: lists.length > 1 ? `table.unique[${index}]` : 'table.unique',
            location: list.location,
            check: 'compound_unique',
            columns
          })
        })
        break
      }
    }
  }
  return checks
}
