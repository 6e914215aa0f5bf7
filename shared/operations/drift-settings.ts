import type { YamlNode } from '../config/yaml-source.js'
import type { RequestedMethod } from '../drift/column-drift.js'
import { DEFAULT_DRIFT_SHARE } from '../drift/dataset-drift.js'
import { DRIFT_METHODS, isDriftMethod } from '../drift/drift-methods.js'
import type { PsiBinning } from '../drift/method-scores.js'
import { UsageError } from '../errors.js'
import { parseNumber } from '../options/option-table.js'
import { closestName } from '../text/closest-name.js'

/**
 * How drift-check tests the columns: one method for all (or Evidently's automatic choice),
 * per-column overrides of method and threshold, which columns to test, the dataset-drift share
 * and the PSI binning. Comes from the inputs/flags and the `drift:` section of `.tollgate.yml`;
 * an input the user gave wins over the file, the file over the defaults.
 *
 * ```yaml
 * drift:
 *   method: auto
 *   drift-share: 0.5
 *   psi-binning: quantile
 *   ignore-columns: [id]
 *   columns:
 *     age: { method: ks, threshold: 0.01 }
 *     country: { method: psi }
 * ```
 */
export interface DriftSettings {
  method: RequestedMethod
  /** Threshold for every column's method; only with an explicit method. */
  threshold?: number
  driftShare: number
  psiBinning: PsiBinning
  /** Only these columns are tested (empty: all). */
  columns: string[]
  ignore: string[]
  overrides: Map<string, ColumnOverride>
}

export interface ColumnOverride {
  method?: RequestedMethod
  threshold?: number
  /** Where it was set, for messages: `column-methods` or `.tollgate.yml:12`. */
  origin: string
}

/** What the user gave explicitly; undefined fields fall back to the config file, then defaults. */
export interface DriftSettingsInput {
  method?: string
  threshold?: string
  driftShare?: string
  psiBinning?: string
  /** `COLUMN=METHOD[:THRESHOLD]` entries. */
  columnMethods: string[]
  columns: string[]
  ignore: string[]
}

const CONFIG_KEYS = [
  'method',
  'threshold',
  'drift-share',
  'psi-binning',
  'columns',
  'ignore-columns'
] as const
const COLUMN_KEYS = ['method', 'threshold', 'ignore'] as const
const PSI_BINNINGS: readonly PsiBinning[] = ['quantile', 'evidently']
const METHOD_NAMES = ['auto', ...Object.keys(DRIFT_METHODS)]

/** Merges inputs, the config section and defaults into settings; UsageError/InputError on bad values. */
export function resolveDriftSettings(
  input: DriftSettingsInput,
  config: YamlNode | undefined
): DriftSettings {
  if (config !== undefined && config.kind !== 'null')
    config.assertKeys(CONFIG_KEYS, 'drift setting')
  const fromConfig = (key: (typeof CONFIG_KEYS)[number]): YamlNode | undefined => {
    const node = config?.get(key)
    return node === undefined || node.kind === 'null' ? undefined : node
  }

  const methodText = input.method ?? fromConfig('method')?.asString() ?? 'auto'
  const method = requestedMethod(methodText, () => fromConfig('method'), 'method')
  const thresholdNode = input.threshold === undefined ? fromConfig('threshold') : undefined
  const threshold =
    input.threshold !== undefined
      ? parseNumber(
          input.threshold.trim(),
          () => `threshold must be a number, got ${JSON.stringify(input.threshold)}`
        )
      : thresholdNode?.asNumber()
  if (threshold !== undefined) {
    if (method === 'auto') {
      const message =
        'a threshold for all columns needs a method (the automatic choice mixes p-value tests and ' +
        'distances); set `method`, or give per-column thresholds in `column-methods`'
      throw thresholdNode === undefined
        ? new UsageError(`Invalid threshold: ${message}.`)
        : thresholdNode.error(message)
    }
    checkThreshold(method, threshold, 'threshold')
  }

  const shareNode = input.driftShare === undefined ? fromConfig('drift-share') : undefined
  const driftShare =
    input.driftShare !== undefined
      ? parseNumber(
          input.driftShare.trim(),
          () => `drift-share must be a number, got ${JSON.stringify(input.driftShare)}`
        )
      : (shareNode?.asNumber() ?? DEFAULT_DRIFT_SHARE)
  if (!(driftShare > 0 && driftShare <= 1)) {
    const message = `drift-share must be greater than 0 and at most 1, got ${driftShare}`
    throw shareNode === undefined ? new UsageError(message) : shareNode.error(message)
  }

  const binningNode = input.psiBinning === undefined ? fromConfig('psi-binning') : undefined
  const psiBinningText = input.psiBinning ?? binningNode?.asString() ?? 'quantile'
  if (!(PSI_BINNINGS as readonly string[]).includes(psiBinningText)) {
    const message = `psi-binning must be quantile or evidently, got ${JSON.stringify(psiBinningText)}`
    throw binningNode === undefined ? new UsageError(message) : binningNode.error(message)
  }

  const overrides = new Map<string, ColumnOverride>()
  const ignore = new Set<string>(input.ignore)
  if (input.ignore.length === 0) {
    for (const name of fromConfig('ignore-columns')?.asStringList() ?? []) ignore.add(name)
  }
  const columnsNode = fromConfig('columns')
  if (columnsNode !== undefined) {
    for (const { key, value } of columnsNode.entries()) {
      const override = configOverride(key, value)
      if (override === 'ignore') ignore.add(key)
      else overrides.set(key, override)
    }
  }
  for (const entry of input.columnMethods) {
    const [name, override] = parseColumnMethod(entry)
    overrides.set(name, override)
  }

  const settings: DriftSettings = {
    method,
    driftShare,
    psiBinning: psiBinningText as PsiBinning,
    columns: [...input.columns],
    ignore: [...ignore],
    overrides
  }
  if (threshold !== undefined) settings.threshold = threshold
  return settings
}

