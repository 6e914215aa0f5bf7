import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import type { DriftColumnEntry, DriftReport } from '../../../shared/drift-report/drift-report.js'
import { UsageError } from '../../../shared/errors.js'
import { driftCheck, type DriftCheckRequest } from '../../../shared/operations/drift-check.js'
import {
  resolveDriftSettings,
  type DriftSettingsInput
} from '../../../shared/operations/drift-settings.js'
import { validateData } from '../../../shared/operations/validate-data.js'
import { ModelRegistry } from '../../../shared/registry/model-registry.js'
import { sha256Hex } from '../../../shared/store/content-digest.js'
import type { JsonValue } from '../../../shared/store/canonical-json.js'
import { fixturePath, repoRoot } from '../../helpers/paths.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'

/**
 * drift-check end to end at the operation level, against scipy/Evidently reference values
 * (scripts/oracles/drift-check-fixtures.py → test/fixtures/drift-check/expected.json).
 */

interface ExpectedTest {
  method: string
  statistic: number | null
  p_value: number | null
  score: number
  drifted: boolean
}
type Expected = Record<'small' | 'small_psi' | 'large', Record<string, ExpectedTest>>

const expected = JSON.parse(
  readFileSync(fixturePath('drift-check', 'expected.json'), 'utf8')
) as Expected
const TRICKY = 'channel <b>@ops|x</b>'
const NOW = Date.parse('2026-11-24T12:00:00Z')
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const validateSchema = addFormats(new Ajv({ allErrors: true, allowUnionTypes: true })).compile(
  JSON.parse(
    readFileSync(join(repoRoot, 'shared/drift-report/drift-report.schema.json'), 'utf8')
  ) as object
)

let dir: TempDir
beforeAll(() => {
  dir = makeTempDir('tollgate-drift-')
})
afterAll(() => dir.remove())

const noStore = (): Promise<never> => Promise.reject(new Error('no store in this test'))

function settings(
  input: Partial<DriftSettingsInput> = {}
): ReturnType<typeof resolveDriftSettings> {
  return resolveDriftSettings({ columnMethods: [], columns: [], ignore: [], ...input }, undefined)
}

async function drift(
  reference: string,
  current: string,
  extra: Partial<DriftCheckRequest> = {}
): Promise<DriftReport> {
  const report = await driftCheck({
    reference,
    current: [current],
    format: 'auto',
    settings: settings(),
    threads: 1,
    now: NOW,
    openStore: noStore,
    ...extra
  })
  const roundTripped = JSON.parse(JSON.stringify(report)) as unknown
  expect(validateSchema(roundTripped) ? [] : validateSchema.errors).toEqual([])
  return report
}

function column(report: DriftReport, name: string): DriftColumnEntry {
  const found = report.columns.find((entry) => entry.column === name)
  if (found === undefined) throw new Error(`no column ${name}`)
  return found
}

function expectMatches(entry: DriftColumnEntry, oracle: ExpectedTest): void {
  const test = entry.test!
  expect({
    column: entry.column,
    status: entry.status,
    method: test.method,
    drifted: test.drifted
  }).toEqual({
    column: entry.column,
    status: 'tested',
    method: oracle.method,
    drifted: oracle.drifted
  })
  if (oracle.score === 0) expect(test.score).toBe(0)
  else expect(test.score! / oracle.score).toBeCloseTo(1, 9)
  if (oracle.p_value !== null && oracle.p_value !== 0) {
    expect(test.p_value! / oracle.p_value).toBeCloseTo(1, 9)
  }
  if (oracle.statistic !== null) {
    // Evidently's Z maps the first sorted category to 0, so only the sign convention may differ.
    expect(Math.abs(test.statistic!) / Math.abs(oracle.statistic)).toBeCloseTo(1, 9)
  } else {
    expect(test.statistic).toBeNull()
  }
}

const small = (name: string): string => fixturePath('drift-check', `small-${name}.csv`)
const large = (name: string): string => fixturePath('drift-check', `large-${name}.csv`)

