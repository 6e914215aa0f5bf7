import { randomBytes } from 'node:crypto'
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { UsageError } from '../errors.js'
import type { CodeVersion, RuntimeEnvironment } from '../adapters/run-provenance.js'
import type { BundleFileEntry } from '../store/bundle-manifest.js'
import type { JsonValue } from '../store/canonical-json.js'

/**
 * The directory `train` writes and `register-model` reads: the model files plus what makes the
 * run traceable. The contract between the two actions (and with a user's training command):
 *
 * | file                 | written by                   | registered as                            |
 * |----------------------|------------------------------|------------------------------------------|
 * | `model.json`         | built-in learners            | a model file                             |
 * | any other file       | the training command         | a model file                             |
 * | `metrics.json`       | learners / the command       | the version's metrics                    |
 * | `params.json`        | Tollgate (+ the command)     | the version's parameters                 |
 * | `profile.json`       | Tollgate                     | the version's training-data profile      |
 * | `lineage.json`       | Tollgate                     | the train run's OpenLineage event        |
 * | `training-run.json`  | Tollgate                     | a file: provenance (digests, commit, …)  |
 */
export const TRAIN_OUTPUT_FILES = {
  model: 'model.json',
  metrics: 'metrics.json',
  params: 'params.json',
  profile: 'profile.json',
  lineage: 'lineage.json',
  trainingRun: 'training-run.json',
  /** Optional, from a training command: `{ feature: importance }`, shown in the summary. */
  featureImportances: 'feature-importances.json'
} as const

/** Files of the output that describe the model rather than being part of it. */
export const TRAIN_METADATA_FILES: readonly string[] = [
  TRAIN_OUTPUT_FILES.metrics,
  TRAIN_OUTPUT_FILES.params,
  TRAIN_OUTPUT_FILES.profile,
  TRAIN_OUTPUT_FILES.lineage
]

/**
 * Names a training command must not write: Tollgate writes them (or the registry adds them to
 * every version), so a command's file of that name would be overwritten or refused later.
 */
export const COMMAND_RESERVED_FILES: readonly string[] = [
  TRAIN_OUTPUT_FILES.profile,
  TRAIN_OUTPUT_FILES.lineage,
  TRAIN_OUTPUT_FILES.trainingRun,
  'manifest.json',
  'README.md'
]

export const TRAINING_RUN_SCHEMA = 'tollgate.training-run/1'

/** One training data file as the run read it. */
export interface TrainingDataFile {
  /** The path as given (relative to the working directory, or absolute). */
  path: string
  format: string
  bytes: number
  /** Lower-case hexadecimal SHA-256 of the file's bytes. */
  sha256: string
  /** Data rows, when the table is this one file. */
  rows?: number
}

/** `training-run.json`: where a model came from. Registered with every version. */
export interface TrainingRunRecord {
  schema: typeof TRAINING_RUN_SCHEMA
  /** The train run's OpenLineage run id (the `run-id` output). */
  run_id: string
  /** The built-in algorithm, or `command`. */
  model: string
  command?: string
  target: string
  task?: string
  started_at: string
  finished_at: string
  /** Wall-clock training time, milliseconds (the command's run time in command mode). */
  duration_ms: number
  data: TrainingDataFile[]
  /** Rows in the training table (all files). */
  rows: number
  code: CodeVersion
  environment: RuntimeEnvironment
  workflow?: { run_id: string; attempt: number; job?: string; workflow?: string; actor?: string }
  /** The model files (not the metadata files), with their digests. */
  files: BundleFileEntry[]
  /** Which rows the metrics were computed on. */
  metrics_source: 'validation' | 'training' | 'command'
}

/** A flat record of JSON scalars, as params.json holds. */
export type ParamRecord = Record<string, JsonValue>

/** An output directory being written: a private sibling folder swapped in when complete. */
export interface OutputStaging {
  /** Where the final directory will be (absolute). */
  readonly target: string
  /** The private folder to write into (absolute); the command's TOLLGATE_OUTPUT_DIR. */
  readonly staging: string
  /** Moves the staging folder into place, replacing an earlier training output. */
  commit(): Promise<void>
  /** Removes the staging folder (after a failure). */
  discard(): Promise<void>
}

/**
 * Prepares to write a training output to `output`. A half-written output must never be picked up
 * by a following register-model step, so everything is written into a private sibling folder and
 * moved into place at the end. The target may be absent, empty, or hold exactly an earlier
 * training output (its files, as its training-run.json lists them), which is replaced; any other
 * content is refused rather than mixed with the new model's files or deleted.
 */
export async function stageTrainingOutput(output: string, cwd: string): Promise<OutputStaging> {
  if (output.trim() === '') throw new UsageError('The output directory is empty; give a path.')
  const target = resolve(cwd, output)
  checkReplaceable(target, output)
  const staging = join(
    dirname(target),
    `.${basename(target)}.tollgate-${process.pid}-${randomBytes(4).toString('hex')}`
  )
  await mkdir(staging, { recursive: true })
  return {
    target,
    staging,
    async commit() {
      checkReplaceable(target, output)
      let previous: string | undefined
      if (existsSync(target)) {
        previous = `${staging}.previous`
        await rename(target, previous)
      }
      await rename(staging, target)
      if (previous !== undefined) await rm(previous, { recursive: true, force: true })
    },
    async discard() {
      await rm(staging, { recursive: true, force: true })
    }
  }
}

function checkReplaceable(target: string, shown: string): void {
  if (!existsSync(target)) return
  const stats = lstatSync(target)
  if (!stats.isDirectory()) {
    throw new UsageError(
      `The output ${JSON.stringify(shown)} exists and is not a directory; choose a directory.`
    )
  }
  const entries = readdirSync(target)
  if (entries.length === 0) return
  const listed = previousOutputFiles(target)
  if (listed === undefined) {
    throw new UsageError(
      `The output directory ${JSON.stringify(shown)} is not empty and does not hold an earlier ` +
        'training output; choose an empty or new directory (Tollgate does not mix a new model ' +
        'with other files, or delete them).'
    )
  }
  const unexpected = entries.find((entry) => !listed.has(entry))
  if (unexpected !== undefined) {
    throw new UsageError(
      `The output directory ${JSON.stringify(shown)} holds an earlier training output plus ` +
        `${JSON.stringify(unexpected)}, which that run did not write; move it away or choose ` +
        'another directory.'
    )
  }
}

/** The names an earlier training output consists of, or undefined when it is not one. */
function previousOutputFiles(directory: string): Set<string> | undefined {
  const recordPath = join(directory, TRAIN_OUTPUT_FILES.trainingRun)
  if (!existsSync(recordPath)) return undefined
  let record: unknown
  try {
    record = JSON.parse(readFileSync(recordPath, 'utf8'))
  } catch {
    return undefined
  }
  if (typeof record !== 'object' || record === null) return undefined
  const { schema, files } = record as { schema?: unknown; files?: unknown }
  if (schema !== TRAINING_RUN_SCHEMA || !Array.isArray(files)) return undefined
  const names = new Set<string>([
    ...TRAIN_METADATA_FILES,
    TRAIN_OUTPUT_FILES.trainingRun,
    TRAIN_OUTPUT_FILES.featureImportances
  ])
  for (const file of files as unknown[]) {
    const name = (file as { name?: unknown } | null)?.name
    if (typeof name === 'string') names.add(name)
  }
  return names
}
