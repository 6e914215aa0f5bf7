import type { DriftReport } from '../drift-report/drift-report.js'
import type { DeployReport } from '../report/deploy-report.js'
import type { GateReport } from '../report/gate-report.js'
import type { SpcReport } from '../report/spc-report.js'
import type { TrainReport } from '../report/train-report.js'
import type { ValidateReport } from '../report/validate-report.js'
import type { DemoStageResult } from './demo-sections.js'
import { groupedInteger } from '../text/grouped-integer.js'

/**
 * One line per stage of the demo: what came out and whether that is what the demo shows. Some
 * findings are the point of the demo (a warning check, the injected SPC shift, the drifted
 * batch): they are `warn`, not failures. A stage fails when the lifecycle did not go as it
 * should (a failed check, a rejected candidate, a blocked deployment, a shift not caught).
 */

export type StageVerdict = Pick<DemoStageResult, 'tone' | 'summary'>

const count = (value: number): string => groupedInteger(value)
const short = (value: number | null | undefined): string =>
  value === null || value === undefined ? 'n/a' : Number(value.toPrecision(3)).toString()

export function validateVerdict(report: ValidateReport): StageVerdict {
  const { summary } = report
  const warned = report.results
    .filter((result) => result.status === 'warn')
    .map((result) => `${result.column ?? 'table'}.${result.check}`)
  return {
    tone: summary.failed > 0 ? 'fail' : warned.length > 0 ? 'warn' : 'pass',
    summary:
      `${summary.checks} checks on ${count(report.data.rows)} rows: ${summary.passed} passed` +
      (summary.failed === 0 ? '' : `, ${summary.failed} failed`) +
      (summary.warnings === 0 ? '' : `, ${summary.warnings} warning(s)`) +
      (warned.length > 0 ? ` (${warned.join(', ')})` : '')
  }
}

/**
 * The SPC stage shows the injected shift: it passes as a finding when the chart of the shifted
 * metric is out of control, and fails when the shift went unnoticed.
 */
export function spcVerdict(
  report: SpcReport,
  runs: number,
  shift: { metric: string; fromDay: number }
): StageVerdict {
  const out = report.charts.filter((chart) => chart.status === 'out-of-control')
  const shifted = report.charts.find((chart) => chart.metric === shift.metric)
  const days = [...new Set(Object.values(shifted?.rule_hits ?? {}).flat())].sort((a, b) => a - b)
  const caught = shifted !== undefined && shifted.status === 'out-of-control'
  const charted = `${runs} daily runs, ${report.charts.length} charts`
  if (!caught) {
    return {
      tone: 'fail',
      summary: `${charted}: the shift of ${shift.metric} injected from day ${shift.fromDay} was not flagged`
    }
  }
  const sinceShift = days.filter((day) => day >= shift.fromDay)
  const earlier = days.length - sinceShift.length
  const others = report.charts.length - out.length
  return {
    tone: 'warn',
    summary:
      `${charted}: ${out.map((chart) => chart.metric ?? chart.name).join(', ')} out of control` +
      ` from day ${sinceShift[0] ?? '?'} (shift injected on day ${shift.fromDay})` +
      (earlier === 0 ? '' : `, ${earlier} earlier false alarm(s)`) +
      `; ${others} in control`
  }
}

export function trainVerdict(report: TrainReport): StageVerdict {
  const metrics = ['roc_auc', 'accuracy']
    .filter((name) => report.metrics[name] !== undefined)
    .map((name) => `${name} ${short(report.metrics[name])}`)
    .join(', ')
  return {
    tone: 'pass',
    summary: `${report.model} on ${count(report.rows.total)} rows: ${metrics} (${report.metrics_source})`
  }
}

export function gateVerdict(report: GateReport): StageVerdict {
  const passed = report.reasons.filter((reason) => reason.passed === true).length
  const auc = (side: 'candidate' | 'champion'): string =>
    short(report.metrics[side]?.roc_auc ?? null)
  return {
    tone: report.verdict === 'promote' ? 'pass' : 'fail',
    summary:
      `${report.verdict}: roc_auc ${auc('candidate')} vs champion ${auc('champion')}` +
      ` (${report.champion?.reference ?? 'none'}); ${passed} of ${report.reasons.length} rules passed`
  }
}

export function deployVerdict(
  report: DeployReport,
  expected: DeployReport['status']
): StageVerdict {
  return {
    tone: report.status === expected ? 'pass' : 'fail',
    summary: report.status === 'success' ? report.message : `${report.status}: ${report.message}`
  }
}

/** Drift of the campaign batch is the finding the stage shows. */
export function driftVerdict(report: DriftReport): StageVerdict {
  const { dataset } = report
  const against =
    report.reference.model === undefined
      ? report.reference.source
      : `${report.reference.source} (${report.reference.model.version})`
  return {
    tone: report.drift_detected ? 'warn' : 'fail',
    summary:
      `${report.drift_detected ? 'drift detected' : 'no drift found in the shifted batch'}: ` +
      `${dataset.drifted_columns} of ${dataset.tested_columns} columns (share ${short(dataset.share)})` +
      ` against ${against}`
  }
}
