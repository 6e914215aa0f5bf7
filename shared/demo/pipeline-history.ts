import { mean } from '../stats/moments.js'
import { mulberry32 } from '../stats/random.js'
import { normalVariate } from '../stats/random-variates.js'
import { formatDay, generateCustomers, parseDay, type CustomerRow } from './churn-customers.js'

/**
 * The simulated past of the demo's daily pipeline: one extract of the customers table per day,
 * drawn from the same generator as today's data, of which spc-check receives the metrics a
 * validate-data profile would give (same names: `rows`, `<column>.mean`, `<column>.null_fraction`).
 * From `shift.fromDay` on, the pipeline reports monthly charges multiplied by
 * `shift.chargesFactor` — the one injected process shift the control charts should catch.
 */

/** A metric in spc-check's JSON form: a measurement, or a count of a size (a proportion). */
export type DemoMetric = number | { count: number; size: number }

export interface SimulatedRun {
  /** 1-based day of the history. */
  day: number
  /** The extract's date, `YYYY-MM-DD`. */
  date: string
  /** Whether the injected shift applies to this day. */
  shifted: boolean
  metrics: Record<string, DemoMetric>
}

export interface PipelineShift {
  /** First day (1-based) with the shift. */
  fromDay: number
  chargesFactor: number
}

export interface HistoryOptions {
  /** Days before today to simulate (today's run is the real one). */
  days: number
  /** Typical rows per extract; each day varies by about 2 %. */
  rows: number
  seed: number
  /** Today's date, `YYYY-MM-DD`; day `days` is the day before it. */
  today: string
  shift: PipelineShift
}

/** Days 1 … `days` before today, oldest first. */
export function simulatePipelineHistory(options: HistoryOptions): SimulatedRun[] {
  const todayNumber = parseDay(options.today)
  const sizes = mulberry32(options.seed ^ 0x5eed)
  const runs: SimulatedRun[] = []
  for (let day = 1; day <= options.days; day++) {
    const shifted = day >= options.shift.fromDay
    const rows = Math.max(1, Math.round(options.rows * (1 + 0.02 * normalVariate(sizes))))
    const date = formatDay(todayNumber - (options.days + 1 - day))
    const customers = generateCustomers({
      rows,
      seed: options.seed * 1_000 + day,
      snapshotDate: date,
      ...(shifted ? { shift: { chargesFactor: options.shift.chargesFactor } } : {})
    })
    runs.push({ day, date, shifted, metrics: extractMetrics(customers) })
  }
  return runs
}

/**
 * The charted metrics of one extract, computed as validate-data's profile computes them: means
 * over the non-missing values, null fractions as counts of all rows.
 */
export function extractMetrics(customers: readonly CustomerRow[]): Record<string, DemoMetric> {
  const charges = customers.flatMap((row) =>
    row.monthly_charges === null ? [] : [row.monthly_charges]
  )
  const calls = customers.map((row) => row.support_calls_90d)
  const missingEmails = customers.filter((row) => row.email === null).length
  return {
    rows: customers.length,
    'monthly_charges.mean': mean(charges),
    'support_calls_90d.mean': mean(calls),
    'email.null_fraction': { count: missingEmails, size: customers.length }
  }
}
