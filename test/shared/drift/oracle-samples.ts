import { readFileSync } from 'node:fs'
import { mulberry32 } from '../../../shared/stats/random.js'
import { fixturePath } from '../../helpers/paths.js'

/**
 * Regenerates the samples of scripts/oracles/drift-*.py: [seed, n, kind, a, b] with
 * 'sum4' → a + b·(((u₁ + u₂) + u₃) + u₄) and 'grid' → a + ⌊u·b⌋, u from mulberry32. Only exact
 * IEEE operations are involved, so Python and TypeScript produce identical doubles.
 */
export type SampleSpec = [number, number, 'sum4' | 'grid', number, number]

export function oracleSample([seed, n, kind, a, b]: SampleSpec): Float64Array {
  const next = mulberry32(seed)
  const values = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    if (kind === 'sum4') {
      const u1 = next()
      const u2 = next()
      const u3 = next()
      const u4 = next()
      values[i] = a + b * (u1 + u2 + u3 + u4)
    } else {
      values[i] = a + Math.floor(next() * b)
    }
  }
  return values
}

/** Reads a JSON fixture from test/fixtures/drift. */
export function readDriftFixture<T>(name: string): T {
  return JSON.parse(readFileSync(fixturePath('drift', name), 'utf8')) as T
}

/** |actual − expected| ≤ relative·|expected| (or ≤ absolute floor when expected is 0). */
export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0
  if (expected === 0) return Math.abs(actual)
  return Math.abs(actual - expected) / Math.abs(expected)
}
