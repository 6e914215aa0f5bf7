import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { resolveDataFiles, type DataFile, type DataFormat } from '../adapters/data-files.js'
import { loadTableCells } from '../adapters/load-table.js'
import { readTableHeader } from '../adapters/table-scan.js'
import {
  codeVersion,
  fileSha256,
  lineageContextFor,
  runtimeEnvironment,
  workflowRun
} from '../adapters/run-provenance.js'
import { runTrainingCommand, type CommandOutputSink } from '../adapters/training-command.js'
import { InputError, UsageError } from '../errors.js'
import type { LearningTask } from '../learn/learning-task.js'
import { ALGORITHMS, type Algorithm } from '../learn/model-format.js'
import { train } from '../learn/train.js'
import type { LineageRunContext, RunEvent } from '../lineage/openlineage-event.js'
import { lineageRunId } from '../lineage/run-id.js'
import { LINEAGE_DOCUMENT_SCHEMA } from '../registry/model-bundle.js'
import type { DataProfile } from '../profile/data-profile.js'
import { buildBundleManifest, type BundleFileEntry } from '../store/bundle-manifest.js'
import {
  canonicalJsonBytes,
  compactCanonicalJson,
  type JsonValue
} from '../store/canonical-json.js'
import { closestName } from '../text/closest-name.js'
import { TOLLGATE_VERSION } from '../version.js'
import { finiteMetrics, TRAIN_REPORT_SCHEMA, type TrainReport } from '../report/train-report.js'
import { profileData } from './profile-data.js'
import { trainRunEvent } from './train-lineage.js'
import { trainingTable } from './train-table.js'
import {
  parseFeatureImportancesText,
  parseMetricsText,
  parseParamsText
} from './train-metrics-file.js'
import {
  COMMAND_RESERVED_FILES,
  stageTrainingOutput,
  TRAIN_METADATA_FILES,
  TRAIN_OUTPUT_FILES,
  TRAINING_RUN_SCHEMA,
  type OutputStaging,
  type TrainingDataFile,
  type TrainingRunRecord
} from './train-output.js'

/**
 * train end to end: profile and digest the data, fit a built-in learner or run the user's
 * training command, and leave a complete output directory (see train-output.ts) that
 * register-model turns into a version. Nothing is written to `output` unless the whole run
 * succeeds: bad data, a failing command or missing metrics leave the directory as it was, so a
 * following register step has nothing half-made to pick up.
 */

export type TrainModelKind = Algorithm | 'command'

export interface TrainRequest {
  /** Paths or globs of the training table's files. */
  data: string[]
  target: string
  model: TrainModelKind
  /** The training command (model `command` only). */
  command?: string
  /** The output directory. */
  output: string
  /** Hyper-parameters (built-in: scikit-learn names; command: passed as TOLLGATE_PARAMS). */
  params?: Readonly<Record<string, unknown>>
  features?: readonly string[]
  categorical?: readonly string[]
  /** Undefined: inferred from the target. */
  task?: LearningTask
  seed?: number
  validationFraction?: number
  format?: DataFormat | 'auto'
  delimiter?: string
  /** Working directory (the command's, and the git checkout's); default process.cwd(). */
  cwd?: string
  /** Environment read for provenance (workflow run, runner); default process.env. */
  env?: NodeJS.ProcessEnv
  /** Wall clock for timestamps (ms since epoch); default Date.now. */
  clock?: () => number
  /** Where the training command's output goes; default this process's stdout/stderr. */
  commandOutput?: CommandOutputSink
  /** Built-in gbdt: called after each boosting iteration (done, maximum), for a progress bar. */
  onProgress?: (done: number, total: number) => void
}

export interface TrainOutcome {
  report: TrainReport
  /** The run's OpenLineage events (as written to lineage.json). */
  events: RunEvent[]
  /** Absolute path of the output directory. */
  outputDir: string
  /** Absolute path of lineage.json. */
  lineagePath: string
}

