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
  /**
   * The exact number of distinct values, when every value was kept or counted exactly (it is not
   * mergeable, so merging states drops it and falls back to the HyperLogLog).
   */
  distinct?: number
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

  /**
   * Adds the distinct values of the exactly kept numbers (ascending) to the HyperLogLog, in the
   * range's own thread. Their counts are taken later from the sorted values themselves
   * (`withExactNumberCounts`), exactly and without a per-value summary update.
   */
  addDistinctNumbers(sorted: Float64Array): void {
    let previous = NaN
    for (let i = 0; i < sorted.length; i++) {
      const x = sorted[i]!
      if (x !== previous) {
        this.hll.add(hashFloat64(x))
        previous = x
      }
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
export function mergeTallyStates(
  states: readonly ValueTallyState[],
  sortedNumbers?: readonly (Float64Array | undefined)[]
): ValueTallyState {
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
      if (state.quantiles !== undefined)
        quantiles!.merge(QuantileSketch.fromJSON(state.quantiles, SCAN_LOCATION))
      const exact = sortedNumbers[index]
      if (exact === undefined) return
      quantiles!.addMany(exact)
      // These ranges kept their numbers exactly and have not counted them in `top` yet.
      for (let i = 0; i < exact.length; i++)
        if (top.add(hashFloat64(exact[i]!))) top.setValue(String(exact[i]!))
    })
  }
  return { top: top.toJSON(), hll: hll.toJSON(), quantiles: quantiles?.toJSON() }
}

/**
 * Counts the exactly kept numbers of a column (ascending parts, one per range) into its tally:
 * exact counts from the runs of equal values, merged with the counts of its text values. Top
 * values stay exact up to the table's cap; beyond it the k most frequent numbers are listed with
 * exact counts and the (k+1)-th count as the bound, which meets the summary's guarantees.
 */
export function withExactNumberCounts(
  state: ValueTallyState,
  parts: readonly Float64Array[]
): ValueTallyState {
  const text = TopValues.fromJSON(state.top, SCAN_LOCATION)
  const runs = countRuns(parts, text.exactCap, text.counters)
  const numbers = TopValues.fromJSON(runs.json(text), SCAN_LOCATION)
  const textDistinct = text.distinctExact
  if (text.total === 0) {
    return { ...state, top: numbers.toJSON(), distinct: runs.distinct }
  }
  text.merge(numbers)
  return {
    ...state,
    top: text.toJSON(),
    distinct: textDistinct === undefined ? undefined : textDistinct + runs.distinct
  }
}

/** Runs of equal values in the merged order of ascending parts. */
function countRuns(
  parts: readonly Float64Array[],
  cap: number,
  counters: number
): { distinct: number; json: (like: TopValues) => TopValuesJson } {
  const positions = new Int32Array(parts.length)
  const firstRuns: [number, number][] = []
  const repeated: [number, number][] = []
  let distinct = 0
  let total = 0
  let current = NaN
  let count = 0
  const close = (): void => {
    if (count === 0) return
    distinct++
    if (firstRuns.length <= cap) firstRuns.push([current, count])
    if (count > 1) repeated.push([current, count])
  }
  for (;;) {
    let best = -1
    let bestValue = Infinity
    for (let p = 0; p < parts.length; p++) {
      const position = positions[p]!
      if (position < parts[p]!.length && (best < 0 || parts[p]![position]! < bestValue)) {
        best = p
        bestValue = parts[p]![position]!
      }
    }
    if (best < 0) break
    positions[best]!++
    total++
    if (bestValue === current) count++
    else {
      close()
      current = bestValue
      count = 1
    }
  }
  close()
  const item = ([x, n]: [number, number], error: number): [number, number, number, string] => [
    hashFloat64(x),
    n,
    error,
    String(x)
  ]
  const byCount = (a: [number, number], b: [number, number]): number => b[1] - a[1] || a[0] - b[0]
  return {
    distinct,
    json: (like) => {
      const base = {
        type: 'top-values' as const,
        version: 1 as const,
        hash: like.toJSON().hash,
        exactCap: like.exactCap,
        counters: like.counters,
        maxDisplayBytes: like.maxDisplayBytes,
        total
      }
      if (distinct <= cap) {
        return {
          ...base,
          exact: true,
          unlistedBound: 0,
          items: firstRuns.sort(byCount).map((run) => item(run, 0))
        }
      }
      // The k most frequent numbers, exactly; every unlisted number occurs at most `bound` times.
      const ranked = (
        repeated.length > counters
          ? repeated
          : [...repeated, ...firstRuns.filter(([, n]) => n === 1)]
      ).sort(byCount)
      const listed = ranked.slice(0, counters)
      const bound = ranked[counters]?.[1] ?? 1
      return {
        ...base,
        exact: false,
        unlistedBound: bound,
        items: listed.filter(([, n]) => n >= bound).map((run) => item(run, 0))
      }
    }
  }
}

/** Distinct non-null values: exact while the value table is exact, else the HyperLogLog estimate. */
export function distinctCount(state: ValueTallyState): { value: number; exact: boolean } {
  if (state.distinct !== undefined) return { value: state.distinct, exact: true }
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
