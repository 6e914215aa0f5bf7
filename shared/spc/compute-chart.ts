import { attributeChart } from './attribute-charts.js'
import { planBaseline } from './baseline-plan.js'
import type { BaselinePlan } from './baseline-plan.js'
import { knownParameter } from './chart-computation.js'
import type { ChartComputation, ChartInputs, PanelDraft } from './chart-computation.js'
import { CHART_NAMES, CHART_TYPES } from './chart-types.js'
import type {
  ChartOptions,
  ChartPanel,
  ChartPoint,
  ChartResult,
  ChartType,
  ProcessCapability,
  RuleViolation,
  RunRuleId,
  Severity,
  SignalRuleId
} from './chart-types.js'
import { cusumChart } from './cusum-chart.js'
import { ewmaChart } from './ewma-chart.js'
import { individualsChart } from './individuals-chart.js'
import { processCapability } from './process-capability.js'
import {
  isAttributeChart,
  LIMIT_RULE_IDS,
  resolveRules,
  resolveSeverity,
  SIGNAL_RULE_IDS
} from './rule-selection.js'
import { rulePositions } from './run-rules.js'
import { readMetadata, seriesContext, seriesError } from './series-input.js'
import type { SeriesContext } from './series-input.js'
import { subgroupChart } from './subgroup-charts.js'
import { classifyZone } from './zones.js'
import type { LimitedValue } from './zones.js'

/** Default width of the control limits, in sigmas of the plotted statistic. */
export const DEFAULT_NSIGMAS = 3

/** Options that only some charts read; giving one to another chart earns a warning. */
const OPTION_CHARTS: Readonly<Record<string, readonly ChartType[]>> = {
  lambda: ['ewma'],
  steadyState: ['ewma'],
  k: ['cusum'],
  h: ['cusum'],
  headStart: ['cusum'],
  sigmaMethod: ['imr', 'xbar-r', 'xbar-s', 'ewma', 'cusum'],
  specification: ['imr', 'xbar-r', 'xbar-s']
}

/**
 * Computes one control chart for one series: phase I / phase II split, limits estimated from the
 * baseline (or known), every point with its limits and zone, the selected run rules evaluated over
 * phase I + phase II, and warnings. Pure: no I/O; throws InputError naming the series and point for
 * bad data or parameters. Implements stats-reference.md §1; see each chart module for formulas.
 */
export function computeChart<M = unknown>(options: ChartOptions<M>): ChartResult<M> {
  const context = seriesContext(options.series, options.location)
  const chart = options.chart
  if (!CHART_TYPES.includes(chart)) {
    throw seriesError(
      context,
      `unknown chart ${JSON.stringify(chart)}; expected one of ${CHART_TYPES.join(', ')}`
    )
  }
  if (!Array.isArray(options.points)) throw seriesError(context, 'points must be an array')
  const nsigmas =
    knownParameter(context, 'nsigmas', options.nsigmas, {
      test: (x) => x > 0,
      expected: 'positive'
    }) ?? DEFAULT_NSIGMAS
  const constants = options.constants ?? 'qcc'
  if (constants !== 'qcc' && constants !== 'exact') {
    throw seriesError(
      context,
      `constants must be "qcc" or "exact", got ${JSON.stringify(constants)}`
    )
  }
  if (isAttributeChart(chart) && options.sigma !== undefined) {
    throw seriesError(
      context,
      `sigma cannot be given for ${CHART_NAMES[chart]}: it follows from the centre line ` +
        `(${chart === 'c' || chart === 'u' ? 'Poisson' : 'binomial'}); give target instead`
    )
  }
  const resolved = resolveRules(context, chart, options.rules)
  const severityOf = resolveSeverity(context, options.severity)
  const needsEstimation =
    options.target === undefined || (!isAttributeChart(chart) && options.sigma === undefined)
  const plan = planBaseline(context, {
    pointCount: options.points.length,
    baseline: options.baseline,
    exclude: options.exclude,
    needsEstimation,
    chartName: CHART_NAMES[chart]
  })
  const inputs: ChartInputs = {
    options,
    context,
    plan,
    nsigmas,
    constants
  }
  const computation = runChart(inputs, chart)
  const capability = capabilityOf(context, options, computation)

  const panels = computation.panels.map((draft) => decoratePanel(draft, plan, options, nsigmas))
  const evaluated: SignalRuleId[] =
    chart === 'ewma' ? ['ewma'] : chart === 'cusum' ? ['cusum'] : resolved.rules
  const violations = testPanels(panels, computation.panels, resolved.rules, nsigmas, severityOf)

  return {
    chart,
    series: options.series ?? null,
    nsigmas,
    constants,
    center: computation.center,
    centerSource: computation.centerSource,
    sigma: computation.sigma,
    sigmaSource: computation.sigmaSource,
    baseline: plan.summary,
    panels,
    rules: evaluated,
    violations,
    warnings: [
      ...plan.warnings,
      ...resolved.warnings,
      ...unusedOptionWarnings(options),
      ...computation.warnings
    ],
    capability,
    ewma: computation.ewma ?? null,
    cusum: computation.cusum ?? null
  }
}