/**
 * One `column-methods` entry: `age=ks`, `income=psi:0.2`, `score=:0.01` (threshold for the
 * automatic method) or `label=auto`. The column is everything before the last `=`.
 */
export function parseColumnMethod(entry: string): [string, ColumnOverride] {
  const at = entry.lastIndexOf('=')
  const name = at < 0 ? '' : entry.slice(0, at).trim()
  if (at < 0 || name === '') {
    throw new UsageError(
      `column-methods entry ${JSON.stringify(entry)} must look like COLUMN=METHOD or COLUMN=METHOD:THRESHOLD (e.g. age=ks:0.01)`
    )
  }
  const spec = entry.slice(at + 1).trim()
  const colon = spec.indexOf(':')
  const methodText = (colon < 0 ? spec : spec.slice(0, colon)).trim()
  const thresholdText = colon < 0 ? undefined : spec.slice(colon + 1).trim()
  const override: ColumnOverride = { origin: 'column-methods' }
  const describe = `column-methods entry ${JSON.stringify(entry)}`
  if (methodText !== '') override.method = requestedMethod(methodText, () => undefined, describe)
  if (thresholdText !== undefined) {
    override.threshold = parseNumber(
      thresholdText,
      () => `${describe}: the threshold must be a number, got ${JSON.stringify(thresholdText)}`
    )
    checkThreshold(override.method ?? 'auto', override.threshold, describe)
  }
  if (override.method === undefined && override.threshold === undefined) {
    throw new UsageError(`${describe} names neither a method nor a threshold`)
  }
  return [name, override]
}

function configOverride(column: string, node: YamlNode): ColumnOverride | 'ignore' {
  node.assertKeys(COLUMN_KEYS, `setting of column "${column}"`)
  const ignoreNode = node.get('ignore')
  if (ignoreNode !== undefined && ignoreNode.asBoolean()) return 'ignore'
  const location = node.location
  const override: ColumnOverride = {
    origin: `${location.file ?? '.tollgate.yml'}${location.line === undefined ? '' : `:${location.line}`}`
  }
  const methodNode = node.get('method')
  if (methodNode !== undefined) {
    override.method = requestedMethod(methodNode.asString(), () => methodNode, 'method')
  }
  const thresholdNode = node.get('threshold')
  if (thresholdNode !== undefined) {
    override.threshold = thresholdNode.asNumber()
    try {
      checkThreshold(override.method ?? 'auto', override.threshold, 'threshold')
    } catch (error) {
      throw thresholdNode.error((error as Error).message)
    }
  }
  return override
}

function requestedMethod(
  text: string,
  node: () => YamlNode | undefined,
  what: string
): RequestedMethod {
  const name = text.trim()
  if (name === 'auto' || isDriftMethod(name)) return name
  const suggestion = closestName(name, METHOD_NAMES)
  const message = `unknown drift method ${JSON.stringify(name)}${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}; expected one of ${METHOD_NAMES.join(', ')}`
  const at = node()
  throw at === undefined ? new UsageError(`${what}: ${message}`) : at.error(message)
}

/** p-value thresholds lie in (0, 1); distances need a non-negative finite threshold. */
function checkThreshold(method: RequestedMethod, threshold: number, what: string): void {
  if (!Number.isFinite(threshold) || threshold < 0) {
    throw new UsageError(`${what}: the threshold must be a finite number ≥ 0, got ${threshold}`)
  }
  if (method !== 'auto' && DRIFT_METHODS[method].scoreKind === 'p_value') {
    if (!(threshold > 0 && threshold < 1)) {
      throw new UsageError(
        `${what}: ${method} is a test whose p-value is compared with the threshold, which must lie between 0 and 1 (exclusive), got ${threshold}`
      )
    }
  }
}
