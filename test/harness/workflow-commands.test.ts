import { describe, expect, it } from '@jest/globals'
import { annotationsOf, parseCommandLine, parseWorkflowCommands } from './workflow-commands.js'

describe('workflow command parsing (ActionCommand.TryParseV2 port)', () => {
  it('reads name, properties and message, unescaping like the runner', () => {
    const command = parseCommandLine(
      '  ::error file=data/a%2Cb.csv,line=3,col=5,title=Bad%3A value::Row 3%0Aexpected a number, 100%25'
    )
    expect(command).toEqual({
      command: 'error',
      properties: { file: 'data/a,b.csv', line: '3', col: '5', title: 'Bad: value' },
      message: 'Row 3\nexpected a number, 100%',
      stream: 'stdout'
    })
  })

  it('ignores unregistered commands, text without a second ::, and empty properties', () => {
    expect(parseCommandLine('::made-up::x')).toBeUndefined()
    expect(parseCommandLine('::error missing end')).toBeUndefined()
    expect(parseCommandLine('plain ::error::x')).toBeUndefined()
    expect(parseCommandLine('::warning file=,=3,line=7::m')?.properties).toEqual({ line: '7' })
    expect(parseCommandLine('::notice::')?.message).toBe('')
  })

  it('stops parsing between ::stop-commands::token and ::token::', () => {
    const text = [
      '::warning::before',
      '::stop-commands::abc123',
      '::error::not a command',
      '::abc123::',
      '::notice::after'
    ].join('\n')
    expect(parseWorkflowCommands(text).map((c) => [c.command, c.message])).toEqual([
      ['warning', 'before'],
      ['notice', 'after']
    ])
  })

  it('types annotation locations and matches property names case-insensitively', () => {
    const [annotation] = annotationsOf(
      parseWorkflowCommands(
        '::error File=checks.yml,Line=12,endLine=14,endColumn=2::bad rule\r\n::debug::x'
      )
    )
    expect(annotation).toEqual({
      level: 'error',
      message: 'bad rule',
      file: 'checks.yml',
      line: 12,
      endLine: 14,
      endColumn: 2,
      properties: { File: 'checks.yml', Line: '12', endLine: '14', endColumn: '2' },
      stream: 'stdout'
    })
  })
})
