import { typedValueText } from '../data/typed-value-text.js'
import { compilePredicate, type ValuePredicate } from '../checks/value-predicates.js'
import { FIELD_NON_ASCII, isValidUtf8 } from '../data/csv-scanner.js'
import { FieldValue } from '../data/field-value.js'
import { hashBytes53, hashString53 } from '../sketch/hash-bytes.js'
import { addValue, emptyMoments, type Moments } from '../stats/moments.js'
import { sortFloat64 } from '../stats/sort-float64.js'
import { GrowableFloat64 } from './growable-float64.js'
import type { ColumnPlan } from './scan-plan.js'
import { ValueTally, type ValueTallyState } from './value-tally.js'

/** A failing value kept as evidence: its row (1-based data row once merged) and its text. */
export interface Sample {
  row: number
  value: string
}

export interface CheckCounter {
  unexpected: number
  samples: Sample[]
}

/** How the non-null values of a column classify; the inferred type comes from these counts. */
export interface TypeCounts {
  integer: number
  decimal: number
  boolean: number
  date: number
  datetime: number
  text: number
}

/** Ordering key of an increasing/decreasing check at a range boundary. */
export interface OrderEnd {
  row: number
  key: number | string
  text: string
}

/** What one byte range contributes for one column. Plain data: it crosses thread boundaries. */
export interface ColumnPartial {
  name: string
  values: number
  nulls: number
  types: TypeCounts
  moments: Moments
  /** Sorted exact numeric values, or undefined when the range went over its budget. */
  sortedNumbers?: Float64Array
  /** Counts of all values by key (exact while small, a sketch otherwise) and distinct estimate. */
  tally: ValueTallyState
  textLength: { min: number; max: number }
  epoch: { min: number; max: number }
  checks: Record<string, CheckCounter>
  order: Record<string, { direction: 1 | -1; strictly: boolean; first?: OrderEnd; last?: OrderEnd }>
  /** Row-ordered uniqueness keys (NaN for missing), when a `unique` check needs them. */
  uniqueKeys?: Float64Array
}

const SAMPLE_TEXT_LIMIT = 200

/** Accumulates one column over one byte range: checks, profile statistics and samples. */
export class ColumnScan {
  readonly view = new FieldValue()
  private nulls = 0
  private values = 0
  private readonly types: TypeCounts = {
    integer: 0,
    decimal: 0,
    boolean: 0,
    date: 0,
    datetime: 0,
    text: 0
  }
  private readonly moments = emptyMoments()
  private numbers: GrowableFloat64 | undefined = new GrowableFloat64()
  /** Values kept exactly so far (for sizing the shared sort scratch). */
  get keptNumbers(): number {
    return this.numbers?.length ?? 0
  }
  private readonly tally: ValueTally
  private lengthMin = Infinity
  private lengthMax = -Infinity
  private epochMin = Infinity
  private epochMax = -Infinity
  private readonly predicates: { counter: CheckCounter; predicate: ValuePredicate }[] = []
  private readonly references: { counter: CheckCounter; keys: Set<number> }[] = []
  private readonly orderChecks: {
    id: string
    counter: CheckCounter
    direction: 1 | -1
    strictly: boolean
    first?: OrderEnd
    last?: OrderEnd
  }[] = []
  private readonly nullCounter: CheckCounter | undefined
  private readonly uniqueKeys: GrowableFloat64 | undefined
  private readonly counters: Record<string, CheckCounter> = {}
  /** Key of the current value (number, or hash of the text), valid after `accept`. */
  currentKey = NaN

