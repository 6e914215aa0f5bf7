import { describe, expect, it } from '@jest/globals'
import { computeChart } from '../../../shared/spc/compute-chart.js'
import type { RunRuleId } from '../../../shared/spc/chart-types.js'
import { evaluateRunRules, rulePositions } from '../../../shared/spc/run-rules.js'
import { classifyZone } from '../../../shared/spc/zones.js'
import type { LimitedValue } from '../../../shared/spc/zones.js'

/**
 * Hand-built sequences for every rule and every edge case stats-reference.md §1.8 pins. Unless
 * stated otherwise: CL = 0, σ = 1, L = 3, so the limits are ±3 and the zone boundaries ±1, ±2.
 */
function standard(values: readonly number[], sigmas?: readonly number[]): LimitedValue[] {
  return values.map((value, i) => {
    const sigma = sigmas?.[i] ?? 1
    return { value, center: 0, sigma, lcl: -3 * sigma, ucl: 3 * sigma }
  })
}

/** 1-based positions where `rule` fires. */
function fired(rule: RunRuleId, values: readonly number[], sigmas?: readonly number[]): number[] {
  return rulePositions(rule, standard(values, sigmas), 3).map((p) => p + 1)
}

const repeat = (value: number, times: number) => new Array<number>(times).fill(value)

describe('rule 1 (we-1, nelson-1): beyond the limits, strictly', () => {
  it('a point exactly on a limit is not a violation', () => {
    const values = [0, 3, 3.0001, -3, -3.0001]
    expect(fired('we-1', values)).toEqual([3, 5])
    expect(fired('nelson-1', values)).toEqual([3, 5])
  })

  it('uses the (clipped) limits given, not CL ± 3σ', () => {
    const points: LimitedValue[] = [{ value: 0, center: 0.1, sigma: 0.05, lcl: 0, ucl: 0.25 }]
    expect(rulePositions('we-1', points, 3)).toEqual([])
  })
})

describe('2 of 3 beyond 2σ (we-2, nelson-5)', () => {
  it('flags the point completing the pattern on the same side', () => {
    expect(fired('we-2', [0, 2.5, 0, 2.5])).toEqual([4])
    expect(fired('we-2', [0, -2.5, -2.1])).toEqual([3])
    expect(fired('nelson-5', [0, 2.5, 0, 2.5])).toEqual([4])
  })

  it('does not flag when the current point is not itself beyond 2σ', () => {
    expect(fired('we-2', [0, 2.5, 2.5, 1])).toEqual([3])
  })

  it('a point exactly on the 2σ boundary is not beyond it', () => {
    expect(fired('we-2', [0, 2, 2.5])).toEqual([])
    expect(fired('we-2', [0, 2.0001, 2.5])).toEqual([3])
  })

  it('points on opposite sides do not combine', () => {
    expect(fired('we-2', [0, 2.5, -2.5, -1])).toEqual([])
  })

  it('needs a full window of 3 points (qcc `embed`)', () => {
    expect(fired('we-2', [2.5, 2.5])).toEqual([])
    expect(fired('we-2', [2.5, 2.5, 2.5])).toEqual([3])
  })
})

describe('4 of 5 beyond 1σ (we-3, nelson-6)', () => {
  it('flags the completing point and each later point that keeps the pattern', () => {
    expect(fired('we-3', [0, 1.5, 1.5, 0, 1.5, 1.5])).toEqual([6])
    expect(fired('we-3', [0, 1.5, 1.5, 1.5, 1.5, 1.5, 0.5])).toEqual([5, 6])
    expect(fired('nelson-6', [0, -1.5, -1.5, 0, -1.5, -1.5])).toEqual([6])
  })

  it('a point exactly at 1σ is not beyond it', () => {
    expect(fired('we-3', [0, 1.5, 1, 1.5, 1.5])).toEqual([])
  })

  it('k-of-m: the current point must be beyond the zone', () => {
    expect(fired('we-3', [1.5, 1.5, 1.5, 1.5, 0.9])).toEqual([])
  })
})

