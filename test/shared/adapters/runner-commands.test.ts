import { afterEach, describe, expect, it, jest } from '@jest/globals'
import * as actionsCore from '@actions/core'
import { readFileSync, writeFileSync } from 'node:fs'
import * as commands from '../../../shared/adapters/runner-commands.js'
import { makeTempDir } from '../../helpers/temp-dir.js'

/**
 * runner-commands replaces @actions/core in the actions (start-up cost). These tests hold it to
 * @actions/core's exact output for the same calls, so the runner sees no difference.
 */

type Calls = (api: typeof commands) => void | Promise<void>

async function stdoutOf(run: () => void | Promise<void>): Promise<string> {
  const written: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    written.push(String(chunk))
    return true
  })
  const exitCode = process.exitCode
  try {
    await run()
  } finally {
    spy.mockRestore()
    process.exitCode = exitCode
  }
  return written.join('')
}

const sameAsCore = async (calls: Calls): Promise<void> => {
  const ours = await stdoutOf(() => calls(commands))
  const theirs = await stdoutOf(() => calls(actionsCore as unknown as typeof commands))
  expect(ours).toBe(theirs)
  expect(ours.length).toBeGreaterThan(0)
}

describe('runner-commands writes what @actions/core writes', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  it('annotations with every property, and messages that need escaping', async () => {
    await sameAsCore((core) => {
      core.warning('50% of rows\nfailed,\r\nsee: report', {
        title: 'validate-data: a, b: c',
        file: 'checks/a,b:c.yml',
        startLine: 12,
        endLine: 13,
        startColumn: 3,
        endColumn: 9
      })
      core.error('plain')
      core.error(new Error('from an error'), { title: 't' })
      core.notice('note', { file: 'x.csv', startLine: 0 })
      core.info('an info line with %25 and ::warning:: text')
      core.debug('debug\nmessage')
      core.setSecret('s3cr3t%')
    })
  })

  it('groups and failures', async () => {
    await sameAsCore(async (core) => {
      await core.group('Training command', () => Promise.resolve(1))
      core.setFailed('the step failed: 3 checks')
      expect(process.exitCode).toBe(1)
    })
  })

  it('outputs without GITHUB_OUTPUT use ::set-output', async () => {
    delete process.env.GITHUB_OUTPUT
    await sameAsCore((core) => {
      core.setOutput('passed', 'false')
      core.setOutput('count', 3)
    })
  })

  it('outputs with GITHUB_OUTPUT: the same blocks up to the random delimiter', () => {
    const dir = makeTempDir()
    try {
      const write = (api: typeof commands): string => {
        const file = dir.file(`output-${Math.random()}.txt`, '')
        process.env.GITHUB_OUTPUT = file
        api.setOutput('report', 'line 1\nline 2')
        api.setOutput('rows', 1000)
        api.setOutput('empty', '')
        return readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER')
      }
      const ours = write(commands)
      expect(ours).toBe(write(actionsCore as unknown as typeof commands))
      expect(ours).toContain('report<<DELIMITER\nline 1\nline 2\nDELIMITER\n')
    } finally {
      dir.remove()
    }
  })

  it('reads inputs as the runner passes them', () => {
    process.env['INPUT_FAIL-ON'] = '  warn \n'
    process.env.INPUT_MY_INPUT = 'x'
    expect(commands.getInput('fail-on')).toBe(actionsCore.getInput('fail-on'))
    expect(commands.getInput('my input')).toBe('x')
    expect(commands.getInput('absent')).toBe('')
    expect(() => commands.getInput('absent', { required: true })).toThrow(
      'Input required and not supplied: absent'
    )
  })

  it('appends to the job summary file, and says so when there is none', async () => {
    const dir = makeTempDir()
    try {
      const ours = dir.file('ours.md', '# before\n')
      const theirs = dir.file('theirs.md', '# before\n')
      process.env.GITHUB_STEP_SUMMARY = ours
      commands.appendJobSummary('### Tollgate\n\n| a |')
      process.env.GITHUB_STEP_SUMMARY = theirs
      await actionsCore.summary.addRaw('### Tollgate\n\n| a |', true).write()
      expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'))
      delete process.env.GITHUB_STEP_SUMMARY
      expect(() => commands.appendJobSummary('x')).toThrow(/GITHUB_STEP_SUMMARY/)
      writeFileSync(theirs, '')
    } finally {
      dir.remove()
    }
  })
})
