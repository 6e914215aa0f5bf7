import type { ConstantsSource } from '../spc/chart-constants.js'
import type {
  ChartOptions,
  ChartInputPoint,
  ChartType,
  SigmaMethod,
  Severity,
  SignalRuleId,
  SpecificationLimits
} from '../spc/chart-types.js'
import { globToRegExp, hasGlobMagic } from '../text/glob-pattern.js'
import type { RuleChoice } from './rule-text.js'

/**
 * How one metric is charted. Settings come in layers, each overriding the one before:
 * 1. the built-in defaults (chart by metric kind, baseline 20, the chart's default rules);
 * 2. the top level of the spc settings (`.tollgate.yml` section `spc:` or the `config` file);
 * 3. the step's inputs / the command's flags that the user gave explicitly;
 * 4. the entries under `metrics:` whose name or glob pattern matches the metric, in file order.
 * Scalars are replaced by later layers; severity maps are merged rule by rule; exclusions
 * (assignable causes) accumulate, since each layer can only add causes it knows about.
 */
export interface MetricSettings {
  chart?: ChartType | 'auto'
  baseline?: number
  rules?: RuleChoice
  severity?: Partial<Record<SignalRuleId, Severity>>
  /** Assignable causes: record keys or run ids (history), or 1-based indices (stateless). */
  exclude?: readonly string[]
  nsigmas?: number
  lambda?: number
  target?: number
  sigma?: number
  k?: number
  h?: number
  headStart?: number
  steadyState?: boolean
  sigmaMethod?: SigmaMethod
  constants?: ConstantsSource
  specification?: SpecificationLimits
  /** Leave the metric out of the charts (it is still recorded). */
  ignore?: boolean
}

/** Settings for the metrics whose name matches `pattern` (exact, or a glob such as `*.mean`). */
export interface MetricOverride {
  pattern: string
  settings: MetricSettings
}

export interface SpcSettings {
  /** Settings applied to every metric. */
  defaults: MetricSettings
  /** Which metrics to chart (names or globs); undefined = all. */
  include?: readonly string[]
  overrides: readonly MetricOverride[]
}

export const EMPTY_SPC_SETTINGS: SpcSettings = { defaults: {}, overrides: [] }

/**
 * Whether a metric name matches a pattern: exact text, or a glob where `*` matches any run of
 * characters except `/`, `?` one character and `{a,b}` alternatives.
 */
export function metricMatches(pattern: string, metric: string): boolean {
  if (pattern === metric) return true
  return hasGlobMagic(pattern) && globToRegExp(pattern).test(metric)
}

/** `over` on top of `base`, by the layering rules above. */
export function mergeSettings(base: MetricSettings, over: MetricSettings): MetricSettings {
  const merged: MetricSettings = { ...base }
  for (const [key, value] of Object.entries(over) as [keyof MetricSettings, unknown][]) {
    if (value === undefined) continue
    ;(merged as Record<string, unknown>)[key] = value
  }
  if (base.severity !== undefined || over.severity !== undefined) {
    merged.severity = { ...base.severity, ...over.severity }
  }
  if (base.exclude !== undefined || over.exclude !== undefined) {
    merged.exclude = [...(base.exclude ?? []), ...(over.exclude ?? [])]
  }
  return merged
}

/** The settings of one metric: config defaults, then explicit inputs, then matching overrides. */
export function settingsForMetric(
  config: SpcSettings,
  inputs: MetricSettings,
  metric: string
): MetricSettings {
  let settings = mergeSettings(config.defaults, inputs)
  for (const override of config.overrides) {
    if (metricMatches(override.pattern, metric)) {
      settings = mergeSettings(settings, override.settings)
    }
  }
  return settings
}

/** Whether a metric is charted: not ignored, and matched by `include` when one is given. */
export function isCharted(
  include: readonly string[] | undefined,
  settings: MetricSettings,
  metric: string
): boolean {
  if (settings.ignore === true) return false
  return include === undefined || include.some((pattern) => metricMatches(pattern, metric))
}

/** The computeChart options for a metric's settings, with exclusions already resolved to indices. */
export function chartOptionsFor<M>(input: {
  chart: ChartType
  settings: MetricSettings
  points: readonly ChartInputPoint<M>[]
  series: string
  exclude: readonly number[]
}): ChartOptions<M> {
  const { settings } = input
  const options: ChartOptions<M> = {
    chart: input.chart,
    points: input.points,
    series: input.series
  }
  if (input.exclude.length > 0) options.exclude = input.exclude
  if (settings.baseline !== undefined) options.baseline = settings.baseline
  if (settings.rules !== undefined && settings.rules !== 'auto') options.rules = settings.rules
  if (settings.severity !== undefined) options.severity = settings.severity
  const passThrough = [
    'nsigmas',
    'lambda',
    'target',
    'sigma',
    'k',
    'h',
    'headStart',
    'steadyState',
    'sigmaMethod',
    'constants',
    'specification'
  ] as const
  for (const key of passThrough) {
    if (settings[key] !== undefined)
      (options as unknown as Record<string, unknown>)[key] = settings[key]
  }
  return options
}
