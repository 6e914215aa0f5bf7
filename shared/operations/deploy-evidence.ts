import { isAbsolute, join } from 'node:path'
import { isJsonObject } from '../store/canonical-json.js'
import { readUserJson } from '../adapters/user-files.js'
import type { StageEvent } from '../registry/registry-state.js'
import type { GateVerdictRecord } from '../deploy/gate-verdict-record.js'
import type { DeployEvidence, EvidenceReport } from '../report/deploy-report.js'

/**
 * The evidence shown before a promotion is approved: the version's gate verdicts, the model's
 * stage history, and the status of other Tollgate reports the workflow hands in (drift-check,
 * spc-check, validate-data JSON reports), read generically: their `action`, `passed` / `drifted`
 * flag and `summary` when present.
 */
export function readEvidenceReports(paths: readonly string[], cwd: string): EvidenceReport[] {
  return paths.map((path) => {
    const value = readUserJson(isAbsolute(path) ? path : join(cwd, path), 'evidence report')
    const report = isJsonObject(value) ? value : {}
    const tool = isJsonObject(report.tool) ? report.tool : {}
    const action =
      typeof report.action === 'string'
        ? report.action
        : typeof tool.name === 'string'
          ? tool.name
          : null
    let status = 'unknown'
    if (typeof report.drifted === 'boolean') status = report.drifted ? 'drifted' : 'no drift'
    else if (typeof report.passed === 'boolean') status = report.passed ? 'passed' : 'failed'
    else if (typeof report.status === 'string') status = report.status
    const summary =
      typeof report.summary === 'string'
        ? report.summary
        : typeof report.message === 'string'
          ? report.message
          : null
    return { path, action, status, summary }
  })
}

export function collectDeployEvidence(
  gateVerdicts: readonly GateVerdictRecord[],
  stageEvents: readonly StageEvent[],
  reports: readonly EvidenceReport[]
): DeployEvidence {
  return {
    gate_verdicts: [...gateVerdicts],
    stage_history: stageEvents.map((event) => ({
      stage: event.stage,
      action: event.action,
      version: event.version ?? null,
      at: event.at,
      actor: event.actor ?? null
    })),
    reports: [...reports]
  }
}
