import { UsageError } from '../errors.js'
import { assertModelName, assertStageName } from './gto-tags.js'
import { formatVersion, requireVersion } from './semver.js'

/**
 * What a user may write to name a model version (CLI `tollgate get`, action inputs such as
 * `candidate` and `champion`): `churn@v1.2.3`, `churn@latest`, `churn@production`, or GTO's
 * stage shortcut `churn#production`.
 */
export type ModelReference =
  | { model: string; kind: 'version'; version: string }
  | { model: string; kind: 'latest' }
  | { model: string; kind: 'stage'; stage: string }

const EXAMPLES = 'churn@v1.2.3, churn@latest or churn@production'

/** Parses a reference; UsageError with examples when it is malformed. */
export function parseModelReference(text: string): ModelReference {
  const trimmed = text.trim()
  const separator = trimmed.search(/[@#]/)
  if (separator <= 0 || separator === trimmed.length - 1) {
    throw new UsageError(
      `${JSON.stringify(text)} does not name a model version; write MODEL@VERSION, MODEL@latest ` +
        `or MODEL@STAGE, e.g. ${EXAMPLES}.`
    )
  }
  const model = trimmed.slice(0, separator)
  const rest = trimmed.slice(separator + 1)
  assertModelName(model)
  if (trimmed[separator] === '#') {
    assertStageName(rest)
    return { model, kind: 'stage', stage: rest }
  }
  if (rest === 'latest' || rest === 'greatest') return { model, kind: 'latest' }
  if (/^v?\d/.test(rest)) {
    return {
      model,
      kind: 'version',
      version: formatVersion(requireVersion(rest, 'The version in'))
    }
  }
  assertStageName(rest)
  return { model, kind: 'stage', stage: rest }
}

/** The canonical text of a reference. */
export function formatModelReference(reference: ModelReference): string {
  switch (reference.kind) {
    case 'version':
      return `${reference.model}@${reference.version}`
    case 'latest':
      return `${reference.model}@latest`
    case 'stage':
      return `${reference.model}@${reference.stage}`
  }
}