describe('runs on one side of the centre line (we-4: 8, nelson-2: 9)', () => {
  it('10 points above: Nelson 2 flags 9 and 10, WECO 4 flags 8, 9 and 10', () => {
    const values = repeat(0.5, 10)
    expect(fired('nelson-2', values)).toEqual([9, 10])
    expect(fired('we-4', values)).toEqual([8, 9, 10])
  })

  it('below the centre line too', () => {
    expect(fired('we-4', [...repeat(-0.1, 8), 0.1])).toEqual([8])
  })

  it('a point exactly on the centre line breaks the run', () => {
    const values = [...repeat(0.5, 7), 0, ...repeat(0.5, 8)]
    expect(fired('we-4', values)).toEqual([16])
    expect(fired('nelson-2', [...repeat(0.5, 8), 0, ...repeat(0.5, 8)])).toEqual([])
  })
})

describe('trend (nelson-3): 6 points = 5 strictly monotone moves', () => {
  it('flags the sixth point of a rise or fall, and later points while it continues', () => {
    expect(fired('nelson-3', [1, 2, 3, 4, 5, 6])).toEqual([6])
    expect(fired('nelson-3', [1, 2, 3, 4, 5, 6, 7])).toEqual([6, 7])
    expect(fired('nelson-3', [6, 5, 4, 3, 2, 1])).toEqual([6])
    expect(fired('nelson-3', [1, 2, 3, 4, 5])).toEqual([])
  })

  it('a tie breaks the trend', () => {
    expect(fired('nelson-3', [1, 2, 3, 3, 4, 5, 6])).toEqual([])
    expect(fired('nelson-3', [1, 2, 3, 3, 4, 5, 6, 7, 8])).toEqual([9])
  })
})

describe('alternation (nelson-4): 14 points = 12 consecutive sign changes', () => {
  const zigzag = (length: number) => Array.from({ length }, (_, i) => (i % 2 === 0 ? 0 : 1))

  it('flags point 14 of an up-down sequence and each later alternating point', () => {
    expect(fired('nelson-4', zigzag(13))).toEqual([])
    expect(fired('nelson-4', zigzag(14))).toEqual([14])
    expect(fired('nelson-4', zigzag(16))).toEqual([14, 15, 16])
  })

  it('a zero difference breaks the alternation', () => {
    const broken = [...zigzag(7), 1, ...zigzag(7).map((x) => 1 - x)]
    // 0101010 1 1010101: the repeated 1 is a zero difference.
    expect(broken).toHaveLength(15)
    expect(fired('nelson-4', broken)).toEqual([])
    // The alternation restarts at point 9 (the first move after the zero difference): 14 points
    // from there end at point 22.
    const restarted = [...broken, 0, 1, 0, 1, 0, 1, 0]
    expect(fired('nelson-4', restarted.slice(0, 21))).toEqual([])
    expect(fired('nelson-4', restarted)).toEqual([22])
  })
})

describe('stratification (nelson-7): 15 points within 1σ, boundaries included', () => {
  it('points exactly at ±1σ and on the centre line count as within', () => {
    const values = [1, -1, 0, ...repeat(0.5, 12)]
    expect(fired('nelson-7', values)).toEqual([15])
    expect(fired('nelson-7', [...values, -0.2])).toEqual([15, 16])
  })

  it('a point just beyond 1σ breaks the run', () => {
    expect(fired('nelson-7', [...repeat(0.5, 7), 1.0001, ...repeat(0.5, 7)])).toEqual([])
  })
})

describe('mixture (nelson-8): 8 points beyond ±1σ with points on both sides', () => {
  const mixed = (length: number) => Array.from({ length }, (_, i) => (i % 2 === 0 ? 1.5 : -1.5))

  it('flags the eighth point and later points while the window qualifies', () => {
    expect(fired('nelson-8', mixed(7))).toEqual([])
    expect(fired('nelson-8', mixed(8))).toEqual([8])
    expect(fired('nelson-8', mixed(9))).toEqual([8, 9])
  })

  it('all on one side is not a mixture', () => {
    expect(fired('nelson-8', repeat(1.5, 10))).toEqual([])
    expect(fired('nelson-8', [...repeat(1.5, 7), -1.5])).toEqual([8])
  })

  it('a point exactly at 1σ is not beyond it', () => {
    expect(fired('nelson-8', [1.5, -1.5, 1.5, -1, 1.5, -1.5, 1.5, -1.5])).toEqual([])
  })
})

