import { describe, expect, it } from '@jest/globals'
import { simulatePipelineHistory } from '../../../shared/demo/pipeline-history.js'

describe('simulatePipelineHistory', () => {
  const runs = simulatePipelineHistory({
    days: 29,
    rows: 2000,
    seed: 7,
    today: '2026-11-24',
    shift: { fromDay: 24, chargesFactor: 1.06 }
  })

  it('gives one dated run per day before today with the profile metric names', () => {
    expect(runs.map((run) => run.day)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1))
    expect(runs[0]!.date).toBe('2026-10-26')
    expect(runs.at(-1)!.date).toBe('2026-11-23')
    expect(Object.keys(runs[0]!.metrics).sort()).toEqual([
      'email.null_fraction',
      'monthly_charges.mean',
      'rows',
      'support_calls_90d.mean'
    ])
    const nulls = runs[0]!.metrics['email.null_fraction'] as { count: number; size: number }
    expect(nulls.size).toBe(runs[0]!.metrics.rows)
  })

  it('varies the extract size a little and shifts the charges from the given day', () => {
    const sizes = runs.map((run) => run.metrics.rows as number)
    expect(Math.min(...sizes)).toBeGreaterThan(1800)
    expect(Math.max(...sizes)).toBeLessThan(2200)
    expect(new Set(sizes).size).toBeGreaterThan(10)
    const charges = (from: number, to: number) => {
      const values = runs
        .filter((run) => run.day >= from && run.day <= to)
        .map((run) => run.metrics['monthly_charges.mean'] as number)
      return values.reduce((a, b) => a + b, 0) / values.length
    }
    expect(runs.filter((run) => run.shifted).map((run) => run.day)).toEqual([
      24, 25, 26, 27, 28, 29
    ])
    expect(charges(24, 29) / charges(1, 23)).toBeCloseTo(1.06, 1)
  })
})