/** The TOLLGATE_* variables a training command receives (documented in actions/train/README.md). */
export const COMMAND_ENVIRONMENT = [
  'TOLLGATE_DATA',
  'TOLLGATE_DATA_FORMAT',
  'TOLLGATE_TARGET',
  'TOLLGATE_OUTPUT_DIR',
  'TOLLGATE_PARAMS',
  'TOLLGATE_SEED',
  'TOLLGATE_VALIDATION_FRACTION',
  'TOLLGATE_TASK',
  'TOLLGATE_FEATURES',
  'TOLLGATE_CATEGORICAL',
  'TOLLGATE_RUN_ID'
] as const

/** What the learner or the command produced, before the metadata files are written. */
interface FittedModel {
  metrics: Record<string, number>
  metricsSource: TrainingRunRecord['metrics_source']
  trainingMetrics: Record<string, number> | null
  params: Record<string, JsonValue>
  featureImportances: { feature: string; importance: number }[]
  task: string | null
  rows: TrainReport['rows']
  warnings: string[]
  durationMs: number
}

export async function trainModel(request: TrainRequest): Promise<TrainOutcome> {
  const cwd = request.cwd ?? process.cwd()
  const env = request.env ?? process.env
  const clock = request.clock ?? Date.now
  checkRequest(request)
  const startedAt = clock()
  const staging = await stageTrainingOutput(request.output, cwd)
  try {
    const files = resolveDataFiles(request.data, request.format ?? 'auto')
    // The header first: a wrong target name should not wait for a scan of gigabytes.
    const { header } = await readTableHeader({ files, delimiter: request.delimiter, threads: 1 })
    checkTargetColumn(request.target, header, files)
    const code = codeVersion(cwd, env)
    const context = lineageContextFor('train', {
      env,
      ...(code.commit === undefined ? {} : { commit: code.commit })
    })
    const runId = lineageRunId(context)
    const [digests, profiled] = await Promise.all([
      Promise.all(files.map((file) => fileSha256(file.path))),
      profileData({
        data: files.map((file) => file.path),
        format: request.format,
        delimiter: request.delimiter,
        now: startedAt
      })
    ])
    const data: TrainingDataFile[] = files.map((file, index) => ({
      path: file.path,
      format: file.format,
      bytes: file.bytes,
      sha256: digests[index]!,
      ...(files.length === 1 ? { rows: profiled.profile.rows } : {})
    }))

    const fitted =
      request.model === 'command'
        ? await runCommand(request, staging, files, runId, cwd)
        : await fitBuiltIn(request, request.model, staging, files)
    const modelFiles = listModelFiles(staging.staging, request.model === 'command')
    const finishedAt = clock()
    const run = workflowRun(env)
    const record: TrainingRunRecord = {
      schema: TRAINING_RUN_SCHEMA,
      run_id: runId,
      model: request.model,
      ...(request.command === undefined ? {} : { command: request.command }),
      target: request.target,
      ...(fitted.task === null ? {} : { task: fitted.task }),
      started_at: new Date(startedAt).toISOString(),
      finished_at: new Date(finishedAt).toISOString(),
      duration_ms: fitted.durationMs,
      data,
      rows: profiled.profile.rows,
      code,
      environment: runtimeEnvironment(env),
      ...(run === undefined
        ? {}
        : {
            workflow: {
              run_id: run.run.id,
              attempt: run.run.attempt,
              ...(run.run.job === undefined ? {} : { job: run.run.job }),
              ...(run.run.workflow === undefined ? {} : { workflow: run.run.workflow }),
              ...(run.actor === undefined ? {} : { actor: run.actor })
            }
          }),
      files: modelFiles,
      metrics_source: fitted.metricsSource
    }
    const events = await writeRunFiles(staging.staging, {
      record,
      fitted,
      profile: profiled.profile,
      context,
      modelFiles,
      finishedAt
    })
    await staging.commit()
    const report: TrainReport = {
      schema: TRAIN_REPORT_SCHEMA,
      tollgate_version: TOLLGATE_VERSION,
      generated_at: new Date(finishedAt).toISOString(),
      run_id: runId,
      model: request.model,
      command: request.command ?? null,
      target: request.target,
      task: fitted.task,
      output: staging.target,
      files: modelFiles,
      metrics: fitted.metrics,
      metrics_source: fitted.metricsSource,
      training_metrics: fitted.trainingMetrics,
      params: fitted.params,
      feature_importances: fitted.featureImportances,
      rows: { ...fitted.rows, total: profiled.profile.rows },
      data,
      code,
      environment: record.environment,
      duration_ms: fitted.durationMs,
      warnings: fitted.warnings,
      lineage: join(staging.target, TRAIN_OUTPUT_FILES.lineage)
    }
    return {
      report,
      events,
      outputDir: staging.target,
      lineagePath: join(staging.target, TRAIN_OUTPUT_FILES.lineage)
    }
  } catch (error) {
    await staging.discard()
    throw error
  }
}