describe('per-point sigma (varying n)', () => {
  it('each point is judged against its own zone boundaries', () => {
    // Point 1 (σ = 2) is not beyond its 2σ = 4; under point 3's σ = 1 it would be.
    expect(fired('we-2', [2.5, 0, 2.5], [2, 1, 1])).toEqual([])
    expect(fired('we-2', [4.5, 0, 2.5], [2, 1, 1])).toEqual([3])
  })

  it('on a p chart with varying sample sizes', () => {
    // p0 = 0.2: n = 25 → σ = 0.08 (2σ boundary 0.36); n = 100 → σ = 0.04 (2σ boundary 0.28).
    const points = [
      { count: 8, size: 25 }, // 0.32: zone B for its own σ, beyond 2σ of an n = 100 point
      { count: 20, size: 100 }, // on the centre line
      { count: 29, size: 100 }, // 0.29: beyond its 2σ = 0.28
      { count: 10, size: 25 }, // 0.40: beyond its 2σ = 0.36
      { count: 30, size: 100 } // 0.30
    ]
    const result = computeChart({
      chart: 'p',
      points,
      target: 0.2,
      baseline: 0,
      rules: ['we-2', 'we-3']
    })
    const panel = result.panels[0]!
    expect(panel.points.map((p) => p.zone)).toEqual([
      'upper-b',
      'center-line',
      'upper-a',
      'upper-a',
      'upper-a'
    ])
    expect(panel.points.map((p) => p.sigma)).toEqual([0.08, 0.04, 0.04, 0.08, 0.04])
    expect(panel.center).toBe(0.2)
    expect(result.violations.map((v) => [v.rule, v.index])).toEqual([
      ['we-2', 4],
      ['we-2', 5],
      ['we-3', 5]
    ])
  })
})

describe('evaluation over phase I + phase II, exclusions and reporting', () => {
  it('a run that starts in phase I completes in phase II', () => {
    const values = [-0.5, -0.5, -0.5, ...repeat(0.5, 10)]
    const result = computeChart({
      chart: 'imr',
      points: values.map((value) => ({ value })),
      target: 0,
      sigma: 1,
      baseline: 5,
      rules: ['nelson-2']
    })
    expect(result.violations.map((v) => [v.index, v.phase])).toEqual([
      [12, 'II'],
      [13, 'II']
    ])
    expect(result.panels[0]!.points.map((p) => p.phase)).toEqual([
      ...new Array<string>(5).fill('I'),
      ...new Array<string>(8).fill('II')
    ])
  })

  it('excluded points are left out of the sequence, as if removed', () => {
    const values = [...repeat(0.5, 4), -2, ...repeat(0.5, 5)]
    const points = values.map((value) => ({ value }))
    const options = {
      chart: 'imr' as const,
      points,
      target: 0,
      sigma: 1,
      rules: ['nelson-2'] as RunRuleId[]
    }
    expect(computeChart(options).violations).toEqual([])
    const rebaselined = computeChart({ ...options, exclude: [5] })
    expect(rebaselined.violations.map((v) => v.index)).toEqual([10])
    expect(rebaselined.panels[0]!.points[4]!.violations).toEqual([])
  })

  it('a point failing several rules reports all of them, on the point and in the list', () => {
    const values = [0, 0, 0, 2.5, 3.5]
    const result = computeChart({
      chart: 'imr',
      points: values.map((value) => ({ value })),
      target: 0,
      sigma: 1,
      rules: 'nelson',
      severity: { 'nelson-5': 'warn' }
    })
    expect(result.violations).toEqual([
      { rule: 'nelson-1', index: 5, phase: 'I', severity: 'error', statistic: 'individual' },
      { rule: 'nelson-5', index: 5, phase: 'I', severity: 'warn', statistic: 'individual' }
    ])
    expect(result.panels[0]!.points[4]!.violations).toEqual(['nelson-1', 'nelson-5'])
    expect(result.rules).toEqual([
      'nelson-1',
      'nelson-2',
      'nelson-3',
      'nelson-4',
      'nelson-5',
      'nelson-6',
      'nelson-7',
      'nelson-8'
    ])
  })

  it('dispersion panels are tested for points beyond their limits only', () => {
    const values = [0, 0.1, 0, 0.1, 0, 0.1, 0, 0.1, 0, 0.1, 0, 5]
    const result = computeChart({
      chart: 'imr',
      points: values.map((value) => ({ value })),
      baseline: 11
    })
    const movingRange = result.violations.filter((v) => v.statistic === 'moving-range')
    expect(movingRange.map((v) => [v.rule, v.index])).toEqual([['we-1', 12]])
  })
})

