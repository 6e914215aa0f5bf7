import type { DriftReport } from '../../../shared/drift-report/drift-report.js'
import { driftCheck } from '../../../shared/operations/drift-check.js'
import { resolveDriftSettings } from '../../../shared/operations/drift-settings.js'
import { fixturePath } from '../../helpers/paths.js'

/** The column whose name and values would inject HTML, table breaks and mentions unescaped. */
export const TRICKY_COLUMN = 'channel <b>@ops|x</b>'

/** The drift report of the small sample pair (drift, schema changes, an untestable column). */
export async function smallFixtureReport(subject?: string): Promise<DriftReport> {
  return driftCheck({
    reference: fixturePath('drift-check', 'small-reference.csv'),
    current: [fixturePath('drift-check', 'small-current.csv')],
    format: 'auto',
    settings: resolveDriftSettings({ columnMethods: [], columns: [], ignore: [] }, undefined),
    threads: 1,
    now: Date.parse('2026-11-24T06:00:00Z'),
    openStore: () => Promise.reject(new Error('no store')),
    run: {
      id: '9876543210',
      attempt: '2',
      url: 'https://github.com/octo-org/models/actions/runs/9876543210'
    },
    ...(subject === undefined ? {} : { subject })
  })
}

/** The same report as a run that finds no drift: every test below its threshold, no schema changes. */
export function withoutDrift(report: DriftReport): DriftReport {
  const columns = report.columns
    .filter((entry) => entry.status === 'tested')
    .map((entry) => ({ ...entry, drifted: false, test: { ...entry.test!, drifted: false } }))
  return {
    ...report,
    drift_detected: false,
    columns,
    schema_changes: [],
    dataset: {
      ...report.dataset,
      drifted_columns: 0,
      share: 0,
      dataset_drift: false,
      schema_drift: false,
      drifted: [],
      errors: []
    }
  }
}
