import { describe, expect, it } from '@jest/globals'
import { computeChart } from '../../../shared/spc/compute-chart.js'
import type { ChartPanel, ChartResult, RunRuleId } from '../../../shared/spc/chart-types.js'
import { RUN_RULE_IDS } from '../../../shared/spc/rule-selection.js'
import { expectNear, expectPrinted, loadSpcFixture } from './spc-fixtures.js'

/**
 * The published qcc 3.0 vignette numbers (printed to 7 significant digits) and the fixtures'
 * recomputed values (10 dp) for the datasets in /work/shared/conformance/spc, copied to
 * test/fixtures/spc.
 */

interface Printed {
  center: number
  std_dev: number
  lcl: number
  ucl: number
}
type RuleTable = Record<string, number[] | string>

function panel<M>(result: ChartResult<M>, index = 0): ChartPanel<M> {
  return result.panels[index]!
}

/** Indices (1-based, input order) where `rule` fired on the first panel. */
function hits(
  result: ChartResult,
  rule: string,
  statistic = result.panels[0]!.statistic
): number[] {
  return result.violations
    .filter((v) => v.rule === rule && v.statistic === statistic)
    .map((v) => v.index)
}

/** Fixture rule keys (we1, nelson5) → rule ids (we-1, nelson-5). */
function ruleId(key: string): RunRuleId {
  return key.replace(/(\d)$/, '-$1') as RunRuleId
}

function expectRules(result: ChartResult, table: RuleTable, toIndex: (position: number) => number) {
  for (const [key, positions] of Object.entries(table)) {
    if (typeof positions === 'string') continue
    expect([key, hits(result, ruleId(key))]).toEqual([key, positions.map(toIndex)])
  }
}

function expectArray(
  actual: readonly (number | null | undefined)[],
  expected: number[],
  tol = 1e-9
) {
  expect(actual).toHaveLength(expected.length)
  expected.forEach((value, i) => expectNear(actual[i], value, tol))
}

