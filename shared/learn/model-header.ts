import type { ClassLabel } from '../evaluation/label-encoding.js'
import type { LearningTask } from './learning-task.js'
import { MODEL_FORMAT, MODEL_FORMAT_VERSION } from './model-format.js'
import type { Algorithm, ModelFeature, ParamValue, TrainingSummary } from './model-format.js'

/**
 * What every trained model file starts with (model-format.ts), assembled in one place so the
 * linear and tree trainers write the same header, and the number clean-up that makes the JSON
 * round trip exact.
 */

/** What train() hands each algorithm's trainer besides the data. */
export interface ModelBase {
  readonly target: string
  readonly task: LearningTask
  readonly classes: ClassLabel[] | null
  readonly summary: TrainingSummary
  /** Trainers append their warnings here. */
  readonly warnings: string[]
}

/** The common fields of a model file. */
export function modelHeader(
  base: ModelBase,
  algorithm: Algorithm,
  params: Readonly<Record<string, ParamValue>>,
  features: ModelFeature[]
) {
  return {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    algorithm,
    task: base.task,
    target: base.target,
    classes: base.classes,
    features,
    params: { ...params },
    training: base.summary
  } as const
}

/** A plain array with −0 written as 0, so the JSON round trip is exact (JSON has no −0). */
export function plainNumbers(values: ArrayLike<number>): number[] {
  return Array.from(values, (value) => (value === 0 ? 0 : value))
}
