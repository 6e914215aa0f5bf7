import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { apiRejection } from './api-rejection.js'
import { startFakeGitHub } from './fake-github.js'
import type { FakeGitHub } from './fake-github.js'
import { MAX_BODY_CHARACTERS } from './fake-issue-store.js'

const owner = 'octo-org'
const repo = 'models'
let gh: FakeGitHub
let bot: ReturnType<typeof getOctokit>

beforeAll(async () => {
  gh = await startFakeGitHub()
  bot = getOctokit('ghs_bot', { baseUrl: gh.url })
})
afterEach(() => {
  expect(gh.contractViolations).toEqual([])
})
afterAll(async () => {
  await gh.close()
})

describe('issues', () => {
  it('creates, updates, closes and reopens an issue', async () => {
    const { data: issue } = await bot.rest.issues.create({
      owner,
      repo,
      title: 'Drift detected: churn',
      body: 'PSI 0.31 on `tenure`',
      labels: ['tollgate:drift', { name: 'model:churn' }]
    })
    expect(issue.user?.login).toBe('github-actions[bot]')
    expect(issue.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual([
      'tollgate:drift',
      'model:churn'
    ])
    const { data: closed } = await bot.rest.issues.update({
      owner,
      repo,
      issue_number: issue.number,
      state: 'closed',
      state_reason: 'completed',
      body: 'Resolved: PSI 0.04'
    })
    expect(closed).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      body: 'Resolved: PSI 0.04'
    })
    expect(closed.closed_at).not.toBeNull()
    const { data: reopened } = await bot.rest.issues.update({
      owner,
      repo,
      issue_number: issue.number,
      state: 'open'
    })
    expect(reopened).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null })
  })

  it('lists issues by state, labels and creator, page by page', async () => {
    const repository = gh.repository()
    for (let i = 0; i < 4; i += 1)
      repository.issues.create({
        title: `drift ${i}`,
        labels: ['listing'],
        user: 'github-actions[bot]'
      })
    repository.issues.create({ title: 'human', labels: ['listing'], user: 'alice' })
    const closed = repository.issues.create({ title: 'old', labels: ['listing'], user: 'alice' })
    repository.issues.update(closed.number, { state: 'closed' })

    const open = await bot.paginate(bot.rest.issues.listForRepo, {
      owner,
      repo,
      labels: 'listing',
      creator: 'github-actions[bot]',
      per_page: 3
    })
    expect(open.map((i) => i.title)).toEqual(['drift 3', 'drift 2', 'drift 1', 'drift 0'])
    const all = await bot.rest.issues.listForRepo({ owner, repo, labels: 'listing', state: 'all' })
    expect(all.data).toHaveLength(6)
    const onlyClosed = await bot.rest.issues.listForRepo({
      owner,
      repo,
      state: 'closed',
      creator: 'alice'
    })
    expect(onlyClosed.data.map((i) => i.title)).toEqual(['old'])
  })

  it('adds and removes labels, creating unknown ones', async () => {
    const issue = gh.repository().issues.create({ title: 'labels', user: 'alice' })
    await bot.rest.issues.createLabel({ owner, repo, name: 'severity:high', color: 'b60205' })
    const { data: labels } = await bot.rest.issues.addLabels({
      owner,
      repo,
      issue_number: issue.number,
      labels: ['severity:high', 'brand-new']
    })
    expect(labels.map((l) => [l.name, l.color])).toEqual([
      ['severity:high', 'b60205'],
      ['brand-new', 'ededed']
    ])
    const duplicate = await apiRejection(
      bot.rest.issues.createLabel({ owner, repo, name: 'Severity:High' })
    )
    expect(duplicate.data.errors?.[0]).toEqual({
      resource: 'Label',
      code: 'already_exists',
      field: 'name'
    })
    const { data: remaining } = await bot.rest.issues.removeLabel({
      owner,
      repo,
      issue_number: issue.number,
      name: 'brand-new'
    })
    expect(remaining.map((l) => l.name)).toEqual(['severity:high'])
    expect((await bot.rest.issues.getLabel({ owner, repo, name: 'brand-new' })).data.name).toBe(
      'brand-new'
    )
  })

  it('enforces the 65,536-character body cap with GitHub’s 422 bodies', async () => {
    const tooLong = 'x'.repeat(MAX_BODY_CHARACTERS + 1)
    const issue = await apiRejection(
      bot.rest.issues.create({ owner, repo, title: 't', body: tooLong })
    )
    expect(issue.status).toBe(422)
    expect(issue.data.errors).toEqual([
      {
        resource: 'Issue',
        code: 'custom',
        field: 'body',
        message: 'body is too long (maximum is 65536 characters)'
      }
    ])
    const target = gh.repository().issues.create({ title: 'cap', user: 'alice' })
    const comment = await apiRejection(
      bot.rest.issues.createComment({ owner, repo, issue_number: target.number, body: tooLong })
    )
    expect(comment.data.errors).toEqual([
      {
        resource: 'IssueComment',
        code: 'unprocessable',
        field: 'data',
        message: 'Body is too long (maximum is 65536 characters)'
      }
    ])
    // Characters, not UTF-16 units: 65,536 emoji are accepted.
    const emoji = '📈'.repeat(MAX_BODY_CHARACTERS)
    const { data: ok } = await bot.rest.issues.createComment({
      owner,
      repo,
      issue_number: target.number,
      body: emoji
    })
    expect(ok.body).toBe(emoji)
  })
})

