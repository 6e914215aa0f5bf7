import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import type { YamlNode } from '../config/yaml-source.js'
import { InputError, TollgateError, UsageError } from '../errors.js'
import { perClassPrecisionRecallF1 } from '../evaluation/classification-metrics.js'
import type { MetricName, MetricTask, RowMetric } from '../evaluation/metrics.js'
import { METRIC_NAMES, METRICS, prepareMetric } from '../evaluation/metrics.js'
import type { ClassificationPredictions, ModelPredictions } from '../evaluation/predictions.js'
import { groupRowsBySlice } from '../evaluation/slice-metrics.js'
import { pairedBootstrap } from '../gate/bootstrap.js'
import { delongTest } from '../gate/delong.js'
import type { GateDecision } from '../gate/gate-decision.js'
import { decideGate } from '../gate/gate-decision.js'
import type { GateEvidence, MetricValues } from '../gate/gate-evidence.js'
import { collectEvidence } from '../gate/gate-evidence.js'
import type { MetricRule } from '../gate/gate-rules.js'
import { discordantCounts, mcnemarTest } from '../gate/mcnemar.js'
import type { ModelRegistry } from '../registry/model-registry.js'
import type { DataFormat } from '../adapters/data-files.js'
import { loadTableCells } from '../adapters/load-table.js'
import type { TableCells } from '../adapters/load-table.js'
import {
  finiteOrNull,
  GATE_REPORT_SCHEMA_ID,
  metricTable,
  type BootstrapEvidence,
  type ComparisonEvidence,
  type GateReport,
  type ModelDescription,
  type PerClassRow,
  type SliceReport
} from '../report/gate-report.js'
import { TOLLGATE_VERSION } from '../version.js'
import { resolveCandidate, resolveChampion, type ModelSource } from './gate-models.js'
import {
  PROBABILITY_PREFIX,
  SCORE_COLUMN,
  columnCells,
  commonClasses,
  encodePredictions,
  labelKindOf,
  predictBuiltIn,
  readEvaluationTarget,
  readPredictionsTable,
  type RawModelOutput
} from './gate-predictions.js'
import { loadGateRules, type LoadedGateRules } from './gate-rules-file.js'

export type GateTaskOption = 'auto' | 'classification' | 'regression'

export interface GateRequest {
  /** MODEL@VERSION or a local model path. */
  candidate: string
  /** A stage, a full reference, or undefined / 'none'. */
  champion?: string
  data: string[]
  target: string
  /** Rules file; undefined reads the gate section of .tollgate.yml (`gateSection`). */
  thresholdsPath?: string
  gateSection?: YamlNode
  candidatePredictions?: string
  championPredictions?: string
  task: GateTaskOption
  slice?: string
  format: DataFormat | 'auto'
  delimiter?: string
  cwd: string
  /** Opens the registry; called only when a registry reference is involved. */
  openRegistry: () => Promise<ModelRegistry>
  /** ms since the epoch (TOLLGATE_NOW). */
  now: number
  /**
   * Called as the bootstrap replicates of the comparison with the champion are drawn (the slow
   * part), with replicates done and the total; for a progress bar. Does not change the result.
   */
  onProgress?: (done: number, total: number) => void
}

export interface GateOutcome {
  report: GateReport
  decision: GateDecision
  candidate: ModelSource
  champion?: ModelSource
  rules: LoadedGateRules
}

/** Most slices shown; the rest are counted in a warning. */
export const MAX_SLICES = 100

/**
 * evaluate-gate end to end: rules, candidate and champion, the evaluation data, both models'
 * predictions on the same rows, every metric, the statistical evidence, and the verdict. No
 * GitHub here and nothing stored: the action and the CLI decide where the verdict goes.
 */
