import type { OptionTable } from '../options/option-table.js'

/**
 * Options of the registry commands (`tollgate get|assign|history|list`), named as the
 * register-model action's inputs where they mean the same thing.
 */
const store = {
  description: 'Where the registry is: a directory (default .tollgate) or github.',
  default: ''
} as const
const reportPath = { description: 'Where to write the JSON report.', default: '' } as const

export const getOptions = {
  output: { description: "Directory to write the version's files into.", required: true },
  store,
  'report-path': reportPath
} as const satisfies OptionTable

export const assignOptions = {
  name: { description: 'Model name (or give MODEL@VERSION as the argument).', default: '' },
  version: { description: 'Version to assign, e.g. v0.0.2.', default: '' },
  stage: { description: 'Stage to assign the version to, e.g. staging.', required: true },
  reason: { description: 'Why, recorded in the stage tag.', default: '' },
  store,
  'report-path': reportPath
} as const satisfies OptionTable

export const historyOptions = {
  stage: { description: "Only this stage's assignments.", default: '' },
  store,
  'report-path': reportPath
} as const satisfies OptionTable

export const listOptions = { store, 'report-path': reportPath } as const satisfies OptionTable
