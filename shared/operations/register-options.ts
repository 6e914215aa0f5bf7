import type { OptionTable } from '../options/option-table.js'
import { LINEAGE_URL_OPTION } from '../options/lineage-url-option.js'
import { HTML_REPORT_OPTION } from '../options/html-report-option.js'

/** Options of register-model: the action's inputs and `tollgate register`'s flags. */
export const registerOptions = {
  name: { description: 'Model name (lower-case letters, digits and -).', required: true },
  'model-path': {
    description: "Directory holding the model files (train's output).",
    required: true
  },
  bump: {
    description: 'Which part of the version to increase: patch, minor or major.',
    default: 'patch',
    choices: ['patch', 'minor', 'major']
  },
  version: { description: 'An explicit version (e.g. v1.4.0) instead of a bump.', default: '' },
  stage: { description: 'Assign the new version to this stage right away.', default: '' },
  description: { description: 'A sentence for the model card.', default: '' },
  data: {
    description: 'Training data to profile and digest when the directory has no profile.json.',
    default: ''
  },
  format: {
    description: 'Format of data: auto, csv, tsv, jsonl or parquet.',
    default: 'auto',
    choices: ['auto', 'csv', 'tsv', 'jsonl', 'parquet']
  },
  store: {
    description: 'Where the registry is: github (the repository) or a directory.',
    default: ''
  },
  'report-path': { description: 'Where to write the JSON report.', default: '' },
  'html-report': HTML_REPORT_OPTION,
  'lineage-url': LINEAGE_URL_OPTION,
  token: { description: 'Token for the GitHub registry.', actionOnly: true }
} as const satisfies OptionTable