export async function evaluateGate(request: GateRequest): Promise<GateOutcome> {
  const rules = loadGateRules(request.thresholdsPath, request.gateSection)
  let registry: ModelRegistry | undefined
  const openRegistry = async () => (registry ??= await request.openRegistry())
  const candidate = await resolveCandidate(request.candidate, request.cwd, openRegistry)
  requireScorable(candidate, request.candidatePredictions, 'candidate', 'predictions')
  const championChoice = await resolveChampion(request.champion, candidate, openRegistry)
  const champion = championChoice.source
  if (champion !== undefined)
    requireScorable(champion, request.championPredictions, 'champion', 'champion-predictions')

  const table = await loadTableCells(request.data, {
    format: request.format,
    delimiter: request.delimiter,
    cwd: request.cwd
  })
  const candidateTable =
    request.candidatePredictions === undefined
      ? undefined
      : await loadPredictions(request.candidatePredictions, request)
  const championTable =
    champion === undefined || request.championPredictions === undefined
      ? undefined
      : await loadPredictions(request.championPredictions, request)
  const task = decideTask(request, table, candidate, champion, candidateTable)
  const labelKind = labelKindOf(table, request.target, candidate.builtIn ?? champion?.builtIn)
  const target = readEvaluationTarget(table, request.target, task, labelKind)
  const scoreWith = (
    source: ModelSource,
    predictions: TableCells | undefined,
    label: string
  ): RawModelOutput =>
    predictions !== undefined
      ? readPredictionsTable(predictions, task, labelKind, target.rows, table.rows)
      : predictBuiltIn(source.builtIn!, table, target.rows, label)
  const outputs = [scoreWith(candidate, candidateTable, 'candidate')]
  if (champion !== undefined) outputs.push(scoreWith(champion, championTable, 'champion'))
  const classes = task === 'classification' ? commonClasses(target, outputs) : null
  const candidatePredictions = encodePredictions(target, outputs[0]!, classes, 'candidate')
  const championPredictions =
    outputs[1] === undefined
      ? undefined
      : encodePredictions(target, outputs[1], classes, 'champion')

  checkRuleMetrics(rules, task, candidatePredictions)
  const candidateValues = metricValues(rules.rules.rules, candidatePredictions)
  const championValues =
    championPredictions === undefined
      ? undefined
      : metricValues(rules.rules.rules, championPredictions)
  const progress = bootstrapProgress(rules, request.onProgress)
  const evidence: GateEvidence =
    championPredictions === undefined
      ? { bootstrap: {} }
      : collectEvidence(rules.rules, candidatePredictions, championPredictions, progress)
  const decision = decideGate(
    rules.rules,
    ruleValues(rules.rules, candidateValues),
    championValues && ruleValues(rules.rules, championValues),
    evidence
  )

  const warnings: string[] = []
  if (target.droppedMissingTarget > 0) {
    warnings.push(
      `${target.droppedMissingTarget} row(s) of the evaluation data have no ${request.target} value and were not scored.`
    )
  }
  if (champion !== undefined && champion.reference === candidate.reference) {
    warnings.push(
      `The champion is the candidate itself (${candidate.reference}); a comparison with itself shows no difference.`
    )
  }
  const comparison =
    championPredictions === undefined
      ? { bootstrap: [], mcnemar: null, delong: null, notes: [] }
      : comparisonEvidence(rules, evidence, candidatePredictions, championPredictions, progress)
  warnings.push(...comparison.notes)

  const sliceReport =
    request.slice === undefined
      ? null
      : slices(
          request.slice,
          table,
          target.rows,
          rules.rules,
          candidatePredictions,
          championPredictions,
          warnings
        )
  const report: GateReport = {
    $schema: GATE_REPORT_SCHEMA_ID,
    tool: { name: 'tollgate', version: TOLLGATE_VERSION },
    action: 'evaluate-gate',
    generated_at: new Date(request.now).toISOString(),
    passed: decision.passed,
    verdict: decision.verdict,
    summary: decision.summary,
    candidate: describeModel(candidate, request.candidatePredictions),
    champion: champion === undefined ? null : describeModel(champion, request.championPredictions),
    champion_note: championChoice.note,
    task,
    classes,
    data: {
      files: table.files.map((path) => ({ path, sha256: fileDigest(path, request.cwd) })),
      target: request.target,
      rows: target.rows.length,
      rows_without_target: target.droppedMissingTarget
    },
    rules: {
      source: rules.source,
      sha256: rules.sha256,
      comparison: rules.rules.comparison,
      bootstrap: { ...rules.rules.bootstrap }
    },
    reasons: decision.reasons.map((reason) => ({
      ...reason,
      candidate: finiteOrNull(reason.candidate),
      champion: finiteOrNull(reason.champion)
    })),
    metrics: {
      candidate: metricTable(candidateValues),
      champion: championValues === undefined ? null : metricTable(championValues)
    },
    per_class:
      classes === null ? null : perClass(classes, candidatePredictions, championPredictions),
    slices: sliceReport,
    evidence: comparison,
    warnings
  }
  return { report, decision, candidate, ...(champion === undefined ? {} : { champion }), rules }
}

