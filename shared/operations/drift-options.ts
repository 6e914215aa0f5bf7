import type { OptionTable } from '../options/option-table.js'
import { LINEAGE_URL_OPTION } from '../options/lineage-url-option.js'
import { HTML_REPORT_OPTION } from '../options/html-report-option.js'

/** Options of drift-check: the action's inputs and `tollgate drift`'s flags. */
export const driftCheckOptions = {
  reference: {
    description:
      'Reference: a data file (or glob), a saved profile JSON, or registry:MODEL@STAGE-OR-VERSION (not needed with shard).'
  },
  current: {
    description:
      'Current data file(s): a path, a glob, or several separated by newlines or commas; with merge, the partial files of the shards.'
  },
  method: {
    description:
      'Drift test for every column: auto (Evidently default per column), ks, wasserstein, psi, jensenshannon, chisquare, z, kl_div or hellinger.',
    default: 'auto',
    choices: [
      'auto',
      'ks',
      'wasserstein',
      'psi',
      'jensenshannon',
      'chisquare',
      'z',
      'kl_div',
      'hellinger'
    ]
  },
  threshold: {
    description: "Threshold for the chosen method (default: the method's Evidently threshold).",
    default: ''
  },
  'column-methods': {
    description: 'Per-column method and threshold: COLUMN=METHOD[:THRESHOLD] entries.',
    default: ''
  },
  columns: { description: 'Only test these columns (default: all).', default: '' },
  'ignore-columns': { description: 'Columns not to test.', default: '' },
  'drift-share': {
    description: 'Share of drifted columns at which the dataset drifts.',
    default: '0.5'
  },
  'psi-binning': {
    description: 'PSI bins: quantile (reference deciles) or evidently (Sturges bins).',
    default: 'quantile',
    choices: ['quantile', 'evidently']
  },
  subject: {
    description: 'What is monitored (issue title, history series); default: model or file name.',
    default: ''
  },
  format: {
    description: 'Data format: auto, csv, tsv, jsonl or parquet.',
    default: 'auto',
    choices: ['auto', 'csv', 'tsv', 'jsonl', 'parquet']
  },
  delimiter: { description: 'Field delimiter for CSV files when it is not a comma.', default: '' },
  'report-path': { description: 'Where to write the JSON report.', default: '' },
  store: {
    description:
      'Store for registry references and drift history: github, or a directory (CLI default .tollgate/).',
    default: ''
  },
  history: {
    description:
      'Append the drift scores to the store as SPC points: auto (action: yes; CLI: when --store is given), true, false.',
    default: 'auto',
    choices: ['auto', 'true', 'false']
  },
  config: {
    description: 'Project configuration with a drift section (default .tollgate.yml if present).',
    default: ''
  },
  issue: {
    description: 'Open, update and close the drift issue: true or false.',
    default: 'true',
    choices: ['true', 'false'],
    actionOnly: true
  },
  label: { description: 'Label of the drift issue.', default: 'drift', actionOnly: true },
  'dispatch-event': {
    description: 'repository_dispatch event type to send when drift is found (empty: none).',
    default: '',
    actionOnly: true
  },
  'fail-on-drift': {
    description: 'Fail the step when drift is detected: true or false.',
    default: 'false',
    choices: ['true', 'false'],
    actionOnly: true
  },
  threads: { description: 'Worker threads for the scans (0 = one per core).', default: '0' },
  shard: {
    description:
      "Run as shard k/n of a matrix (e.g. 3/16): scan only this shard's share of the current data and write a partial for merge instead of a report.",
    default: ''
  },
  merge: {
    description:
      'Compare the reference with the current data merged from shard partials (the CLI reads them from --current; the action, when current is empty, downloads those of this workflow run): true or false.',
    default: 'false',
    choices: ['true', 'false']
  },
  'html-report': HTML_REPORT_OPTION,
  'lineage-url': LINEAGE_URL_OPTION,
  token: {
    description: 'Token for the issue, the dispatch and the GitHub store.',
    actionOnly: true
  }
} as const satisfies OptionTable
