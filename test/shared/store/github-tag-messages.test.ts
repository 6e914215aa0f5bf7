import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../../shared/errors.js'
import {
  formatClaimMessage,
  formatSegmentMessage,
  parseClaimMessage,
  releaseIdOfSegmentMessage
} from '../../../shared/store/github-tag-messages.js'

describe('annotated tag messages', () => {
  it('writes claim metadata as canonical JSON and reads it back', () => {
    const message = formatClaimMessage(
      { version: 'v1.0.0', kind: 'version', run: { id: '7' } },
      'm@v1.0.0'
    )
    expect(message).toBe('{"kind":"version","run":{"id":"7"},"version":"v1.0.0"}')
    expect(parseClaimMessage(`${message}\n`)).toEqual({
      kind: 'version',
      run: { id: '7' },
      version: 'v1.0.0'
    })
    expect(() => formatClaimMessage({ score: Number.NaN }, 'm@v1.0.0')).toThrow(UsageError)
  })

  it('reads tags that Tollgate did not write as carrying no metadata', () => {
    expect(parseClaimMessage('Registering artifact churn version v0.0.1')).toEqual({})
    expect(parseClaimMessage('[1,2]')).toEqual({})
    expect(parseClaimMessage('')).toEqual({})
  })

  it('names the release of a segment, and only for the series and segment it claims', () => {
    const message = formatSegmentMessage({ series: 'lineage', segment: 2, releaseId: 41 })
    expect(releaseIdOfSegmentMessage(message, 'lineage', 2)).toBe(41)
    expect(releaseIdOfSegmentMessage(message, 'lineage', 3)).toBeUndefined()
    expect(releaseIdOfSegmentMessage(message, 'other', 2)).toBeUndefined()
    expect(releaseIdOfSegmentMessage('{"releaseId":41}', 'lineage', 2)).toBeUndefined()
    const bad = formatSegmentMessage({ series: 'lineage', segment: 2, releaseId: -1 })
    expect(releaseIdOfSegmentMessage(bad, 'lineage', 2)).toBeUndefined()
  })
})