function requireScorable(
  source: ModelSource,
  predictions: string | undefined,
  label: string,
  option: string
): void {
  if (source.builtIn === undefined && predictions === undefined) {
    throw new UsageError(
      `the ${label} ${source.reference} is not a built-in Tollgate model (no model.json); give its predictions on the evaluation data with ${option}`
    )
  }
}

async function loadPredictions(path: string, request: GateRequest): Promise<TableCells> {
  return loadTableCells([path], { format: 'auto', delimiter: request.delimiter, cwd: request.cwd })
}

function decideTask(
  request: GateRequest,
  table: TableCells,
  candidate: ModelSource,
  champion: ModelSource | undefined,
  candidatePredictions: TableCells | undefined
): MetricTask {
  const taskOf = (source: ModelSource | undefined): MetricTask | undefined =>
    source?.builtIn === undefined
      ? undefined
      : source.builtIn.task === 'regression'
        ? 'regression'
        : 'classification'
  const fromModels = [taskOf(candidate), taskOf(champion)].filter(
    (task): task is MetricTask => task !== undefined
  )
  if (fromModels.length === 2 && fromModels[0] !== fromModels[1]) {
    throw new UsageError(
      `the candidate is a ${fromModels[0]} model and the champion a ${fromModels[1]} model; they cannot be compared`
    )
  }
  if (request.task !== 'auto') {
    if (fromModels.length > 0 && fromModels[0] !== request.task) {
      throw new UsageError(`task is ${request.task}, but the model is a ${fromModels[0]} model`)
    }
    return request.task
  }
  if (fromModels[0] !== undefined) return fromModels[0]
  if (
    candidatePredictions?.header.some(
      (name) => name.startsWith(PROBABILITY_PREFIX) || name === SCORE_COLUMN
    )
  ) {
    return 'classification'
  }
  return labelKindOf(table, request.target, undefined) === 'string'
    ? 'classification'
    : 'regression'
}

/** Rule metrics must fit the task and the predictions; errors point at the rule in the file. */
function checkRuleMetrics(
  rules: LoadedGateRules,
  task: MetricTask,
  candidate: ModelPredictions
): void {
  for (const rule of rules.rules.rules) {
    const definition = METRICS[rule.metric]
    if (definition.task !== task) {
      throw new InputError(
        rules.locate(['metrics', rule.metric]),
        `${rule.metric} is a ${definition.task} metric, but this is a ${task} problem`
      )
    }
    if (
      definition.needsScores &&
      candidate.task === 'classification' &&
      candidate.scores === undefined
    ) {
      throw new InputError(
        rules.locate(['metrics', rule.metric]),
        `${rule.metric} needs class probabilities, and the candidate's predictions have none (add probability_<class> or score columns)`
      )
    }
  }
}

/**
 * Every metric of the task that the predictions can give (score metrics need scores), with the
 * default averaging, then the rule metrics as the rules configure them. NaN where undefined.
 */
function metricValues(rules: readonly MetricRule[], predictions: ModelPredictions): MetricValues {
  const values: MetricValues = {}
  for (const name of METRIC_NAMES) {
    const definition = METRICS[name]
    if (definition.task !== predictions.task) continue
    if (
      definition.needsScores &&
      predictions.task === 'classification' &&
      predictions.scores === undefined
    )
      continue
    values[name] = safeMetric(() => prepareMetric(name, predictions)())
  }
  for (const rule of rules) {
    if (METRICS[rule.metric].task !== predictions.task) continue
    if (
      METRICS[rule.metric].needsScores &&
      predictions.task === 'classification' &&
      predictions.scores === undefined
    ) {
      delete values[rule.metric]
      continue
    }
    values[rule.metric] = safeMetric(() => prepareMetric(rule.metric, predictions, rule.options)())
  }
  return values
}

