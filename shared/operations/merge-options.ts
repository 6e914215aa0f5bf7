import type { OptionTable } from '../options/option-table.js'

/** Options of `tollgate merge` (the action merges with validate-data's `merge: true` input). */
export const mergeOptions = {
  checks: {
    description: 'The checks file the shards ran (its hash must match theirs).',
    required: true
  },
  'fail-on': {
    description: 'Fail on: error (failed error-severity checks), warn (any failed check) or never.',
    default: 'error',
    choices: ['error', 'warn', 'never']
  },
  'report-path': { description: 'Where to write the merged JSON report.', default: '' },
  'profile-path': { description: 'Where to write the merged column profile JSON.', default: '' }
} as const satisfies OptionTable
