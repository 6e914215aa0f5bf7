import { describe, expect, it } from '@jest/globals'
import {
  chartInput,
  chartsForKind,
  metricNameProblem,
  readMetricPoint
} from '../../../shared/spc-history/metric-point.js'

describe('readMetricPoint: the forms a metric can take', () => {
  it.each([
    [312.5, { kind: 'measurement', value: 312.5 }],
    [{ value: -4 }, { kind: 'measurement', value: -4 }],
    [[12, 15, 11], { kind: 'measurement', subgroup: [12, 15, 11] }],
    [{ subgroup: [1, 2] }, { kind: 'measurement', subgroup: [1, 2] }],
    [[7], { kind: 'measurement', value: 7 }],
    [
      { count: 3, size: 1000 },
      { kind: 'proportion', count: 3, size: 1000 }
    ],
    [{ count: 2 }, { kind: 'defect-count', count: 2 }],
    [
      { count: 4, exposure: 1.2 },
      { kind: 'event-rate', count: 4, size: 1.2 }
    ],
    [
      { kind: 'event-rate', count: 4, size: 1.2 },
      { kind: 'event-rate', count: 4, size: 1.2 }
    ],
    [
      { kind: 'proportion', count: 0, size: 5 },
      { kind: 'proportion', count: 0, size: 5 }
    ]
  ])('%j', (raw, expected) => {
    expect(readMetricPoint(raw)).toEqual(expected)
  })

  it.each([
    ['text', /expected a number, a list of numbers or an object/],
    [Number.NaN, /expected a number/],
    [null, /got null/],
    [[], /must not be empty/],
    [[1, 'x'], /observation 2 of the subgroup must be a finite number, got string "x"/],
    [{ count: -1 }, /count must not be negative, got -1/],
    [{ count: 5, size: 4 }, /count 5 exceeds size 4/],
    [{ count: 1, size: 0 }, /size must be a positive number, got number 0/],
    [{ count: 1, exposure: -2 }, /exposure must be a positive number/],
    [{ count: 1, size: 2, exposure: 2 }, /size or exposure, not both/],
    [{ value: 1, count: 2 }, /give only one of value, count/],
    [{ value: 1, size: 2 }, /size and exposure belong to counts/],
    [{ valu: 1 }, /unknown field "valu"/],
    [{}, /expected one of value, subgroup or count/],
    [{ kind: 'proportion', count: 1 }, /a proportion needs size/],
    [{ kind: 'defect-count', value: 1 }, /does not match its fields \(measurement\)/]
  ])('rejects %j', (raw, message) => {
    const point = readMetricPoint(raw)
    expect('problem' in point ? point.problem : 'accepted').toMatch(message)
  })
})

describe('metric names', () => {
  it('accepts column-derived names and rejects empty, control characters, slashes and long names', () => {
    expect(metricNameProblem('email.null_fraction')).toBeUndefined()
    expect(metricNameProblem('Größe (€)')).toBeUndefined()
    expect(metricNameProblem(' ')).toMatch(/empty/)
    expect(metricNameProblem('a\nb')).toMatch(/control characters/)
    expect(metricNameProblem('eu/rows')).toMatch(/must not contain "\/"/)
    expect(metricNameProblem('x'.repeat(201))).toMatch(/at most 200/)
  })
})

describe('which charts fit a kind', () => {
  it('offers the automatic choice and its alternatives only', () => {
    expect(chartsForKind('measurement', false)).toEqual(['imr', 'ewma', 'cusum'])
    expect(chartsForKind('measurement', true)).toEqual(['xbar-r', 'xbar-s', 'ewma', 'cusum'])
    expect(chartsForKind('defect-count', false)).toEqual(['c'])
    expect(chartsForKind('proportion', false)).toContain('np')
  })

  it('hands computeChart the fields it reads', () => {
    expect(chartInput({ kind: 'event-rate', count: 4, size: 2 }, 'm')).toEqual({
      count: 4,
      size: 2,
      metadata: 'm'
    })
    expect(chartInput({ kind: 'measurement', subgroup: [1, 2] }, 'm')).toEqual({
      subgroup: [1, 2],
      metadata: 'm'
    })
    expect(chartInput({ kind: 'defect-count', count: 3 }, 'm')).toEqual({ count: 3, metadata: 'm' })
  })
})
