import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { emitActionLineage } from '../../../shared/adapters/action-lineage.js'
import { localFileDigests } from '../../../shared/adapters/data-run-lineage.js'
import { LocalStore } from '../../../shared/adapters/local-store.js'
import { buildRunEvent, type RunEvent } from '../../../shared/lineage/openlineage-event.js'
import { listLineageEvents } from '../../../shared/operations/lineage-record-store.js'
import { captureStdout } from '../../harness/capture-stdout.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'

/**
 * emitActionLineage in-process: where events go, and that every problem on the way is a
 * `::warning`, never a thrown error (the e2e action tests cover the HTTP side).
 */

let dir: TempDir
beforeAll(() => {
  dir = makeTempDir('tollgate-action-lineage-')
})
afterAll(() => dir.remove())

const event: RunEvent = buildRunEvent({
  context: {
    producer: 'urn:tollgate:test',
    namespace: 'github://octo/repo',
    workflowRunId: '42',
    attempt: 1,
    job: 'checks',
    action: 'spc-check'
  },
  eventType: 'COMPLETE',
  eventTime: '2026-11-24T10:00:00Z',
  inputs: [{ namespace: 'github://octo/repo', name: 'metrics.json', sha256: 'a'.repeat(64) }]
})

describe('emitActionLineage', () => {
  it('builds nothing when there is neither a store nor a URL', async () => {
    let built = 0
    const { stdout } = await captureStdout(() =>
      emitActionLineage(
        'validate-data',
        async () => {
          built++
          return [event]
        },
        { url: '  ' }
      )
    )
    expect(built).toBe(0)
    expect(stdout).toBe('')
  })

  it('keeps the events in the store lineage series, once per run and event type', async () => {
    const store = new LocalStore(join(dir.path, 'kept'))
    const first = await captureStdout(() =>
      emitActionLineage('spc-check', async () => [event], { store })
    )
    expect(first.stdout).toMatch(/^Lineage: COMPLETE event of run \S+ stored in /m)
    const again = await captureStdout(() => emitActionLineage('spc-check', [event], { store }))
    expect(again.stdout).toMatch(/already stored/)
    expect((await listLineageEvents(store)).events).toEqual([event])
  })

  it('warns when the event cannot be built, and stores nothing', async () => {
    const store = new LocalStore(join(dir.path, 'unbuilt'))
    const { stdout } = await captureStdout(() =>
      emitActionLineage(
        'drift-check',
        async () => {
          throw new Error('EACCES: permission denied, open data.csv')
        },
        { store }
      )
    )
    expect(stdout).toBe(
      '::warning title=drift-check%3A lineage::Could not build the lineage event of this run: EACCES: permission denied, open data.csv\n'
    )
    expect((await listLineageEvents(store)).events).toEqual([])
  })

  it('warns when the store refuses the record', async () => {
    const root = join(dir.path, 'refused')
    mkdirSync(join(root, 'records'), { recursive: true })
    writeFileSync(join(root, 'records', 'lineage'), 'a file where the series folder goes')
    const { stdout } = await captureStdout(() =>
      emitActionLineage('spc-check', [event], { store: new LocalStore(root) })
    )
    expect(stdout).toMatch(
      /^::warning title=spc-check%3A lineage::Could not store the lineage event in /
    )
  })

  it('warns about a URL that is not one, instead of failing', async () => {
    const { stdout } = await captureStdout(() =>
      emitActionLineage('deploy', [event], { url: 'marquez:5000', env: {} })
    )
    expect(stdout).toMatch(
      /^::warning title=deploy%3A lineage not delivered::Lineage was not sent: lineage-url must be an http or https URL, got marquez:/
    )
  })
})

describe('localFileDigests', () => {
  it('hashes the paths that are files here and leaves out the rest', async () => {
    dir.file('data/a.csv', 'id\n1\n')
    mkdirSync(join(dir.path, 'folder'), { recursive: true })
    const digests = await localFileDigests(
      ['data/a.csv', 'missing.csv', 'folder', 'postgres:public.orders', 'data/a.csv'],
      dir.path
    )
    expect([...digests]).toEqual([
      ['data/a.csv', createHash('sha256').update('id\n1\n').digest('hex')]
    ])
  })
})
