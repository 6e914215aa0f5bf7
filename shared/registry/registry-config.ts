import { InputError } from '../errors.js'
import { closestName } from '../text/closest-name.js'
import { assertStageName } from './gto-tags.js'

/**
 * The `registry:` section of `.tollgate.yml`: which stages exist and how versions move between
 * them (DESIGN.md §3).
 *
 * ```yaml
 * registry:
 *   stages: [staging, production]   # allowed stages, in promotion order
 *   promotion: sequential           # a version enters a stage only after it has been in the
 *                                   # stage before it (default when stages are listed); or: any
 * ```
 * Without the section every valid stage name is allowed and no order is enforced (GTO's default).
 */
export interface RegistryConfig {
  /** Allowed stages in promotion order; undefined allows any valid stage name. */
  stages?: readonly string[]
  promotion: PromotionPolicy
}

/**
 * `sequential`: a version may enter stage N only if it has at some point been assigned to stage
 * N-1 (so production only from a version that has been in staging; a rollback to an earlier
 * production version is allowed because it once passed staging). `any`: no order.
 */
export type PromotionPolicy = 'sequential' | 'any'

export const DEFAULT_REGISTRY_CONFIG: RegistryConfig = { promotion: 'any' }

const KEYS = ['stages', 'promotion'] as const
const POLICIES: readonly PromotionPolicy[] = ['sequential', 'any']

/**
 * Reads the already-parsed value of the `registry` key (undefined or null when the file has
 * none). `file` is the config file's name for error messages; errors name the field, e.g.
 * `.tollgate.yml (column "registry.stages[1]")`, and say what was expected.
 */
export function parseRegistryConfig(section: unknown, file: string): RegistryConfig {
  if (section === undefined || section === null) return DEFAULT_REGISTRY_CONFIG
  const at = (field: string) => ({ file, field: `registry${field}` })
  if (typeof section !== 'object' || Array.isArray(section)) {
    throw new InputError(at(''), 'expected a mapping with the keys stages and promotion.')
  }
  const entries = section as Record<string, unknown>
  for (const key of Object.keys(entries)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      const suggestion = closestName(key, KEYS)
      throw new InputError(
        at(`.${key}`),
        `unknown key ${JSON.stringify(key)}.` +
          (suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : '') +
          ` Allowed keys: ${KEYS.join(', ')}.`
      )
    }
  }
  const stages = parseStages(entries.stages, at)
  const promotion = parsePromotion(entries.promotion, stages, at)
  return stages === undefined ? { promotion } : { stages, promotion }
}

function parseStages(
  value: unknown,
  at: (field: string) => { file: string; field: string }
): string[] | undefined {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || value.length === 0) {
    throw new InputError(
      at('.stages'),
      'expected a non-empty list of stage names, e.g. [staging, production].'
    )
  }
  const stages: string[] = []
  value.forEach((stage: unknown, index) => {
    const field = `.stages[${index}]`
    if (typeof stage !== 'string') {
      throw new InputError(at(field), `expected a stage name, found ${JSON.stringify(stage)}.`)
    }
    try {
      assertStageName(stage)
    } catch (error) {
      throw new InputError(at(field), (error as Error).message)
    }
    if (stages.includes(stage)) {
      throw new InputError(at(field), `stage ${JSON.stringify(stage)} is listed twice.`)
    }
    stages.push(stage)
  })
  return stages
}

function parsePromotion(
  value: unknown,
  stages: readonly string[] | undefined,
  at: (field: string) => { file: string; field: string }
): PromotionPolicy {
  if (value === undefined || value === null) return stages === undefined ? 'any' : 'sequential'
  if (typeof value !== 'string' || !(POLICIES as readonly string[]).includes(value)) {
    throw new InputError(
      at('.promotion'),
      `expected one of ${POLICIES.join(', ')}, found ${JSON.stringify(value)}.`
    )
  }
  if (value === 'sequential' && stages === undefined) {
    throw new InputError(
      at('.promotion'),
      'promotion: sequential needs the stages list (registry.stages) to know the order.'
    )
  }
  return value as PromotionPolicy
}
