import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../../shared/errors.js'
import {
  assertModelName,
  assertStageName,
  formatRegistryTag,
  parseRegistryTag,
  type RegistryTag
} from '../../../shared/registry/gto-tags.js'

describe('GTO registry tags', () => {
  // The tag forms of GTO's tag.py (TagTemplates + counter) and the examples of its tests/test_tag.py.
  it.each<[string, RegistryTag]>([
    ['nn@v1.0.0', { kind: 'version', model: 'nn', version: 'v1.0.0' }],
    ['nn@v1.0.0#1', { kind: 'version', model: 'nn', version: 'v1.0.0' }],
    ['nn@v1.0.0!', { kind: 'deregistration', model: 'nn', version: 'v1.0.0' }],
    ['nn@v1.0.0!#1', { kind: 'deregistration', model: 'nn', version: 'v1.0.0', counter: 1 }],
    ['nn#prod', { kind: 'assignment', model: 'nn', stage: 'prod' }],
    ['nn#prod#1', { kind: 'assignment', model: 'nn', stage: 'prod', counter: 1 }],
    ['nn#prod!', { kind: 'unassignment', model: 'nn', stage: 'prod' }],
    ['nn#prod!#2', { kind: 'unassignment', model: 'nn', stage: 'prod', counter: 2 }],
    ['nn@deprecated', { kind: 'deprecation', model: 'nn' }],
    ['nn@deprecated#5', { kind: 'deprecation', model: 'nn', counter: 5 }],
    ['new-artifact@v1.0.1!', { kind: 'deregistration', model: 'new-artifact', version: 'v1.0.1' }],
    [
      'churn-model-2#production#12',
      { kind: 'assignment', model: 'churn-model-2', stage: 'production', counter: 12 }
    ]
  ])('parses %j', (tag, parsed) => {
    expect(parseRegistryTag(tag)).toEqual(parsed)
  })

  it.each([
    '',
    '###',
    '@@@',
    'model@v1',
    'model@v111',
    'model-prod',
    'model@0.0.1',
    'model#prod#-1',
    'model#prod#1-2',
    'model#prod?#1-2',
    'model#prod@v1.2.3',
    'model@v1.2.3#prod',
    'model@prod@v1@stage-1',
    'namespace/model@v0.0.1',
    'Model@v1.0.0',
    'model_x@v1.0.0',
    'model-@v1.0.0',
    'v1.0.0',
    'model@v1.0.0-rc.1',
    'model#latest#1',
    'model@created'
  ])('does not take %j for a registry tag', (tag) => {
    expect(parseRegistryTag(tag)).toBeUndefined()
  })

  it('formats every kind and round-trips', () => {
    const tags: RegistryTag[] = [
      { kind: 'version', model: 'churn', version: 'v0.0.1' },
      { kind: 'deregistration', model: 'churn', version: 'v0.0.1' },
      { kind: 'assignment', model: 'churn', stage: 'production', counter: 3 },
      { kind: 'unassignment', model: 'churn', stage: 'production', counter: 4 },
      { kind: 'deprecation', model: 'churn' }
    ]
    const names = tags.map(formatRegistryTag)
    expect(names).toEqual([
      'churn@v0.0.1',
      'churn@v0.0.1!',
      'churn#production#3',
      'churn#production!#4',
      'churn@deprecated'
    ])
    expect(names.map(parseRegistryTag)).toEqual(tags)
  })

  it('refuses bad names and counters when formatting', () => {
    expect(() => formatRegistryTag({ kind: 'version', model: 'Churn', version: 'v0.0.1' })).toThrow(
      UsageError
    )
    expect(() =>
      formatRegistryTag({ kind: 'assignment', model: 'churn', stage: 'prod', counter: 0 })
    ).toThrow(/positive integer/)
  })

  it('explains the naming rule and suggests a valid name', () => {
    expect(() => assertModelName('Churn_Model')).toThrow(
      'The model name "Churn_Model" is not allowed: use lower-case letters, digits and "-", ' +
        "starting and ending with a letter or digit (GTO's naming rule, so GTO can read the " +
        'registry). For example "churn-model".'
    )
    expect(() => assertModelName('../etc')).toThrow(UsageError)
    expect(() => assertModelName('a/b')).toThrow(UsageError)
    expect(() => assertModelName('')).toThrow(/is empty/)
    expect(() => assertModelName('m'.repeat(101))).toThrow(/101 characters/)
    expect(() => assertModelName('m')).not.toThrow()
    expect(() => assertStageName('latest')).toThrow(/reserved/)
    expect(() => assertStageName('prod-eu')).not.toThrow()
  })
})
