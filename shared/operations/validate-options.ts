import type { OptionTable } from '../options/option-table.js'
import { LINEAGE_URL_OPTION } from '../options/lineage-url-option.js'
import { HTML_REPORT_OPTION } from '../options/html-report-option.js'

/** Options of validate-data: the action's inputs and `tollgate validate`'s flags. */
export const validateDataOptions = {
  data: {
    description:
      'Data file(s): a path, a glob, or several separated by newlines or commas (not needed when the checks file has a `source:` table, or with `merge`).'
  },
  checks: { description: 'Path to the checks file (YAML).', required: true },
  format: {
    description: 'Data format: auto, csv, tsv, jsonl or parquet.',
    default: 'auto',
    choices: ['auto', 'csv', 'tsv', 'jsonl', 'parquet']
  },
  delimiter: { description: 'Field delimiter for CSV files when it is not a comma.', default: '' },
  'fail-on': {
    description: 'Fail on: error (failed error-severity checks), warn (any failed check) or never.',
    default: 'error',
    choices: ['error', 'warn', 'never']
  },
  'report-path': { description: 'Where to write the JSON report.', default: '' },
  'profile-path': { description: 'Where to write the column profile JSON.', default: '' },
  comment: {
    description: 'Post the report as a pull-request comment: auto, true or false.',
    default: 'auto',
    choices: ['auto', 'true', 'false'],
    actionOnly: true
  },
  threads: { description: 'Worker threads for the scan (0 = one per core).', default: '0' },
  shard: {
    description:
      "Run as shard k/n of a matrix (e.g. 3/16): scan only this shard's share of the data and write a partial result for `merge` instead of a report.",
    default: ''
  },
  merge: {
    description:
      'Merge the partials that the shard jobs of this workflow run uploaded, and report as one run would: true or false.',
    default: 'false',
    choices: ['true', 'false'],
    actionOnly: true
  },
  'html-report': HTML_REPORT_OPTION,
  'lineage-url': LINEAGE_URL_OPTION,
  token: { description: 'Token for the PR comment.', actionOnly: true }
} as const satisfies OptionTable
