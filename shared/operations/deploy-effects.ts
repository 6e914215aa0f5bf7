import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EnvironmentDeployConfig } from '../deploy/deploy-config.js'
import type { Store } from '../store/store.js'
import {
  copyModelFiles,
  runDeployCommand,
  type DeployStepInput,
  type DeployStepOutcome
} from '../adapters/deploy-command.js'
import { createDeployment, setDeploymentStatus } from '../adapters/deployments.js'
import type { GitHubClient, RepositoryRef } from '../adapters/github-client.js'

/**
 * The effects a deployment has besides the store, behind two small interfaces so the operation
 * runs the same on a laptop (no tracker) and in Actions (GitHub Deployments), and tests can
 * watch them.
 */

/** Records the deployment somewhere people look (GitHub Deployments). */
export interface DeploymentTracker {
  start(input: {
    version: string
    environment: string
    kind: 'deploy' | 'rollback'
    description: string
    payload: Record<string, unknown>
  }): Promise<{ id: number; url?: string }>
  status(
    id: number,
    state: 'in_progress' | 'success' | 'failure',
    description: string
  ): Promise<void>
}

/** Puts a version in place (the configured command, the copy target, or nothing). */
export interface DeployStep {
  readonly kind: 'command' | 'copy' | 'none'
  run(input: DeployStepInput): Promise<DeployStepOutcome>
}

/** The step an environment's configuration describes. */
export function configuredStep(
  config: EnvironmentDeployConfig,
  cwd: string,
  echo: (text: string) => void
): DeployStep {
  const command = config.command
  if (command !== undefined) {
    return {
      kind: 'command',
      run: (input) => runDeployCommand(command, input, { cwd, timeoutMs: config.timeoutMs, echo })
    }
  }
  const target = config.target
  if (target !== undefined) {
    return { kind: 'copy', run: async (input) => copyModelFiles(input.modelDir, target, cwd) }
  }
  return {
    kind: 'none',
    run: async () => ({
      ok: true,
      kind: 'none',
      detail: 'no deploy step is configured; only the registry stage changes'
    })
  }
}

/**
 * GitHub Deployments: `ref` is what the Deployment points at (the workflow's commit),
 * `logUrl` the run, `environmentUrl` the deployed service.
 */
export function githubDeploymentTracker(
  client: GitHubClient,
  repository: RepositoryRef,
  options: { ref: string; logUrl?: string; environmentUrl?: string }
): DeploymentTracker {
  return {
    async start(input) {
      return createDeployment(client, repository, {
        ref: options.ref,
        environment: input.environment,
        description: input.description,
        payload: input.payload,
        productionEnvironment: input.environment === 'production'
      })
    },
    async status(id, state, description) {
      await setDeploymentStatus(client, repository, id, {
        state,
        description,
        ...(options.logUrl === undefined ? {} : { logUrl: options.logUrl }),
        ...(state === 'success' && options.environmentUrl !== undefined
          ? { environmentUrl: options.environmentUrl }
          : {})
      })
    }
  }
}

/** Writes a registered version's files into `directory` (the model directory a step reads). */
export async function writeVersionFiles(
  store: Store,
  tag: string,
  directory: string
): Promise<string[]> {
  const manifest = await store.readBundleManifest(tag)
  if (manifest === undefined)
    throw new Error(`Bundle ${tag} is not published in ${store.location}.`)
  mkdirSync(directory, { recursive: true })
  for (const file of manifest.files)
    writeFileSync(join(directory, file.name), await store.readBundleFile(tag, file.name))
  return manifest.files.map((file) => file.name)
}
