import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  validateReportSections,
  validateStatus
} from '../../../shared/html-report/validate-sections.js'
import type { ValidateOutcome } from '../../../shared/operations/validate-data.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'
import { HOSTILE_COLUMN, hostileValidateOutcome } from './report-fixtures.js'

let dir: TempDir
let outcome: ValidateOutcome

beforeAll(async () => {
  dir = makeTempDir('tollgate-html-validate-')
  outcome = await hostileValidateOutcome(dir)
})
afterAll(() => dir.remove())

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length

describe('validateReportSections', () => {
  it('lists every check, problems first, with status words and failing rows', () => {
    const [checks] = validateReportSections(outcome.report, outcome.profile)
    expect(checks).toMatchObject({
      id: 'validate-checks',
      title: 'Data checks',
      status: { tone: 'fail', text: 'failed' }
    })
    const body = checks!.body.text
    expect(count(body, /<tr class="row-fail">/g)).toBe(outcome.report.summary.failed)
    expect(count(body, /<tr class="row-warn">/g)).toBe(outcome.report.summary.warnings)
    expect(count(body, /<tbody>[\s\S]*?<\/tbody>/g)).toBe(1)
    expect(count(body, /<tr/g) - 1).toBe(outcome.report.results.length)
    // The first rows are the failures; the age check names rows 2 and 5 with their values.
    const rows = body.split('<tr').slice(2)
    expect(rows[0]).toContain('failed')
    const age = rows.find((row) => row.includes('columns.age.between'))!
    expect(age).toContain('<li>row 2: <code>17</code></li>')
    expect(age).toContain('<li>row 5: <code>71</code></li>')
    expect(body).not.toContain(HOSTILE_COLUMN)
  })

  it('profiles every column and draws a histogram per numeric column, failing columns first', () => {
    const [, profile, distributions] = validateReportSections(outcome.report, outcome.profile)
    expect(count(profile!.body.text, /<tr>/g) - 1).toBe(outcome.profile.columns.length)
    const figures = distributions!.body.text.split('<figure class="chart">').slice(1)
    expect(figures).toHaveLength(outcome.profile.columns.length)
    // Columns with failing checks (age, the hostile column, city) come before the others.
    expect(figures[0]).toContain('<figcaption>age (failing checks)</figcaption>')
    const age = outcome.profile.columns.find((column) => column.name === 'age')!
    expect(count(figures[0]!, /<rect class="bar series-0/g)).toBe(age.histogram!.counts.length)
  })

  it('reports the verdict with warnings', () => {
    expect(validateStatus({ ...outcome.report, passed: true })).toEqual({
      tone: 'warn',
      text: 'passed with warnings'
    })
    expect(
      validateStatus({
        ...outcome.report,
        passed: true,
        summary: { ...outcome.report.summary, failed: 0, warnings: 0 }
      })
    ).toEqual({ tone: 'pass', text: 'passed' })
  })

  it('shows only the checks without a profile', () => {
    expect(validateReportSections(outcome.report).map((section) => section.id)).toEqual([
      'validate-checks'
    ])
    expect(validateReportSections(outcome.report, undefined, { idPrefix: 'b' })[0]!.id).toBe(
      'b-checks'
    )
  })
})
