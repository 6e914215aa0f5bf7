import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../shared/errors.js'
import { computeChart } from '../../../shared/spc/compute-chart.js'
import type { ChartOptions, RunRuleId } from '../../../shared/spc/chart-types.js'

/** Runs computeChart and returns the InputError it must throw. */
function inputError(options: ChartOptions): InputError {
  try {
    computeChart(options)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('computeChart did not throw')
}

/** Points as parsed JSON may hold anything; the API types are promises the checks enforce. */
const loose = (points: unknown[]) => points as ChartOptions['points']

const values = (...xs: number[]) => xs.map((value) => ({ value }))

describe('bad points name the series, the 1-based point and the reason', () => {
  it('a non-numeric value', () => {
    const error = inputError({
      chart: 'imr',
      series: 'row_count',
      location: { file: 'history/row_count.jsonl' },
      points: loose([{ value: 1 }, { value: 2 }, { value: 'abc' }])
    })
    expect(error.location).toEqual({ file: 'history/row_count.jsonl', field: 'row_count' })
    expect(error.detail).toBe('point 3: value must be a finite number, got "abc"')
    expect(error.message).toBe(
      'history/row_count.jsonl (column "row_count"): point 3: value must be a finite number, got "abc"'
    )
  })

  it.each([
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [undefined, 'nothing'],
    [null, 'null']
  ])('a non-finite or missing value (%p)', (bad, shown) => {
    const error = inputError({
      chart: 'imr',
      series: 's',
      points: loose([{ value: 1 }, { value: bad }])
    })
    expect(error.detail).toBe(`point 2: value must be a finite number, got ${shown}`)
  })

  it('a point that is not an object', () => {
    const error = inputError({ chart: 'imr', series: 's', points: loose([{ value: 1 }, 7]) })
    expect(error.detail).toMatch(/^point 2: expected an object/)
  })

  it('a bad observation in a subgroup', () => {
    const error = inputError({
      chart: 'xbar-r',
      series: 'latency',
      points: loose([{ subgroup: [1, 2] }, { subgroup: [1, 2] }, { subgroup: [1, '2'] }])
    })
    expect(error.detail).toBe(
      'point 3: observation 2 of the subgroup must be a finite number, got "2"'
    )
  })

  it('subgroup sizes outside 2..25 for an R chart, below 2 for an S chart', () => {
    const big = { subgroup: Array.from({ length: 26 }, (_, i) => i) }
    expect(
      inputError({ chart: 'xbar-r', series: 's', points: [{ subgroup: [1, 2] }, big] }).detail
    ).toBe('point 2: subgroup size 26 is outside the sizes an X̄-R chart accepts (2..25)')
    expect(
      inputError({
        chart: 'xbar-s',
        series: 's',
        points: [{ subgroup: [1] }, { subgroup: [1, 2] }]
      }).detail
    ).toBe('point 1: subgroup size 1 is outside the sizes an X̄-S chart accepts (at least 2)')
  })

  it.each(['p', 'np', 'c', 'u'] as const)('a negative count on a %s chart', (chart) => {
    const points = [
      { count: 1, size: 10 },
      { count: 2, size: 10 },
      { count: -1, size: 10 }
    ]
    expect(inputError({ chart, series: 'nulls', points }).detail).toBe(
      'point 3: count must not be negative, got -1'
    )
  })

  it('defectives above the sample size', () => {
    const error = inputError({
      chart: 'p',
      series: 'nulls',
      points: [
        { count: 1, size: 10 },
        { count: 11, size: 10 }
      ]
    })
    expect(error.detail).toBe(
      'point 2: count of defectives 11 exceeds the number of items inspected (size 10)'
    )
  })

  it.each([0, -5])('a non-positive size (%p)', (size) => {
    const error = inputError({
      chart: 'u',
      series: 'errors',
      points: [
        { count: 1, size: 2 },
        { count: 1, size }
      ]
    })
    expect(error.detail).toBe(`point 2: size must be positive, got ${size}`)
  })

  it('a missing size where the chart needs one', () => {
    const error = inputError({ chart: 'p', series: 'nulls', points: [{ count: 1 }, { count: 1 }] })
    expect(error.detail).toBe('point 1: size must be a finite number, got nothing')
  })

  it('unequal sizes on an np chart and on a c chart', () => {
    const points = [
      { count: 1, size: 50 },
      { count: 2, size: 50 },
      { count: 3, size: 60 }
    ]
    expect(inputError({ chart: 'np', series: 'nulls', points }).detail).toBe(
      "point 3: size 60 differs from the first point's size 50; an np chart needs a constant " +
        'sample size (use a p chart for varying sample sizes)'
    )
    expect(inputError({ chart: 'c', series: 'nulls', points }).detail).toMatch(
      /^point 3: size 60 differs .* \(use a u chart for varying exposure\)$/
    )
  })

  it('individual values and subgroups mixed on an EWMA chart', () => {
    const error = inputError({
      chart: 'ewma',
      series: 's',
      points: loose([{ value: 1 }, { value: 2 }, { subgroup: [1, 2] }])
    })
    expect(error.detail).toMatch(/^point 3: expected a single value like point 1/)
  })
})

describe('baseline checks', () => {
  it('refuses fewer than 2 baseline points', () => {
    expect(inputError({ chart: 'imr', series: 's', points: values(5) }).detail).toBe(
      'an I-MR chart needs at least 2 baseline (phase I) points to estimate its limits, got 1'
    )
    expect(
      inputError({ chart: 'imr', series: 's', points: values(5, 6, 7), baseline: 2, exclude: [1] })
        .detail
    ).toMatch(/got 1 after excluding 1$/)
    expect(
      inputError({ chart: 'c', series: 's', points: [{ count: 3 }], baseline: 0 }).detail
    ).toMatch(/needs at least 2 baseline/)
  })

  it('an empty series', () => {
    expect(inputError({ chart: 'imr', series: 's', points: [] }).detail).toBe(
      'the series has no points'
    )
  })

  it('baseline and exclude must be valid point numbers', () => {
    const points = values(1, 2, 3, 4, 5)
    expect(inputError({ chart: 'imr', points, baseline: 2.5 }).detail).toMatch(
      /baseline must be a whole/
    )
    expect(inputError({ chart: 'imr', points, baseline: 3, exclude: [4] }).detail).toBe(
      'exclude lists point 4, but only phase-I points 1..3 can be excluded (they are left out of the ' +
        'limit estimation)'
    )
    expect(inputError({ chart: 'imr', points, exclude: [0] }).detail).toMatch(
      /exclude lists point 0/
    )
  })

  it('warns below 20 baseline points and when the baseline is longer than the series', () => {
    const result = computeChart({ chart: 'imr', points: values(1, 2, 3, 2, 1) })
    expect(result.baseline).toEqual({ requested: 20, size: 5, used: 5, excluded: [] })
    expect(result.warnings).toEqual([
      'baseline of 20 points requested but the series has only 5; all 5 points are phase I',
      'limits estimated from only 5 baseline points; at least 20 are recommended, so treat the ' +
        'limits as provisional'
    ])
  })

  it('warns with 19 baseline points, not with 20', () => {
    const points = values(...Array.from({ length: 25 }, (_, i) => (i * 7) % 5))
    expect(computeChart({ chart: 'imr', points, baseline: 19 }).warnings).toEqual([
      'limits estimated from only 19 baseline points; at least 20 are recommended, so treat the ' +
        'limits as provisional'
    ])
    expect(computeChart({ chart: 'imr', points }).warnings).toEqual([])
    expect(computeChart({ chart: 'imr', points, baseline: 21, exclude: [3, 4] }).warnings).toEqual([
      'limits estimated from only 19 baseline points; at least 20 are recommended, so treat the ' +
        'limits as provisional'
    ])
  })

  it('needs no baseline when every parameter is known', () => {
    const result = computeChart({
      chart: 'imr',
      points: values(1),
      target: 0,
      sigma: 1,
      baseline: 0
    })
    expect(result.panels[0]!.points[0]!.phase).toBe('II')
    expect(result.warnings).toEqual([])
  })
})

describe('parameter checks', () => {
  const points = values(1, 2, 3, 2, 1)

  it.each([0, -0.1, 1.5, NaN])('lambda outside (0, 1]: %p', (lambda) => {
    expect(inputError({ chart: 'ewma', series: 's', points, lambda }).detail).toMatch(
      /^lambda must be (in \(0, 1\]|a finite number), got/
    )
  })

  it('lambda = 1 is allowed', () => {
    expect(computeChart({ chart: 'ewma', points, lambda: 1 }).ewma?.lambda).toBe(1)
  })

  it('CUSUM k, h and head start', () => {
    expect(inputError({ chart: 'cusum', points, k: -1 }).detail).toBe('k must be ≥ 0, got -1')
    expect(inputError({ chart: 'cusum', points, h: 0 }).detail).toBe('h must be positive, got 0')
    expect(inputError({ chart: 'cusum', points, h: 4, headStart: 4 }).detail).toBe(
      'headStart must be in [0, h) = [0, 4), got 4'
    )
    expect(inputError({ chart: 'cusum', points, headStart: -1 }).detail).toMatch(
      /^headStart must be/
    )
  })

  it('a CUSUM without variation needs a given sigma', () => {
    expect(inputError({ chart: 'cusum', points: values(2, 2, 2) }).detail).toMatch(
      /needs a positive sigma/
    )
  })

  it('nsigmas, sigma, target, constants', () => {
    expect(inputError({ chart: 'imr', points, nsigmas: 0 }).detail).toBe(
      'nsigmas must be positive, got 0'
    )
    expect(inputError({ chart: 'imr', points, sigma: -1 }).detail).toBe(
      'sigma must be positive, got -1'
    )
    expect(inputError({ chart: 'p', points: [{ count: 1, size: 2 }], target: 2 }).detail).toBe(
      'target must be a fraction in [0, 1], got 2'
    )
    expect(inputError({ chart: 'c', points: [{ count: 1 }], sigma: 2 }).detail).toMatch(
      /^sigma cannot be given for a c chart/
    )
    expect(
      inputError({ chart: 'imr', points, constants: 'table' as unknown as 'qcc' }).detail
    ).toMatch(/^constants must be/)
  })

  it('unknown charts, rules, rule sets, severities and sigma methods', () => {
    expect(inputError({ chart: 'pareto' as unknown as 'p', points }).detail).toMatch(
      /^unknown chart "pareto"/
    )
    const misspelt = JSON.parse('["nelson-9"]') as RunRuleId[]
    expect(inputError({ chart: 'imr', points, rules: misspelt }).detail).toMatch(
      /^unknown rule "nelson-9" \(did you mean "nelson-1"\?\)/
    )
    expect(
      inputError({ chart: 'imr', points, rules: 'westinghouse' as unknown as 'nelson' }).detail
    ).toMatch(/^unknown rule set "westinghouse"/)
    expect(
      inputError({ chart: 'imr', points, severity: { 'we-1': 'fatal' as unknown as 'warn' } })
        .detail
    ).toBe('severity of we-1 must be "error" or "warn", got "fatal"')
    expect(
      inputError({
        chart: 'imr',
        points,
        severity: { we1: 'warn' } as unknown as { 'we-1': 'warn' }
      }).detail
    ).toMatch(/unknown rule "we1" \(did you mean "we-1"\?\)/)
    expect(inputError({ chart: 'imr', points, sigmaMethod: 'uwave-r' }).detail).toMatch(
      /^sigma method "uwave-r" is not available for an I-MR chart/
    )
  })

  it('a standardized p chart needs 0 < p̄ < 1', () => {
    const zeros = [0, 0, 0].map((count) => ({ count, size: 10 }))
    expect(inputError({ chart: 'p-standardized', points: zeros }).detail).toMatch(/needs 0 < p̄ < 1/)
  })

  it('specification limits in order', () => {
    expect(inputError({ chart: 'imr', points, specification: { lower: 5, upper: 1 } }).detail).toBe(
      'specification lower limit 5 must be below the upper limit 1'
    )
    expect(inputError({ chart: 'imr', points, specification: {} }).detail).toMatch(
      /needs a lower or an upper limit/
    )
  })
})

describe('warnings that do not stop the chart', () => {
  it('options the chart ignores', () => {
    const result = computeChart({
      chart: 'p',
      points: [
        { count: 1, size: 10 },
        { count: 2, size: 10 }
      ],
      lambda: 0.2
    })
    expect(result.warnings).toContain('lambda is ignored by p charts (used by ewma)')
  })

  it('zero variation and a zero p̄', () => {
    const flat = computeChart({ chart: 'imr', points: values(...new Array<number>(20).fill(4), 5) })
    expect(flat.warnings.some((w) => w.startsWith('estimated sigma is 0'))).toBe(true)
    expect(flat.violations.map((v) => [v.rule, v.index])).toEqual([
      ['we-1', 21],
      ['we-1', 21]
    ])
    const zero = computeChart({
      chart: 'p',
      points: [...new Array<number>(20).fill(0), 1].map((count) => ({ count, size: 100 }))
    })
    expect(zero.warnings.some((w) => w.startsWith('p̄ = 0'))).toBe(true)
    expect(zero.violations.map((v) => v.index)).toEqual([21])
  })
})
