import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { main } from '../../../shared/cli/main.js'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import { listDeployments } from '../../../shared/operations/deploy-record-store.js'
import { listGateVerdicts } from '../../../shared/operations/gate-record-store.js'
import { ModelRegistry } from '../../../shared/registry/model-registry.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'
import { registerModel, syntheticCsv, trainOn } from './gate-test-models.js'

/**
 * The command-line flow the demo runs: gate -> deploy to staging -> deploy to production with the
 * local approval mode (request, approval, deployment), then the history and a rollback.
 */

let dir: TempDir
let storeDir: string
const saved = { ...process.env }

beforeAll(async () => {
  dir = makeTempDir('tollgate-cli-flow-')
  storeDir = join(dir.path, 'store')
  const store = new LocalStore(storeDir)
  const csv = syntheticCsv(500, 3)
  await registerModel(
    store,
    'churn',
    trainOn(csv, 'label', 'logistic-regression', { drop: ['x1'] })
  )
  await registerModel(store, 'churn', trainOn(csv, 'label', 'logistic-regression'))
  dir.file('holdout.csv', syntheticCsv(300, 4))
  dir.file(
    'gate.yml',
    'metrics:\n  accuracy: { min: 0.6, max_regression: 0.0 }\n  roc_auc: { min: 0.7 }\n'
  )
  for (const name of [
    'GITHUB_RUN_ID',
    'GITHUB_RUN_ATTEMPT',
    'GITHUB_ACTOR',
    'GITHUB_EVENT_PATH',
    'GITHUB_JOB'
  ])
    delete process.env[name]
})
afterAll(() => {
  process.env = saved
  dir.remove()
})

async function tollgate(
  ...argv: string[]
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) })
  return { code, out, err }
}

describe('tollgate gate -> deploy staging -> deploy production (local approval)', () => {
  it('runs the lifecycle with explicit approval steps and keeps the history', async () => {
    process.env.TOLLGATE_NOW = '2025-06-12T09:00:00Z'
    const data = join(dir.path, 'holdout.csv')
    const rules = join(dir.path, 'gate.yml')
    const rejected = await tollgate(
      'gate',
      '--candidate',
      'churn@v0.0.1',
      '--champion',
      'churn@v0.0.2',
      '--data',
      data,
      '--target',
      'label',
      '--thresholds',
      rules,
      '--store',
      storeDir
    )
    expect(rejected.code).toBe(1)
    expect(rejected.out.at(-2)).toMatch(/^reject: Reject: 1 of 3 rules failed/)

    const gate = await tollgate(
      'gate',
      '--candidate',
      'churn@v0.0.2',
      '--champion',
      'staging',
      '--data',
      data,
      '--target',
      'label',
      '--thresholds',
      rules,
      '--store',
      storeDir,
      '--report-path',
      join(dir.path, 'gate.json')
    )
    expect(gate.code).toBe(0)
    expect(gate.out).toContain(
      'No version of churn is in staging, so there is no champion; thresholds alone decided.'
    )
    const store = new LocalStore(storeDir)
    expect(
      (await listGateVerdicts(store, 'churn', 'v0.0.2')).map((verdict) => verdict.verdict)
    ).toEqual(['no-champion'])

    const staging = await tollgate(
      'deploy',
      '--name',
      'churn',
      '--version',
      'v0.0.2',
      '--environment',
      'staging',
      '--store',
      storeDir,
      '--target',
      join(dir.path, 'served', 'staging')
    )
    expect(staging.out[0]).toBe('success: deployed churn v0.0.2 to staging')
    expect(staging.code).toBe(0)

    const production = [
      'deploy',
      '--name',
      'churn',
      '--version',
      'staging',
      '--environment',
      'production',
      '--store',
      storeDir,
      '--required-approvals',
      '1',
      '--approvers',
      'alice,bob'
    ]
    const requested = await tollgate(...production, '--actor', 'dana')
    expect(requested.code).toBe(0)
    expect(requested.out[0]).toMatch(/^awaiting-approval: approval requested: 0 of 1 approvals/)
    expect(requested.out).toContain(
      `approve with: tollgate deploy --name churn --version v0.0.2 --environment production --approve NAME --store ${storeDir}`
    )

    const approved = await tollgate(...production, '--approve', 'alice')
    expect(approved.code).toBe(0)
    expect(approved.out[0]).toBe('success: deployed churn v0.0.2 to production')
    expect((await new ModelRegistry(store).currentStage('churn', 'production'))?.version).toBe(
      'v0.0.2'
    )
    const [record] = await listDeployments(store, 'churn', 'production')
    expect(record).toMatchObject({
      initiator: 'dana',
      approval: { via: 'local', approvers: [{ login: 'alice' }] }
    })

    const history = await tollgate('deployments', '--name', 'churn', '--store', storeDir)
    expect(history.code).toBe(0)
    expect(history.out).toHaveLength(2)
    expect(history.out[1]).toMatch(
      /production\s+deploy\s+v0\.0\.2\s+success\s+from -\s+by dana\s+approved by alice\s+run local-20250612T090000000Z-[0-9a-f]{6}#1/
    )

    const nothingEarlier = await tollgate(
      'rollback',
      '--name',
      'churn',
      '--environment',
      'production',
      '--store',
      storeDir
    )
    expect(nothingEarlier.code).toBe(2)
    expect(nothingEarlier.err[0]).toMatch(/no earlier version in production/)
  })
})
