/** Deployments and deployment statuses. */
import { bodyOf, json, pathInt, queryOf, queryString } from './fake-github-call.js'
import type { OperationHandler } from './fake-github-call.js'
import { deploymentJson, deploymentStatusJson } from './fake-github-json.js'
import { paginate } from './fake-github-responses.js'
import type { DeploymentState } from './fake-github-records.js'

export const deploymentHandlers: Record<string, OperationHandler> = {
  'repos/create-deployment': (c, call) => {
    const body = bodyOf<{
      ref: string
      task?: string
      required_contexts?: string[]
      payload?: Record<string, unknown> | string
      environment?: string
      description?: string | null
      transient_environment?: boolean
      production_environment?: boolean
    }>(c)
    const deployment = call.repository().deployments.create(
      {
        ref: body.ref,
        task: body.task,
        requiredContexts: body.required_contexts,
        payload: body.payload,
        environment: body.environment,
        description: body.description,
        transientEnvironment: body.transient_environment,
        productionEnvironment: body.production_environment
      },
      call.actor
    )
    return json(201, deploymentJson(call.render(), deployment))
  },

  'repos/list-deployments': (c, call) => {
    const deployments = call.repository().deployments.list({
      sha: queryString(c, 'sha'),
      ref: queryString(c, 'ref'),
      task: queryString(c, 'task'),
      environment: queryString(c, 'environment')
    })
    const { page, headers } = paginate(deployments, queryOf(c), call.requestUrl)
    return json(
      200,
      page.map((deployment) => deploymentJson(call.render(), deployment)),
      headers
    )
  },

  'repos/get-deployment': (c, call) =>
    json(
      200,
      deploymentJson(call.render(), call.repository().deployments.get(pathInt(c, 'deployment_id')))
    ),

  'repos/create-deployment-status': (c, call) => {
    const body = bodyOf<{
      state: DeploymentState
      target_url?: string
      log_url?: string
      description?: string
      environment?: string
      environment_url?: string
      auto_inactive?: boolean
    }>(c)
    const status = call.repository().deployments.createStatus(
      pathInt(c, 'deployment_id'),
      {
        state: body.state,
        targetUrl: body.target_url,
        logUrl: body.log_url,
        description: body.description,
        environment: body.environment,
        environmentUrl: body.environment_url,
        autoInactive: body.auto_inactive
      },
      call.actor
    )
    return json(201, deploymentStatusJson(call.render(), status))
  },

  /** Newest first, like GitHub. */
  'repos/list-deployment-statuses': (c, call) => {
    const deployment = call.repository().deployments.get(pathInt(c, 'deployment_id'))
    const { page, headers } = paginate(
      [...deployment.statuses].reverse(),
      queryOf(c),
      call.requestUrl
    )
    return json(
      200,
      page.map((status) => deploymentStatusJson(call.render(), status)),
      headers
    )
  }
}