/** The values the rules read (only their metrics). */
function ruleValues(rules: { rules: readonly MetricRule[] }, values: MetricValues): MetricValues {
  const picked: MetricValues = {}
  for (const rule of rules.rules)
    if (values[rule.metric] !== undefined) picked[rule.metric] = values[rule.metric]
  return picked
}

/** A metric that sklearn would refuse on this data (e.g. binary averaging) is undefined, not fatal. */
function safeMetric(compute: () => number): number {
  try {
    return compute()
  } catch (error) {
    if (error instanceof TollgateError) return NaN
    throw error
  }
}

/**
 * The evidence shown in the report: the tests the rules require (which decided), plus, for
 * information, a 95 % paired bootstrap of every rule metric, McNemar for classifiers and DeLong
 * for binary classifiers with scores.
 */
function comparisonEvidence(
  rules: LoadedGateRules,
  required: GateEvidence,
  candidate: ModelPredictions,
  champion: ModelPredictions,
  progress: { onReplicate?: () => void }
): ComparisonEvidence {
  const notes: string[] = []
  const settings = rules.rules.bootstrap
  const bootstrap: BootstrapEvidence[] = []
  const seen = new Set<MetricName>()
  for (const rule of rules.rules.rules) {
    if (seen.has(rule.metric)) continue
    seen.add(rule.metric)
    let result = required.bootstrap[rule.metric]
    const isRequired = result !== undefined
    if (result === undefined) {
      try {
        const strata =
          settings.stratified && candidate.task === 'classification' ? candidate.actual : undefined
        result = pairedBootstrap(
          prepareMetric(rule.metric, candidate, rule.options),
          prepareMetric(rule.metric, champion, rule.options),
          candidate.actual.length,
          {
            replicates: settings.replicates,
            seed: settings.seed,
            confidenceLevel: 0.95,
            ...(strata === undefined ? {} : { strata }),
            ...progress
          }
        )
      } catch (error) {
        if (!(error instanceof TollgateError)) throw error
        notes.push(`No bootstrap interval for ${rule.metric}: ${error.message}`)
        continue
      }
    }
    const [lower, upper] = result[settings.interval]
    bootstrap.push({
      metric: rule.metric,
      estimate: finiteOrNull(result.estimate),
      confidence_level: result.confidenceLevel,
      interval: settings.interval,
      lower: finiteOrNull(lower),
      upper: finiteOrNull(upper),
      replicates_used: result.replicatesUsed,
      replicates_dropped: result.replicatesDropped,
      resampling: result.resampling,
      seed: result.seed,
      required: isRequired
    })
  }
  let mcnemar: ComparisonEvidence['mcnemar'] = null
  let delong: ComparisonEvidence['delong'] = null
  if (candidate.task === 'classification' && champion.task === 'classification') {
    const test =
      required.mcnemar ??
      mcnemarTest(
        discordantCounts(candidate.actual, champion.predicted, candidate.predicted),
        'exact'
      )
    mcnemar = {
      method: test.method,
      b: test.b,
      c: test.c,
      both_correct: test.bothCorrect,
      both_wrong: test.bothWrong,
      statistic: test.statistic,
      p_value: test.pValue,
      favours_candidate: test.favoursCandidate
    }
    const result = required.delong ?? binaryDelong(candidate, champion, notes)
    if (result !== undefined) {
      delong = {
        candidate_auc: result.candidateAuc,
        champion_auc: result.championAuc,
        difference: result.difference,
        z: finiteOrNull(result.z),
        p_value: result.pValue,
        confidence_level: result.confidenceLevel,
        lower: finiteOrNull(result.confidenceInterval[0]),
        upper: finiteOrNull(result.confidenceInterval[1])
      }
    }
  }
  return { bootstrap, mcnemar, delong, notes }
}

/**
 * Counts the replicates of every bootstrap the comparison draws (one per distinct rule metric;
 * a required one is reused, not drawn twice) for `onProgress`.
 */
