import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { repoRoot } from '../helpers/paths.js'

const dist = join(repoRoot, 'actions', 'dist')

describe('the committed bundle', () => {
  it('imports only Node built-ins statically: nothing from node_modules exists on a runner', () => {
    for (const file of readdirSync(dist).filter((name) => name.endsWith('.js'))) {
      const source = readFileSync(join(dist, file), 'utf8')
      const imports = [...source.matchAll(/^import .* from "([^"]+)";?$/gm)].map(
        (match) => match[1]!
      )
      for (const specifier of imports) {
        const bare = specifier.replace(/^node:/, '')
        expect({
          file,
          specifier,
          allowed: builtinModules.includes(bare) || specifier.startsWith('./')
        }).toEqual({
          file,
          specifier,
          allowed: true
        })
      }
    }
  })

  it('is an ES module package with one entry per action, the CLI and the scan worker', () => {
    expect(JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8'))).toEqual({ type: 'module' })
    const files = readdirSync(dist)
    for (const entry of [
      'validate-data',
      'spc-check',
      'train',
      'register-model',
      'evaluate-gate',
      'deploy',
      'drift-check',
      'tollgate',
      'scan-worker'
    ]) {
      expect(files).toContain(`${entry}.js`)
    }
    expect(readFileSync(join(dist, 'tollgate.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(
      true
    )
  })
})
