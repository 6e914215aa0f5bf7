import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { OptionTable } from '../shared/options/option-table.js'
import { repoRoot } from './helpers/paths.js'

interface ActionMetadata {
  name: string
  description: string
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>
  outputs?: Record<string, { description: string }>
  runs: { using: string; main: string }
}

const root = repoRoot
const EXPECTED_ACTIONS = [
  'deploy',
  'drift-check',
  'evaluate-gate',
  'register-model',
  'spc-check',
  'train',
  'validate-data'
]
const actionNames = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'dist')
  .map((entry) => entry.name)
  .sort()

function metadataOf(name: string): ActionMetadata {
  return parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as ActionMetadata
}

describe('action metadata', () => {
  it('declares exactly the seven actions', () => {
    expect(actionNames).toEqual(EXPECTED_ACTIONS)
  })

  describe.each(actionNames)('%s', (name) => {
    const metadata = metadataOf(name)

    it('runs the shared bundle entry on node24', () => {
      expect(metadata.runs).toEqual({ using: 'node24', main: `../dist/${name}.js` })
      expect(existsSync(join(root, 'actions', 'dist', `${name}.js`))).toBe(true)
    })

    it('has kebab-case inputs and outputs, each with a description', () => {
      for (const [key, spec] of [
        ...Object.entries(metadata.inputs ?? {}),
        ...Object.entries(metadata.outputs ?? {})
      ]) {
        expect(key).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
        expect(typeof spec.description).toBe('string')
        expect(spec.description.trim().length).toBeGreaterThan(0)
      }
    })

    it('has a main.ts and a README with generated tables', () => {
      expect(existsSync(join(root, 'actions', name, 'main.ts'))).toBe(true)
      const readme = readFileSync(join(root, 'actions', name, 'README.md'), 'utf8')
      expect(readme).toContain('<!-- BEGIN_AUTOGEN_INPUTS -->')
      expect(readme).toContain('<!-- BEGIN_AUTOGEN_OUTPUTS -->')
    })

    it('declares the same inputs, defaults and required flags as the option table its code reads', async () => {
      const module = (await import(`../actions/${name}/main.js`)) as { inputs?: OptionTable }
      expect(metadata.description).not.toMatch(/not yet available/i)
      expect(module.inputs).toBeDefined()
      const declared = metadata.inputs ?? {}
      const fromCode = Object.entries(module.inputs!).filter(([, spec]) => spec.cliOnly !== true)
      expect(Object.keys(declared).sort()).toEqual(fromCode.map(([key]) => key).sort())
      for (const [key, spec] of fromCode) {
        const yamlSpec = declared[key]!
        expect({ key, required: yamlSpec.required === true }).toEqual({
          key,
          required: spec.required === true
        })
        if (spec.default !== undefined)
          expect({ key, default: yamlSpec.default }).toEqual({ key, default: spec.default })
      }
    })
  })
})
