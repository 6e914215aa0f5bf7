import type { RuleSetName, RunRuleId, Severity, SignalRuleId } from '../spc/chart-types.js'
import { RULE_SETS, RUN_RULE_IDS, SIGNAL_RULE_IDS } from '../spc/rule-selection.js'
import { closestName } from '../text/closest-name.js'

/**
 * How users write run-rule choices in inputs, flags and config files:
 * - rules: `auto` (the chart's default: the four Western Electric rules on variables charts,
 *   we-1 + we-4 on attribute charts, the chart's own signal on EWMA and CUSUM), a named set
 *   (`western-electric`, `nelson`), `none`, or a list of rule ids (`we-1, nelson-3`);
 * - severity: `rule=level` pairs (`we-2=warn, we-3=warn`), level `error` or `warn`.
 * Parsers return a value or a sentence for the caller to raise with its own location.
 */
export type RuleChoice = 'auto' | RuleSetName | readonly RunRuleId[]

export const RULE_CHOICE_HELP =
  'auto, western-electric, nelson, none, or a list of rule ids (we-1..we-4, nelson-1..nelson-8)'

function unknownRule(rule: string, known: readonly string[]): string {
  const guess = closestName(rule, known)
  return (
    `unknown rule ${JSON.stringify(rule)}` +
    (guess === undefined ? '' : ` (did you mean ${JSON.stringify(guess)}?)`) +
    `; expected ${RULE_CHOICE_HELP}`
  )
}

/** A rule choice from a list of words (one word may be a set name, `auto` or `none`). */
export function parseRuleChoice(words: readonly string[]): RuleChoice | { problem: string } {
  const items = words.map((word) => word.trim()).filter((word) => word !== '')
  if (items.length === 0) return { problem: `no rules given; expected ${RULE_CHOICE_HELP}` }
  if (items.length === 1) {
    const only = items[0]!
    if (only === 'auto') return 'auto'
    if (only === 'none') return []
    if (only in RULE_SETS) return only as RuleSetName
  }
  for (const item of items) {
    if (!(RUN_RULE_IDS as readonly string[]).includes(item)) {
      return {
        problem: unknownRule(item, [...RUN_RULE_IDS, ...Object.keys(RULE_SETS), 'auto', 'none'])
      }
    }
  }
  return items as RunRuleId[]
}

/** A severity map from `rule=level` items. */
export function parseSeverityPairs(
  items: readonly string[]
): Partial<Record<SignalRuleId, Severity>> | { problem: string } {
  const map: Partial<Record<SignalRuleId, Severity>> = {}
  for (const item of items) {
    const match = /^\s*([^=:\s]+)\s*[=:]\s*(\S+)\s*$/.exec(item)
    if (match === null) {
      return { problem: `${JSON.stringify(item)} is not rule=level (e.g. we-2=warn)` }
    }
    const result = severityEntry(match[1]!, match[2]!)
    if ('problem' in result) return result
    map[result.rule] = result.severity
  }
  return map
}

/** One rule → level entry, checked. */
export function severityEntry(
  rule: string,
  level: string
): { rule: SignalRuleId; severity: Severity } | { problem: string } {
  if (!(SIGNAL_RULE_IDS as readonly string[]).includes(rule)) {
    const guess = closestName(rule, SIGNAL_RULE_IDS)
    return {
      problem:
        `unknown rule ${JSON.stringify(rule)} in a severity` +
        (guess === undefined ? '' : ` (did you mean ${JSON.stringify(guess)}?)`)
    }
  }
  if (level !== 'error' && level !== 'warn') {
    return {
      problem: `the severity of ${rule} must be error or warn, got ${JSON.stringify(level)}`
    }
  }
  return { rule: rule as SignalRuleId, severity: level }
}