describe('edges through a whole chart (known μ0 = 0, σ = 1)', () => {
  it('a point exactly on the UCL or a zone boundary is not beyond it; one on the CL has no side', () => {
    const values = [0, 3, 2, 1, 0, -3, 3.5]
    const result = computeChart({
      chart: 'imr',
      points: values.map((value) => ({ value })),
      target: 0,
      sigma: 1,
      rules: 'western-electric'
    })
    const points = result.panels[0]!.points
    expect(points.map((p) => p.zone)).toEqual([
      'center-line',
      'upper-a',
      'upper-b',
      'upper-c',
      'center-line',
      'lower-a',
      'beyond-upper'
    ])
    expect(points[1]!.ucl).toBe(3)
    expect(result.violations.map((v) => [v.rule, v.index, v.statistic])).toEqual([
      ['we-1', 7, 'individual'],
      ['we-1', 7, 'moving-range']
    ])
  })
})

describe('rule selection defaults', () => {
  const points = [0.1, 0.2, 0.1, 0.3].map((value) => ({ value }))

  it('variables charts default to the four Western Electric rules', () => {
    expect(computeChart({ chart: 'imr', points }).rules).toEqual(['we-1', 'we-2', 'we-3', 'we-4'])
  })

  it('attribute charts default to rule 1 and the run rule only', () => {
    const counts = [1, 2, 3].map((count) => ({ count, size: 10 }))
    expect(computeChart({ chart: 'p', points: counts }).rules).toEqual(['we-1', 'we-4'])
    expect(computeChart({ chart: 'p', points: counts, rules: 'western-electric' }).rules).toEqual([
      'we-1',
      'we-2',
      'we-3',
      'we-4'
    ])
  })

  it('EWMA and CUSUM report only their own signal, with a warning if rules were asked for', () => {
    const result = computeChart({ chart: 'ewma', points, rules: 'nelson' })
    expect(result.rules).toEqual(['ewma'])
    expect(result.warnings.some((w) => w.includes('not applied to EWMA'))).toBe(true)
    expect(computeChart({ chart: 'cusum', points }).rules).toEqual(['cusum'])
  })

  it('an explicit list is put in canonical order without duplicates', () => {
    const rules: RunRuleId[] = ['nelson-3', 'we-1', 'nelson-3']
    expect(computeChart({ chart: 'imr', points, rules }).rules).toEqual(['we-1', 'nelson-3'])
    expect(computeChart({ chart: 'imr', points, rules: [] }).rules).toEqual([])
  })
})

describe('zones', () => {
  const zone = (value: number) => classifyZone({ value, center: 0, sigma: 1, lcl: -3, ucl: 3 }, 3)

  it('are inclusive on the inner side, with strict limits and a centre-line label', () => {
    expect([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.1].map(zone)).toEqual([
      'center-line',
      'upper-c',
      'upper-c',
      'upper-b',
      'upper-b',
      'upper-a',
      'upper-a',
      'beyond-upper'
    ])
    expect([-1, -2, -3, -3.1].map(zone)).toEqual(['lower-c', 'lower-b', 'lower-a', 'beyond-lower'])
  })

  it('scale with nsigmas: L = 2.7 puts the boundaries at 0.9σ and 1.8σ', () => {
    const point = (value: number) => ({ value, center: 0, sigma: 1, lcl: -2.7, ucl: 2.7 })
    expect(classifyZone(point(0.95), 2.7)).toBe('upper-b')
    expect(classifyZone(point(1.85), 2.7)).toBe('upper-a')
    expect(evaluateRunRules(standard([0, 1.85, 1.85]), ['we-2'], 2.7)).toEqual([
      { rule: 'we-2', position: 2 }
    ])
  })
})
