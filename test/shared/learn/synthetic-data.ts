import type { DataTable } from '../../../shared/learn/data-table.js'
import { mulberry32 } from '../../../shared/stats/random.js'

/**
 * Deterministic synthetic tables for the learner tests. scripts/oracles/learn-sklearn.py builds
 * the very same rows (it re-implements mulberry32 and this function line for line), so the
 * fixtures only carry sklearn's results, not the data. Only +, −, ×, comparisons and mulberry32
 * are used — no Math.log/exp/sin — so both languages produce bit-identical values.
 *
 * Columns: x1, x2 ~ U(−2, 2); x3 ~ U(−1, 1); x4 triangular on (−1, 1); x5 ~ U(−3, 3) with ~10%
 * missing; cat in a..e with frequencies .40/.25/.20/.12/.03 and ~5% missing; noise ~ U(0, 1)
 * (unrelated to the target). Targets, from f = 1.2·x1·x2 + [x3 > 0.3 ? 1 : −0.6] + 1.5·x4² − 0.3
 * + effect(cat) + (x5 missing ? 0.9 : 0.6·x5) and e = 2·(u1 + u2 + u3 − 1.5) (sd 1):
 * - binary: "yes" when f + e > 0, else "no";
 * - regression: f + 0.5·e;
 * - multiclass: argmax of (x1 + 0.5·x3 + e₁/2, 1.5·x2² − 1 + effect(cat) + e₂/2, −x1 + 0.8·x4 + e₃/2)
 *   with labels 0, 1, 2 (numbers).
 */
export type SyntheticTarget = 'binary' | 'regression' | 'multiclass'

const CATEGORY_EFFECT: Record<string, number> = { a: 0, b: 0.8, c: -0.7, d: 1.2, e: -1.5 }

export function syntheticTable(rowCount: number, seed: number, target: SyntheticTarget): DataTable {
  const random = mulberry32(seed)
  const x1 = new Float64Array(rowCount)
  const x2 = new Float64Array(rowCount)
  const x3 = new Float64Array(rowCount)
  const x4 = new Float64Array(rowCount)
  const x5 = new Float64Array(rowCount)
  const noise = new Float64Array(rowCount)
  const cat: (string | null)[] = []
  const numericTarget = new Float64Array(rowCount)
  const textTarget: string[] = []
  for (let i = 0; i < rowCount; i++) {
    const u: number[] = []
    for (let k = 0; k < 18; k++) u.push(random())
    x1[i] = u[0]! * 4 - 2
    x2[i] = u[1]! * 4 - 2
    x3[i] = u[2]! * 2 - 1
    x4[i] = u[3]! + u[4]! - 1
    const x5Missing = u[6]! < 0.1
    x5[i] = x5Missing ? NaN : u[5]! * 6 - 3
    const c = u[7]!
    const level = c < 0.4 ? 'a' : c < 0.65 ? 'b' : c < 0.85 ? 'c' : c < 0.97 ? 'd' : 'e'
    const catMissing = u[8]! < 0.05
    cat.push(catMissing ? null : level)
    noise[i] = u[9]!
    const effect = catMissing ? 0 : CATEGORY_EFFECT[level]!
    const e1 = 2 * (u[10]! + u[11]! + u[12]! - 1.5)
    const f =
      1.2 * x1[i]! * x2[i]! +
      (x3[i]! > 0.3 ? 1 : -0.6) +
      1.5 * x4[i]! * x4[i]! -
      0.3 +
      effect +
      (x5Missing ? 0.9 : 0.6 * x5[i]!)
    if (target === 'binary') textTarget.push(f + e1 > 0 ? 'yes' : 'no')
    else if (target === 'regression') numericTarget[i] = f + 0.5 * e1
    else {
      const e2 = 2 * (u[13]! + u[14]! + u[15]! - 1.5)
      const e3 = 2 * (u[16]! + u[17]! + u[10]! - 1.5)
      const scores = [
        x1[i]! + 0.5 * x3[i]! + 0.5 * e1,
        1.5 * x2[i]! * x2[i]! - 1 + effect + 0.5 * e2,
        -x1[i]! + 0.8 * x4[i]! + 0.5 * e3
      ]
      let best = 0
      for (let k = 1; k < 3; k++) if (scores[k]! > scores[best]!) best = k
      numericTarget[i] = best
    }
  }
  return {
    columns: [
      { name: 'x1', kind: 'numeric', values: x1 },
      { name: 'x2', kind: 'numeric', values: x2 },
      { name: 'x3', kind: 'numeric', values: x3 },
      { name: 'x4', kind: 'numeric', values: x4 },
      { name: 'x5', kind: 'numeric', values: x5 },
      { name: 'cat', kind: 'categorical', values: cat },
      { name: 'noise', kind: 'numeric', values: noise },
      target === 'binary'
        ? { name: 'y', kind: 'categorical', values: textTarget }
        : { name: 'y', kind: 'numeric', values: numericTarget }
    ]
  }
}

/** The validation rows the oracle uses: every fifth row (i % 5 === 0). */
export function everyFifthRow(rowCount: number): Int32Array {
  return Int32Array.from({ length: Math.ceil(rowCount / 5) }, (_, k) => 5 * k)
}
