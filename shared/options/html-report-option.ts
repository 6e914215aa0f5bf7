import type { OptionSpec } from './option-table.js'

/**
 * The `html-report` input every action declares (shared/adapters/html-artifact.ts publishes the
 * report). One spec for all seven option tables, so the actions cannot drift apart on its name,
 * default or choices. Action only: the command-line tools write their HTML report with an
 * explicit path where they offer one.
 */
export const HTML_REPORT_OPTION = {
  description:
    'Write a self-contained HTML report with charts and upload it as a workflow artifact linked from the job summary: true or false.',
  default: 'true',
  choices: ['true', 'false'],
  actionOnly: true
} as const satisfies OptionSpec
