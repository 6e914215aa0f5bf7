import { closestName } from '../text/closest-name.js'
import type { ChartType, RuleSetName, RunRuleId, Severity, SignalRuleId } from './chart-types.js'
import { seriesError } from './series-input.js'
import type { SeriesContext } from './series-input.js'

/** Canonical order of the run rules (also the order violations are listed in). */
export const RUN_RULE_IDS: readonly RunRuleId[] = [
  'we-1',
  'we-2',
  'we-3',
  'we-4',
  'nelson-1',
  'nelson-2',
  'nelson-3',
  'nelson-4',
  'nelson-5',
  'nelson-6',
  'nelson-7',
  'nelson-8'
]

/** Every id a violation or a severity map may carry. */
export const SIGNAL_RULE_IDS: readonly SignalRuleId[] = [...RUN_RULE_IDS, 'ewma', 'cusum']

export const RULE_SETS: Readonly<Record<RuleSetName, readonly RunRuleId[]>> = {
  'western-electric': ['we-1', 'we-2', 'we-3', 'we-4'],
  nelson: [
    'nelson-1',
    'nelson-2',
    'nelson-3',
    'nelson-4',
    'nelson-5',
    'nelson-6',
    'nelson-7',
    'nelson-8'
  ]
}

/** The beyond-the-limits rules: the only ones applied to dispersion panels (MR, R, S). */
export const LIMIT_RULE_IDS: readonly RunRuleId[] = ['we-1', 'nelson-1']

const ATTRIBUTE_CHARTS: readonly ChartType[] = ['p', 'p-standardized', 'np', 'c', 'u']

/** p, standardized p, np, c and u: charts of counts, whose statistics are skewed. */
export function isAttributeChart(chart: ChartType): boolean {
  return ATTRIBUTE_CHARTS.includes(chart)
}

/**
 * Rules used when the caller names none. Variables charts get the four Western Electric rules.
 * Attribute charts get rule 1 and the run rule only (we-1, we-4 — qcc's default `rules = c(1, 4)`):
 * their statistics are skewed, so the zone rules raise extra false alarms (stats-reference.md §1.5).
 * EWMA and CUSUM statistics are autocorrelated; they are judged by their own limits only.
 */
export function defaultRules(chart: ChartType): RunRuleId[] {
  if (chart === 'ewma' || chart === 'cusum') return []
  if (isAttributeChart(chart)) return ['we-1', 'we-4']
  return [...RULE_SETS['western-electric']]
}

export interface ResolvedRules {
  rules: RunRuleId[]
  warnings: string[]
}

/** A named set or an explicit list, validated and put in canonical order without duplicates. */
export function resolveRules(
  context: SeriesContext,
  chart: ChartType,
  selection: RuleSetName | readonly RunRuleId[] | undefined
): ResolvedRules {
  if (selection === undefined) return { rules: defaultRules(chart), warnings: [] }
  let requested: readonly string[]
  if (typeof selection === 'string') {
    const named = (RULE_SETS as Partial<Record<string, readonly RunRuleId[]>>)[selection]
    if (named === undefined) {
      throw seriesError(
        context,
        `unknown rule set ${JSON.stringify(selection)}; expected ${Object.keys(RULE_SETS).join(' or ')} ` +
          'or a list of rule ids'
      )
    }
    requested = named
  } else if (Array.isArray(selection)) {
    requested = selection as readonly string[]
  } else {
    throw seriesError(context, 'rules must be a rule set name or a list of rule ids')
  }
  for (const rule of requested) {
    if (!(RUN_RULE_IDS as readonly string[]).includes(rule)) {
      const guess = typeof rule === 'string' ? closestName(rule, RUN_RULE_IDS) : undefined
      throw seriesError(
        context,
        `unknown rule ${JSON.stringify(rule)}` +
          (guess === undefined ? '' : ` (did you mean ${JSON.stringify(guess)}?)`) +
          `; expected one of ${RUN_RULE_IDS.join(', ')}`
      )
    }
  }
  if ((chart === 'ewma' || chart === 'cusum') && requested.length > 0) {
    return {
      rules: [],
      warnings: [
        `run rules are not applied to ${chart.toUpperCase()} charts (their statistics are ` +
          `autocorrelated); only the ${chart} signal is reported`
      ]
    }
  }
  return { rules: RUN_RULE_IDS.filter((rule) => requested.includes(rule)), warnings: [] }
}

/** Looks up a rule's severity from the caller's map (default 'error'), validating the map. */
export function resolveSeverity(
  context: SeriesContext,
  map: Partial<Record<SignalRuleId, Severity>> | undefined
): (rule: SignalRuleId) => Severity {
  const table = new Map<SignalRuleId, Severity>()
  if (map !== undefined) {
    if (typeof map !== 'object' || map === null || Array.isArray(map)) {
      throw seriesError(context, 'severity must map rule ids to "error" or "warn"')
    }
    for (const [rule, severity] of Object.entries(map) as [string, unknown][]) {
      if (!(SIGNAL_RULE_IDS as readonly string[]).includes(rule)) {
        const guess = closestName(rule, SIGNAL_RULE_IDS)
        throw seriesError(
          context,
          `severity names unknown rule ${JSON.stringify(rule)}` +
            (guess === undefined ? '' : ` (did you mean ${JSON.stringify(guess)}?)`)
        )
      }
      if (severity !== 'error' && severity !== 'warn') {
        throw seriesError(
          context,
          `severity of ${rule} must be "error" or "warn", got ${JSON.stringify(severity)}`
        )
      }
      table.set(rule as SignalRuleId, severity)
    }
  }
  return (rule) => table.get(rule) ?? 'error'
}
