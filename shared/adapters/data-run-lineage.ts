import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { DriftReport } from '../drift-report/drift-report.js'
import type { LineageRunContext, RunEvent } from '../lineage/openlineage-event.js'
import { driftRunEvent } from '../operations/drift-lineage.js'
import type { SpcCheckRequest } from '../operations/spc-check.js'
import { spcRunEvent } from '../operations/spc-lineage.js'
import { validateRunEvent } from '../operations/validate-lineage.js'
import type { DataProfile } from '../profile/data-profile.js'
import type { SpcReport } from '../report/spc-report.js'
import type { ValidateReport } from '../report/validate-report.js'
import { fileSha256, lineageContextFor } from './run-provenance.js'

/**
 * The OpenLineage events of the data-side action steps (validate-data, spc-check, drift-check),
 * built from a run's report and the files it read and wrote. The event builders in
 * shared/operations are pure; what they need from the runner is read here: the workflow run and
 * commit (the event's run id and job), and the SHA-256 of each file, which is what makes the same
 * bytes one node in the lineage graph whichever action read or wrote them (a validate-data
 * profile links to the spc-check run that charted it, training data to its validation).
 */

/**
 * The lineage context of an action step: the workflow run, attempt and job from the runner's
 * environment and the commit it ran on (GITHUB_SHA), as evaluate-gate and deploy record theirs.
 */
export function actionLineageContext(
  action: string,
  env: NodeJS.ProcessEnv = process.env
): LineageRunContext {
  const commit = env.GITHUB_SHA?.trim() ?? ''
  return lineageContextFor(action, { env, ...(commit === '' ? {} : { commit }) })
}

/**
 * SHA-256 of each path that is a regular file on this runner, keyed by the path as given
 * (relative paths are read from `cwd`). Paths that are not files here are left out rather than
 * failing the event: a merge job lists the shards' files but never downloaded them, and a checks
 * file with `source:` names a database table. Their datasets are then named by path alone.
 */
export async function localFileDigests(
  paths: readonly string[],
  cwd: string = process.cwd()
): Promise<Map<string, string>> {
  const digests = new Map<string, string>()
  for (const path of new Set(paths)) {
    const file = resolve(cwd, path)
    if (statSync(file, { throwIfNoEntry: false })?.isFile() !== true) continue
    digests.set(path, await fileSha256(file))
  }
  return digests
}

/** validate-data: the data files (by digest) as inputs, the profile and report it wrote as outputs. */
export async function validateDataRunEvents(run: {
  report: ValidateReport
  profile: DataProfile
  reportPath: string
  profilePath: string
  env?: NodeJS.ProcessEnv
}): Promise<RunEvent[]> {
  const digests = await localFileDigests(run.report.data.files.map((file) => file.path))
  const written = await localFileDigests([run.profilePath, run.reportPath])
  return [
    validateRunEvent({
      context: actionLineageContext('validate-data', run.env),
      report: run.report,
      profile: run.profile,
      digests,
      outputs: [...written].map(([path, sha256]) => ({ path, sha256 }))
    })
  ]
}

/**
 * spc-check: the metric files this run recorded (history mode) or the values file it charted
 * (stateless), by digest; the series' history as the output.
 */
export async function spcCheckRunEvents(run: {
  request: SpcCheckRequest
  report: SpcReport
  env?: NodeJS.ProcessEnv
}): Promise<RunEvent[]> {
  const { request } = run
  const read =
    request.mode === 'history'
      ? await localFileDigests(request.metricsPaths)
      : await localFileDigests([request.valuesPath], request.cwd)
  return [
    spcRunEvent({
      context: actionLineageContext('spc-check', run.env),
      report: run.report,
      metricsFiles: [...read].map(([path, sha256]) => ({ path, sha256 }))
    })
  ]
}

/**
 * drift-check: the reference (the model version itself for a `registry:` reference, whose files
 * are the registry's, not this runner's) and the current data, by digest.
 */
export async function driftCheckRunEvents(run: {
  report: DriftReport
  cwd: string
  env?: NodeJS.ProcessEnv
}): Promise<RunEvent[]> {
  const { report } = run
  const reference = report.reference.kind === 'registry' ? [] : report.reference.files
  const digests = await localFileDigests(
    [...reference, ...report.current.files].map((file) => file.path),
    run.cwd
  )
  return [driftRunEvent({ context: actionLineageContext('drift-check', run.env), report, digests })]
}