describe('pistonrings (Montgomery Table 6.3): X̄-R, X̄-S, EWMA, CUSUM, capability', () => {
  const data = loadSpcFixture<{
    subgroups: number[][]
    published_qcc: Record<string, Record<string, unknown>>
    computed: Record<string, Record<string, unknown>>
  }>('qcc_pistonrings.json')
  const points = data.subgroups.map((subgroup, i) => ({ subgroup, metadata: { sample: i + 1 } }))
  const published = data.published_qcc
  const computed = data.computed

  it('X̄-R chart from the 25 phase-I subgroups matches qcc', () => {
    const result = computeChart({ chart: 'xbar-r', points, baseline: 25 })
    const xbar = published.xbar as unknown as Printed
    const range = published.R as unknown as Printed
    expectPrinted(result.center, xbar.center)
    expectPrinted(result.sigma, xbar.std_dev)
    expect(result.sigmaSource).toBe('uwave-r')
    const first = panel(result).points[0]!
    expectPrinted(first.lcl, xbar.lcl)
    expectPrinted(first.ucl, xbar.ucl)
    expectPrinted(panel(result, 1).center, range.center)
    expectPrinted(panel(result, 1).points[0]!.ucl, range.ucl)
    expect(panel(result, 1).points[0]!.lcl).toBe(0)

    const exact = computed.xbar_r as Record<string, number>
    expectNear(result.center, exact.xbarbar!, 1e-9)
    expectNear(panel(result, 1).center, exact.rbar!, 1e-10)
    expectNear(result.sigma, exact.sigma_hat!, 1e-10)
    expectNear(first.lcl, exact.xbar_lcl!, 1e-9)
    expectNear(first.ucl, exact.xbar_ucl!, 1e-9)
    expectNear(panel(result, 1).points[0]!.ucl, exact.r_ucl!, 1e-10)
    expectArray(
      panel(result).points.map((p) => p.value),
      computed.subgroup_means_all40 as unknown as number[]
    )
    expectArray(
      panel(result, 1)
        .points.slice(0, 25)
        .map((p) => p.value),
      computed.subgroup_ranges_phase1 as unknown as number[]
    )
  })

  it('phase II subgroups 37, 38 and 39 are beyond the frozen X̄ UCL; all rules as computed', () => {
    const result = computeChart({ chart: 'xbar-r', points, baseline: 25, rules: RUN_RULE_IDS })
    const beyond = result.violations.filter((v) => v.rule === 'we-1' && v.statistic === 'mean')
    expect(beyond.map((v) => [v.index, v.phase])).toEqual([
      [37, 'II'],
      [38, 'II'],
      [39, 'II']
    ])
    expect(panel(result).points[36]!.zone).toBe('beyond-upper')
    expect(panel(result).points[36]!.metadata).toEqual({ sample: 37 })
    expect(result.baseline).toEqual({ requested: 25, size: 25, used: 25, excluded: [] })
    expectRules(result, computed.xbar_rules_all40_phase1_limits as RuleTable, (p) => p)
    // The R panel is tested for points beyond its limits only.
    expect(result.violations.filter((v) => v.statistic === 'range')).toEqual([])
  })

  it('X̄-S chart matches qcc', () => {
    const result = computeChart({ chart: 'xbar-s', points, baseline: 25 })
    const s = published.S as unknown as Printed
    expectPrinted(result.sigma, s.std_dev)
    expect(result.sigmaSource).toBe('uwave-sd')
    expectPrinted(panel(result, 1).center, s.center)
    expectPrinted(panel(result, 1).points[0]!.ucl, s.ucl)
    expect(panel(result, 1).points[0]!.lcl).toBe(0)
    const exact = computed.xbar_s as Record<string, number>
    expectNear(panel(result, 1).center, exact.sbar!, 1e-10)
    expectNear(result.sigma, exact.sigma_hat!, 1e-10)
    expectNear(panel(result).points[0]!.lcl, exact.xbar_lcl!, 1e-9)
    expectNear(panel(result).points[0]!.ucl, exact.xbar_ucl!, 1e-9)
    expectNear(panel(result, 1).points[0]!.ucl, exact.s_ucl!, 1e-10)
  })

  it('EWMA λ = 0.2, L = 3 on phase I: qcc limits rows 1, 2, 25 and no signal', () => {
    const result = computeChart({ chart: 'ewma', points: points.slice(0, 25), baseline: 25 })
    const rows = (
      published['ewma_lambda0.2_nsigmas3_phase1'] as { limits_rows: Record<string, number[]> }
    ).limits_rows
    for (const [row, [lcl, ucl]] of Object.entries(rows)) {
      const point = panel(result).points[Number(row) - 1]!
      expectPrinted(point.lcl, lcl!)
      expectPrinted(point.ucl, ucl!)
    }
    const exact = computed['ewma_phase1_lambda0.2_L3'] as Record<string, number[]>
    expectArray(
      panel(result).points.map((p) => p.value),
      exact.z!
    )
    expectArray(
      panel(result).points.map((p) => p.lcl),
      exact.lcl!
    )
    expectArray(
      panel(result).points.map((p) => p.ucl),
      exact.ucl!
    )
    expect(result.violations).toEqual([])
    expect(result.ewma).toEqual({ lambda: 0.2, limits: 'time-varying' })
  })

  it('EWMA λ = 0.2, L = 2.7 over all 40: qcc limits and signals at 35, 37–40', () => {
    const result = computeChart({ chart: 'ewma', points, baseline: 25, nsigmas: 2.7 })
    const rows = (
      published['ewma_lambda0.2_nsigmas2.7_with_newdata'] as {
        limits_rows: Record<string, number[]>
      }
    ).limits_rows
    for (const [row, [lcl, ucl]] of Object.entries(rows)) {
      const point = panel(result).points[Number(row) - 1]!
      expectPrinted(point.lcl, lcl!)
      expectPrinted(point.ucl, ucl!)
    }
    const exact = computed['ewma_all40_lambda0.2_L2.7'] as Record<string, number[]>
    expectArray(
      panel(result).points.map((p) => p.value),
      exact.z!
    )
    expectArray(
      panel(result).points.map((p) => p.lcl),
      exact.lcl!
    )
    expectArray(
      panel(result).points.map((p) => p.ucl),
      exact.ucl!
    )
    expect(hits(result, 'ewma')).toEqual(exact.violations_1based_time_varying)
  })

  it('CUSUM k = 0.5, h = 5 over all 40 as computed (sums, run lengths, signals)', () => {
    const result = computeChart({ chart: 'cusum', points, baseline: 25 })
    const exact = computed['cusum_all40_k0.5_h5'] as Record<string, number[]>
    const upper = panel(result, 0).points
    const lower = panel(result, 1).points
    expectArray(
      upper.map((p) => p.value),
      exact.c_plus_sigma_units!
    )
    expectArray(
      lower.map((p) => p.value),
      exact.c_minus_sigma_units!
    )
    expectArray(
      upper.map((p) => p.value! * p.sigma),
      exact.c_plus_data_units!
    )
    expectArray(
      lower.map((p) => p.value! * p.sigma),
      exact.c_minus_data_units!
    )
    expect(upper.map((p) => p.runLength)).toEqual(exact.n_plus)
    expect(lower.map((p) => p.runLength)).toEqual(exact.n_minus)
    expect(hits(result, 'cusum', 'cusum-upper')).toEqual(exact.upper_signals_1based)
    expect(hits(result, 'cusum', 'cusum-lower')).toEqual(exact.lower_signals_1based)
    expect(result.cusum?.shifts).toHaveLength(1)
    expect(result.cusum?.shifts[0]).toMatchObject({
      side: 'upper',
      firstSignal: 37,
      runLength: 7,
      firstAffected: 31,
      shiftAfter: 30
    })
  })

  it('CUSUM with h = 4 on phase I only: no signal', () => {
    const result = computeChart({ chart: 'cusum', points: points.slice(0, 25), h: 4, baseline: 25 })
    const exact = computed['cusum_phase1_k0.5_h4'] as Record<string, number[]>
    expectArray(
      panel(result, 0).points.map((p) => p.value),
      exact.c_plus_sigma_units!
    )
    expectArray(
      panel(result, 1).points.map((p) => p.value),
      exact.c_minus_sigma_units!
    )
    expect(result.violations).toEqual([])
  })

  it('process capability for the specification 73.95–74.05 matches qcc (4 digits)', () => {
    const result = computeChart({
      chart: 'xbar-r',
      points,
      baseline: 25,
      specification: { lower: 73.95, upper: 74.05 }
    })
    const cap = published['process_capability_spec_73.95_74.05'] as Record<string, number>
    expectPrinted(result.capability?.cp, cap.Cp!, 4)
    expectPrinted(result.capability?.cpl, cap.Cp_l!, 4)
    expectPrinted(result.capability?.cpu, cap.Cp_u!, 4)
    expectPrinted(result.capability?.cpk, cap.Cp_k!, 4)
  })
})

