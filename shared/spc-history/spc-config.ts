import type { YamlNode } from '../config/yaml-source.js'
import { CHART_TYPES } from '../spc/chart-types.js'
import type { ChartType, Severity, SignalRuleId, SigmaMethod } from '../spc/chart-types.js'
import { INDIVIDUALS_SIGMA_METHODS, SUBGROUP_SIGMA_METHODS } from '../spc/sigma-estimators.js'
import { closestName } from '../text/closest-name.js'
import type { MetricOverride, MetricSettings, SpcSettings } from './metric-settings.js'
import { EMPTY_SPC_SETTINGS } from './metric-settings.js'
import { parseRuleChoice, severityEntry } from './rule-text.js'

/**
 * The spc settings users write: the `spc:` section of `.tollgate.yml`, or a file given as the
 * `config` input with the same keys. Example:
 *
 * ```yaml
 * spc:
 *   baseline: 25
 *   rules: western-electric
 *   severity: { we-3: warn, we-4: warn }
 *   exclude: ["9876543210"]         # assignable causes: run ids or record keys
 *   include: [rows, "*.null_fraction", duration_s]
 *   metrics:
 *     rows: { chart: imr, rules: nelson }
 *     "*.mean": { chart: ewma, lambda: 0.1, nsigmas: 2.7 }
 *     duration_s: { target: 300, sigma: 20 }
 *     "*.distinct": { ignore: true }
 * ```
 * Every error points at the line of the file and suggests the closest key.
 */

const SETTING_KEYS = [
  'chart',
  'baseline',
  'rules',
  'severity',
  'exclude',
  'nsigmas',
  'lambda',
  'target',
  'sigma',
  'k',
  'h',
  'head-start',
  'steady-state',
  'sigma-method',
  'constants',
  'specification'
] as const

export const SPC_SECTION_KEYS: readonly string[] = [...SETTING_KEYS, 'include', 'metrics']
export const SPC_METRIC_KEYS: readonly string[] = [...SETTING_KEYS, 'ignore']

const SIGMA_METHODS: readonly SigmaMethod[] = [
  ...INDIVIDUALS_SIGMA_METHODS,
  ...SUBGROUP_SIGMA_METHODS
]

/** Parses the settings node (undefined or empty = no settings). */
export function parseSpcConfig(node: YamlNode | undefined): SpcSettings {
  if (node === undefined || node.kind === 'null') return EMPTY_SPC_SETTINGS
  // A standalone config file may wrap its settings in `spc:` like .tollgate.yml does.
  const entries = node.kind === 'map' ? node.entries() : []
  if (entries.length === 1 && entries[0]!.key === 'spc') return parseSpcConfig(entries[0]!.value)
  if (node.kind !== 'map')
    throw node.error(`expected the spc settings as a mapping, found ${node.describe()}`)
  node.assertKeys(SPC_SECTION_KEYS, 'spc setting')
  const defaults = parseSettings(node)
  const includeNode = node.get('include')
  const include = includeNode === undefined ? undefined : nonEmptyList(includeNode)
  const overrides: MetricOverride[] = []
  const metrics = node.get('metrics')
  if (metrics !== undefined && metrics.kind !== 'null') {
    for (const entry of metrics.entries()) {
      if (entry.value.kind === 'null') continue
      entry.value.assertKeys(SPC_METRIC_KEYS, 'metric setting')
      const settings = parseSettings(entry.value)
      const ignore = entry.value.get('ignore')
      if (ignore !== undefined) settings.ignore = ignore.asBoolean()
      overrides.push({ pattern: entry.key, settings })
    }
  }
  return { defaults, ...(include === undefined ? {} : { include }), overrides }
}

function nonEmptyList(node: YamlNode): string[] {
  const items = node.asStringList()
  if (items.length === 0) throw node.error('expected at least one metric name or pattern')
  return items
}

function positiveNumber(node: YamlNode): number {
  const value = node.asNumber()
  if (!(value > 0) || !Number.isFinite(value))
    throw node.error(`expected a positive number, got ${value}`)
  return value
}

function parseSettings(node: YamlNode): MetricSettings {
  const settings: MetricSettings = {}
  const chart = node.get('chart')
  if (chart !== undefined) {
    const name = chart.asString()
    if (name !== 'auto' && !(CHART_TYPES as readonly string[]).includes(name)) {
      const guess = closestName(name, [...CHART_TYPES, 'auto'])
      throw chart.error(
        `unknown chart ${JSON.stringify(name)}${guess === undefined ? '' : ` (did you mean ${JSON.stringify(guess)}?)`}; ` +
          `expected auto or one of ${CHART_TYPES.join(', ')}`
      )
    }
    settings.chart = name as ChartType | 'auto'
  }
  const baseline = node.get('baseline')
  if (baseline !== undefined) {
    const value = baseline.asNumber()
    if (!Number.isInteger(value) || value < 0) {
      throw baseline.error(`expected a whole number of points ≥ 0, got ${value}`)
    }
    settings.baseline = value
  }
  const rules = node.get('rules')
  if (rules !== undefined) {
    const choice = parseRuleChoice(rules.asStringList())
    if (typeof choice === 'object' && 'problem' in choice) throw rules.error(choice.problem)
    settings.rules = choice
  }
  const severity = node.get('severity')
  if (severity !== undefined) {
    const map: Partial<Record<SignalRuleId, Severity>> = {}
    for (const entry of severity.entries()) {
      const parsed = severityEntry(entry.key, entry.value.asString())
      if ('problem' in parsed) throw entry.keyNode.error(parsed.problem)
      map[parsed.rule] = parsed.severity
    }
    settings.severity = map
  }
  const exclude = node.get('exclude')
  if (exclude !== undefined && exclude.kind !== 'null') settings.exclude = exclude.asStringList()
  const numbers = [
    ['nsigmas', 'nsigmas'],
    ['lambda', 'lambda'],
    ['sigma', 'sigma'],
    ['h', 'h']
  ] as const
  for (const [key, field] of numbers) {
    const value = node.get(key)
    if (value !== undefined) settings[field] = positiveNumber(value)
  }
  for (const [key, field] of [
    ['target', 'target'],
    ['k', 'k'],
    ['head-start', 'headStart']
  ] as const) {
    const value = node.get(key)
    if (value !== undefined) settings[field] = value.asNumber()
  }
  const steady = node.get('steady-state')
  if (steady !== undefined) settings.steadyState = steady.asBoolean()
  const method = node.get('sigma-method')
  if (method !== undefined) {
    const name = method.asString()
    if (!(SIGMA_METHODS as readonly string[]).includes(name)) {
      throw method.error(
        `unknown sigma method ${JSON.stringify(name)}; expected one of ${SIGMA_METHODS.join(', ')}`
      )
    }
    settings.sigmaMethod = name as SigmaMethod
  }
  const constants = node.get('constants')
  if (constants !== undefined) {
    const name = constants.asString()
    if (name !== 'qcc' && name !== 'exact')
      throw constants.error(`expected qcc or exact, got ${JSON.stringify(name)}`)
    settings.constants = name
  }
  const specification = node.get('specification')
  if (specification !== undefined) {
    specification.assertKeys(['lower', 'upper'], 'specification limit')
    const lower = specification.get('lower')
    const upper = specification.get('upper')
    settings.specification = {
      ...(lower === undefined ? {} : { lower: lower.asNumber() }),
      ...(upper === undefined ? {} : { upper: upper.asNumber() })
    }
  }
  return settings
}