function runChart(inputs: ChartInputs, chart: ChartType): ChartComputation {
  switch (chart) {
    case 'imr':
      return individualsChart(inputs)
    case 'xbar-r':
    case 'xbar-s':
      return subgroupChart(inputs, chart)
    case 'p':
    case 'p-standardized':
    case 'np':
    case 'c':
    case 'u':
      return attributeChart(inputs, chart)
    case 'ewma':
      return ewmaChart(inputs)
    case 'cusum':
      return cusumChart(inputs)
  }
}

function unusedOptionWarnings(options: ChartOptions<unknown>): string[] {
  const warnings: string[] = []
  for (const [name, charts] of Object.entries(OPTION_CHARTS)) {
    if ((options as unknown as Record<string, unknown>)[name] !== undefined) {
      if (!charts.includes(options.chart)) {
        warnings.push(
          `${name} is ignored by ${options.chart} charts (used by ${charts.join(', ')})`
        )
      }
    }
  }
  return warnings
}

function capabilityOf(
  context: SeriesContext,
  options: ChartOptions<unknown>,
  computation: ChartComputation
): ProcessCapability | null {
  const specification = options.specification
  if (specification === undefined || computation.capabilityBasis === null) return null
  const lower = knownParameter(context, 'specification.lower', specification.lower)
  const upper = knownParameter(context, 'specification.upper', specification.upper)
  if (lower === undefined && upper === undefined) {
    throw seriesError(context, 'specification needs a lower or an upper limit (or both)')
  }
  if (lower !== undefined && upper !== undefined && !(lower < upper)) {
    throw seriesError(
      context,
      `specification lower limit ${lower} must be below the upper limit ${upper}`
    )
  }
  const { mean, sigma } = computation.capabilityBasis
  return processCapability(mean, sigma, {
    ...(lower === undefined ? {} : { lower }),
    ...(upper === undefined ? {} : { upper })
  })
}

function decoratePanel<M>(
  draft: PanelDraft,
  plan: BaselinePlan,
  options: ChartOptions<M>,
  nsigmas: number
): ChartPanel<M> {
  const points = draft.rows.map((row, i): ChartPoint<M> => {
    const point: ChartPoint<M> = {
      index: i + 1,
      phase: plan.phases[i]!,
      excluded: plan.excluded[i]!,
      value: row.value,
      center: row.center,
      sigma: row.sigma,
      lcl: row.lcl,
      ucl: row.ucl,
      zone: draft.zones && row.value !== null ? classifyZone(row as LimitedValue, nsigmas) : null,
      violations: []
    }
    if (row.size !== undefined) point.size = row.size
    if (row.observed !== undefined) point.observed = row.observed
    if (row.runLength !== undefined) point.runLength = row.runLength
    const metadata = readMetadata(options.points, i)
    if (metadata !== undefined) point.metadata = metadata
    return point
  })
  return { statistic: draft.statistic, center: draft.center, points }
}

/** Runs each panel's tests over its tested sequence and records the hits on points and in a list. */
function testPanels<M>(
  panels: ChartPanel<M>[],
  drafts: readonly PanelDraft[],
  rules: readonly RunRuleId[],
  nsigmas: number,
  severityOf: (rule: SignalRuleId) => Severity
): RuleViolation[] {
  const violations: RuleViolation[] = []
  panels.forEach((panel, p) => {
    const tests = drafts[p]!.tests
    const sequence = panel.points.filter((point) => !point.excluded && point.value !== null)
    const tested = sequence as (ChartPoint<M> & LimitedValue)[]
    const record = (rule: SignalRuleId, positions: readonly number[]) => {
      for (const position of positions) {
        const point = tested[position]!
        point.violations.push(rule)
        violations.push({
          rule,
          index: point.index,
          phase: point.phase,
          severity: severityOf(rule),
          statistic: panel.statistic
        })
      }
    }
    if (tests === 'ewma' || tests === 'cusum') {
      record(tests, rulePositions('we-1', tested, nsigmas))
      return
    }
    const panelRules =
      tests === 'limits' ? rules.filter((rule) => LIMIT_RULE_IDS.includes(rule)) : rules
    for (const rule of panelRules) record(rule, rulePositions(rule, tested, nsigmas))
  })
  const ruleOrder = (rule: SignalRuleId) => SIGNAL_RULE_IDS.indexOf(rule)
  const panelOrder = (statistic: string) =>
    panels.findIndex((panel) => panel.statistic === statistic)
  for (const panel of panels) {
    for (const point of panel.points) point.violations.sort((a, b) => ruleOrder(a) - ruleOrder(b))
  }
  return violations.sort(
    (a, b) =>
      a.index - b.index ||
      ruleOrder(a.rule) - ruleOrder(b.rule) ||
      panelOrder(a.statistic) - panelOrder(b.statistic)
  )
}
