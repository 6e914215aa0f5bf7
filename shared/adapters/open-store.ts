import { UsageError } from '../errors.js'
import type { Store } from '../store/store.js'
import { DEFAULT_LOCAL_STORE_DIRECTORY, LocalStore } from './local-store.js'
import { openGitHubStore } from './github-store.js'
import { isAbsolute, join } from 'node:path'

/** The value of a `store` input/option that means "the repository on GitHub". */
export const GITHUB_STORE = 'github'

/**
 * Opens the store a command or action should use. `store` is `github` (the repository's refs and
 * Releases, through GITHUB_API_URL with `token`) or a directory path. When it is not given, actions
 * default to GitHub and the CLI to `.tollgate/` in the working directory (DESIGN.md §1, §3).
 */
export async function openStore(options: {
  store?: string
  token?: string
  cwd?: string
  defaultStore: 'github' | 'local'
}): Promise<Store> {
  const cwd = options.cwd ?? process.cwd()
  const chosen =
    options.store === undefined || options.store.trim() === ''
      ? options.defaultStore === 'github'
        ? GITHUB_STORE
        : DEFAULT_LOCAL_STORE_DIRECTORY
      : options.store.trim()
  if (chosen === GITHUB_STORE) {
    if (options.token === undefined || options.token === '') {
      throw new UsageError(
        'The GitHub store needs a token (input `token`; the default GITHUB_TOKEN works with `contents: write`).'
      )
    }
    return openGitHubStore(options.token)
  }
  return new LocalStore(isAbsolute(chosen) ? chosen : join(cwd, chosen))
}
