import { describe, expect, it } from '@jest/globals'
import { prepareMetric } from '../../../shared/evaluation/metrics.js'
import { groupRowsBySlice, metricBySlice } from '../../../shared/evaluation/slice-metrics.js'

describe('metrics per slice', () => {
  const region = ['eu', 'us', 'eu', null, 'us', 'eu']
  const predictions = {
    task: 'classification' as const,
    classCount: 2,
    actual: [1, 0, 0, 1, 1, 1],
    predicted: [1, 0, 1, 0, 1, 1],
    scores: [0.9, 0.2, 0.6, 0.4, 0.7, 0.8]
  }

  it('groups rows by value in order of first appearance', () => {
    const slices = groupRowsBySlice(region)
    expect(slices.map((s) => s.value)).toEqual(['eu', 'us', null])
    expect(slices.map((s) => Array.from(s.rows))).toEqual([[0, 2, 5], [1, 4], [3]])
  })

  it('evaluates a prepared metric on each slice, NaN where undefined', () => {
    const slices = groupRowsBySlice(region)
    const accuracy = metricBySlice(prepareMetric('accuracy', predictions), slices)
    expect(accuracy).toEqual([
      { value: 'eu', rowCount: 3, metric: 2 / 3 },
      { value: 'us', rowCount: 2, metric: 1 },
      { value: null, rowCount: 1, metric: 0 }
    ])
    const auc = metricBySlice(prepareMetric('roc_auc', predictions), slices)
    expect(auc.map((s) => s.metric)).toEqual([1, 1, NaN])
  })
})
