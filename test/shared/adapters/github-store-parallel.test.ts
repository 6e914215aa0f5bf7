import { describe, expect, it } from '@jest/globals'
import { setTimeout as sleep } from 'node:timers/promises'
import { mapWithLimit } from '../../../shared/adapters/github-store-parallel.js'

describe('mapWithLimit', () => {
  it('keeps item order and never runs more than the limit at once', async () => {
    let running = 0
    let peak = 0
    const results = await mapWithLimit([5, 1, 4, 2, 3, 0], 2, async (delay, index) => {
      running++
      peak = Math.max(peak, running)
      await sleep(delay)
      running--
      return `${index}:${delay}`
    })
    expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0'])
    expect(peak).toBe(2)
    expect(await mapWithLimit([], 3, async () => 1)).toEqual([])
  })

  it('starts nothing new after a failure and rethrows it', async () => {
    const started: number[] = []
    await expect(
      mapWithLimit([1, 2, 3, 4, 5], 1, async (item) => {
        started.push(item)
        if (item === 2) throw new Error('boom')
        return item
      })
    ).rejects.toThrow('boom')
    expect(started).toEqual([1, 2])
  })
})