describe('orangejuice (Montgomery Example 7.1): p and np charts, re-baselining', () => {
  const data = loadSpcFixture<{
    samples: { sample: number; D: number; size: number; trial: boolean }[]
    published_qcc: Record<string, Printed>
    computed: { rules_on_revised_limits: RuleTable }
  }>('qcc_orangejuice_p.json')
  const points = data.samples.map((s) => ({ count: s.D, size: s.size, metadata: s }))
  const trial = data.samples.filter((s) => s.trial).length

  it('p chart on the 30 trial samples matches qcc; 15 and 23 are above the UCL', () => {
    const result = computeChart({ chart: 'p', points: points.slice(0, trial), baseline: trial })
    const printed = data.published_qcc.p_phase1_samples1to30!
    expectPrinted(result.center, printed.center)
    const point = panel(result).points[0]!
    expectPrinted(point.sigma, printed.std_dev)
    expectPrinted(point.lcl, printed.lcl)
    expectPrinted(point.ucl, printed.ucl)
    expect(hits(result, 'we-1')).toEqual([15, 23])
    expect(result.sigmaSource).toBe('binomial')
  })

  it('np chart on the trial samples matches qcc', () => {
    const result = computeChart({ chart: 'np', points: points.slice(0, trial), baseline: trial })
    const printed = data.published_qcc.np_phase1_samples1to30!
    const point = panel(result).points[0]!
    expectPrinted(panel(result).center, printed.center)
    expectPrinted(point.sigma, printed.std_dev)
    expectPrinted(point.lcl, printed.lcl)
    expectPrinted(point.ucl, printed.ucl)
    expect(panel(result).statistic).toBe('defectives')
  })

  it('revised limits without samples 15 and 23, and every rule over phase I + II', () => {
    const result = computeChart({
      chart: 'p',
      points,
      baseline: trial,
      exclude: [15, 23],
      rules: RUN_RULE_IDS
    })
    const printed = data.published_qcc.p_revised_excluding_15_23!
    expectPrinted(result.center, printed.center)
    const point = panel(result).points[40]!
    expectPrinted(point.sigma, printed.std_dev)
    expectPrinted(point.lcl, printed.lcl)
    expectPrinted(point.ucl, printed.ucl)
    expect(result.baseline).toEqual({ requested: 30, size: 30, used: 28, excluded: [15, 23] })
    const excluded = panel(result).points[14]!
    expect([excluded.excluded, excluded.value, excluded.zone, excluded.violations]).toEqual([
      true,
      22 / 50,
      'beyond-upper',
      []
    ])
    // The fixture numbers positions in the 52-point sequence without the excluded samples.
    const retained = data.samples.map((s) => s.sample).filter((s) => s !== 15 && s !== 23)
    expectRules(
      result,
      data.computed.rules_on_revised_limits,
      (position) => retained[position - 1]!
    )
    expect(result.violations.find((v) => v.index === 41)).toMatchObject({
      rule: 'we-1',
      phase: 'II'
    })
  })
})

