import { createHash } from 'node:crypto'
import type { YamlNode } from '../config/yaml-source.js'
import { parseYamlSource } from '../config/yaml-source.js'
import { UsageError } from '../errors.js'
import type { GateRules, KeyPath, LocateKey } from '../gate/gate-rules.js'
import { parseGateRules } from '../gate/gate-rules.js'
import { canonicalJson } from '../store/canonical-json.js'
import { readUserFile } from '../adapters/user-files.js'
import { PROJECT_CONFIG_FILE } from '../adapters/project-config.js'

/** Gate rules as loaded, with where they came from (for the report and the stored verdict). */
export interface LoadedGateRules {
  rules: GateRules
  /** The rules file, or `.tollgate.yml (gate)`. */
  source: string
  /** SHA-256 of the rules file's bytes, or of the gate section's canonical JSON. */
  sha256: string
  /** Where a rule is written, for errors found after parsing (e.g. a metric of the wrong task). */
  locate: LocateKey
}

/**
 * Reads the gate rules from `path` (a YAML file, e.g. gate.yml) or, when no path is given, from
 * the `gate:` section of .tollgate.yml. Every error names the file, line and key.
 */
export function loadGateRules(
  path: string | undefined,
  gateSection: YamlNode | undefined
): LoadedGateRules {
  if (path !== undefined) {
    const text = readUserFile(path, 'gate rules file')
    const root = parseYamlSource(text, path)
    const locate = locateIn(root, [])
    return {
      rules: parseGateRules(root.toValue(), locate),
      source: path,
      sha256: createHash('sha256').update(text).digest('hex'),
      locate
    }
  }
  if (gateSection === undefined || gateSection.kind === 'null') {
    throw new UsageError(
      `No gate rules: give a rules file (input \`thresholds\` / --thresholds gate.yml) or add a gate: section to ${PROJECT_CONFIG_FILE}, e.g.\n` +
        'gate:\n  metrics:\n    accuracy: { min: 0.8, max_regression: 0.01 }'
    )
  }
  const locate = locateIn(gateSection, ['gate'])
  const value = gateSection.toValue()
  return {
    rules: parseGateRules(value, locate),
    source: `${PROJECT_CONFIG_FILE} (gate)`,
    sha256: createHash('sha256').update(canonicalJson(value, 'gate section')).digest('hex'),
    locate
  }
}

/**
 * A LocateKey over a parsed YAML document: the line and column of the deepest node the key path
 * reaches (the offending key itself when it exists), and the dotted key path as the field.
 */
export function locateIn(root: YamlNode, prefix: readonly string[]): LocateKey {
  return (path: KeyPath) => {
    let node = root
    for (const [index, key] of path.entries()) {
      let next: YamlNode | undefined
      if (node.kind === 'map') {
        const entry = node.entries().find((candidate) => candidate.key === String(key))
        // The last key itself (its line), or the value to descend into.
        const last = index === path.length - 1
        next =
          entry === undefined
            ? undefined
            : last || entry.value.node === null
              ? entry.keyNode
              : entry.value
      } else if (node.kind === 'list' && typeof key === 'number') {
        next = node.items()[key]
      }
      if (next === undefined) break
      node = next
    }
    const field = [...prefix, ...path.map(String)].join('.')
    return { ...node.location, ...(field === '' ? {} : { field }) }
  }
}
