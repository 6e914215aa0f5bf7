import type { DemoStageResult } from '../demo/demo-sections.js'
import type { DemoProgress } from '../operations/demo.js'
import type { CommandOutput } from './command.js'

/**
 * The demo's progress on the terminal: one line per stage with its duration and result, and for
 * long stages (training, the gate's bootstrap) a bar redrawn in place — only when the output is
 * a terminal. In CI logs and pipes the bar would be noise (or thousands of lines), so there are
 * only the stage lines.
 */

const BAR_WIDTH = 24
const MARKS = { pass: 'ok  ', warn: 'note', fail: 'FAIL' } as const

export interface TerminalLike {
  isTTY?: boolean
  columns?: number
  write(text: string): unknown
}

export function demoProgress(output: CommandOutput, terminal?: TerminalLike): DemoProgress {
  const live = terminal?.isTTY === true ? terminal : undefined
  let prefix = ''
  let drawn = -1
  const clear = () => {
    if (live !== undefined && drawn >= 0) live.write('\r\u001b[K')
    drawn = -1
  }
  return {
    stageStarted(stage) {
      prefix = `${String(stage.index).padStart(2)}/${stage.total}  ${stage.title.padEnd(18)}`
      drawn = -1
    },
    stageProgress(done, total) {
      if (live === undefined || total <= 0) return
      const percent = Math.min(100, Math.floor((done / total) * 100))
      if (percent === drawn) return
      drawn = percent
      const filled = Math.round((percent / 100) * BAR_WIDTH)
      live.write(
        `\r${prefix}[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${String(percent).padStart(3)}%`
      )
    },
    stageFinished(result: DemoStageResult) {
      clear()
      output.out(
        `${prefix}${MARKS[result.tone]}  ${(result.durationMs / 1000).toFixed(1).padStart(5)} s  ${result.summary}`
      )
    }
  }
}
