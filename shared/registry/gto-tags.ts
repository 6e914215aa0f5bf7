import { UsageError } from '../errors.js'
import { closestName } from '../text/closest-name.js'

/**
 * The registry's git-tag names, in GTO's convention (https://github.com/iterative/gto, `tag.py`
 * and `constants.py`) so GTO and tools built on it can read a Tollgate registry and the other way
 * round (DESIGN.md §3):
 *
 * | tag                        | meaning                                          |
 * |----------------------------|--------------------------------------------------|
 * | `churn@v1.2.3`             | version v1.2.3 of model churn is registered      |
 * | `churn@v1.2.3!`            | that version is deregistered (GTO `deprecate m v`)|
 * | `churn#production#7`       | the 7th stage event: production -> the version   |
 * | `churn#production!#8`      | production is unassigned from that version       |
 * | `churn@deprecated`         | the whole model is deprecated                    |
 *
 * GTO also reads the counter-less "simple" forms `churn#production`, `churn@v1.2.3!#3` and
 * `churn@deprecated#3`; all of them parse. GTO allows `/` in names (for a `dir:name` notation
 * written as `dir=name` in tags); Tollgate does not, since names also become file names.
 */

export type RegistryTag =
  | { kind: 'version'; model: string; version: string }
  | { kind: 'deregistration'; model: string; version: string; counter?: number }
  | { kind: 'assignment'; model: string; stage: string; counter?: number }
  | { kind: 'unassignment'; model: string; stage: string; counter?: number }
  | { kind: 'deprecation'; model: string; counter?: number }

/** GTO's name rule without `/`: lower-case letters, digits and `-`, not ending with `-`. */
const NAME = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?'
const VERSION = 'v(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)'
const TAG_PATTERN = new RegExp(
  `^(?<model>${NAME})(?:(?:#(?<stage>${NAME})|@(?<version>${VERSION}))(?<cancel>!?)|@(?<deprecated>deprecated))(?:#(?<counter>[0-9]+))?$`
)
const NAME_PATTERN = new RegExp(`^${NAME}$`)

/** Longest model or stage name; keeps every tag well inside the store's name limit. */
export const MAX_MODEL_NAME_LENGTH = 100

/**
 * Words that mean something after `@` in a reference (`churn@latest`) or in GTO's tags, so they
 * cannot be stage names.
 */
export const RESERVED_STAGE_NAMES: readonly string[] = [
  'latest',
  'greatest',
  'deprecated',
  'created'
]

const NAME_RULE =
  'use lower-case letters, digits and "-", starting and ending with a letter or digit ' +
  "(GTO's naming rule, so GTO can read the registry)"

/** Checks a model name; UsageError saying what is allowed. */
export function assertModelName(name: string): void {
  checkName(name, 'model name')
}

/** Checks a stage name (`staging`, `production`); UsageError saying what is allowed. */
export function assertStageName(name: string): void {
  checkName(name, 'stage name')
  if (RESERVED_STAGE_NAMES.includes(name)) {
    throw new UsageError(
      `The stage name ${JSON.stringify(name)} is reserved (it has a meaning after "@" in ` +
        `references such as churn@latest); choose another, e.g. "production".`
    )
  }
}

function checkName(name: string, what: string): void {
  if (name.length === 0) throw new UsageError(`The ${what} is empty; give a name.`)
  if (name.length > MAX_MODEL_NAME_LENGTH) {
    throw new UsageError(
      `The ${what} ${JSON.stringify(name)} has ${name.length} characters; at most ` +
        `${MAX_MODEL_NAME_LENGTH} are allowed.`
    )
  }
  if (!NAME_PATTERN.test(name)) {
    const lower = name
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
    const hint =
      NAME_PATTERN.test(lower) && lower !== name ? ` For example ${JSON.stringify(lower)}.` : ''
    throw new UsageError(`The ${what} ${JSON.stringify(name)} is not allowed: ${NAME_RULE}.${hint}`)
  }
}

/** Parses a tag name; undefined for tags that are not registry tags (e.g. a release `v1.0.0`). */
export function parseRegistryTag(name: string): RegistryTag | undefined {
  const match = TAG_PATTERN.exec(name)
  const groups = match?.groups
  if (!groups) return undefined
  const model = groups.model!
  if (model.length > MAX_MODEL_NAME_LENGTH) return undefined
  const counter = groups.counter === undefined ? undefined : Number(groups.counter)
  if (counter !== undefined && !Number.isSafeInteger(counter)) return undefined
  const withCounter = counter === undefined ? {} : { counter }
  const cancelled = groups.cancel === '!'
  if (groups.deprecated !== undefined) return { kind: 'deprecation', model, ...withCounter }
  if (groups.version !== undefined) {
    return cancelled
      ? { kind: 'deregistration', model, version: groups.version, ...withCounter }
      : { kind: 'version', model, version: groups.version }
  }
  const stage = groups.stage!
  if (RESERVED_STAGE_NAMES.includes(stage)) return undefined
  return { kind: cancelled ? 'unassignment' : 'assignment', model, stage, ...withCounter }
}

/** Formats a tag; the inverse of `parseRegistryTag`. Validates names and counters. */
export function formatRegistryTag(tag: RegistryTag): string {
  assertModelName(tag.model)
  const counter =
    'counter' in tag && tag.counter !== undefined ? `#${formatCounter(tag.counter)}` : ''
  switch (tag.kind) {
    case 'version':
      return `${tag.model}@${tag.version}`
    case 'deregistration':
      return `${tag.model}@${tag.version}!${counter}`
    case 'assignment':
      assertStageName(tag.stage)
      return `${tag.model}#${tag.stage}${counter}`
    case 'unassignment':
      assertStageName(tag.stage)
      return `${tag.model}#${tag.stage}!${counter}`
    case 'deprecation':
      return `${tag.model}@deprecated${counter}`
  }
}

/** Prefix of every tag of one model's versions (`churn@`), for listing refs. */
export function versionTagPrefix(model: string): string {
  assertModelName(model)
  return `${model}@`
}

/** Prefix of every stage tag of one model (`churn#`), for listing refs. */
export function stageTagPrefix(model: string): string {
  assertModelName(model)
  return `${model}#`
}

/** A "did you mean" for an unknown stage, or ''. */
export function stageSuggestion(stage: string, known: readonly string[]): string {
  const suggestion = closestName(stage, known)
  return suggestion === undefined ? '' : ` Did you mean ${JSON.stringify(suggestion)}?`
}

function formatCounter(counter: number): string {
  if (!Number.isSafeInteger(counter) || counter < 1) {
    throw new UsageError(`A stage-event counter must be a positive integer, not ${counter}.`)
  }
  return String(counter)
}
