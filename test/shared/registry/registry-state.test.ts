import { describe, expect, it } from '@jest/globals'
import {
  buildModelState,
  currentAssignment,
  latestVersion,
  sameRun,
  stagesInUse
} from '../../../shared/registry/registry-state.js'
import type { StoredRef } from '../../../shared/store/store.js'

let clock = 0
function ref(
  name: string,
  metadata: StoredRef['metadata'] = {},
  commit?: string,
  at?: string
): StoredRef {
  clock++
  return {
    name,
    metadata,
    ...(commit === undefined ? {} : { commit }),
    createdAt: at ?? new Date(Date.UTC(2026, 0, 1, 0, 0, clock)).toISOString()
  }
}

describe('registry state from tags', () => {
  const published = new Set(['churn@v0.0.1', 'churn@v0.0.2', 'churn@v0.1.0'])

  it('collects versions in semver order with completeness and deregistration', () => {
    const state = buildModelState(
      'churn',
      [
        ref('churn@v0.1.0'),
        ref('churn@v0.0.2', { actor: 'a', run: { id: '1', attempt: 2, job: 'j' } }, 'c2'),
        ref('churn@v0.0.1'),
        ref('churn@v0.0.3'),
        ref('churn@v0.1.0!', { reason: 'bad' }),
        ref('churn-2@v9.0.0'),
        ref('release-v1'),
        ref('churn@v1.0.0-rc.1')
      ],
      published
    )
    expect(state.versions.map((v) => [v.version, v.complete, v.deregistered?.reason])).toEqual([
      ['v0.0.1', true, undefined],
      ['v0.0.2', true, undefined],
      ['v0.0.3', false, undefined],
      ['v0.1.0', true, 'bad']
    ])
    expect(state.versions[1]).toMatchObject({
      actor: 'a',
      run: { id: '1', attempt: 2, job: 'j' },
      commit: 'c2'
    })
    expect(latestVersion(state)?.version).toBe('v0.0.2')
  })

  it('follows assignments and unassignments in counter order', () => {
    const state = buildModelState(
      'churn',
      [
        ref('churn@v0.0.1', {}, 'c1'),
        ref('churn@v0.0.2', {}, 'c2'),
        ref('churn#prod#3', { version: 'v0.0.2' }),
        ref('churn#prod#1', { version: 'v0.0.1' }),
        ref('churn#staging#2', { version: 'v0.0.2' }),
        ref('churn#staging!#4', { version: 'v0.0.2' }),
        ref('churn#canary', {}, 'c1'),
        ref('churn#prod!#5', { version: 'v0.0.1' })
      ],
      published
    )
    expect(state.stageEvents.map((event) => event.tag)).toEqual([
      'churn#canary',
      'churn#prod#1',
      'churn#staging#2',
      'churn#prod#3',
      'churn#staging!#4',
      'churn#prod!#5'
    ])
    expect(state.lastCounter).toBe(5)
    // Unassigning v0.0.1 from prod does not touch v0.0.2, which holds prod now.
    expect(currentAssignment(state, 'prod')?.version).toBe('v0.0.2')
    expect(currentAssignment(state, 'staging')).toBeUndefined()
    // GTO's own tag: no metadata, the version is the one registered at the same commit.
    expect(currentAssignment(state, 'canary')?.version).toBe('v0.0.1')
    expect(stagesInUse(state)).toEqual(['canary', 'prod', 'staging'])
  })

  it('orders two events that raced for one counter deterministically', () => {
    const state = buildModelState(
      'churn',
      [
        ref('churn@v0.0.1'),
        ref('churn@v0.0.2'),
        ref('churn#prod!#2', { version: 'v0.0.1' }, undefined, '2026-02-01T00:00:00.000Z'),
        ref('churn#prod#2', { version: 'v0.0.2' }, undefined, '2026-02-01T00:00:00.000Z'),
        ref('churn#prod#1', { version: 'v0.0.1' })
      ],
      published
    )
    expect(state.stageEvents.map((event) => event.tag)).toEqual([
      'churn#prod#1',
      'churn#prod#2',
      'churn#prod!#2'
    ])
    expect(currentAssignment(state, 'prod')?.version).toBe('v0.0.2')
  })

  it('compares run identities by id, attempt and job', () => {
    const run = { id: '1', attempt: 1 }
    expect(sameRun(run, { id: '1', attempt: 1, workflow: 'other' })).toBe(true)
    expect(sameRun(run, { id: '1', attempt: 2 })).toBe(false)
    expect(sameRun(run, { id: '1', attempt: 1, job: 'x' })).toBe(false)
    expect(sameRun(undefined, undefined)).toBe(false)
  })
})
