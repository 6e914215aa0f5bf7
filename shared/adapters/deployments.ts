import { UsageError } from '../errors.js'
import type { GitHubClient, RepositoryRef } from './github-client.js'

/**
 * GitHub Deployments for deploy: one Deployment per promotion (environment, ref, payload with the
 * model and version), and its statuses (in_progress, then success / failure, with the environment
 * URL and a link to the run's log). GitHub shows them on the repository's Environments page and
 * on the pull request or commit.
 */

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive'

export interface NewDeployment {
  /** Branch, tag or SHA that is deployed (GitHub requires one it knows). */
  ref: string
  environment: string
  description: string
  /** JSON payload: model, version, approvers; read by tools that act on deployments. */
  payload: Record<string, unknown>
  /** True for `production` by default on GitHub; set it explicitly. */
  productionEnvironment: boolean
}

export interface CreatedDeployment {
  id: number
  url: string
}

/**
 * Creates the Deployment. `required_contexts: []`: the gate verdict is a check run, and a commit
 * status from an unrelated tool must not block a promotion that Tollgate's own policy allowed;
 * `auto_merge: false`: deploying never merges branches. GitHub's 202 ("auto-merged") cannot happen
 * with auto_merge off, but is refused clearly if it does.
 */
export async function createDeployment(
  client: GitHubClient,
  repository: RepositoryRef,
  request: NewDeployment
): Promise<CreatedDeployment> {
  const response = await client.rest.repos.createDeployment({
    ...repository,
    ref: request.ref,
    environment: request.environment,
    description: request.description.slice(0, 140),
    payload: request.payload as { [key: string]: unknown },
    required_contexts: [],
    auto_merge: false,
    transient_environment: false,
    production_environment: request.productionEnvironment
  })
  const data = response.data as { id?: number; url?: string; message?: string }
  if (data.id === undefined) {
    throw new UsageError(
      `GitHub did not create the deployment: ${data.message ?? `HTTP ${response.status}`}`
    )
  }
  return { id: data.id, url: data.url ?? '' }
}

/** Adds a status to a Deployment; `logUrl` links the workflow run, `environmentUrl` the deployed service. */
export async function setDeploymentStatus(
  client: GitHubClient,
  repository: RepositoryRef,
  deploymentId: number,
  status: { state: DeploymentState; description: string; logUrl?: string; environmentUrl?: string }
): Promise<void> {
  await client.rest.repos.createDeploymentStatus({
    ...repository,
    deployment_id: deploymentId,
    state: status.state,
    description: status.description.slice(0, 140),
    ...(status.logUrl === undefined ? {} : { log_url: status.logUrl }),
    ...(status.environmentUrl === undefined ? {} : { environment_url: status.environmentUrl }),
    auto_inactive: true
  })
}
