import { describe, expect, it } from '@jest/globals'
import { environmentDeployConfig } from '../../../shared/deploy/deploy-config.js'
import {
  GATE_RECORD_SCHEMA,
  type GateVerdictRecord
} from '../../../shared/deploy/gate-verdict-record.js'
import { assessPromotion } from '../../../shared/deploy/promotion-policy.js'
import type { StageEvent } from '../../../shared/registry/registry-state.js'
import { parseYamlSource } from '../../../shared/config/yaml-source.js'

const config = environmentDeployConfig(
  parseYamlSource(
    'deploy:\n  environments:\n    production:\n      requires: { gate: true, stage: staging }\n',
    'x'
  ).get('deploy'),
  'production'
)

function verdict(passed: boolean, at: string): GateVerdictRecord {
  return {
    schema: GATE_RECORD_SCHEMA,
    model: 'churn',
    version: 'v0.0.2',
    verdict: passed ? 'promote' : 'reject',
    passed,
    summary: passed
      ? 'Promote: all 1 rules passed.'
      : 'Reject: 1 of 1 rules failed (accuracy min).',
    champion: null,
    metrics: { candidate: {}, champion: null },
    data: { rows: 1, files: [] },
    rules: { source: 'gate.yml', sha256: '0' },
    run: { id: at, attempt: 1 },
    recordedAt: at
  }
}

const inStaging: StageEvent = {
  model: 'churn',
  stage: 'staging',
  action: 'assign',
  version: 'v0.0.2',
  tag: 'churn#staging#1',
  at: '2025-06-01T00:00:00Z',
  counter: 1
}

describe('assessPromotion', () => {
  const input = {
    model: 'churn',
    version: 'v0.0.2',
    environment: 'production',
    config,
    registry: { promotion: 'any' as const }
  }

  it('allows a version whose latest verdict passed and that was in staging', () => {
    const result = assessPromotion({
      ...input,
      gateVerdicts: [verdict(true, '1')],
      stageEvents: [inStaging]
    })
    expect(result.allowed).toBe(true)
    expect(result.checks.map((check) => check.requirement)).toEqual([
      'was in staging',
      'passed the gate'
    ])
  })

  it('refuses when the latest verdict rejected, there is none, or it never was in staging', () => {
    expect(
      assessPromotion({
        ...input,
        gateVerdicts: [verdict(true, '1'), verdict(false, '2')],
        stageEvents: [inStaging]
      }).allowed
    ).toBe(false)
    const none = assessPromotion({ ...input, gateVerdicts: [], stageEvents: [inStaging] })
    expect(none.checks[1]).toMatchObject({
      passed: false,
      detail: expect.stringMatching(/No gate verdict/) as unknown as string
    })
    const other = { ...inStaging, version: 'v0.0.1' }
    expect(
      assessPromotion({ ...input, gateVerdicts: [verdict(true, '1')], stageEvents: [other] })
        .checks[0]?.passed
    ).toBe(false)
  })

  it('applies the registry stages and sequential order', () => {
    const registry = { stages: ['staging', 'production'], promotion: 'sequential' as const }
    const none = environmentDeployConfig(undefined, 'production')
    const result = assessPromotion({
      ...input,
      config: none,
      registry,
      gateVerdicts: [],
      stageEvents: []
    })
    expect(result.checks.map((check) => [check.requirement, check.passed])).toEqual([
      ['production is a registry stage', true],
      ['was in staging (promotion: sequential)', false]
    ])
    const qa = assessPromotion({
      ...input,
      environment: 'qa',
      config: none,
      registry,
      gateVerdicts: [],
      stageEvents: []
    })
    expect(qa.allowed).toBe(false)
  })
})
