import type { CheckResult } from '../checks/check-result.js'

/** The JSON report of validate-data; its JSON Schema is shared/report/schemas/validate-report.schema.json. */
export interface ValidateReport {
  $schema: string
  tool: { name: 'tollgate'; version: string }
  action: 'validate-data'
  generated_at: string
  /** Whether the run passes at the `fail_on` level. */
  passed: boolean
  fail_on: 'error' | 'warn' | 'never'
  checks_file: string
  data: {
    files: { path: string; format: string; bytes: number }[]
    rows: number
    columns: string[]
  }
  summary: { checks: number; passed: number; failed: number; warnings: number }
  results: CheckResult[]
}

export const VALIDATE_REPORT_SCHEMA_ID = 'https://tollgate.dev/schemas/validate-report.schema.json'

export function buildValidateReport(input: {
  results: CheckResult[]
  failOn: ValidateReport['fail_on']
  checksFile: string
  files: ValidateReport['data']['files']
  rows: number
  columns: string[]
  generatedAt: string
  version: string
}): ValidateReport {
  const failed = input.results.filter((result) => result.status === 'fail').length
  const warnings = input.results.filter((result) => result.status === 'warn').length
  const passed =
    input.failOn === 'never' || (failed === 0 && (input.failOn === 'error' || warnings === 0))
  return {
    $schema: VALIDATE_REPORT_SCHEMA_ID,
    tool: { name: 'tollgate', version: input.version },
    action: 'validate-data',
    generated_at: input.generatedAt,
    passed,
    fail_on: input.failOn,
    checks_file: input.checksFile,
    data: { files: input.files, rows: input.rows, columns: input.columns },
    summary: {
      checks: input.results.length,
      passed: input.results.length - failed - warnings,
      failed,
      warnings
    },
    results: input.results
  }
}
