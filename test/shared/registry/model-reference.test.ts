import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../../shared/errors.js'
import {
  formatModelReference,
  parseModelReference
} from '../../../shared/registry/model-reference.js'

describe('model references', () => {
  it.each([
    ['churn@v1.2.3', { model: 'churn', kind: 'version', version: 'v1.2.3' }],
    ['churn@1.2.3', { model: 'churn', kind: 'version', version: 'v1.2.3' }],
    ['churn@latest', { model: 'churn', kind: 'latest' }],
    ['churn@greatest', { model: 'churn', kind: 'latest' }],
    ['churn@production', { model: 'churn', kind: 'stage', stage: 'production' }],
    ['churn#production', { model: 'churn', kind: 'stage', stage: 'production' }],
    [' churn@staging ', { model: 'churn', kind: 'stage', stage: 'staging' }]
  ])('parses %j', (text, reference) => {
    expect(parseModelReference(text)).toEqual(reference)
  })

  it.each([
    'churn',
    '@v1.0.0',
    'churn@',
    'churn@v1.2',
    'Churn@latest',
    'churn@Prod',
    'churn#latest',
    '../x@v1.0.0'
  ])('refuses %j with a usage error', (text) => {
    expect(() => parseModelReference(text)).toThrow(UsageError)
  })

  it('says what to write', () => {
    expect(() => parseModelReference('churn')).toThrow(
      '"churn" does not name a model version; write MODEL@VERSION, MODEL@latest or MODEL@STAGE, ' +
        'e.g. churn@v1.2.3, churn@latest or churn@production.'
    )
  })

  it('formats canonically', () => {
    expect(formatModelReference(parseModelReference('churn#production'))).toBe('churn@production')
    expect(formatModelReference(parseModelReference('churn@1.0.0'))).toBe('churn@v1.0.0')
  })
})