describe('comments as different users, seeded and edited', () => {
  it('lists comments by several authors in order, with times a test controls', async () => {
    const repository = gh.repository()
    const pr = repository.issues.addPullRequest({
      title: 'June extract',
      user: 'alice',
      headRef: 'data/june'
    })
    repository.issues.addComment({
      issueNumber: pr.number,
      body: 'looks good',
      user: 'bob',
      at: '2025-06-01T10:00:00Z'
    })
    const sticky = repository.issues.addComment({
      issueNumber: pr.number,
      body: '<!-- tollgate:validate-data -->\nv1',
      user: 'github-actions[bot]',
      at: '2025-06-01T11:00:00Z'
    })

    const alice = getOctokit(gh.tokenFor('alice'), { baseUrl: gh.url })
    const { data: mine } = await alice.rest.issues.createComment({
      owner,
      repo,
      issue_number: pr.number,
      body: '/approve'
    })
    expect(mine.user?.login).toBe('alice')

    const { data: edited } = await bot.rest.issues.updateComment({
      owner,
      repo,
      comment_id: sticky.id,
      body: '<!-- tollgate:validate-data -->\nv2'
    })
    expect(edited.created_at).toBe('2025-06-01T11:00:00Z')
    expect(edited.updated_at > edited.created_at).toBe(true)

    repository.issues.editComment(mine.id, '/approve (edited)', { at: '2030-01-01T00:00:00Z' })
    const comments = await bot.paginate(bot.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pr.number,
      per_page: 2
    })
    expect(comments.map((c) => [c.user?.login, c.body])).toEqual([
      ['bob', 'looks good'],
      ['github-actions[bot]', '<!-- tollgate:validate-data -->\nv2'],
      ['alice', '/approve (edited)']
    ])
    expect(comments[2]?.updated_at).toBe('2030-01-01T00:00:00Z')
    const since = await bot.rest.issues.listComments({
      owner,
      repo,
      issue_number: pr.number,
      since: '2029-01-01T00:00:00Z'
    })
    expect(since.data.map((c) => c.user?.login)).toEqual(['alice'])
  })

  it('serves pulls/get for a configured pull request', async () => {
    const repository = gh.repository()
    const pr = repository.issues.addPullRequest({
      title: 'Retrain',
      user: 'alice',
      headRef: 'feature/retrain'
    })
    const { data } = await bot.rest.pulls.get({ owner, repo, pull_number: pr.number })
    expect(data).toMatchObject({
      number: pr.number,
      state: 'open',
      head: { ref: 'feature/retrain', sha: pr.pull?.headSha },
      base: { ref: 'main', sha: repository.headSha }
    })
    expect(
      (await apiRejection(bot.rest.pulls.get({ owner, repo, pull_number: 99_999 }))).status
    ).toBe(404)
    const { data: asIssue } = await bot.rest.issues.get({ owner, repo, issue_number: pr.number })
    expect(asIssue.pull_request?.url).toBe(`${gh.url}/repos/${owner}/${repo}/pulls/${pr.number}`)
  })
})