  constructor(
    readonly plan: ColumnPlan,
    private readonly sampleLimit: number,
    private readonly nullTexts: string[],
    private numberBudget: { remaining: number }
  ) {
    this.tally = new ValueTally()
    let nullCounter: CheckCounter | undefined
    for (const check of plan.valueChecks) {
      const counter: CheckCounter = { unexpected: 0, samples: [] }
      this.counters[check.id] = counter
      if (check.check === 'not_null') nullCounter = counter
      else if (check.check === 'references') {
        this.references.push({ counter, keys: new Set(plan.referenceKeys[check.id] ?? []) })
      } else if (check.check === 'increasing' || check.check === 'decreasing') {
        this.orderChecks.push({
          id: check.id,
          counter,
          direction: check.check === 'increasing' ? 1 : -1,
          strictly: check.strictly
        })
      } else {
        const predicate = compilePredicate(check)
        if (predicate !== undefined) this.predicates.push({ counter, predicate })
      }
    }
    this.nullCounter = nullCounter
    this.uniqueKeys = plan.keepKeys ? new GrowableFloat64() : undefined
  }

  /** A CSV field. Returns the value's key (NaN when missing) for compound keys. */
  acceptBytes(bytes: Uint8Array, start: number, end: number, flags: number, row: number): number {
    if (start === end || (this.nullTexts.length > 0 && this.isNullText(bytes, start, end))) {
      this.acceptNull(row)
      return NaN
    }
    if (flags & FIELD_NON_ASCII && !isValidUtf8(bytes, start, end)) {
      throw new InvalidUtf8Error(row, this.plan.name)
    }
    this.view.setBytes(bytes, start, end, flags)
    return this.acceptView(row)
  }

  /** A value from a typed format; null/undefined are missing. */
  acceptValue(value: unknown, row: number): number {
    if (value === null || value === undefined) {
      this.acceptNull(row)
      return NaN
    }
    const text = typedValueText(value)
    if (text === '' || (this.nullTexts.length > 0 && this.nullTexts.includes(text))) {
      this.acceptNull(row)
      return NaN
    }
    this.view.setText(text)
    return this.acceptView(row)
  }

  private isNullText(bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start
    outer: for (const text of this.nullTexts) {
      if (text.length !== length) continue
      for (let i = 0; i < length; i++) if (text.charCodeAt(i) !== bytes[start + i]) continue outer
      return true
    }
    return false
  }

  private acceptNull(row: number): void {
    this.nulls++
    this.currentKey = NaN
    if (this.nullCounter !== undefined) this.fail(this.nullCounter, row, '')
    if (this.uniqueKeys !== undefined) this.uniqueKeys.push(NaN)
  }

  private acceptView(row: number): number {
    const view = this.view
    this.values++
    const x = view.number
    let key: number
    if (x === x) {
      // Numeric value.
      if (view.integerLiteral) this.types.integer++
      else this.types.decimal++
      addValue(this.moments, x)
      key = x === 0 ? 0 : x
      if (this.numbers !== undefined && this.numberBudget.remaining > 0) {
        this.numbers.push(x)
        this.numberBudget.remaining--
      } else {
        if (this.numbers !== undefined) this.spillNumbers()
        this.tally.addNumber(x, view)
        this.tally.addToQuantiles(x)
      }
    } else {
      key =
        view.flags & 2 /* escaped quotes */
          ? hashString53(view.text)
          : hashBytes53(view.bytes, view.start, view.end)
      this.tally.addText(key, view)
      const length = view.codePointLength
      if (length < this.lengthMin) this.lengthMin = length
      if (length > this.lengthMax) this.lengthMax = length
      const first = view.bytes[view.start]!
      if (first >= 48 && first <= 57 && !Number.isNaN(view.epoch)) {
        if (view.hasTime) this.types.datetime++
        else this.types.date++
        const epoch = view.epoch
        if (epoch < this.epochMin) this.epochMin = epoch
        if (epoch > this.epochMax) this.epochMax = epoch
      } else if (view.booleanValue !== undefined) this.types.boolean++
      else this.types.text++
    }
    this.currentKey = key
    for (const { counter, predicate } of this.predicates) {
      if (!predicate(view, key)) this.fail(counter, row, undefined)
    }
    for (const { counter, keys } of this.references) {
      if (!keys.has(key)) this.fail(counter, row, undefined)
    }
    for (const order of this.orderChecks) this.checkOrder(order, row, x)
    if (this.uniqueKeys !== undefined) this.uniqueKeys.push(key)
    return key
  }

