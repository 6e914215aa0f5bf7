import { describe, expect, it } from '@jest/globals'
import {
  envFileKeyValuePairs,
  processKeyValueFile,
  processPathFile,
  stepSummarySizeError
} from './runner-file-commands.js'

const pairs = (text: string) => [...envFileKeyValuePairs(text)]

describe('EnvFileKeyValuePairs port', () => {
  it('reads NAME=VALUE lines, splitting at the first =', () => {
    expect(pairs('a=1\nb=x=y\n\nc=\n')).toEqual([
      ['a', '1'],
      ['b', 'x=y'],
      ['c', '']
    ])
  })

  it('uses = when it comes before <<, and << when it comes before =', () => {
    expect(pairs('a=b<<c\n')).toEqual([['a', 'b<<c']])
    expect(pairs('a<<EOF=\nvalue\nEOF=\n')).toEqual([['a', 'value']])
  })

  it('reads multiline values between delimiters, without the final newline', () => {
    const delimiter = 'ghadelimiter_4f3b2a10-5e6d-4c8b-9a7f-0123456789ab'
    const text = `notes<<${delimiter}\nline 1\n\nline 3\n${delimiter}\nnext=1\n`
    expect(pairs(text)).toEqual([
      ['notes', 'line 1\n\nline 3'],
      ['next', '1']
    ])
    expect(pairs('empty<<EOF\nEOF\n')).toEqual([['empty', '']])
    expect(pairs('last<<EOF\nvalue\nEOF')).toEqual([['last', 'value']])
  })

  it('keeps \\r in lines, as the Linux runner splits at \\n only', () => {
    // The delimiter line also ends in \r, so a CRLF heredoc still matches, keeping a trailing \r.
    expect(pairs('a=1\r\nb<<EOF\r\nx\r\nEOF\r\n')).toEqual([
      ['a', '1\r'],
      ['b', 'x\r']
    ])
  })

  it('throws the runner messages for malformed files', () => {
    expect(() => pairs('novalue\n')).toThrow("Invalid format 'novalue'")
    expect(() => pairs('<<EOF\nx\nEOF\n')).toThrow(
      "Invalid format '<<EOF'. Name must not be empty and delimiter must not be empty"
    )
    expect(() => pairs('a<<\nx\n')).toThrow(
      'Name must not be empty and delimiter must not be empty'
    )
    expect(() => pairs('a<<EOF\nx\n')).toThrow("Invalid value. Matching delimiter not found 'EOF'")
    expect(() => pairs('a<<EOF\nline one')).toThrow('Invalid value. EOF marker missing new line.')
    expect(() => pairs('a<<EOF\nline one EOF')).toThrow(
      'Invalid value. EOF marker missing new line.'
    )
  })

  it('yields an empty name for `=value`, as the runner does', () => {
    expect(pairs('=value\n')).toEqual([['', 'value']])
  })
})

describe('file command processing', () => {
  it('fails the file with the runner error lines but keeps the pairs read before the error', () => {
    const result = processKeyValueFile('output', 'first=1\nbroken<<EOF\nno end')
    expect(result.values).toEqual({ first: '1' })
    expect(result.errors).toEqual([
      "Unable to process file command 'output' successfully.",
      'Invalid value. EOF marker missing new line.'
    ])
  })

  it('lets later keys win and blocks NODE_OPTIONS in GITHUB_ENV', () => {
    const result = processKeyValueFile('env', 'A=1\nNODE_OPTIONS=--inspect\nA=2\n')
    expect(result.values).toEqual({ A: '2' })
    expect(result.errors).toEqual([])
    expect(result.issues).toEqual([
      "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command."
    ])
    expect(processKeyValueFile('state', 'NODE_OPTIONS=x\n').values).toEqual({ NODE_OPTIONS: 'x' })
  })

  it('prepends GITHUB_PATH lines, the last one first', () => {
    expect(processPathFile('/a\n\n/b\n/a\n')).toEqual(['/a', '/b'])
  })

  it('rejects a step summary over 1 MiB with the runner message', () => {
    expect(stepSummarySizeError(1024 * 1024)).toBeUndefined()
    expect(stepSummarySizeError(1024 * 1024 + 1)).toBe(
      '$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1024k.'
    )
    expect(stepSummarySizeError(2_009_000)).toBe(
      '$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1961k.'
    )
  })
})
