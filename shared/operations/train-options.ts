import type { DataFormat } from '../adapters/data-files.js'
import { parseYamlSource } from '../config/yaml-source.js'
import { UsageError } from '../errors.js'
import type { LearningTask } from '../learn/learning-task.js'
import { splitList, type Options, type OptionTable } from '../options/option-table.js'
import type { TrainModelKind, TrainRequest } from './train-model.js'
import { LINEAGE_URL_OPTION } from '../options/lineage-url-option.js'
import { HTML_REPORT_OPTION } from '../options/html-report-option.js'

/** Options of train: the action's inputs and `tollgate train`'s flags. */
export const trainOptions = {
  data: {
    description:
      'Training data: a path, a glob, or several separated by newlines or commas (CSV, TSV, JSON Lines or Parquet).',
    required: true
  },
  target: { description: 'Name of the target column.', required: true },
  model: {
    description: 'logistic-regression, linear-regression, gbdt, or command (run your own trainer).',
    default: 'gbdt',
    choices: ['logistic-regression', 'linear-regression', 'gbdt', 'command']
  },
  command: {
    description: 'The training command for model: command (run by the shell).',
    default: ''
  },
  output: {
    description: 'Directory to write the model and its run records into.',
    default: 'model'
  },
  params: {
    description: 'Hyper-parameters as a JSON or YAML mapping, with scikit-learn names.',
    default: ''
  },
  features: {
    description:
      'Feature columns (comma- or newline-separated); default every column but the target.',
    default: ''
  },
  categorical: {
    description: 'Columns to treat as categories even when they hold numbers.',
    default: ''
  },
  task: {
    description: 'auto, binary, multiclass or regression.',
    default: 'auto',
    choices: ['auto', 'binary', 'multiclass', 'regression']
  },
  seed: { description: 'Seed of the validation split and of any sampling.', default: '0' },
  'validation-fraction': {
    description: 'Share of the rows held out to compute the metrics, from 0 to below 1.',
    default: '0.2'
  },
  format: {
    description: 'Data format: auto, csv, tsv, jsonl or parquet.',
    default: 'auto',
    choices: ['auto', 'csv', 'tsv', 'jsonl', 'parquet']
  },
  delimiter: { description: 'Field delimiter for CSV files when it is not a comma.', default: '' },
  'report-path': { description: 'Where to write the JSON report.', default: '' },
  'html-report': HTML_REPORT_OPTION,
  'lineage-url': LINEAGE_URL_OPTION
} as const satisfies OptionTable

/**
 * The train request an action or `tollgate train` asks for, read from its options. `params` is
 * a YAML or JSON mapping (`max_iter: 200` or `{"max_iter": 200}`), since a workflow's `with:`
 * block reads best as YAML and a shell as JSON.
 */
export function readTrainRequest(options: Options<typeof trainOptions>): TrainRequest {
  const task = options.choice<LearningTask | 'auto'>('task')!
  const command = options.string('command')
  return {
    data: splitList(options.requiredString('data')),
    target: options.requiredString('target').trim(),
    model: options.choice<TrainModelKind>('model')!,
    ...(command === undefined ? {} : { command }),
    output: options.requiredString('output'),
    params: parseParamsOption(options.string('params'), options.source.describe('params')),
    features: options.list('features'),
    categorical: options.list('categorical'),
    ...(task === 'auto' ? {} : { task }),
    seed: options.integer('seed') ?? 0,
    validationFraction: options.number('validation-fraction') ?? 0.2,
    format: options.choice<DataFormat | 'auto'>('format')!,
    ...(options.string('delimiter') === undefined ? {} : { delimiter: options.string('delimiter') })
  }
}

/** Parses the `params` option: a YAML or JSON mapping; empty means none. */
export function parseParamsOption(text: string | undefined, what: string): Record<string, unknown> {
  if (text === undefined || text.trim() === '') return {}
  const node = parseYamlSource(text, what)
  if (node.kind === 'null') return {}
  if (node.kind !== 'map') {
    throw new UsageError(
      `${what} must be a mapping of parameter names to values, e.g. {"max_iter": 200} or ` +
        `max_iter: 200; found ${node.describe()}`
    )
  }
  return node.toValue() as Record<string, unknown>
}
