import { GITHUB_STORE, openStore } from '../adapters/open-store.js'
import { loadProjectConfig } from '../adapters/project-config.js'
import { ModelRegistry } from '../registry/model-registry.js'
import { bundleReleaseTag } from '../store/github-store-layout.js'
import type { Store } from '../store/store.js'

/** The registry an action or command works on, with what its reports need to know. */
export interface OpenedRegistry {
  registry: ModelRegistry
  store: Store
  /** `github` (the repository's refs and Releases) or `local` (a directory). */
  kind: 'github' | 'local'
  /**
   * The web page of a version's files — the GitHub release the store keeps them in (tag
   * `_tollgate/bundles/<tag>`, see github-store-layout.ts) — or undefined for a local store.
   */
  releaseUrl: (tag: string) => string | undefined
}

/**
 * Opens the model registry over the chosen store (`github` or a directory; default GitHub in
 * actions, `.tollgate/` on the command line) with the stages and promotion order of the project's
 * `.tollgate.yml` (`registry:` section).
 */
export async function openModelRegistry(options: {
  store?: string
  token?: string
  cwd?: string
  defaultStore: 'github' | 'local'
  env?: NodeJS.ProcessEnv
}): Promise<OpenedRegistry> {
  const cwd = options.cwd ?? process.cwd()
  const env = options.env ?? process.env
  const config = loadProjectConfig(cwd)
  const store = await openStore({
    ...(options.store === undefined ? {} : { store: options.store }),
    ...(options.token === undefined ? {} : { token: options.token }),
    cwd,
    defaultStore: options.defaultStore
  })
  const chosen = options.store?.trim() ?? ''
  const kind =
    chosen === GITHUB_STORE || (chosen === '' && options.defaultStore === 'github')
      ? 'github'
      : 'local'
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')
  const repository = env.GITHUB_REPOSITORY ?? ''
  return {
    registry: new ModelRegistry(store, config.registry),
    store,
    kind,
    releaseUrl: (tag) =>
      kind === 'github' && repository !== ''
        ? `${server}/${repository}/releases/tag/${bundleReleaseTag(tag).split('/').map(encodeURIComponent).join('/')}`
        : undefined
  }
}