function checkRequest(request: TrainRequest): void {
  if (request.target.trim() === '') throw new UsageError('The target column name is empty.')
  const kinds: readonly string[] = [...ALGORITHMS, 'command']
  if (!kinds.includes(request.model)) {
    const suggestion = closestName(String(request.model), kinds)
    throw new UsageError(
      `Unknown model ${JSON.stringify(request.model)}; expected one of ${kinds.join(', ')}` +
        (suggestion === undefined ? '.' : `. Did you mean ${JSON.stringify(suggestion)}?`)
    )
  }
  const command = request.command?.trim() ?? ''
  if (request.model === 'command' && command === '') {
    throw new UsageError(
      'model is command but no command was given; set the training command (e.g. ' +
        '`python train.py`), which receives the TOLLGATE_* variables and writes the model files ' +
        'and metrics.json into TOLLGATE_OUTPUT_DIR.'
    )
  }
  if (request.model !== 'command' && command !== '') {
    throw new UsageError(
      `A training command was given, but model is ${request.model}; set model to command to run it.`
    )
  }
  const fraction = request.validationFraction
  if (fraction !== undefined && !(fraction >= 0 && fraction < 1)) {
    throw new UsageError(`The validation fraction must be from 0 to below 1, got ${fraction}.`)
  }
}

