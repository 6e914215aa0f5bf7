import { describe, expect, it } from '@jest/globals'
import { demoProgress } from '../../../shared/cli/demo-progress.js'

function run(isTTY: boolean) {
  const lines: string[] = []
  const written: string[] = []
  const progress = demoProgress(
    { out: (line) => lines.push(line), err: () => undefined },
    { isTTY, write: (text: string) => written.push(text) }
  )
  progress.stageStarted({ index: 4, total: 13, id: 'train-1', title: 'train v1' })
  for (let done = 1; done <= 200; done++) progress.stageProgress(done, 200)
  progress.stageFinished({
    id: 'train-1',
    title: 'train v1',
    tone: 'pass',
    summary: 'gbdt on 5,000 rows',
    durationMs: 1234
  })
  return { lines, written }
}

describe('demoProgress', () => {
  it('on a terminal redraws one bar in place, at most once per percent, then clears it', () => {
    const { lines, written } = run(true)
    // 0 %, 1 %, … 100 %, and the clearing write.
    expect(written).toHaveLength(102)
    expect(written[0]).toMatch(/^\r 4\/13 {2}train v1 +\[\.{24}\] {3}0%$/)
    expect(written[100]).toContain(`[${'#'.repeat(24)}] 100%`)
    expect(written[101]).toBe('\r\u001b[K')
    expect(lines).toEqual([' 4/13  train v1          ok      1.2 s  gbdt on 5,000 rows'])
  })

  it('in a log or pipe writes only the stage line', () => {
    const { lines, written } = run(false)
    expect(written).toEqual([])
    expect(lines).toHaveLength(1)
  })
})
