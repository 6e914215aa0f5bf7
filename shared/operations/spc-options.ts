import type { OptionTable } from '../options/option-table.js'
import { LINEAGE_URL_OPTION } from '../options/lineage-url-option.js'
import { HTML_REPORT_OPTION } from '../options/html-report-option.js'

/** Options of spc-check: the action's inputs and `tollgate spc`'s flags. */
export const spcCheckOptions = {
  metrics: {
    description:
      "This run's metrics: validate-data profile/report path(s) or a JSON of named metrics.",
    default: ''
  },
  series: {
    description:
      'Series name (default data; stateless: the file name); metrics are charted as <series>/<metric>.',
    default: ''
  },
  values: {
    description: 'Stateless mode: a CSV (or JSON) file of points to chart without a store.',
    default: ''
  },
  chart: {
    description: 'Chart: auto, imr, xbar-r, xbar-s, p, p-standardized, np, c, u, ewma or cusum.',
    default: 'auto',
    choices: [
      'auto',
      'imr',
      'xbar-r',
      'xbar-s',
      'p',
      'p-standardized',
      'np',
      'c',
      'u',
      'ewma',
      'cusum'
    ]
  },
  baseline: {
    description: 'Phase-I points that estimate the limits (then frozen).',
    default: '20'
  },
  exclude: {
    description:
      'Assignable causes left out of the limits: run ids / record keys, or point numbers.',
    default: ''
  },
  rules: {
    description:
      'Run rules: auto, western-electric, nelson, none, or rule ids (we-1, nelson-3, …).',
    default: 'auto'
  },
  severity: {
    description: 'Per-rule severity, e.g. we-3=warn, we-4=warn (default error).',
    default: ''
  },
  include: { description: 'Metrics to chart: names or globs (default all).', default: '' },
  config: {
    description: 'YAML file with spc settings (default: the spc section of .tollgate.yml).',
    default: ''
  },
  nsigmas: { description: 'Width of the control limits in sigmas (default 3).', default: '' },
  lambda: { description: 'EWMA smoothing weight in (0, 1] (default 0.2).', default: '' },
  target: { description: 'Known process level instead of the phase-I estimate.', default: '' },
  sigma: { description: 'Known process sigma instead of the phase-I estimate.', default: '' },
  k: { description: 'CUSUM reference value in sigmas (default 0.5).', default: '' },
  h: { description: 'CUSUM decision interval in sigmas (default 5).', default: '' },
  'fail-on': {
    description: 'Fail on: error (error-severity violation on this run), warn (any) or never.',
    default: 'error',
    choices: ['error', 'warn', 'never']
  },
  store: {
    description: 'History store: github (the repository) or a directory.',
    default: ''
  },
  'run-id': {
    description: 'Run id of the record to write (default GITHUB_RUN_ID, else a timestamp).',
    cliOnly: true
  },
  'report-path': { description: 'Where to write the JSON report.', default: '' },
  'summary-path': {
    description: 'Where to write the markdown summary with Mermaid control charts.',
    cliOnly: true
  },
  comment: {
    description: 'Post the summary as a pull-request comment: auto, true or false.',
    default: 'auto',
    choices: ['auto', 'true', 'false'],
    actionOnly: true
  },
  'html-report': HTML_REPORT_OPTION,
  'lineage-url': LINEAGE_URL_OPTION,
  token: { description: 'Token for the GitHub store and the PR comment.', actionOnly: true }
} as const satisfies OptionTable
