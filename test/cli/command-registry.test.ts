import { describe, expect, it } from '@jest/globals'
import { cliCommands } from '../../shared/cli/commands.js'

describe('the lazily loaded command registry', () => {
  it.each(cliCommands.map((entry) => [entry.name, entry] as const))(
    '%s loads the command it names, with the same summary',
    async (name, entry) => {
      const command = await entry.load()
      expect(command.name).toBe(name)
      expect(command.summary).toBe(entry.summary)
    }
  )
  it('has no duplicate names', () => {
    const names = cliCommands.map((entry) => entry.name)
    expect(new Set(names).size).toBe(names.length)
  })
})