function checkTargetColumn(target: string, header: readonly string[], files: DataFile[]): void {
  if (header.includes(target)) return
  const suggestion = closestName(target, header)
  throw new InputError(
    { file: files[0]!.path, field: target },
    'the training data has no target column of that name' +
      (suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`) +
      `; its columns are ${header.map((name) => JSON.stringify(name)).join(', ')}`
  )
}

async function fitBuiltIn(
  request: TrainRequest,
  algorithm: Algorithm,
  staging: OutputStaging,
  files: DataFile[]
): Promise<FittedModel> {
  const started = performance.now()
  const cells = await loadTableCells(
    files.map((file) => file.path),
    { format: request.format, delimiter: request.delimiter }
  )
  const table = trainingTable(cells, { categorical: request.categorical })
  const seed = request.seed ?? 0
  const result = train({
    table,
    target: request.target,
    algorithm,
    ...(request.task === undefined ? {} : { task: request.task }),
    ...(request.features === undefined || request.features.length === 0
      ? {}
      : { features: request.features }),
    params: request.params ?? {},
    seed,
    ...(request.onProgress === undefined ? {} : { onProgress: request.onProgress }),
    ...(request.validationFraction === undefined
      ? {}
      : { validationFraction: request.validationFraction })
  })
  const durationMs = Math.round(performance.now() - started)
  const { model } = result
  await writeFile(join(staging.staging, TRAIN_OUTPUT_FILES.model), `${JSON.stringify(model)}\n`, {
    flag: 'wx'
  })
  const validation =
    result.validationMetrics === null ? null : finiteMetrics(result.validationMetrics)
  const training = finiteMetrics(result.trainingMetrics)
  const warnings = [...result.warnings]
  if (validation === null) {
    warnings.push(
      'no rows were held out (validation fraction 0): the metrics are on the training rows and ' +
        'overstate how well the model generalises'
    )
  }
  const params: Record<string, JsonValue> = {
    model: algorithm,
    target: request.target,
    task: model.task,
    seed,
    validation_fraction: model.training.validationFraction,
    features: model.features.map((feature) => feature.name),
    ...model.params
  }
  return {
    metrics: validation ?? training,
    metricsSource: validation === null ? 'training' : 'validation',
    trainingMetrics: training,
    params,
    featureImportances: result.featureImportances.map((entry) => ({ ...entry })),
    task: model.task,
    rows: {
      total: result.rowCounts.total,
      train: result.rowCounts.train,
      validation: result.rowCounts.validation,
      dropped_missing_target: result.rowCounts.droppedMissingTarget
    },
    warnings,
    durationMs
  }
}

async function runCommand(
  request: TrainRequest,
  staging: OutputStaging,
  files: DataFile[],
  runId: string,
  cwd: string
): Promise<FittedModel> {
  const command = request.command!.trim()
  const params: Record<string, unknown> = { ...(request.params ?? {}) }
  const paramsJson = compactCanonicalJson(params, 'the params')
  const seed = request.seed ?? 0
  const fraction = request.validationFraction ?? 0.2
  const env: Record<string, string> = {
    TOLLGATE_DATA: files.map((file) => resolve(file.path)).join('\n'),
    TOLLGATE_DATA_FORMAT: files[0]!.format,
    TOLLGATE_TARGET: request.target,
    TOLLGATE_OUTPUT_DIR: staging.staging,
    TOLLGATE_PARAMS: paramsJson,
    TOLLGATE_SEED: String(seed),
    TOLLGATE_VALIDATION_FRACTION: String(fraction),
    TOLLGATE_TASK: request.task ?? 'auto',
    TOLLGATE_FEATURES: (request.features ?? []).join(','),
    TOLLGATE_CATEGORICAL: (request.categorical ?? []).join(','),
    TOLLGATE_RUN_ID: runId
  }
  const result = await runTrainingCommand({
    command,
    cwd,
    env,
    ...(request.commandOutput === undefined ? {} : { output: request.commandOutput })
  })
  if (result.exitCode !== 0) {
    const how =
      result.exitCode === null
        ? `was stopped by signal ${result.signal ?? 'unknown'}`
        : `exited with code ${result.exitCode}`
    const tail =
      result.stderrTail.length === 0
        ? ' It wrote nothing to stderr.'
        : ` The last lines of its error output:\n${result.stderrTail.map((line) => `  ${line}`).join('\n')}`
    throw new UsageError(
      `The training command ${how} after ${(result.durationMs / 1000).toFixed(1)} s: ${command}.${tail}\n` +
        'Nothing was written to the output directory.'
    )
  }
  const shown = (name: string) => `${request.output}/${name} (written by the training command)`
  const metricsPath = join(staging.staging, TRAIN_OUTPUT_FILES.metrics)
  if (!existsSync(metricsPath)) {
    throw new UsageError(
      `The training command finished but wrote no ${TRAIN_OUTPUT_FILES.metrics}: it must write ` +
        'its metrics as a flat JSON object of numbers, e.g. {"accuracy": 0.91}, to ' +
        '$TOLLGATE_OUTPUT_DIR/metrics.json. Nothing was written to the output directory.'
    )
  }
  const metrics = parseMetricsText(
    readFileSync(metricsPath, 'utf8'),
    shown(TRAIN_OUTPUT_FILES.metrics)
  )
  const paramsPath = join(staging.staging, TRAIN_OUTPUT_FILES.params)
  const commandParams = existsSync(paramsPath)
    ? parseParamsText(readFileSync(paramsPath, 'utf8'), shown(TRAIN_OUTPUT_FILES.params))
    : {}
  const importancesPath = join(staging.staging, TRAIN_OUTPUT_FILES.featureImportances)
  const featureImportances = existsSync(importancesPath)
    ? parseFeatureImportancesText(
        readFileSync(importancesPath, 'utf8'),
        shown(TRAIN_OUTPUT_FILES.featureImportances)
      )
    : []
  const recorded: Record<string, JsonValue> = {
    model: 'command',
    command,
    target: request.target,
    seed,
    validation_fraction: fraction,
    ...(JSON.parse(paramsJson) as Record<string, JsonValue>),
    ...commandParams
  }
  return {
    metrics,
    metricsSource: 'command',
    trainingMetrics: null,
    params: recorded,
    featureImportances,
    task: null,
    rows: { total: 0, train: null, validation: null, dropped_missing_target: null },
    warnings: [],
    durationMs: result.durationMs
  }
}

/**
 * The model files in the staging directory: every regular file except the metadata files. A
 * training command's output is checked here: registry versions are flat lists of files (release
 * assets), and some names are Tollgate's own.
 */
function listModelFiles(directory: string, fromCommand: boolean): BundleFileEntry[] {
  const entries = readdirSync(directory)
  const files = new Map<string, Uint8Array>()
  for (const name of entries.sort()) {
    const path = join(directory, name)
    const stats = lstatSync(path)
    if (
      fromCommand &&
      COMMAND_RESERVED_FILES.some((reserved) => reserved.toLowerCase() === name.toLowerCase())
    ) {
      throw new UsageError(
        `The training command wrote ${JSON.stringify(name)}, a name Tollgate reserves for its own ` +
          `records (${COMMAND_RESERVED_FILES.join(', ')}); rename that file.`
      )
    }
    if (stats.isDirectory()) {
      throw new UsageError(
        `The training command wrote a directory ${JSON.stringify(name)} into the output; a ` +
          'registered version is a flat list of files (GitHub release assets), so pack it into ' +
          'one file, e.g. `tar -czf model.tar.gz -C dir .`.'
      )
    }
    if (!stats.isFile()) {
      throw new UsageError(
        `The output holds ${JSON.stringify(name)}, which is not a regular file (a link?); write ` +
          'plain files only.'
      )
    }
    if (TRAIN_METADATA_FILES.includes(name)) continue
    files.set(name, readFileSync(path))
  }
  if ([...files.keys()].every((name) => name === TRAIN_OUTPUT_FILES.featureImportances)) {
    throw new UsageError(
      'The training command wrote no model files into $TOLLGATE_OUTPUT_DIR (only ' +
        `${entries.join(', ') || 'nothing'}); write the trained model there, e.g. model.pkl.`
    )
  }
  // The registry's own checks (names GitHub keeps as asset names, sizes, case clashes), now,
  // so a model that could never be registered fails at training time.
  return buildBundleManifest('training-output', files).files
}

async function writeRunFiles(
  directory: string,
  parts: {
    record: TrainingRunRecord
    fitted: FittedModel
    profile: DataProfile
    context: LineageRunContext
    modelFiles: BundleFileEntry[]
    finishedAt: number
  }
): Promise<RunEvent[]> {
  const write = (name: string, bytes: Uint8Array) => writeFile(join(directory, name), bytes)
  await write(TRAIN_OUTPUT_FILES.metrics, canonicalJsonBytes(parts.fitted.metrics, 'metrics.json'))
  await write(TRAIN_OUTPUT_FILES.params, canonicalJsonBytes(parts.fitted.params, 'params.json'))
  await write(TRAIN_OUTPUT_FILES.profile, canonicalJsonBytes(parts.profile, 'profile.json'))
  const recordBytes = canonicalJsonBytes(parts.record, TRAIN_OUTPUT_FILES.trainingRun)
  await write(TRAIN_OUTPUT_FILES.trainingRun, recordBytes)
  const recordEntry = buildBundleManifest(
    'training-run',
    new Map([[TRAIN_OUTPUT_FILES.trainingRun, recordBytes]])
  ).files[0]!
  const event = trainRunEvent({
    context: parts.context,
    eventTime: new Date(parts.finishedAt).toISOString(),
    data: parts.record.data,
    profile: parts.profile,
    outputs: [...parts.modelFiles, recordEntry]
  })
  const events = [event]
  await write(
    TRAIN_OUTPUT_FILES.lineage,
    canonicalJsonBytes({ schema: LINEAGE_DOCUMENT_SCHEMA, events }, 'lineage.json')
  )
  return events
}
