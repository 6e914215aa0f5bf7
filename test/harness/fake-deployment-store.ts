/** A repository's deployments and deployment statuses in the fake GitHub. */
import type { FakeCheckStore } from './fake-check-store.js'
import type { FakeGitStore } from './fake-git-store.js'
import { GitHubApiError, notFound } from './fake-github-responses.js'
import type {
  CreateDeploymentInput,
  CreateDeploymentStatusInput,
  FakeDeployment,
  FakeDeploymentStatus,
  FakeWorld
} from './fake-github-records.js'

export class FakeDeploymentStore {
  readonly byId = new Map<number, FakeDeployment>()

  constructor(
    private readonly world: FakeWorld,
    private readonly git: FakeGitStore,
    private readonly checks: FakeCheckStore
  ) {}

  /**
   * POST /deployments. `required_contexts` defaults to every commit-status context on the sha;
   * any of them not `success` gives GitHub's 409 "Conflict: Commit status checks failed". Pass
   * `[]` to bypass. (Auto-merge of the default branch, which can answer 202, is not simulated.)
   */
  create(input: CreateDeploymentInput, creator: string): FakeDeployment {
    const sha = this.git.resolveCommitish(input.ref)
    if (!sha) throw new GitHubApiError(422, `No ref found for: ${input.ref}`)
    const latest = this.checks.latestStates(sha)
    const required = input.requiredContexts ?? [...latest.keys()]
    const failing = required.filter((context) => latest.get(context) !== 'success')
    if (failing.length > 0)
      throw new GitHubApiError(409, `Conflict: Commit status checks failed for ${input.ref}.`, [
        {
          resource: 'Deployment',
          field: 'required_contexts',
          code: 'invalid',
          contexts: failing.map((context) => ({ context, state: latest.get(context) ?? 'missing' }))
        }
      ])
    const environment = input.environment ?? 'production'
    const now = this.world.now()
    const deployment: FakeDeployment = {
      id: this.world.nextId(),
      sha,
      ref: input.ref,
      task: input.task ?? 'deploy',
      payload: input.payload ?? {},
      environment,
      originalEnvironment: environment,
      description: input.description === undefined ? '' : input.description,
      transientEnvironment: input.transientEnvironment ?? false,
      productionEnvironment: input.productionEnvironment ?? environment === 'production',
      creatorLogin: this.world.ensureUser(creator).login,
      createdAt: now,
      updatedAt: now,
      statuses: []
    }
    this.byId.set(deployment.id, deployment)
    return deployment
  }

  get(id: number): FakeDeployment {
    const deployment = this.byId.get(id)
    if (!deployment) throw notFound()
    return deployment
  }

  /** Newest first, filtered like GET /deployments. */
  list(filter: { sha?: string; ref?: string; task?: string; environment?: string }) {
    return [...this.byId.values()]
      .filter(
        (d) =>
          (filter.sha === undefined || d.sha === filter.sha) &&
          (filter.ref === undefined || d.ref === filter.ref) &&
          (filter.task === undefined || d.task === filter.task) &&
          (filter.environment === undefined || d.environment === filter.environment)
      )
      .sort((a, b) => b.id - a.id)
  }

  /**
   * POST /deployments/{id}/statuses. `log_url` and `target_url` are aliases; `environment` moves
   * the deployment. With `auto_inactive` (default true) a `success` marks every earlier successful
   * deployment of the same non-transient, non-production environment `inactive` (GitHub docs).
   */
  createStatus(
    deploymentId: number,
    input: CreateDeploymentStatusInput,
    creator: string
  ): FakeDeploymentStatus {
    const deployment = this.get(deploymentId)
    if (input.environment !== undefined) deployment.environment = input.environment
    const status = this.appendStatus(deployment, input, creator)
    if (input.state === 'success' && input.autoInactive !== false) {
      for (const other of this.byId.values()) {
        if (other.id === deployment.id || other.environment !== deployment.environment) continue
        if (other.transientEnvironment || other.productionEnvironment) continue
        if (other.statuses.at(-1)?.state !== 'success') continue
        this.appendStatus(
          other,
          { state: 'inactive', description: 'Marked inactive by a newer deployment' },
          creator
        )
      }
    }
    return status
  }

  private appendStatus(
    deployment: FakeDeployment,
    input: CreateDeploymentStatusInput,
    creator: string
  ): FakeDeploymentStatus {
    const now = this.world.now()
    const logUrl = input.logUrl ?? input.targetUrl ?? ''
    const status: FakeDeploymentStatus = {
      id: this.world.nextId(),
      deploymentId: deployment.id,
      state: input.state,
      description: input.description ?? '',
      environment: deployment.environment,
      targetUrl: input.targetUrl ?? logUrl,
      logUrl,
      environmentUrl: input.environmentUrl ?? '',
      creatorLogin: this.world.ensureUser(creator).login,
      createdAt: now,
      updatedAt: now
    }
    deployment.statuses.push(status)
    deployment.updatedAt = now
    return status
  }
}