function bootstrapProgress(
  rules: LoadedGateRules,
  onProgress: GateRequest['onProgress']
): { onReplicate?: () => void } {
  if (onProgress === undefined) return {}
  const metrics = new Set(rules.rules.rules.map((rule) => rule.metric)).size
  const total = metrics * rules.rules.bootstrap.replicates
  let done = 0
  return { onReplicate: () => onProgress(Math.min(++done, total), total) }
}

function binaryDelong(
  candidate: ClassificationPredictions,
  champion: ClassificationPredictions,
  notes: string[]
) {
  if (candidate.classCount !== 2 || candidate.scores === undefined || champion.scores === undefined)
    return undefined
  try {
    return delongTest(candidate.actual, champion.scores, candidate.scores)
  } catch (error) {
    if (!(error instanceof TollgateError)) throw error
    notes.push(`No DeLong test: ${error.message}`)
    return undefined
  }
}

function perClass(
  classes: readonly (string | number)[],
  candidate: ModelPredictions,
  champion: ModelPredictions | undefined
): PerClassRow[] {
  if (candidate.task !== 'classification') return []
  const own = perClassPrecisionRecallF1(candidate.actual, candidate.predicted, candidate.classCount)
  const other =
    champion?.task === 'classification'
      ? perClassPrecisionRecallF1(champion.actual, champion.predicted, champion.classCount)
      : undefined
  return own.map((row, code) => ({
    label: classes[code]!,
    support: row.support,
    candidate: { precision: row.precision, recall: row.recall, f1: row.f1 },
    champion:
      other === undefined
        ? null
        : { precision: other[code]!.precision, recall: other[code]!.recall, f1: other[code]!.f1 }
  }))
}

function slices(
  column: string,
  table: TableCells,
  rows: Int32Array,
  rules: LoadedGateRules['rules'],
  candidate: ModelPredictions,
  champion: ModelPredictions | undefined,
  warnings: string[]
): SliceReport {
  const cells = columnCells(table, column, 'evaluation data')
  const values = Array.from(rows, (row) => cells[row] ?? null)
  const headline: MetricName = candidate.task === 'classification' ? 'accuracy' : 'rmse'
  const names = [...new Set<MetricName>([headline, ...rules.rules.map((rule) => rule.metric)])]
  const optionsOf = (name: MetricName) =>
    rules.rules.find((rule) => rule.metric === name)?.options ?? {}
  const bind = (predictions: ModelPredictions): RowMetric[] =>
    names.map((name) => {
      try {
        return prepareMetric(name, predictions, optionsOf(name))
      } catch (error) {
        if (error instanceof TollgateError) return () => NaN
        throw error
      }
    })
  const candidateMetrics = bind(candidate)
  const championMetrics = champion === undefined ? undefined : bind(champion)
  let groups = groupRowsBySlice(values)
  if (groups.length > MAX_SLICES) {
    warnings.push(
      `${column} has ${groups.length} distinct values; the report shows the ${MAX_SLICES} largest slices.`
    )
    groups = [...groups].sort((a, b) => b.rows.length - a.rows.length).slice(0, MAX_SLICES)
  }
  const valuesOn = (metrics: RowMetric[], slice: Uint32Array) =>
    metricTable(Object.fromEntries(names.map((name, k) => [name, metrics[k]!(slice)])))
  return {
    column,
    metrics: names,
    slices: groups.map((group) => ({
      value: group.value === null ? null : String(group.value),
      rows: group.rows.length,
      candidate: valuesOn(candidateMetrics, group.rows),
      champion: championMetrics === undefined ? null : valuesOn(championMetrics, group.rows)
    }))
  }
}

function describeModel(source: ModelSource, predictions: string | undefined): ModelDescription {
  return {
    reference: source.reference,
    source: predictions !== undefined && source.builtIn === undefined ? 'predictions' : source.kind,
    model: source.model ?? null,
    version: source.version ?? null,
    stage: source.stage ?? null,
    predictions: predictions ?? null
  }
}

/** SHA-256 of a data file's bytes, so the verdict names exactly the data it was reached on. */
function fileDigest(path: string, cwd: string): string {
  return createHash('sha256')
    .update(readFileSync(isAbsolute(path) ? path : join(cwd, path)))
    .digest('hex')
}
