import type { FieldValue } from '../data/field-value.js'
import { hashFloat64 } from '../sketch/hash-bytes.js'
import { HyperLogLog, type HyperLogLogJson } from '../sketch/hyperloglog.js'
import { QuantileSketch, type QuantileSketchJson } from '../sketch/quantile-sketch.js'
import { TopValues, type TopValue, type TopValuesJson } from '../sketch/top-values.js'

/**
 * The mergeable value statistics of one column: value counts (exact up to 1000 distinct values,
 * then a SpaceSaving summary), a HyperLogLog for the distinct count, and — when the exact numeric
 * values were too many to keep — a DDSketch for quantiles. Text values are keyed by the 53-bit
 * hash of their UTF-8 bytes, numbers by the hash of their float64 value, so `1` and `1.0` count
 * as one number while text values are compared as written.
 */
export interface ValueTallyState {
  top: TopValuesJson
  hll: HyperLogLogJson
  /** Present only when some numeric values were not kept exactly. */
  quantiles?: QuantileSketchJson
}

const SCAN_LOCATION = { file: '<scan>' }

export class ValueTally {
  private readonly top = new TopValues()
  private readonly hll = new HyperLogLog()
  private quantiles: QuantileSketch | undefined

  /** A text value with its precomputed key (hash of its text). */
  addText(key: number, view: FieldValue): void {
    if (this.top.add(key)) {
      if (view.flags & 2) this.top.setValue(view.text)
      else this.top.setValueBytes(view.bytes, view.start, view.end)
    }
    this.hll.add(key)
  }

  /** A numeric value; `view` gives its text as written (undefined when replayed from storage). */
  addNumber(x: number, view: FieldValue | undefined): void {
    const key = hashFloat64(x)
    if (this.top.add(key)) this.top.setValue(view === undefined ? String(x) : view.text)
    this.hll.add(key)
  }

  addToQuantiles(x: number): void {
    ;(this.quantiles ??= new QuantileSketch()).add(x)
  }

  /** Counts the exactly kept numbers (ascending) at the end of a range: cheap, runs are adjacent. */
  addSortedNumbers(sorted: Float64Array): void {
    let previous = NaN
    let key = 0
    for (let i = 0; i < sorted.length; i++) {
      const x = sorted[i]!
      if (x !== previous) {
        key = hashFloat64(x)
        this.hll.add(key)
        previous = x
      }
      if (this.top.add(key)) this.top.setValue(String(x))
    }
  }

  state(): ValueTallyState {
    return { top: this.top.toJSON(), hll: this.hll.toJSON(), quantiles: this.quantiles?.toJSON() }
  }
}

/**
 * Merges the tallies of several ranges. When some range kept exact numbers and another did not,
 * the exact ones are folded into the quantile sketch (`sortedNumbers` gives them per range).
 */
export function mergeTallyStates(states: readonly ValueTallyState[], sortedNumbers?: readonly (Float64Array | undefined)[]): ValueTallyState {
  const top = TopValues.fromJSON(states[0]!.top, SCAN_LOCATION)
  const hll = HyperLogLog.fromJSON(states[0]!.hll, SCAN_LOCATION)
  for (const state of states.slice(1)) {
    top.merge(TopValues.fromJSON(state.top, SCAN_LOCATION))
    hll.merge(HyperLogLog.fromJSON(state.hll, SCAN_LOCATION))
  }
  let quantiles: QuantileSketch | undefined
  if (sortedNumbers !== undefined) {
    quantiles = new QuantileSketch()
    states.forEach((state, index) => {
      if (state.quantiles !== undefined) quantiles!.merge(QuantileSketch.fromJSON(state.quantiles, SCAN_LOCATION))
      const exact = sortedNumbers[index]
      if (exact !== undefined) quantiles!.addMany(exact)
    })
  }
  return { top: top.toJSON(), hll: hll.toJSON(), quantiles: quantiles?.toJSON() }
}

/** Distinct non-null values: exact while the value table is exact, else the HyperLogLog estimate. */
export function distinctCount(state: ValueTallyState): { value: number; exact: boolean } {
  const top = TopValues.fromJSON(state.top, SCAN_LOCATION)
  const exact = top.distinctExact
  if (exact !== undefined) return { value: exact, exact: true }
  return { value: HyperLogLog.fromJSON(state.hll, SCAN_LOCATION).estimate(), exact: false }
}

export function topValues(state: ValueTallyState, n: number): TopValue[] {
  return TopValues.fromJSON(state.top, SCAN_LOCATION).top(n)
}

/** Every distinct value (as text), when they are known exactly. */
export function valueSet(state: ValueTallyState): string[] | undefined {
  const top = TopValues.fromJSON(state.top, SCAN_LOCATION)
  if (!top.isExact) return undefined
  return top.top().map((entry) => entry.value)
}

/** Estimated q-quantile from the sketch (DDSketch rank rule, relative error ≤ its α). */
export function quantileOf(state: ValueTallyState, q: number): number {
  if (state.quantiles === undefined) return NaN
  return QuantileSketch.fromJSON(state.quantiles, SCAN_LOCATION).quantile(q)
}