describe('circuit and pcmanufact (Montgomery Examples 7.3, 7.4): c and u charts', () => {
  const data = loadSpcFixture<{
    circuit: { sample: number; x: number; size: number; trial: boolean }[]
    pcmanufact: { x: number; size: number }[]
    published_qcc: Record<string, Printed>
    computed: { c_phase1_points_beyond_1based: number[] }
  }>('qcc_circuit_pcmanufact_c_u.json')
  const circuit = data.circuit.map((s) => ({ count: s.x, size: s.size }))
  const trial = data.circuit.filter((s) => s.trial).length

  it('c chart on the 26 trial samples matches qcc; 6 and 20 are out', () => {
    const result = computeChart({ chart: 'c', points: circuit.slice(0, trial), baseline: trial })
    const printed = data.published_qcc.c_phase1_samples1to26!
    expectPrinted(result.center, printed.center)
    expectPrinted(result.sigma, printed.std_dev)
    expectPrinted(panel(result).points[0]!.lcl, printed.lcl)
    expectPrinted(panel(result).points[0]!.ucl, printed.ucl)
    expect(hits(result, 'we-1')).toEqual(data.computed.c_phase1_points_beyond_1based)
  })

  it('c chart revised without 6 and 20, with the 20 new samples as phase II', () => {
    const result = computeChart({ chart: 'c', points: circuit, baseline: trial, exclude: [6, 20] })
    const printed = data.published_qcc.c_revised_excluding_6_20!
    expectPrinted(result.center, printed.center)
    expectPrinted(result.sigma, printed.std_dev)
    expectPrinted(panel(result).points[30]!.lcl, printed.lcl)
    expectPrinted(panel(result).points[30]!.ucl, printed.ucl)
    expect(panel(result).points[30]!.phase).toBe('II')
  })

  it('u chart of the same data (size 100) matches qcc', () => {
    const result = computeChart({ chart: 'u', points: circuit, baseline: trial, exclude: [6, 20] })
    const printed = data.published_qcc.u_revised_excluding_6_20_sizes100!
    expectPrinted(result.center, printed.center)
    expectPrinted(result.sigma, printed.std_dev)
    expectPrinted(panel(result).points[0]!.lcl, printed.lcl)
    expectPrinted(panel(result).points[0]!.ucl, printed.ucl)
  })

  it('u chart of pcmanufact (n = 5) matches qcc', () => {
    const points = data.pcmanufact.map((s) => ({ count: s.x, size: s.size }))
    const result = computeChart({ chart: 'u', points })
    const printed = data.published_qcc.u_pcmanufact!
    expectPrinted(result.center, printed.center)
    expectPrinted(result.sigma, printed.std_dev)
    expectPrinted(panel(result).points[0]!.lcl, printed.lcl)
    expectPrinted(panel(result).points[0]!.ucl, printed.ucl)
    expect(result.warnings).toEqual([])
  })
})

