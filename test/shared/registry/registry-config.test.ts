import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../shared/errors.js'
import {
  DEFAULT_REGISTRY_CONFIG,
  parseRegistryConfig
} from '../../../shared/registry/registry-config.js'

describe('registry section of .tollgate.yml', () => {
  it('defaults to any stage, any order', () => {
    expect(parseRegistryConfig(undefined, '.tollgate.yml')).toEqual(DEFAULT_REGISTRY_CONFIG)
    expect(parseRegistryConfig(null, '.tollgate.yml')).toEqual({ promotion: 'any' })
    expect(parseRegistryConfig({}, '.tollgate.yml')).toEqual({ promotion: 'any' })
  })

  it('makes listed stages sequential unless told otherwise', () => {
    expect(parseRegistryConfig({ stages: ['staging', 'production'] }, '.tollgate.yml')).toEqual({
      stages: ['staging', 'production'],
      promotion: 'sequential'
    })
    expect(
      parseRegistryConfig({ stages: ['dev', 'prod'], promotion: 'any' }, '.tollgate.yml')
    ).toEqual({
      stages: ['dev', 'prod'],
      promotion: 'any'
    })
  })

  it.each([
    [[], 'registry', 'expected a mapping'],
    [{ stage: ['prod'] }, 'registry.stage', 'unknown key "stage". Did you mean "stages"?'],
    [{ stages: 'production' }, 'registry.stages', 'expected a non-empty list'],
    [{ stages: [] }, 'registry.stages', 'expected a non-empty list'],
    [{ stages: ['staging', 3] }, 'registry.stages[1]', 'expected a stage name, found 3'],
    [{ stages: ['staging', 'Prod'] }, 'registry.stages[1]', 'is not allowed'],
    [{ stages: ['staging', 'latest'] }, 'registry.stages[1]', 'is reserved'],
    [{ stages: ['a', 'b', 'a'] }, 'registry.stages[2]', 'listed twice'],
    [
      { stages: ['a'], promotion: 'strict' },
      'registry.promotion',
      'expected one of sequential, any'
    ],
    [{ promotion: 'sequential' }, 'registry.promotion', 'needs the stages list']
  ])('rejects %j at %s', (section, field, message) => {
    let caught: unknown
    try {
      parseRegistryConfig(section, 'config/.tollgate.yml')
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(InputError)
    const error = caught as InputError
    expect(error.location).toEqual({ file: 'config/.tollgate.yml', field })
    expect(error.message).toContain(message)
    expect(error.message.startsWith(`config/.tollgate.yml (column "${field}")`)).toBe(true)
  })
})
