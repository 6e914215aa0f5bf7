import { describe, expect, it } from '@jest/globals'
import { parseYamlSource } from '../../../shared/config/yaml-source.js'
import { InputError, UsageError } from '../../../shared/errors.js'
import {
  parseColumnMethod,
  resolveDriftSettings,
  type DriftSettingsInput
} from '../../../shared/operations/drift-settings.js'

const input = (extra: Partial<DriftSettingsInput> = {}): DriftSettingsInput => ({
  columnMethods: [],
  columns: [],
  ignore: [],
  ...extra
})

const driftSection = (yaml: string) => parseYamlSource(yaml, '.tollgate.yml').get('drift')

describe('resolveDriftSettings', () => {
  it('defaults to Evidently: automatic method, drift share 0.5, PSI on reference deciles', () => {
    expect(resolveDriftSettings(input(), undefined)).toEqual({
      method: 'auto',
      driftShare: 0.5,
      psiBinning: 'quantile',
      columns: [],
      ignore: [],
      overrides: new Map()
    })
  })

  it('reads the drift section of .tollgate.yml; explicit inputs win over it', () => {
    const section = driftSection(`drift:
  method: psi
  threshold: 0.2
  drift-share: 0.3
  psi-binning: evidently
  ignore-columns: [id]
  columns:
    age: { method: ks, threshold: 0.01 }
    notes: { ignore: true }
`)
    const fromFile = resolveDriftSettings(input(), section)
    expect(fromFile).toMatchObject({
      method: 'psi',
      threshold: 0.2,
      driftShare: 0.3,
      psiBinning: 'evidently'
    })
    expect(fromFile.ignore.sort()).toEqual(['id', 'notes'])
    expect(fromFile.overrides.get('age')).toEqual({
      method: 'ks',
      threshold: 0.01,
      origin: '.tollgate.yml:8'
    })
    const overridden = resolveDriftSettings(
      input({ method: 'hellinger', driftShare: '0.7', columnMethods: ['age=wasserstein'] }),
      section
    )
    expect(overridden).toMatchObject({ method: 'hellinger', threshold: 0.2, driftShare: 0.7 })
    expect(overridden.overrides.get('age')).toEqual({
      method: 'wasserstein',
      origin: 'column-methods'
    })
  })

  it('refuses a threshold for all columns with the automatic method', () => {
    expect(() => resolveDriftSettings(input({ threshold: '0.1' }), undefined)).toThrow(
      /needs a method/
    )
    expect(() => resolveDriftSettings(input(), driftSection('drift:\n  threshold: 0.1\n'))).toThrow(
      InputError
    )
  })

  it('checks thresholds against the kind of score: p-values lie in (0, 1)', () => {
    expect(() =>
      resolveDriftSettings(input({ method: 'ks', threshold: '1.5' }), undefined)
    ).toThrow(/between 0 and 1/)
    expect(
      resolveDriftSettings(input({ method: 'psi', threshold: '1.5' }), undefined).threshold
    ).toBe(1.5)
    expect(() =>
      resolveDriftSettings(input({ method: 'psi', threshold: '-1' }), undefined)
    ).toThrow(UsageError)
  })

  it('names the file line and suggests the nearest name for typos', () => {
    expect(() => resolveDriftSettings(input(), driftSection('drift:\n  methd: ks\n'))).toThrow(
      /\.tollgate\.yml:2:3.*unknown drift setting "methd".*did you mean "method"/
    )
    expect(() =>
      resolveDriftSettings(input(), driftSection('drift:\n  columns:\n    age: { method: kss }\n'))
    ).toThrow(/\.tollgate\.yml:3.*did you mean "ks"/)
    expect(() => resolveDriftSettings(input({ method: 'wassertein' }), undefined)).toThrow(
      /did you mean "wasserstein"/
    )
  })

  it('refuses a drift share outside (0, 1]', () => {
    expect(() => resolveDriftSettings(input({ driftShare: '0' }), undefined)).toThrow(/drift-share/)
    expect(() => resolveDriftSettings(input({ driftShare: 'half' }), undefined)).toThrow(
      /must be a number/
    )
  })
})

describe('parseColumnMethod', () => {
  it('reads COLUMN=METHOD[:THRESHOLD], the column being everything before the last =', () => {
    expect(parseColumnMethod('age=ks:0.01')).toEqual([
      'age',
      { method: 'ks', threshold: 0.01, origin: 'column-methods' }
    ])
    expect(parseColumnMethod(' a=b = psi ')).toEqual([
      'a=b',
      { method: 'psi', origin: 'column-methods' }
    ])
    expect(parseColumnMethod('score=:0.2')).toEqual([
      'score',
      { threshold: 0.2, origin: 'column-methods' }
    ])
    expect(parseColumnMethod('y=auto')).toEqual(['y', { method: 'auto', origin: 'column-methods' }])
  })

  it('explains malformed entries', () => {
    expect(() => parseColumnMethod('age')).toThrow(/COLUMN=METHOD/)
    expect(() => parseColumnMethod('=ks')).toThrow(/COLUMN=METHOD/)
    expect(() => parseColumnMethod('age=')).toThrow(/neither a method nor a threshold/)
    expect(() => parseColumnMethod('age=ks:x')).toThrow(/threshold must be a number/)
    expect(() => parseColumnMethod('age=z:0')).toThrow(/between 0 and 1/)
  })
})
