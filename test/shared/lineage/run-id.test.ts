import { describe, expect, it } from '@jest/globals'
import {
  TOLLGATE_RUN_NAMESPACE,
  URL_NAMESPACE,
  isUuid,
  lineageRunId,
  uuidV5
} from '../../../shared/lineage/run-id.js'

describe('deterministic run ids', () => {
  it('computes RFC 4122 version-5 UUIDs', () => {
    // From the Python documentation of uuid.uuid5: uuid5(NAMESPACE_DNS, 'python.org').
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d'
    )
  })

  it('uses the documented Tollgate name space', () => {
    expect(uuidV5(URL_NAMESPACE, 'https://github.com/tollgate/openlineage-run-id')).toBe(
      TOLLGATE_RUN_NAMESPACE
    )
  })

  it('gives the same id for the same run, attempt, job and action, and different ids otherwise', () => {
    const identity = { workflowRunId: '123456', attempt: 1, job: 'train', action: 'train' }
    const id = lineageRunId(identity)
    expect(isUuid(id)).toBe(true)
    expect(id[14]).toBe('5')
    expect('89ab').toContain(id[19])
    expect(lineageRunId({ ...identity })).toBe(id)
    const others = [
      { ...identity, workflowRunId: '123457' },
      { ...identity, attempt: 2 },
      { ...identity, job: 'train-2' },
      { ...identity, action: 'register-model' },
      // Parts are joined unambiguously: moving text between parts changes the id.
      { ...identity, workflowRunId: '12345', job: '6train' }
    ].map(lineageRunId)
    expect(new Set([id, ...others]).size).toBe(6)
  })

  it('recognises UUIDs', () => {
    expect(isUuid('886313e1-3b8a-5372-9b90-0c9aee199e5d')).toBe(true)
    expect(isUuid('886313e1-3b8a-5372-9b90-0c9aee199e5')).toBe(false)
    expect(isUuid(42)).toBe(false)
  })
})
