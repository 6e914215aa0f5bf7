import { describe, expect, it } from '@jest/globals'
import {
  parseApprovalCommand,
  tallyApprovals,
  type ApprovalComment,
  type TallyRequest
} from '../../../shared/deploy/approval-tally.js'

const request: TallyRequest = {
  required: 2,
  allowInitiator: false,
  initiator: 'Carol',
  requestedAt: '2025-06-12T09:00:00Z',
  expiresAt: '2025-06-15T09:00:00Z'
}
const NOW = Date.parse('2025-06-12T12:00:00Z')
const allowed = new Set(['alice', 'bob', 'carol', 'dave'])
const eligible = (login: string) => allowed.has(login)

let nextId = 1
function comment(login: string, body: string, at: string, edited?: string): ApprovalComment {
  return { id: nextId++, login, body, createdAt: at, updatedAt: edited ?? at }
}

describe('parseApprovalCommand', () => {
  it('reads /approve and /deny on the first non-empty line, any case, with a reason', () => {
    expect(parseApprovalCommand('/approve')).toEqual({ kind: 'approve' })
    expect(parseApprovalCommand('\n  /APPROVE  \nthanks')).toEqual({ kind: 'approve' })
    expect(parseApprovalCommand('/deny metrics look off')).toEqual({
      kind: 'deny',
      reason: 'metrics look off'
    })
    expect(parseApprovalCommand('lgtm /approve')).toBeUndefined()
    expect(parseApprovalCommand('/approved')).toBeUndefined()
    expect(parseApprovalCommand('')).toBeUndefined()
  })
})

describe('tallyApprovals', () => {
  it('approves at the comment that reaches the quorum of distinct allowed approvers', () => {
    const tally = tallyApprovals(
      request,
      [
        comment('alice', '/approve', '2025-06-12T10:00:00Z'),
        comment('alice', '/approve', '2025-06-12T10:05:00Z'),
        comment('bob', 'looks fine', '2025-06-12T10:06:00Z'),
        comment('bob', '/approve', '2025-06-12T10:10:00Z'),
        comment('dave', '/deny too late', '2025-06-12T10:20:00Z')
      ],
      eligible,
      NOW
    )
    expect(tally.state).toBe('approved')
    expect(tally.decidedAt).toBe('2025-06-12T10:10:00Z')
    expect(tally.approvals.map((vote) => vote.login)).toEqual(['alice', 'bob'])
    expect(tally.denials).toEqual([])
  })

  it('ignores the initiator, outsiders, bots, edited comments and comments after expiry', () => {
    const tally = tallyApprovals(
      request,
      [
        comment('Carol', '/approve', '2025-06-12T10:00:00Z'),
        comment('mallory', '/approve', '2025-06-12T10:01:00Z'),
        comment('github-actions[bot]', '/approve', '2025-06-12T10:02:00Z'),
        comment('alice', '/approve', '2025-06-12T10:03:00Z', '2025-06-12T11:00:00Z'),
        comment('bob', '/approve', '2025-06-12T10:04:00Z'),
        comment('dave', '/approve', '2025-06-16T10:00:00Z')
      ],
      eligible,
      Date.parse('2025-06-16T12:00:00Z')
    )
    expect(tally.state).toBe('expired')
    expect(tally.decidedAt).toBe('2025-06-15T09:00:00Z')
    expect(tally.approvals.map((vote) => vote.login)).toEqual(['bob'])
    expect(tally.ignored.map((entry) => [entry.login, entry.reason])).toEqual([
      ['carol', 'the initiator cannot approve their own deployment'],
      ['mallory', 'not an allowed approver'],
      ['github-actions[bot]', 'bots cannot approve or deny'],
      ['alice', 'the comment was edited after it was written'],
      ['dave', 'the request had expired']
    ])
  })

  it('counts the initiator when the policy allows it', () => {
    const tally = tallyApprovals(
      { ...request, allowInitiator: true },
      [
        comment('carol', '/approve', '2025-06-12T10:00:00Z'),
        comment('bob', '/approve', '2025-06-12T10:01:00Z')
      ],
      eligible,
      NOW
    )
    expect(tally.state).toBe('approved')
  })

  it('denies on a standing /deny, and lets people change their mind before a decision', () => {
    const changed = tallyApprovals(
      request,
      [
        comment('alice', '/deny wait for the data fix', '2025-06-12T10:00:00Z'),
        comment('bob', '/approve', '2025-06-12T10:01:00Z')
      ],
      eligible,
      NOW
    )
    expect(changed.state).toBe('denied')
    expect(changed.denials).toEqual([
      expect.objectContaining({
        login: 'alice',
        reason: 'wait for the data fix',
        at: '2025-06-12T10:00:00Z'
      })
    ])
    const switched = tallyApprovals(
      request,
      [
        comment('alice', '/approve', '2025-06-12T10:00:00Z'),
        comment('alice', '/deny', '2025-06-12T10:02:00Z'),
        comment('bob', '/approve', '2025-06-12T10:03:00Z')
      ],
      eligible,
      NOW
    )
    expect(switched.state).toBe('denied')
    expect(switched.decidedAt).toBe('2025-06-12T10:02:00Z')
  })

  it('stays pending below the quorum before the expiry, whatever the comment order', () => {
    const comments = [
      comment('bob', '/approve', '2025-06-12T10:04:00Z'),
      comment('zed', 'hello', '2025-06-12T10:00:00Z')
    ]
    const tally = tallyApprovals(request, comments, eligible, NOW)
    expect(tally).toMatchObject({ state: 'pending', required: 2 })
    expect(tally.decidedAt).toBeUndefined()
  })
})