  /**
   * Over the exact-value budget: move the kept numbers into the mergeable sketches and continue
   * with sketches only (quantiles then carry the sketch's documented error).
   */
  private spillNumbers(): void {
    const kept = this.numbers!.view()
    for (let i = 0; i < kept.length; i++) {
      this.tally.addNumber(kept[i]!, undefined)
      this.tally.addToQuantiles(kept[i]!)
    }
    this.numberBudget.remaining += kept.length
    this.numbers = undefined
  }

  private checkOrder(order: (typeof this.orderChecks)[number], row: number, x: number): void {
    const view = this.view
    const key: number | string = x === x ? x : !Number.isNaN(view.epoch) ? view.epoch : view.text
    const end: OrderEnd = { row, key, text: '' }
    if (
      order.last !== undefined &&
      violatesOrder(order.last.key, key, order.direction, order.strictly)
    ) {
      this.fail(order.counter, row, undefined)
    }
    if (order.first === undefined) {
      end.text = truncate(view.text)
      order.first = end
    }
    order.last = end
  }

  private fail(counter: CheckCounter, row: number, text: string | undefined): void {
    counter.unexpected++
    if (counter.samples.length < this.sampleLimit) {
      counter.samples.push({ row, value: text ?? truncate(this.view.text) })
    }
  }

  /**
   * Expected number of rows in the range (an estimate from the bytes read so far): reserves the
   * kept numbers and keys in one allocation instead of growing by doubling.
   */
  expectRows(rows: number): void {
    const share = this.values + this.nulls > 0 ? this.types.integer + this.types.decimal : 0
    const numericShare = this.values + this.nulls === 0 ? 0 : share / (this.values + this.nulls)
    if (this.numbers !== undefined && numericShare > 0.5)
      this.numbers.reserve(Math.min(rows * 1.05, this.numbers.length + this.numberBudget.remaining))
    this.uniqueKeys?.reserve(rows * 1.05)
  }

  /** Final state of this column for the range; sorts the exact numbers (in this thread). */
  finish(scratch?: Float64Array): ColumnPartial {
    const order: ColumnPartial['order'] = {}
    for (const check of this.orderChecks) {
      if (check.last !== undefined) check.last.text = String(check.last.key)
      order[check.id] = {
        direction: check.direction,
        strictly: check.strictly,
        first: check.first,
        last: check.last
      }
    }
    let sortedNumbers: Float64Array | undefined
    if (this.numbers !== undefined) {
      const numbers = this.numbers.take()
      sortedNumbers = sortFloat64(
        numbers,
        scratch !== undefined && scratch.length >= numbers.length ? scratch : undefined
      )
      this.tally.addDistinctNumbers(sortedNumbers)
    }
    this.numbers = undefined
    return {
      name: this.plan.name,
      values: this.values,
      nulls: this.nulls,
      types: this.types,
      moments: this.moments,
      sortedNumbers,
      tally: this.tally.state(),
      textLength: { min: this.lengthMin, max: this.lengthMax },
      epoch: { min: this.epochMin, max: this.epochMax },
      checks: this.counters,
      order,
      uniqueKeys: this.uniqueKeys?.take()
    }
  }
}

/** True when `next` breaks the order after `previous` (values of different kinds always do). */
export function violatesOrder(
  previous: number | string,
  next: number | string,
  direction: 1 | -1,
  strictly: boolean
): boolean {
  if (typeof previous !== typeof next) return true
  const comparison = previous < next ? 1 : previous > next ? -1 : 0
  if (comparison === 0) return strictly
  return comparison !== direction
}

function truncate(text: string): string {
  return text.length > SAMPLE_TEXT_LIMIT ? `${text.slice(0, SAMPLE_TEXT_LIMIT)}…` : text
}

/** Raised with the range-relative row; the scan driver turns it into an InputError with the file line. */
export class InvalidUtf8Error extends Error {
  constructor(
    readonly row: number,
    readonly column: string
  ) {
    super(`invalid UTF-8 in column "${column}"`)
  }
}
