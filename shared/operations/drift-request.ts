import type { DataFormat } from '../adapters/data-files.js'
import { openStore } from '../adapters/open-store.js'
import { loadProjectConfig } from '../adapters/project-config.js'
import { splitList, type Options } from '../options/option-table.js'
import type { Store } from '../store/store.js'
import type { DriftCheckRequest } from './drift-check.js'
import type { driftCheckOptions } from './drift-options.js'
import { resolveDriftSettings } from './drift-settings.js'

export type DriftOptions = Options<typeof driftCheckOptions>

export interface DriftSurface {
  /** Where the registry and history live when `store` is not given: GitHub in the action. */
  defaultStore: 'github' | 'local'
  token?: string
  cwd: string
  now: number
  run?: DriftCheckRequest['run']
}

export interface DriftInvocation {
  request: DriftCheckRequest
  /** Opens the store once (registry reference and history share it). */
  store: () => Promise<Store>
  /** Whether this run appends its scores to the subject's history. */
  history: boolean
}

/**
 * Turns the shared options of drift-check (action inputs or `tollgate drift` flags) and the
 * `drift:` section of `.tollgate.yml` into a request, so both surfaces behave the same. Inputs
 * the user gave explicitly win over the file; the file wins over the defaults.
 */
export function driftInvocation(options: DriftOptions, surface: DriftSurface): DriftInvocation {
  const configPath = options.string('config')
  const project = loadProjectConfig(surface.cwd, configPath)
  const explicit = (
    name: 'method' | 'threshold' | 'drift-share' | 'psi-binning'
  ): string | undefined => (options.has(name) ? options.string(name) : undefined)
  const settings = resolveDriftSettings(
    {
      method: explicit('method'),
      threshold: explicit('threshold'),
      driftShare: explicit('drift-share'),
      psiBinning: explicit('psi-binning'),
      columnMethods: options.list('column-methods'),
      columns: options.list('columns'),
      ignore: options.list('ignore-columns')
    },
    project.section('drift')
  )
  let opened: Promise<Store> | undefined
  const store = (): Promise<Store> =>
    (opened ??= openStore({
      ...(options.string('store') === undefined ? {} : { store: options.string('store') }),
      ...(surface.token === undefined ? {} : { token: surface.token }),
      cwd: surface.cwd,
      defaultStore: surface.defaultStore
    }))
  const historyChoice = options.choice<'auto' | 'true' | 'false'>('history')!
  const history =
    historyChoice === 'true' ||
    (historyChoice === 'auto' && (surface.defaultStore === 'github' || options.has('store')))
  const subject = options.string('subject')
  const request: DriftCheckRequest = {
    reference: options.requiredString('reference'),
    current: splitList(options.requiredString('current')),
    format: options.choice<DataFormat | 'auto'>('format')!,
    delimiter: options.string('delimiter'),
    settings,
    threads: options.integer('threads') ?? 0,
    now: surface.now,
    cwd: surface.cwd,
    openStore: store,
    registryConfig: project.registry,
    ...(subject === undefined ? {} : { subject }),
    ...(surface.run === undefined ? {} : { run: surface.run })
  }
  return { request, store, history }
}