describe('data reference, small samples (Evidently: KS, chi-square, Z)', () => {
  let report: DriftReport
  beforeAll(async () => {
    report = await drift(small('reference'), small('current'))
  })

  it('matches scipy/Evidently for every tested column', () => {
    for (const [name, oracle] of Object.entries(expected.small)) {
      expectMatches(column(report, name), oracle)
    }
  })

  it('uses exact data and reports why each method was chosen', () => {
    const age = column(report, 'age')
    expect(age.reference_source).toBe('data')
    expect(age.test?.exact).toBe(true)
    expect(age.test?.method_reason).toMatch(
      /Evidently default: numeric, reference rows 600 <= 1000/
    )
    expect(column(report, 'income').reference_nulls).toBeGreaterThan(0)
    expect(column(report, 'segment').test?.note).toMatch(/infinite/)
  })

  it('reports bad input per column instead of failing', () => {
    expect(column(report, 'signup')).toMatchObject({ status: 'skipped', reference_type: 'date' })
    expect(column(report, 'note')).toMatchObject({ status: 'skipped', kind: 'categorical' })
    expect(column(report, 'note').message).toMatch(/free text/)
    expect(column(report, 'zip')).toMatchObject({
      status: 'schema',
      schema_change: 'type_changed',
      reference_type: 'integer',
      current_type: 'string'
    })
    expect(column(report, 'legacy')).toMatchObject({
      status: 'schema',
      schema_change: 'missing_in_current',
      current_type: null
    })
    expect(column(report, 'new_feature')).toMatchObject({
      status: 'schema',
      schema_change: 'new_in_current',
      reference_type: null
    })
    expect(column(report, 'bonus')).toMatchObject({ status: 'error', current_type: 'empty' })
    expect(column(report, 'bonus').message).toMatch(/all values are missing in the current data/)
  })

  it('decides dataset drift by Evidently share rule and flags schema drift', () => {
    expect(report.dataset).toMatchObject({
      tested_columns: 6,
      drifted_columns: 4,
      dataset_drift: true,
      schema_drift: true,
      exact: true
    })
    expect(report.dataset.share).toBeCloseTo(4 / 6, 15)
    expect(report.dataset.errors).toEqual([
      { column: 'bonus', error: 'all values are missing in the current data' }
    ])
    expect(report.schema_changes.map((change) => [change.column, change.change])).toEqual([
      ['zip', 'type_changed'],
      ['legacy', 'missing_in_current'],
      ['new_feature', 'new_in_current']
    ])
    expect(report.drift_detected).toBe(true)
    expect(report.subject).toBe('small-reference')
  })
})

describe('data reference, large samples (Evidently: normed Wasserstein, Jensen-Shannon)', () => {
  it('matches scipy/Evidently', async () => {
    const report = await drift(large('reference'), large('current'))
    for (const [name, oracle] of Object.entries(expected.large)) {
      expectMatches(column(report, name), oracle)
    }
    expect(report.dataset).toMatchObject({
      tested_columns: 4,
      drifted_columns: 2,
      dataset_drift: true
    })
  })
})

