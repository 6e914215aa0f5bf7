/** Check runs (the gate verdicts) and commit statuses (deployment's required contexts). */
import { bodyOf, json, pathInt, pathString, queryOf, queryString } from './fake-github-call.js'
import type { OperationHandler } from './fake-github-call.js'
import { checkRunJson, commitStatusJson } from './fake-github-json.js'
import { paginate } from './fake-github-responses.js'
import type { CheckRunInput, FakeCheckRun, FakeCommitStatus } from './fake-github-records.js'

interface CheckRunBody {
  name?: string
  head_sha?: string
  status?: FakeCheckRun['status']
  conclusion?: string
  started_at?: string
  completed_at?: string
  details_url?: string
  external_id?: string
  output?: CheckRunInput['output']
  actions?: Record<string, unknown>[]
}

function checkRunInput(body: CheckRunBody): CheckRunInput {
  return {
    name: body.name,
    headSha: body.head_sha,
    status: body.status,
    conclusion: body.conclusion,
    startedAt: body.started_at,
    completedAt: body.completed_at,
    detailsUrl: body.details_url,
    externalId: body.external_id,
    output: body.output,
    actions: body.actions
  }
}

export const checkHandlers: Record<string, OperationHandler> = {
  'checks/create': (c, call) => {
    const body = bodyOf<CheckRunBody & { name: string; head_sha: string }>(c)
    const run = call
      .repository()
      .checks.createRun({ ...checkRunInput(body), name: body.name, headSha: body.head_sha })
    return json(201, checkRunJson(call.render(), run))
  },

  'checks/update': (c, call) => {
    const run = call
      .repository()
      .checks.updateRun(pathInt(c, 'check_run_id'), checkRunInput(bodyOf<CheckRunBody>(c)))
    return json(200, checkRunJson(call.render(), run))
  },

  'checks/get': (c, call) =>
    json(
      200,
      checkRunJson(call.render(), call.repository().checks.run(pathInt(c, 'check_run_id')))
    ),

  /** `filter=latest` (the default) keeps the most recent run of each name. */
  'checks/list-for-ref': (c, call) => {
    const checkName = queryString(c, 'check_name')
    const status = queryString(c, 'status')
    const filter = queryString(c, 'filter') ?? 'latest'
    const seen = new Set<string>()
    const runs = call
      .repository()
      .checks.runsFor(pathString(c, 'ref'))
      .filter((run) => checkName === undefined || run.name === checkName)
      .filter((run) => status === undefined || run.status === status)
      .filter((run) => {
        if (filter !== 'latest') return true
        if (seen.has(run.name)) return false
        seen.add(run.name)
        return true
      })
    const { page, headers } = paginate(runs, queryOf(c), call.requestUrl)
    return json(
      200,
      { total_count: runs.length, check_runs: page.map((run) => checkRunJson(call.render(), run)) },
      headers
    )
  },

  'repos/create-commit-status': (c, call) => {
    const body = bodyOf<{
      state: FakeCommitStatus['state']
      target_url?: string | null
      description?: string | null
      context?: string
    }>(c)
    const status = call.repository().checks.createStatus({
      sha: pathString(c, 'sha'),
      state: body.state,
      context: body.context,
      description: body.description,
      targetUrl: body.target_url,
      creator: call.actor
    })
    return json(201, commitStatusJson(call.render(), status))
  },

  'repos/list-commit-statuses-for-ref': (c, call) => {
    const statuses = call.repository().checks.statusesFor(pathString(c, 'ref'))
    const { page, headers } = paginate(statuses, queryOf(c), call.requestUrl)
    return json(
      200,
      page.map((status) => commitStatusJson(call.render(), status)),
      headers
    )
  }
}
