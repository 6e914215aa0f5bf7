import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { json } from './fake-github-call.js'
import { apiRejection } from './api-rejection.js'
import { startFakeGitHub } from './fake-github.js'
import type { FakeGitHub } from './fake-github.js'

const owner = 'octo-org'
const repo = 'models'
let gh: FakeGitHub
let octokit: ReturnType<typeof getOctokit>

beforeAll(async () => {
  gh = await startFakeGitHub()
  octokit = getOctokit('ghs_test', { baseUrl: gh.url })
})
afterAll(async () => {
  await gh.close()
})

describe('contract checking against the OpenAPI description', () => {
  it('answers a schema-invalid request with 422 like GitHub', async () => {
    // Deliberately wrong types: cast past the compiler, the fake's schema check must catch them.
    const invalid = await apiRejection(
      octokit.request('POST /repos/{owner}/{repo}/releases', {
        owner,
        repo,
        tag_name: 42 as unknown as string
      })
    )
    expect(invalid.status).toBe(422)
    expect(invalid.data.message).toMatch(/^Invalid request\.\n\nFor 'tag_name', must be string\./)
    const missing = await apiRejection(
      octokit.request('POST /repos/{owner}/{repo}/git/refs', {
        owner,
        repo,
        ref: 'refs/tags/x'
      } as unknown as { owner: string; repo: string; ref: string; sha: string })
    )
    expect(missing.status).toBe(422)
    expect(missing.data.message).toContain("must have required property 'sha'")
    expect(gh.contractViolations).toEqual([])
  })

  it('turns an answer that violates the spec into a 500 and records it', async () => {
    gh.overrideOperation('repos/get-release', () => json(200, { id: 1, tag_name: 'incomplete' }))
    try {
      const broken = await apiRejection(
        octokit.rest.repos.getRelease({ owner, repo, release_id: 1 })
      )
      expect(broken.status).toBe(500)
      expect(broken.data.message).toContain("violates GitHub's OpenAPI description")
      expect(broken.data.message).toContain("/ must have required property 'assets_url'")
      expect(gh.contractViolations).toHaveLength(1)
      expect(gh.contractViolations[0]).toMatchObject({
        operationId: 'repos/get-release',
        status: 200
      })
    } finally {
      gh.overrideOperation('repos/get-release', undefined)
      gh.contractViolations.length = 0
    }
  })

  it('checks undeclared error statuses against GitHub error shapes', async () => {
    // repos/get-release declares only 200 and 401; GitHub still answers 404 with basic-error.
    const missing = await apiRejection(
      octokit.rest.repos.getRelease({ owner, repo, release_id: 999_999 })
    )
    expect(missing.status).toBe(404)
    expect(missing.data).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404'
    })
    expect(gh.contractViolations).toEqual([])
  })

  it('requires an authorization header', async () => {
    const response = await fetch(`${gh.url}/repos/${owner}/${repo}`)
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ message: 'Requires authentication' })
    const withToken = await fetch(`${gh.url}/repos/${owner}/${repo}`, {
      headers: { authorization: 'Bearer ghs_test' }
    })
    expect(withToken.status).toBe(200)
  })

  it('serves a plain @octokit/core client too', async () => {
    const { Octokit } = await import('@octokit/core')
    const plain = new Octokit({ auth: 'ghs_plain', baseUrl: gh.url })
    const { data } = await plain.request('GET /repos/{owner}/{repo}', { owner, repo })
    expect(data.default_branch).toBe('main')
  })

  it('answers 404 for unknown routes and repositories', async () => {
    expect(
      (
        await apiRejection(
          octokit.request('GET /repos/{owner}/{repo}/nothing-here', { owner, repo })
        )
      ).status
    ).toBe(404)
    expect((await apiRejection(octokit.rest.repos.get({ owner, repo: 'other' }))).status).toBe(404)
    expect((await octokit.rest.repos.get({ owner, repo })).data.full_name).toBe('octo-org/models')
  })
})

