import { describe, expect, it } from '@jest/globals'
import { CHECK_OUTPUT_LIMIT, fitCheckOutput } from '../../../shared/adapters/check-run.js'

describe('fitCheckOutput (check-run output limit)', () => {
  it('keeps short markdown as is', () => {
    expect(fitCheckOutput('| a |\n| - |')).toBe('| a |\n| - |')
  })

  it('cuts at a line boundary under the limit and closes an open details block', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`)
    const markdown = [
      '## Verdict',
      '<details><summary>slices</summary>',
      '',
      ...rows,
      '</details>'
    ].join('\n')
    const fitted = fitCheckOutput(markdown)
    expect(markdown.length).toBeGreaterThan(CHECK_OUTPUT_LIMIT)
    expect(fitted.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT)
    expect(fitted).toMatch(
      /\| row \d+ \| x{20} \|\n<\/details>\n\n_… cut to fit the check-run output limit/
    )
  })
})
