import type { OptionTable } from '../options/option-table.js'
import { LINEAGE_URL_OPTION } from '../options/lineage-url-option.js'
import { HTML_REPORT_OPTION } from '../options/html-report-option.js'

/** Options of evaluate-gate: the action's inputs and `tollgate gate`'s flags. */
export const gateOptions = {
  candidate: {
    description:
      'Candidate model: MODEL@VERSION from the registry, or a local model directory (or model.json).',
    required: true
  },
  champion: {
    description:
      'Champion to compare against: a registry stage of the same model (e.g. production), a full reference MODEL@STAGE or MODEL@VERSION, or none.',
    default: 'production'
  },
  data: {
    description:
      'Evaluation data with the target column: a path, a glob, or several separated by newlines or commas.',
    required: true
  },
  target: { description: 'Name of the target column in the evaluation data.', required: true },
  thresholds: {
    description: 'Gate rules file (YAML). Empty: the gate section of .tollgate.yml.',
    default: ''
  },
  predictions: {
    description:
      'Predictions file of the candidate, row-aligned with the data (for command-trained models): a prediction column, and probability_<class> or score columns for classifiers.',
    default: ''
  },
  'champion-predictions': {
    description: 'Predictions file of the champion, same layout as predictions.',
    default: ''
  },
  task: {
    description: 'classification, regression, or auto (from the model, else from the data).',
    default: 'auto',
    choices: ['auto', 'classification', 'regression']
  },
  slice: { description: 'Column to report metrics per value of (slice metrics).', default: '' },
  format: {
    description: 'Data format: auto, csv, tsv, jsonl or parquet.',
    default: 'auto',
    choices: ['auto', 'csv', 'tsv', 'jsonl', 'parquet']
  },
  delimiter: { description: 'Field delimiter for CSV files when it is not a comma.', default: '' },
  store: {
    description:
      'Where the registry lives: github (the repository) or a directory. Empty: github in Actions, .tollgate locally.',
    default: ''
  },
  record: {
    description: "Store the verdict with the candidate version (for deploy's promotion policy).",
    default: 'true'
  },
  'fail-on-reject': {
    description: 'Fail the step (exit 1) when the gate rejects the candidate.',
    default: 'true'
  },
  'report-path': { description: 'Where to write the JSON report.', default: '' },
  'check-name': {
    description: 'Name of the check run; empty: "Tollgate gate: <model>".',
    default: '',
    actionOnly: true
  },
  comment: {
    description: 'Post the verdict as a pull-request comment: auto, true or false.',
    default: 'auto',
    choices: ['auto', 'true', 'false'],
    actionOnly: true
  },
  'html-report': HTML_REPORT_OPTION,
  'lineage-url': LINEAGE_URL_OPTION,
  token: { description: 'Token for the check run, the comment and the registry.', actionOnly: true }
} as const satisfies OptionTable