describe('git refs', () => {
  it('creates a ref once: a second create is 422 "Reference already exists"', async () => {
    const sha = gh.repository().headSha
    const created = await octokit.rest.git.createRef({
      owner,
      repo,
      ref: 'refs/tags/churn#staging#1',
      sha
    })
    expect(created.status).toBe(201)
    expect(created.data.url).toBe(
      `${gh.url}/repos/${owner}/${repo}/git/refs/tags/churn%23staging%231`
    )
    const again = await apiRejection(
      octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/churn#staging#1', sha })
    )
    expect(again.status).toBe(422)
    expect(again.data.message).toBe('Reference already exists')
    const { data: ref } = await octokit.rest.git.getRef({
      owner,
      repo,
      ref: 'tags/churn#staging#1'
    })
    expect(ref.object).toMatchObject({ sha, type: 'commit' })
    const unknown = await apiRejection(
      octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/x', sha: 'f'.repeat(40) })
    )
    expect(unknown.data.message).toBe('Object does not exist')
  })

  it('lists matching refs, moves, force-moves and deletes them', async () => {
    const repository = gh.repository()
    const base = repository.headSha
    for (const n of [1, 2, 3])
      await octokit.rest.git.createRef({ owner, repo, ref: `refs/tags/iris#prod#${n}`, sha: base })
    const { data: matching } = await octokit.rest.git.listMatchingRefs({
      owner,
      repo,
      ref: 'tags/iris#prod#'
    })
    expect(matching.map((r) => r.ref)).toEqual([
      'refs/tags/iris#prod#1',
      'refs/tags/iris#prod#2',
      'refs/tags/iris#prod#3'
    ])

    const next = repository.git.addCommit({ message: 'registry index v2' })
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/registry', sha: base })
    await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/registry', sha: next })
    const sibling = repository.git.addCommit({ parents: [base], message: 'diverged' })
    const notFastForward = await apiRejection(
      octokit.rest.git.updateRef({ owner, repo, ref: 'heads/registry', sha: sibling })
    )
    expect(notFastForward.data.message).toBe('Update is not a fast forward')
    await octokit.rest.git.updateRef({
      owner,
      repo,
      ref: 'heads/registry',
      sha: sibling,
      force: true
    })
    expect(repository.git.refs.get('refs/heads/registry')).toBe(sibling)

    await octokit.rest.git.deleteRef({ owner, repo, ref: 'tags/iris#prod#3' })
    expect(
      (await apiRejection(octokit.rest.git.getRef({ owner, repo, ref: 'tags/iris#prod#3' }))).status
    ).toBe(404)
    expect(
      (await apiRejection(octokit.rest.git.deleteRef({ owner, repo, ref: 'tags/iris#prod#3' })))
        .status
    ).toBe(422)
  })

  it('stores annotated tags that refs can point at', async () => {
    const { data: tag } = await octokit.rest.git.createTag({
      owner,
      repo,
      tag: 'churn@v2.0.0',
      message: '{"metrics":{"auc":0.91}}',
      object: gh.repository().headSha,
      type: 'commit',
      tagger: { name: 'tollgate', email: 'tollgate@example.com', date: '2025-06-01T12:00:00Z' }
    })
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/churn@v2.0.0', sha: tag.sha })
    const { data: ref } = await octokit.rest.git.getRef({ owner, repo, ref: 'tags/churn@v2.0.0' })
    expect(ref.object).toMatchObject({ type: 'tag', sha: tag.sha })
    const { data: fetched } = await octokit.rest.git.getTag({ owner, repo, tag_sha: tag.sha })
    expect(fetched.message).toBe('{"metrics":{"auc":0.91}}')
    expect(fetched.tagger).toEqual({
      name: 'tollgate',
      email: 'tollgate@example.com',
      date: '2025-06-01T12:00:00Z'
    })
    const { data: commit } = await octokit.rest.git.getCommit({
      owner,
      repo,
      commit_sha: gh.repository().headSha
    })
    expect(commit.parents).toHaveLength(1)
    expect(gh.contractViolations).toEqual([])
  })
})

describe('fault injection with the real retry and throttling plugins', () => {
  function resilientOctokit(onSecondary: () => boolean = () => true) {
    return getOctokit(
      'ghs_test',
      {
        baseUrl: gh.url,
        retry: { retryAfterBaseValue: 1 },
        throttle: {
          onRateLimit: () => true,
          onSecondaryRateLimit: onSecondary,
          fallbackSecondaryRateRetryAfter: 0
        }
      },
      retry,
      throttling
    )
  }

  it('retries 500/502/503 answers until the request succeeds', async () => {
    gh.faults.add(
      { method: 'GET', path: `/repos/${owner}/${repo}` },
      { kind: 'status', status: 502 },
      1
    )
    gh.faults.add(
      { method: 'GET', path: `/repos/${owner}/${repo}` },
      { kind: 'status', status: 503 },
      1
    )
    const before = gh.requestsTo('GET', /^\/repos\/octo-org\/models$/).length
    const { data } = await resilientOctokit().rest.repos.get({ owner, repo })
    expect(data.name).toBe('models')
    const statuses = gh
      .requestsTo('GET', /^\/repos\/octo-org\/models$/)
      .slice(before)
      .map((r) => r.status)
    expect(statuses).toEqual([502, 503, 200])
  })

  it('waits out a secondary rate limit (403 + retry-after) and retries', async () => {
    const seen: number[] = []
    gh.faults.add(
      { method: 'GET', path: '/repos/*/*/releases' },
      { kind: 'secondary-rate-limit', retryAfterSeconds: 0 }
    )
    const client = resilientOctokit(() => {
      seen.push(1)
      return true
    })
    const { data } = await client.rest.repos.listReleases({ owner, repo })
    expect(data).toEqual([])
    expect(seen).toHaveLength(1)
    expect(gh.requestsTo('GET', /\/releases$/).map((r) => r.status)).toEqual([403, 200])
  })

  it('reports a 429 and a dropped connection to a client without retries', async () => {
    gh.faults.add(
      { path: '/repos/*/*/deployments' },
      { kind: 'too-many-requests', retryAfterSeconds: 7 }
    )
    const limited = await apiRejection(octokit.rest.repos.listDeployments({ owner, repo }))
    expect(limited.status).toBe(429)
    gh.faults.add({ path: '/repos/*/*/deployments' }, { kind: 'reset' })
    await expect(octokit.rest.repos.listDeployments({ owner, repo })).rejects.toThrow()
    expect((await octokit.rest.repos.listDeployments({ owner, repo })).status).toBe(200)
  })

  it('delays an answer', async () => {
    gh.faults.add({ method: 'GET', path: '/users/*' }, { kind: 'delay', ms: 150 })
    gh.state.ensureUser('alice')
    const started = Date.now()
    await octokit.rest.users.getByUsername({ username: 'alice' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })
})
