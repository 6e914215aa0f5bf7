import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
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
afterEach(() => {
  expect(gh.contractViolations).toEqual([])
})
afterAll(async () => {
  await gh.close()
})

describe('check runs and commit statuses', () => {
  it('creates, updates and lists check runs with their annotations', async () => {
    const sha = gh.repository().headSha
    const { data: run } = await octokit.rest.checks.create({
      owner,
      repo,
      name: 'tollgate / evaluate-gate',
      head_sha: sha,
      status: 'in_progress',
      output: {
        title: 'Evaluating',
        summary: 'running',
        annotations: [
          {
            path: 'metrics.json',
            start_line: 3,
            end_line: 3,
            annotation_level: 'warning',
            message: 'AUC dropped'
          }
        ]
      }
    })
    expect(run).toMatchObject({ status: 'in_progress', conclusion: null, head_sha: sha })
    const { data: done } = await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: run.id,
      conclusion: 'failure',
      output: { title: 'Gate failed', summary: 'AUC 0.81 < 0.85' }
    })
    expect(done).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(done.completed_at).not.toBeNull()
    expect(done.output).toMatchObject({ title: 'Gate failed', annotations_count: 1 })
    expect(gh.repository().checks.run(run.id).annotations[0]).toMatchObject({
      message: 'AUC dropped'
    })

    await octokit.rest.checks.create({
      owner,
      repo,
      name: 'tollgate / evaluate-gate',
      head_sha: sha,
      conclusion: 'success'
    })
    const latest = await octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: 'main',
      check_name: 'tollgate / evaluate-gate'
    })
    expect(latest.data.total_count).toBe(1)
    expect(latest.data.check_runs[0]?.conclusion).toBe('success')
    const all = await octokit.rest.checks.listForRef({ owner, repo, ref: sha, filter: 'all' })
    expect(all.data.check_runs.map((r) => r.conclusion)).toEqual(['success', 'failure'])

    const unknownSha = await apiRejection(
      octokit.rest.checks.create({ owner, repo, name: 'x', head_sha: 'a'.repeat(40) })
    )
    expect(unknownSha.status).toBe(422)
    const tooMany = Array.from({ length: 51 }, (_, i) => ({
      path: 'data.csv',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'failure' as const,
      message: `row ${i + 1}`
    }))
    const refused = await apiRejection(
      octokit.rest.checks.create({
        owner,
        repo,
        name: 'y',
        head_sha: sha,
        output: { title: 't', summary: 's', annotations: tooMany }
      })
    )
    expect(refused.status).toBe(422)
  })

  it('records commit statuses, newest first', async () => {
    const sha = gh.repository().headSha
    await octokit.rest.repos.createCommitStatus({
      owner,
      repo,
      sha,
      state: 'pending',
      context: 'ci/tests'
    })
    await octokit.rest.repos.createCommitStatus({
      owner,
      repo,
      sha,
      state: 'success',
      context: 'ci/tests'
    })
    const { data } = await octokit.rest.repos.listCommitStatusesForRef({ owner, repo, ref: sha })
    expect(data.map((s) => s.state)).toEqual(['success', 'pending'])
  })
})

