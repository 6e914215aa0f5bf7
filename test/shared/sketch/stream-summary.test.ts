import { describe, expect, it } from '@jest/globals'
import { StreamSummary } from '../../../shared/sketch/stream-summary.js'
import { mulberry32 } from '../../../shared/stats/random.js'

describe('StreamSummary', () => {
  it('tracks counts and a minimum slot like a plain array under random operations', () => {
    const capacity = 40
    const summary = new StreamSummary(capacity)
    const model: number[] = []
    const random = mulberry32(17)
    expect(summary.minSlot()).toBe(-1)
    const problems: string[] = []
    for (let step = 0; step < 50_000; step++) {
      const action = random()
      if (model.length < capacity && action < 0.05) {
        // Place with a count that may land below, inside or above the existing buckets.
        const count = 1 + Math.floor(random() * 30)
        summary.place(model.length, count)
        model.push(count)
      } else if (model.length > 0) {
        const slot = action < 0.5 ? summary.minSlot() : Math.floor(random() * model.length)
        summary.increment(slot)
        model[slot]! += 1
      }
      if (model.length === 0) continue
      const min = Math.min(...model)
      const minSlot = summary.minSlot()
      if (model[minSlot] !== min)
        problems.push(`step ${step}: minSlot count ${model[minSlot]} != ${min}`)
      if (step % 97 === 0) {
        model.forEach((count, slot) => {
          if (summary.countOf(slot) !== count) problems.push(`step ${step}: slot ${slot}`)
        })
      }
      if (problems.length > 5) break
    }
    expect(problems).toEqual([])
  })

  it('never needs more buckets than slots', () => {
    const summary = new StreamSummary(3)
    for (let slot = 0; slot < 3; slot++) summary.place(slot, 1 + 10 * slot)
    for (let r = 0; r < 100; r++) for (let slot = 0; slot < 3; slot++) summary.increment(slot)
    expect([0, 1, 2].map((slot) => summary.countOf(slot))).toEqual([101, 111, 121])
    expect(summary.minSlot()).toBe(0)
  })
})
