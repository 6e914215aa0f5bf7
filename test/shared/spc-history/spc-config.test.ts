import { describe, expect, it } from '@jest/globals'
import { parseYamlSource } from '../../../shared/config/yaml-source.js'
import { InputError } from '../../../shared/errors.js'
import {
  isCharted,
  metricMatches,
  settingsForMetric
} from '../../../shared/spc-history/metric-settings.js'
import { parseRuleChoice, parseSeverityPairs } from '../../../shared/spc-history/rule-text.js'
import { parseSpcConfig } from '../../../shared/spc-history/spc-config.js'

const parse = (text: string) => parseSpcConfig(parseYamlSource(text, '.tollgate.yml'))

function inputError(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('spc settings file', () => {
  const config = parse(`baseline: 25
rules: western-electric
severity: { we-3: warn, we-4: warn }
exclude: ["101"]
include: [rows, "*.null_fraction", duration_s]
metrics:
  rows: { chart: imr, rules: nelson, exclude: ["102-1"] }
  "*.mean": { chart: ewma, lambda: 0.1, nsigmas: 2.7, steady-state: true }
  duration_s: { target: 300, sigma: 20, severity: { we-3: error } }
  "*.distinct": { ignore: true }
`)

  it('layers: file defaults, then explicit inputs, then matching metric entries', () => {
    expect(settingsForMetric(config, {}, 'rows')).toEqual({
      baseline: 25,
      rules: 'nelson',
      chart: 'imr',
      severity: { 'we-3': 'warn', 'we-4': 'warn' },
      exclude: ['101', '102-1']
    })
    expect(
      settingsForMetric(config, { baseline: 30, rules: 'auto', exclude: ['103'] }, 'duration_s')
    ).toEqual({
      baseline: 30,
      rules: 'auto',
      target: 300,
      sigma: 20,
      severity: { 'we-3': 'error', 'we-4': 'warn' },
      exclude: ['101', '103']
    })
    expect(settingsForMetric(config, { chart: 'imr' }, 'amount.mean')).toMatchObject({
      chart: 'ewma',
      lambda: 0.1,
      nsigmas: 2.7,
      steadyState: true
    })
  })

  it('decides which metrics are charted', () => {
    expect(
      isCharted(
        config.include,
        settingsForMetric(config, {}, 'email.null_fraction'),
        'email.null_fraction'
      )
    ).toBe(true)
    expect(
      isCharted(config.include, settingsForMetric(config, {}, 'amount.mean'), 'amount.mean')
    ).toBe(false)
    expect(isCharted(undefined, settingsForMetric(config, {}, 'id.distinct'), 'id.distinct')).toBe(
      false
    )
    expect(metricMatches('{rows,late}', 'late')).toBe(true)
    expect(metricMatches('rows', 'rows2')).toBe(false)
  })

  it('accepts the section wrapped in spc: and an empty file', () => {
    expect(parse('spc:\n  baseline: 5\n').defaults).toEqual({ baseline: 5 })
    expect(parse('')).toEqual({ defaults: {}, overrides: [] })
  })

  it.each([
    ['basline: 5\n', 1, /unknown spc setting "basline" \(did you mean "baseline"\?\)/],
    [
      'metrics:\n  rows: { chrat: imr }\n',
      2,
      /unknown metric setting "chrat" \(did you mean "chart"\?\)/
    ],
    ['chart: imx\n', 1, /unknown chart "imx" \(did you mean "imr"\?\)/],
    ['baseline: 2.5\n', 1, /whole number of points/],
    ['rules: [we-1, nelson-9]\n', 1, /unknown rule "nelson-9"/],
    ['severity:\n  we-5: warn\n', 2, /unknown rule "we-5" in a severity \(did you mean "we-1"\?\)/],
    ['severity: { we-1: fatal }\n', 1, /must be error or warn, got "fatal"/],
    ['lambda: 0\n', 1, /expected a positive number, got 0/],
    ['sigma-method: range\n', 1, /unknown sigma method "range"/],
    ['metrics:\n  rows: { ignore: maybe }\n', 2, /expected true or false/]
  ])('points at the line of %j', (text, line, message) => {
    const error = inputError(() => parse(text))
    expect(error.location.line).toBe(line)
    expect(error.message).toMatch(message)
  })
})

describe('rules and severities as users type them', () => {
  it('reads sets, auto, none and lists of rule ids', () => {
    expect(parseRuleChoice(['auto'])).toBe('auto')
    expect(parseRuleChoice(['nelson'])).toBe('nelson')
    expect(parseRuleChoice(['none'])).toEqual([])
    expect(parseRuleChoice(['we-1', ' nelson-3 '])).toEqual(['we-1', 'nelson-3'])
    expect(parseRuleChoice(['nelson', 'we-1'])).toEqual({
      problem: expect.stringMatching(/unknown rule "nelson"/) as unknown
    })
    expect(parseRuleChoice([])).toEqual({
      problem: expect.stringMatching(/no rules given/) as unknown
    })
  })

  it('reads rule=level pairs', () => {
    expect(parseSeverityPairs(['we-3=warn', 'ewma: error'])).toEqual({
      'we-3': 'warn',
      ewma: 'error'
    })
    expect(parseSeverityPairs(['we-3'])).toEqual({
      problem: expect.stringMatching(/is not rule=level/) as unknown
    })
    expect(parseSeverityPairs(['we-3=info'])).toEqual({
      problem: expect.stringMatching(/must be error or warn/) as unknown
    })
  })
})