describe('methods chosen by the user', () => {
  it('PSI on reference deciles for every column (method psi)', async () => {
    const report = await drift(small('reference'), small('current'), {
      settings: settings({ method: 'psi' })
    })
    for (const [name, oracle] of Object.entries(expected.small_psi)) {
      expectMatches(column(report, name), oracle)
    }
    expect(column(report, 'segment').test?.method).toBe('psi')
    expect(report.settings).toMatchObject({ method: 'psi', psi_binning: 'quantile' })
  })

  it('a numeric-only method leaves categorical columns on the automatic choice, with a note', async () => {
    const report = await drift(small('reference'), small('current'), {
      settings: settings({ method: 'wasserstein' })
    })
    expect(column(report, 'age').test?.method).toBe('wasserstein')
    expect(column(report, 'segment').test?.method).toBe('chisquare')
    expect(column(report, 'segment').message).toMatch(/wasserstein needs a numeric column/)
  })

  it('per-column overrides set method and threshold; a threshold alone applies to the automatic method', async () => {
    const report = await drift(small('reference'), small('current'), {
      settings: settings({
        columnMethods: ['age=psi:0.5', 'income=:0.9', `${TRICKY}=jensenshannon`]
      })
    })
    expect(column(report, 'age').test).toMatchObject({
      method: 'psi',
      threshold: 0.5,
      drifted: false
    })
    expect(column(report, 'age').test?.score).toBeCloseTo(expected.small_psi.age!.score, 12)
    expect(column(report, 'income').test).toMatchObject({
      method: 'ks',
      threshold: 0.9,
      drifted: true
    })
    expect(column(report, TRICKY).test?.method).toBe('jensenshannon')
    expect(report.settings.column_overrides).toHaveLength(3)
  })

  it('an explicit method tests a free-text column too', async () => {
    const report = await drift(small('reference'), small('current'), {
      settings: settings({ columnMethods: ['note=chisquare'] })
    })
    expect(column(report, 'note')).toMatchObject({ status: 'tested', drifted: true })
  })

  it('columns and ignore-columns select what is tested; unknown names are refused with a suggestion', async () => {
    const report = await drift(small('reference'), small('current'), {
      settings: settings({ columns: ['age', 'segment', 'legacy'], ignore: ['segment'] })
    })
    expect(report.columns.map((entry) => [entry.column, entry.status])).toEqual([
      ['age', 'tested'],
      ['segment', 'skipped'],
      ['legacy', 'schema']
    ])
    await expect(
      drift(small('reference'), small('current'), {
        settings: settings({ columnMethods: ['agee=ks'] })
      })
    ).rejects.toThrow(/column-methods names the column "agee".*did you mean "age"/)
    await expect(
      drift(small('reference'), small('current'), { settings: settings({ columns: ['segmnt'] }) })
    ).rejects.toThrow(UsageError)
  })
})

