import { describe, expect, it } from '@jest/globals'
import { parseYamlSource } from '../../../shared/config/yaml-source.js'
import {
  DEFAULT_APPROVAL_EXPIRY_MS,
  parseApprovers
} from '../../../shared/deploy/approval-policy.js'
import { environmentDeployConfig } from '../../../shared/deploy/deploy-config.js'
import { formatDuration, parseDuration } from '../../../shared/deploy/duration-text.js'
import { InputError, UsageError } from '../../../shared/errors.js'

const section = (text: string) => parseYamlSource(text, '.tollgate.yml').get('deploy')

describe('environmentDeployConfig', () => {
  const yaml = [
    'deploy:',
    '  environments:',
    '    staging:',
    '      requires: { gate: true }',
    '      target: /srv/models/staging',
    '    production:',
    '      requires: { gate: true, stage: staging }',
    '      approval:',
    '        required: 2',
    "        approvers: [Alice, bob, '@octo-org/ML-Leads']",
    '        expires-after: 2d',
    '      command: ./deploy.sh',
    '      timeout: 10m',
    '      url: https://models.example.com'
  ].join('\n')

  it('reads each environment, with issue approval as the default channel', () => {
    expect(environmentDeployConfig(section(yaml), 'production')).toEqual({
      environment: 'production',
      requireGate: true,
      requireStage: 'staging',
      approval: {
        via: 'issue',
        required: 2,
        users: ['alice', 'bob'],
        teams: [{ org: 'octo-org', slug: 'ml-leads' }],
        allowInitiator: false,
        expiresAfterMs: 2 * 86_400_000
      },
      command: './deploy.sh',
      url: 'https://models.example.com',
      timeoutMs: 600_000
    })
    expect(environmentDeployConfig(section(yaml), 'staging')).toMatchObject({
      requireGate: true,
      target: '/srv/models/staging',
      approval: { via: 'none', required: 0 }
    })
  })

  it('gives defaults for an unlisted environment or no section', () => {
    const defaults = environmentDeployConfig(undefined, 'dev')
    expect(defaults).toMatchObject({
      environment: 'dev',
      requireGate: false,
      approval: { via: 'none', expiresAfterMs: DEFAULT_APPROVAL_EXPIRY_MS }
    })
    expect(environmentDeployConfig(section(yaml), 'dev')).toEqual(defaults)
  })

  it('names the line of a mistake, with a did-you-mean', () => {
    const typo = 'deploy:\n  environments:\n    production:\n      aproval: { required: 1 }\n'
    const error = (() => {
      try {
        environmentDeployConfig(section(typo), 'production')
      } catch (caught) {
        return caught
      }
      return undefined
    })()
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).location.line).toBe(4)
    expect((error as InputError).message).toMatch(/did you mean "approval"/)
    expect(() =>
      environmentDeployConfig(
        section(
          'deploy:\n  environments:\n    production:\n      approval: { via: issue, required: 0 }\n'
        ),
        'production'
      )
    ).toThrow(/at least 1 approver/)
    expect(() =>
      environmentDeployConfig(
        section(
          'deploy:\n  environments:\n    production:\n      approval: { expires-after: 3 }\n'
        ),
        'production'
      )
    ).toThrow(/duration/)
    expect(() =>
      environmentDeployConfig(
        section('deploy:\n  environments:\n    production:\n      command: a\n      target: b\n'),
        'production'
      )
    ).toThrow(/either command or target/)
  })
})

describe('approvers and durations', () => {
  it('splits users and teams and refuses other text', () => {
    expect(parseApprovers(['@alice', 'Bob', 'octo-org/leads'], 'approvers')).toEqual({
      users: ['alice', 'bob'],
      teams: [{ org: 'octo-org', slug: 'leads' }]
    })
    expect(() => parseApprovers(['alice smith'], 'approvers')).toThrow(UsageError)
  })

  it('reads durations with units only', () => {
    expect(parseDuration('72h', 'x')).toBe(259_200_000)
    expect(parseDuration('1d 12h', 'x')).toBe(129_600_000)
    expect(parseDuration('90s', 'x')).toBe(90_000)
    expect(() => parseDuration('72', 'expires-after')).toThrow(/expires-after must be a duration/)
    expect(() => parseDuration('3 days', 'x')).toThrow(UsageError)
    expect(formatDuration(129_600_000)).toBe('1d 12h')
  })
})