describe('deployments', () => {
  it('applies required_contexts: 409 while a status is not success, [] bypasses', async () => {
    const repository = gh.repository()
    const sha = repository.git.addCommit({ message: 'candidate', branch: 'release' })
    repository.checks.createStatus({
      sha,
      state: 'failure',
      context: 'tollgate/gate',
      creator: 'github-actions[bot]'
    })
    const blocked = await apiRejection(
      octokit.rest.repos.createDeployment({ owner, repo, ref: 'release', environment: 'staging' })
    )
    expect(blocked.status).toBe(409)
    expect(blocked.data.message).toBe('Conflict: Commit status checks failed for release.')
    expect(blocked.data.errors?.[0]?.contexts).toEqual([
      { context: 'tollgate/gate', state: 'failure' }
    ])

    const { data: deployment } = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: 'release',
      environment: 'staging',
      required_contexts: [],
      auto_merge: false,
      payload: { model: 'churn', version: 'v1.2.0' }
    })
    expect(deployment).toMatchObject({
      sha,
      ref: 'release',
      environment: 'staging',
      task: 'deploy'
    })
    expect('payload' in deployment && deployment.payload).toEqual({
      model: 'churn',
      version: 'v1.2.0'
    })
    const unknownRef = await apiRejection(
      octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref: 'no-such-branch',
        required_contexts: []
      })
    )
    expect(unknownRef.status).toBe(422)
  })

  it('records statuses and marks earlier successful deployments inactive', async () => {
    const create = async () =>
      (
        await octokit.rest.repos.createDeployment({
          owner,
          repo,
          ref: 'main',
          environment: 'qa',
          required_contexts: []
        })
      ).data as { id: number }
    const first = await create()
    await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: first.id,
      state: 'success',
      environment_url: 'https://qa.example.com'
    })
    const second = await create()
    await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: second.id,
      state: 'in_progress',
      log_url: 'https://ci.example.com/run/2'
    })
    await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: second.id,
      state: 'success'
    })

    const firstStatuses = await octokit.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: first.id
    })
    expect(firstStatuses.data.map((s) => s.state)).toEqual(['inactive', 'success'])
    const secondStatuses = await octokit.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: second.id
    })
    expect(secondStatuses.data.map((s) => s.state)).toEqual(['success', 'in_progress'])
    expect(secondStatuses.data[1]).toMatchObject({
      log_url: 'https://ci.example.com/run/2',
      target_url: 'https://ci.example.com/run/2'
    })
    expect(secondStatuses.data[0]?.target_url).toBe('')

    const listed = await octokit.rest.repos.listDeployments({ owner, repo, environment: 'qa' })
    expect(listed.data.map((d) => d.id)).toEqual([second.id, first.id])
    expect(
      (
        await octokit.rest.repos.listDeployments({
          owner,
          repo,
          environment: 'qa',
          sha: 'f'.repeat(40)
        })
      ).data
    ).toEqual([])
    expect(
      (await octokit.rest.repos.getDeployment({ owner, repo, deployment_id: first.id })).data
        .environment
    ).toBe('qa')
  })
})

describe('repository dispatch and people', () => {
  it('records repository_dispatch events', async () => {
    const alice = getOctokit(gh.tokenFor('alice'), { baseUrl: gh.url })
    const response = await alice.rest.repos.createDispatchEvent({
      owner,
      repo,
      event_type: 'drift-detected',
      client_payload: { model: 'churn', psi: 0.31 }
    })
    expect(response.status).toBe(204)
    expect(gh.repository().dispatches).toMatchObject([
      {
        eventType: 'drift-detected',
        clientPayload: { model: 'churn', psi: 0.31 },
        senderLogin: 'alice'
      }
    ])
    const tooManyKeys = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]))
    expect(
      (
        await apiRejection(
          alice.rest.repos.createDispatchEvent({
            owner,
            repo,
            event_type: 'x',
            client_payload: tooManyKeys
          })
        )
      ).status
    ).toBe(422)
  })

  it('answers team membership, team members and collaborator permissions', async () => {
    gh.state.setTeam(owner, 'ml-leads', ['alice', { login: 'carol', role: 'maintainer' }])
    gh.repository().setPermission('bob', 'write')
    const { data: membership } = await octokit.rest.teams.getMembershipForUserInOrg({
      org: owner,
      team_slug: 'ml-leads',
      username: 'carol'
    })
    expect(membership).toMatchObject({ role: 'maintainer', state: 'active' })
    expect(
      (
        await apiRejection(
          octokit.rest.teams.getMembershipForUserInOrg({
            org: owner,
            team_slug: 'ml-leads',
            username: 'bob'
          })
        )
      ).status
    ).toBe(404)
    const members = await octokit.rest.teams.listMembersInOrg({ org: owner, team_slug: 'ml-leads' })
    expect(members.data.map((m) => m.login)).toEqual(['alice', 'carol'])
    const { data: permission } = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'bob'
    })
    expect(permission).toMatchObject({
      permission: 'write',
      role_name: 'write',
      user: { login: 'bob' }
    })
    const { data: user } = await octokit.rest.users.getByUsername({ username: 'alice' })
    expect(user).toMatchObject({ login: 'alice', type: 'User' })
    expect(
      (await apiRejection(octokit.rest.users.getByUsername({ username: 'nobody' }))).status
    ).toBe(404)
  })
})