describe('profile references', () => {
  let smallProfile: string
  let largeProfile: string
  beforeAll(async () => {
    smallProfile = await profileOf(small('reference'), 'small-profile.json')
    largeProfile = await profileOf(large('reference'), 'large-profile.json')
  })

  it('a profile with exact value counts gives exactly the data reference results', async () => {
    const fromData = await drift(small('reference'), small('current'))
    const fromProfile = await drift(smallProfile, small('current'))
    expect(fromProfile.reference.kind).toBe('profile')
    for (const name of Object.keys(expected.small)) {
      const entry = column(fromProfile, name)
      expect(entry.reference_source).toBe('profile-counts')
      expect(entry.test?.exact).toBe(true)
      expect({ name, score: entry.test?.score, statistic: entry.test?.statistic }).toEqual({
        name,
        score: column(fromData, name).test?.score,
        statistic: column(fromData, name).test?.statistic
      })
    }
    expect(fromProfile.schema_changes).toEqual(fromData.schema_changes)
  })

  it('a column beyond the exact counts uses the sketch, approximately, and says so', async () => {
    const report = await drift(largeProfile, large('current'))
    const x = column(report, 'x')
    expect(x).toMatchObject({ reference_source: 'profile-sketch', status: 'tested', drifted: true })
    expect(x.test?.exact).toBe(false)
    expect(x.message).toMatch(/approximate: the reference is the profile's quantile sketch/)
    // DDSketch points are within 1% of the values they stand for.
    expect(x.test!.score! / expected.large.x!.score).toBeCloseTo(1, 1)
    expect(column(report, 'few').test?.exact).toBe(true)
    expect(column(report, 'cat').test?.score).toBeCloseTo(expected.large.cat!.score, 12)
    expect(report.dataset.exact).toBe(false)
  })

  it('a malformed profile is an input error that names the file and column', async () => {
    const profile = JSON.parse(readFileSync(smallProfile, 'utf8')) as {
      columns: { state: { values: unknown } }[]
    }
    profile.columns[1]!.state.values = -3
    const path = dir.file('broken-profile.json', JSON.stringify(profile))
    await expect(drift(path, small('current'))).rejects.toThrow(
      /broken-profile\.json.*income.*state\.values/
    )
  })
})

describe('registry references', () => {
  it('reads the training-data profile of a model version from the store', async () => {
    const profilePath = await profileOf(small('reference'), 'registry-profile.json')
    const store = new LocalStore(join(dir.path, 'store'))
    const registry = new ModelRegistry(store)
    const registered = await registry.registerVersion({
      model: 'churn',
      files: new Map([['model.json', new TextEncoder().encode('{}')]]),
      metrics: { accuracy: 0.9 },
      trainingData: [
        { name: 'small-reference.csv', sha256: sha256Hex(new Uint8Array(1)), rows: 600 }
      ],
      profile: JSON.parse(readFileSync(profilePath, 'utf8')) as JsonValue
    })
    await registry.assignStage({ model: 'churn', stage: 'production', version: registered.version })
    const report = await drift('registry:churn@production', small('current'), {
      openStore: () => Promise.resolve(store)
    })
    expect(report.reference).toMatchObject({
      kind: 'registry',
      model: { name: 'churn', version: 'v0.0.1', tag: 'churn@v0.0.1', stage: 'production' }
    })
    expect(report.subject).toBe('churn')
    expectMatches(column(report, 'age'), expected.small.age!)
    await expect(
      drift('registry:churn@staging', small('current'), { openStore: () => Promise.resolve(store) })
    ).rejects.toThrow(/No version of churn is in stage staging/)
  })
})

describe('edge cases', () => {
  it('an empty current file is reported per column, not a crash', async () => {
    const empty = dir.file('empty.csv', '')
    const report = await drift(small('reference'), empty)
    expect(report.current).toMatchObject({ empty: true, rows: 0, columns: 0 })
    expect(new Set(report.columns.map((entry) => entry.status))).toEqual(new Set(['error']))
    expect(column(report, 'age')).toMatchObject({
      status: 'error',
      message: 'the current data is empty (no header and no rows)'
    })
    expect(report.dataset).toMatchObject({ tested_columns: 0, dataset_drift: false })
    expect(report.drift_detected).toBe(false)
  })

  it('a current file with a header and no rows makes every column all-missing', async () => {
    const headerOnly = dir.file('header-only.csv', 'age,segment\n')
    const report = await drift(small('reference'), headerOnly, {
      settings: settings({ columns: ['age', 'segment'] })
    })
    expect(column(report, 'age')).toMatchObject({
      status: 'error',
      message: 'all values are missing in the current data'
    })
  })

  it('a pair of one-column files with any column name is a valid input (prediction drift)', async () => {
    const name = 'ŷ | p(churn) @model'
    const reference = dir.file(
      'pred-ref.csv',
      `"${name}"\n${Array.from({ length: 50 }, (_, i) => (i / 50).toFixed(3)).join('\n')}\n`
    )
    const current = dir.file(
      'pred-cur.jsonl',
      Array.from({ length: 40 }, (_, i) => JSON.stringify({ [name]: 0.3 + i / 80 })).join('\n')
    )
    const report = await drift(reference, current)
    expect(report.columns).toHaveLength(1)
    expect(column(report, name)).toMatchObject({ status: 'tested', kind: 'numeric', drifted: true })
    expect(column(report, name).test?.method).toBe('ks')
  })

  it('integer in one file and decimals in the other is still one numeric column', async () => {
    const reference = dir.file(
      'int.csv',
      `v\n${Array.from({ length: 30 }, (_, i) => i).join('\n')}\n`
    )
    const current = dir.file(
      'dec.csv',
      `v\n${Array.from({ length: 30 }, (_, i) => i + 0.5).join('\n')}\n`
    )
    const report = await drift(reference, current)
    expect(column(report, 'v')).toMatchObject({
      status: 'tested',
      reference_type: 'integer',
      current_type: 'number'
    })
    expect(report.schema_changes).toEqual([])
  })

  it('a subject is cleaned of control characters and used as given', async () => {
    const report = await drift(small('reference'), small('current'), { subject: 'churn\nmodel ' })
    expect(report.subject).toBe('churn model')
  })
})

/** Writes the profile validate-data builds for a file and returns its path. */
async function profileOf(data: string, name: string): Promise<string> {
  const checks = dir.file(`${name}.checks.yml`, 'table:\n  row_count: { min: 1 }\n')
  const { profile } = await validateData({
    data: [data],
    checksPath: checks,
    format: 'auto',
    failOn: 'never',
    threads: 1,
    now: NOW
  })
  return dir.file(name, JSON.stringify(profile))
}
