import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseYamlSource, type YamlNode } from '../config/yaml-source.js'
import { parseRegistryConfig, type RegistryConfig } from '../registry/registry-config.js'
import { readUserFile } from './user-files.js'

/** The project configuration file at the repository root. */
export const PROJECT_CONFIG_FILE = '.tollgate.yml'

/** Top-level sections of .tollgate.yml; each is parsed by the module that owns it. */
export const PROJECT_CONFIG_SECTIONS = [
  'registry',
  'deploy',
  'gate',
  'spc',
  'drift',
  'store'
] as const

export interface ProjectConfig {
  /** Path of the file, or undefined when the project has none (all defaults). */
  file: string | undefined
  registry: RegistryConfig
  /** The parsed document, for the sections other modules read (with line numbers). */
  section(name: (typeof PROJECT_CONFIG_SECTIONS)[number]): YamlNode | undefined
}

/**
 * Reads `.tollgate.yml` from `cwd` (or `path`). A missing file means defaults everywhere; an
 * unknown top-level key is an error with a "did you mean", like every Tollgate config file.
 */
export function loadProjectConfig(cwd: string = process.cwd(), path?: string): ProjectConfig {
  const file = path ?? join(cwd, PROJECT_CONFIG_FILE)
  if (path === undefined && !existsSync(file)) {
    return {
      file: undefined,
      registry: parseRegistryConfig(undefined, PROJECT_CONFIG_FILE),
      section: () => undefined
    }
  }
  const root = parseYamlSource(
    readUserFile(file, 'project configuration'),
    path ?? PROJECT_CONFIG_FILE
  )
  if (root.kind === 'null') {
    return {
      file,
      registry: parseRegistryConfig(undefined, PROJECT_CONFIG_FILE),
      section: () => undefined
    }
  }
  root.assertKeys(PROJECT_CONFIG_SECTIONS, 'section')
  return {
    file,
    registry: parseRegistryConfig(root.get('registry')?.toValue(), path ?? PROJECT_CONFIG_FILE),
    section: (name) => root.get(name)
  }
}