describe('viscosity (Montgomery): I-MR, SD sigma, re-baselining, EWMA', () => {
  const data = loadSpcFixture<{
    batches: { batch: number; viscosity: number; trial: boolean }[]
    published_qcc: Record<string, Printed & { limits_rows?: Record<string, number[]> }>
    computed: Record<string, Record<string, number> | RuleTable | Record<string, number[]>>
  }>('qcc_viscosity_imr.json')
  const points = data.batches.map((b) => ({ value: b.viscosity, metadata: { batch: b.batch } }))

  it('I chart on the 20 trial batches matches qcc (average moving range)', () => {
    const result = computeChart({ chart: 'imr', points: points.slice(0, 20) })
    const printed = data.published_qcc.individuals_trial20_MR!
    expectPrinted(result.center, printed.center)
    expectPrinted(result.sigma, printed.std_dev)
    expectPrinted(panel(result).points[0]!.lcl, printed.lcl)
    expectPrinted(panel(result).points[0]!.ucl, printed.ucl)
    const exact = data.computed.imr_trial20 as Record<string, number>
    expectNear(result.sigma, exact.sigma_hat!, 1e-9)
    expectNear(panel(result, 1).center, exact.mrbar!, 1e-10)
    expectNear(panel(result, 1).points[1]!.ucl, exact.mr_ucl!, 1e-9)
    expect(panel(result, 1).points[1]!.lcl).toBe(exact.mr_lcl)
    expect(panel(result, 1).points[0]!.value).toBeNull()
    expect(result.sigmaSource).toBe('average-moving-range')
  })

  it("the SD variant gives qcc's 0.5769854", () => {
    const result = computeChart({
      chart: 'imr',
      points: points.slice(0, 20),
      sigmaMethod: 'standard-deviation'
    })
    const printed = data.published_qcc.individuals_trial20_SD!
    expectPrinted(result.sigma, printed.std_dev)
    expectPrinted(panel(result).points[0]!.lcl, printed.lcl)
    expectPrinted(panel(result).points[0]!.ucl, printed.ucl)
    expectNear(result.sigma, data.computed.sigma_sd_method_trial20 as unknown as number, 1e-10)
  })

  it('without batch 4: revised limits and every rule over 19 + 15 points', () => {
    const result = computeChart({ chart: 'imr', points, exclude: [4], rules: RUN_RULE_IDS })
    const printed = data.published_qcc.individuals_trial_without_batch4!
    expectPrinted(result.center, printed.center)
    expectPrinted(result.sigma, printed.std_dev)
    expectPrinted(panel(result).points[0]!.lcl, printed.lcl)
    expectPrinted(panel(result).points[0]!.ucl, printed.ucl)
    const exact = data.computed.imr_without_batch4 as Record<string, number>
    expectNear(panel(result, 1).center, exact.mrbar!, 1e-10)
    expectNear(panel(result, 1).points[5]!.ucl, exact.mr_ucl!, 1e-9)
    // The moving range after the excluded batch spans it: |x5 − x3|.
    expect(panel(result, 1).points[3]!.value).toBeNull()
    expectNear(panel(result, 1).points[4]!.value, Math.abs(34.7 - 33.59), 1e-10)
    expectRules(result, data.computed.rules_without_batch4_34points as RuleTable, (position) =>
      position <= 3 ? position : position + 1
    )
  })

  it('EWMA λ = 0.2, nsigmas 2.7 over all 35: qcc rows 1, 2, 35 and the signal at 35', () => {
    const result = computeChart({ chart: 'ewma', points, nsigmas: 2.7 })
    const printed = data.published_qcc['ewma_lambda0.2_nsigmas2.7_all35']!
    expectPrinted(result.center, printed.center)
    expectPrinted(result.sigma, printed.std_dev)
    for (const [row, [lcl, ucl]] of Object.entries(printed.limits_rows!)) {
      expectPrinted(panel(result).points[Number(row) - 1]!.lcl, lcl!)
      expectPrinted(panel(result).points[Number(row) - 1]!.ucl, ucl!)
    }
    const exact = data.computed.ewma_all35 as Record<string, number[]>
    expectArray(
      panel(result).points.map((p) => p.value),
      exact.z!
    )
    expectArray(
      panel(result).points.map((p) => p.lcl),
      exact.lcl!
    )
    expectArray(
      panel(result).points.map((p) => p.ucl),
      exact.ucl!
    )
    expect(hits(result, 'ewma')).toEqual(exact.violations_1based_time_varying)
  })
})
