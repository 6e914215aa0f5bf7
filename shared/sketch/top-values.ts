import type { SourceLocation } from '../errors.js'
import { UsageError } from '../errors.js'
import { HASH53_ALGORITHM, HASH53_RANGE } from './hash-bytes.js'
import { SketchJsonReader, describeJsonValue } from './sketch-json.js'
import { StreamSummary } from './stream-summary.js'

export const TOP_VALUES_DEFAULT_EXACT_CAP = 1000
export const TOP_VALUES_DEFAULT_COUNTERS = 100
/** Display values longer than this many UTF-8 bytes are cut at a character boundary + '…'. */
export const TOP_VALUES_DEFAULT_MAX_DISPLAY_BYTES = 200

export interface TopValuesOptions {
  /** Exact counting while the number of distinct values is at most this (default 1000). */
  exactCap?: number
  /** SpaceSaving counters k once the cap is exceeded (default 100, at most exactCap). */
  counters?: number
  /** Longest display value kept, in UTF-8 bytes (default 200). */
  maxDisplayBytes?: number
}

/** One row of top(): `error` is present only for an approximate summary. */
export interface TopValue {
  value: string
  count: number
  error?: number
}

/** Item as serialised: [hash53, count, error, display value]. */
export type TopValuesJsonItem = [number, number, number, string]

export interface TopValuesJson {
  type: 'top-values'
  version: 1
  hash: typeof HASH53_ALGORITHM
  exactCap: number
  counters: number
  maxDisplayBytes: number
  /** Number of values added. */
  total: number
  exact: boolean
  /** Upper bound on the count of any value not listed (0 when exact). */
  unlistedBound: number
  /** Sorted by count descending, then value, then hash. */
  items: TopValuesJsonItem[]
}

const decoder = new TextDecoder()
const encoder = new TextEncoder()
const ELLIPSIS = '…'

/**
 * Value counts for a column's profile, keyed by the 53-bit hash of the value (hash-bytes.ts).
 *
 * Exact while the column has at most `exactCap` distinct values: counts are exact and
 * `distinctExact` is the true number of distinct values (up to hash collisions, ~n²/2^54).
 * When one more distinct value arrives, the table becomes a SpaceSaving summary (Metwally,
 * Agrawal & El Abbadi 2005) with k = `counters` counters, seeded with the k largest exact counts.
 *
 * Approximate guarantee over n values, kept through any sequence of adds and merges:
 * - a listed value's true count lies in [count − error, count];
 * - a value not listed occurs at most `unlistedBound` times, and unlistedBound ≤ n / k,
 *   so every value more frequent than n/k is listed.
 *
 * Merging: two exact tables merge exactly (identical to one pass over all the data) while the
 * union has at most exactCap values; above that the exact union counts seed the summary. An
 * approximate side merges with Agarwal et al.'s mergeable Misra–Gries rule ("Mergeable
 * summaries", PODS 2012, §2): a SpaceSaving summary with k counters is a Misra–Gries summary
 * with k − 1 counters (count − unlistedBound); counters are added, the k-th largest is
 * subtracted from all and the positive ones kept (so a merged summary lists at most k − 1
 * values). The merge is commutative but, unlike the exact case, not identical to a single pass.
 *
 * Hot path: `add(hash)` returns true only when the value is new to the table; only then does the
 * caller supply its text with setValue(string) or setValueBytes(bytes, start, end), so values
 * already counted are never decoded. In the approximate phase setValueBytes copies at most
 * maxDisplayBytes into a fixed arena (no string is built until top() or toJSON()).
 */
export class TopValues {
  readonly exactCap: number
  readonly counters: number
  readonly maxDisplayBytes: number
  private added = 0
  private exact = true
  /** Slot waiting for its display value after add() returned true (−1: none). */
  private pending = -1

  // Exact phase: entries in insertion order, found through the hash index.
  private index: HashIndex
  private entryHash = new Float64Array(16)
  private entryCount = new Float64Array(16)
  private entryText: (string | undefined)[] = []
  private entries = 0

  // Approximate phase: SpaceSaving counters in a Stream-Summary, display values.
  private bound = 0
  private counts = new StreamSummary(0)
  private slotHash = EMPTY_FLOATS
  private slotError = EMPTY_FLOATS
  private slotText: (string | undefined)[] = []
  private slotBytes = new Uint8Array(0)
  /** UTF-8 length of a slot's display bytes in slotBytes, or −1 when slotText holds it. */
  private slotByteLength = new Int32Array(0)
  private slotTruncated = new Uint8Array(0)
  private slots = 0

  constructor(options: TopValuesOptions = {}) {
    const exactCap = options.exactCap ?? TOP_VALUES_DEFAULT_EXACT_CAP
    const counters = options.counters ?? Math.min(TOP_VALUES_DEFAULT_COUNTERS, exactCap)
    const maxDisplayBytes = options.maxDisplayBytes ?? TOP_VALUES_DEFAULT_MAX_DISPLAY_BYTES
    if (!Number.isInteger(counters) || counters < 2) {
      throw new UsageError(`top values need at least 2 counters, got ${counters}`)
    }
    if (!Number.isInteger(exactCap) || exactCap < counters || exactCap > 1 << 24) {
      throw new UsageError(
        `the exact top-values cap must be an integer from the number of counters (${counters}) ` +
          `to ${1 << 24}, got ${exactCap}`
      )
    }
    if (!Number.isInteger(maxDisplayBytes) || maxDisplayBytes < 16 || maxDisplayBytes > 65536) {
      throw new UsageError(
        `the top-values display limit must be an integer from 16 to 65536 bytes, got ${maxDisplayBytes}`
      )
    }
    this.exactCap = exactCap
    this.counters = counters
    this.maxDisplayBytes = maxDisplayBytes
    this.index = new HashIndex(32)
  }

  /** Number of values added (exact in both phases). */
  get total(): number {
    return this.added
  }

  /** True while counts are exact. */
  get isExact(): boolean {
    return this.exact
  }

  /** The number of distinct values while exact, else undefined (use HyperLogLog then). */
  get distinctExact(): number | undefined {
    return this.exact ? this.entries : undefined
  }

  /** Upper bound on the count of any value not in top(); 0 while exact. At most total / k. */
  get unlistedBound(): number {
    return this.exact ? 0 : this.bound
  }

  /**
   * Counts one value by its 53-bit hash. Returns true when the value was not in the table: the
   * caller must then call setValue or setValueBytes with its text before the next add.
   * Measured about 5–10 ns while exact; once approximate, a value that must evict the smallest
   * counter (every value of an all-distinct column) costs about 55 ns, plus ~10 ns for
   * setValueBytes. No allocation.
   */
  add(hash53: number): boolean {
    this.added++
    if (this.exact) {
      const id = this.index.find(hash53)
      if (id >= 0) {
        this.entryCount[id] = this.entryCount[id]! + 1
        return false
      }
      if (this.entries < this.exactCap) {
        this.pending = this.insertEntry(hash53, 1, undefined)
        return true
      }
      this.switchToSummary()
    }
    return this.addToSummary(hash53)
  }

  /** Display value of the value just added (after add() returned true). */
  setValue(text: string): void {
    const slot = this.takePending()
    const display = this.displayOfString(text)
    if (this.exact) this.entryText[slot] = display
    else {
      this.slotText[slot] = display
      this.slotByteLength[slot] = -1
    }
  }

  /** Display value of the value just added, as UTF-8 bytes[start, end). */
  setValueBytes(bytes: Uint8Array, start: number, end: number): void {
    const slot = this.takePending()
    if (this.exact) {
      this.entryText[slot] = this.displayOfBytes(bytes, start, end)
      return
    }
    const kept = displayCut(bytes, start, end, this.maxDisplayBytes)
    // A plain loop: subarray() would allocate a view per call on this path.
    const arena = this.slotBytes
    const base = slot * this.maxDisplayBytes - start
    for (let i = start; i < start + kept; i++) arena[base + i] = bytes[i]!
    this.slotByteLength[slot] = kept
    this.slotTruncated[slot] = kept < end - start ? 1 : 0
    this.slotText[slot] = undefined
  }

  /**
   * The n most frequent values, sorted by count descending, then value (UTF-16 code-unit order),
   * then hash. Counts are exact while isExact; otherwise each row carries its error bound.
   */
  top(n = Infinity): TopValue[] {
    return this.sortedItems()
      .slice(0, n)
      .map(([, count, error, value]) => (this.exact ? { value, count } : { value, count, error }))
  }

  /**
   * Adds another summary's counts to this one (the other is unchanged); both must have been
   * created with the same options. See the class comment for what stays exact.
   */
  merge(other: TopValues): void {
    if (
      other.exactCap !== this.exactCap ||
      other.counters !== this.counters ||
      other.maxDisplayBytes !== this.maxDisplayBytes
    ) {
      throw new UsageError(
        `cannot merge top-value summaries with different settings (cap ${this.exactCap} vs ` +
          `${other.exactCap}, counters ${this.counters} vs ${other.counters}, display limit ` +
          `${this.maxDisplayBytes} vs ${other.maxDisplayBytes}); profile every shard with the same settings`
      )
    }
    const mine = this.sortedItems()
    const theirs = other.sortedItems()
    const total = this.added + other.added
    if (this.exact && other.exact) {
      const union = new Map<number, { count: number; text: string }>()
      for (const [hash, count, , text] of [...mine, ...theirs]) {
        const seen = union.get(hash)
        if (seen === undefined) union.set(hash, { count, text })
        else {
          seen.count += count
          if (text < seen.text) seen.text = text
        }
      }
      const items = [...union].map(([hash, { count, text }]): TopValuesJsonItem => [
        hash,
        count,
        0,
        text
      ])
      this.resetExact()
      for (const [hash, count, , text] of items) {
        if (this.entries === this.exactCap) {
          // Over the cap: the exact union counts seed the summary (its k largest are kept).
          this.resetExact()
          this.loadSummary(items, 0)
          break
        }
        this.insertEntry(hash, count, text)
      }
    } else {
      const { items, bound } = mergeMisraGries(
        mine,
        this.unlistedBound,
        theirs,
        other.unlistedBound,
        this.counters
      )
      this.resetExact()
      this.exact = false
      this.allocateSummary()
      this.bound = bound
      for (const item of items) this.pushSlot(item)
    }
    this.added = total
  }

  /** An independent copy (through the canonical form, which holds the whole state). */
  clone(): TopValues {
    return TopValues.fromJSON(this.toJSON(), {})
  }

  /** Canonical JSON (items sorted), so equal summaries serialise identically. */
  toJSON(): TopValuesJson {
    return {
      type: 'top-values',
      version: 1,
      hash: HASH53_ALGORITHM,
      exactCap: this.exactCap,
      counters: this.counters,
      maxDisplayBytes: this.maxDisplayBytes,
      total: this.added,
      exact: this.exact,
      unlistedBound: this.unlistedBound,
      items: this.sortedItems()
    }
  }

  /**
   * Reads a summary written by toJSON, checking every field and the summary's invariants (exact
   * counts add up to the total; approximate errors and counts respect unlistedBound); anything
   * malformed is an InputError at `location`.
   */
  static fromJSON(json: unknown, location: SourceLocation): TopValues {
    const reader: SketchJsonReader = new SketchJsonReader(json, location, 'top-values summary')
    reader.expectConstant('type', 'top-values')
    reader.expectConstant('version', 1)
    reader.expectConstant('hash', HASH53_ALGORITHM)
    const counters = reader.integer('counters', 2, 1 << 24)
    const exactCap = reader.integer('exactCap', counters, 1 << 24)
    const maxDisplayBytes = reader.integer('maxDisplayBytes', 16, 65536)
    const total = reader.integer('total')
    const exact = reader.boolean('exact')
    const unlistedBound = reader.integer('unlistedBound')
    const rawItems = reader.array('items')
    const summary = new TopValues({ exactCap, counters, maxDisplayBytes })
    const items: TopValuesJsonItem[] = []
    const seen = new Set<number>()
    let countSum = 0
    rawItems.forEach((raw, j) => {
      if (!Array.isArray(raw) || raw.length !== 4) {
        reader.fail(`item ${j} must be [hash, count, error, value], got ${describeJsonValue(raw)}`)
      }
      const [hash, count, error, value] = raw as unknown[]
      if (!Number.isSafeInteger(hash) || (hash as number) < 0 || (hash as number) >= HASH53_RANGE) {
        reader.fail(
          `item ${j}: the hash must be an integer in [0, 2^53), got ${describeJsonValue(hash)}`
        )
      }
      if (!Number.isSafeInteger(count) || (count as number) < 1) {
        reader.fail(
          `item ${j}: the count must be a positive integer, got ${describeJsonValue(count)}`
        )
      }
      if (
        !Number.isSafeInteger(error) ||
        (error as number) < 0 ||
        (error as number) > (count as number)
      ) {
        reader.fail(
          `item ${j}: the error must be an integer from 0 to the count, got ${describeJsonValue(error)}`
        )
      }
      if (typeof value !== 'string') reader.fail(`item ${j}: the value must be a string`)
      if (seen.has(hash as number)) reader.fail(`item ${j}: hash ${hash as number} is listed twice`)
      seen.add(hash as number)
      countSum += count as number
      items.push([hash as number, count as number, error as number, value])
    })
    if (exact) {
      if (unlistedBound !== 0) reader.fail('an exact summary must have "unlistedBound" 0')
      if (items.length > exactCap) {
        reader.fail(`an exact summary lists ${items.length} values, more than the cap ${exactCap}`)
      }
      if (items.some((item) => item[2] !== 0)) reader.fail('an exact summary cannot have errors')
      if (countSum !== total) {
        reader.fail(`the counts add up to ${countSum}, but "total" is ${total}`)
      }
      for (const [hash, count, , text] of items) summary.insertEntry(hash, count, text)
    } else {
      if (items.length > counters) {
        reader.fail(`the summary lists ${items.length} values, more than its ${counters} counters`)
      }
      if (items.some((item) => item[2] > unlistedBound || item[1] < unlistedBound)) {
        reader.fail(
          'every count must be at least "unlistedBound" and every error at most "unlistedBound"'
        )
      }
      if (countSum + (counters - items.length) * unlistedBound > total) {
        reader.fail(`the counts (${countSum}) are inconsistent with "total" ${total}`)
      }
      summary.loadSummary(items, unlistedBound)
    }
    summary.added = total
    return summary
  }

  // -------------------------------------------------------------------------------------------

  private takePending(): number {
    const slot = this.pending
    if (slot < 0) throw new Error('TopValues: setValue() must follow an add() that returned true')
    this.pending = -1
    return slot
  }

  private insertEntry(hash: number, count: number, text: string | undefined): number {
    const id = this.entries++
    if (id === this.entryHash.length) {
      const capacity = Math.min(this.entryHash.length * 2, this.exactCap)
      this.entryHash = grow(this.entryHash, capacity)
      this.entryCount = grow(this.entryCount, capacity)
    }
    this.entryHash[id] = hash
    this.entryCount[id] = count
    this.entryText[id] = text
    this.index.insert(hash, id)
    return id
  }

  private resetExact(): void {
    this.index = new HashIndex(32)
    this.entryHash = new Float64Array(16)
    this.entryCount = new Float64Array(16)
    this.entryText = []
    this.entries = 0
    this.pending = -1
  }

  /** Exact → SpaceSaving: keep the k largest exact counts; the largest dropped bounds the rest. */
  private switchToSummary(): void {
    const items: TopValuesJsonItem[] = []
    for (let id = 0; id < this.entries; id++) {
      items.push([this.entryHash[id]!, this.entryCount[id]!, 0, this.entryText[id] ?? ''])
    }
    // Texts stay as given (possibly undefined if a caller skipped setValue): keep them aside.
    const texts = this.entryText
    this.resetExact()
    this.loadSummary(items, 0, texts)
  }

  /**
   * Replaces the state by a SpaceSaving summary of `items` (exact or bounded counts): the k
   * largest by count are kept; each dropped count raises the unlisted bound.
   */
  private loadSummary(
    items: TopValuesJsonItem[],
    bound: number,
    textsById?: (string | undefined)[]
  ): void {
    this.exact = false
    this.allocateSummary()
    const order = items.map((_, j) => j).sort((a, b) => compareItems(items[a]!, items[b]!))
    this.bound = bound
    for (let j = 0; j < order.length; j++) {
      const item = items[order[j]!]!
      if (j < this.counters) {
        this.pushSlot(item)
        if (textsById !== undefined) this.slotText[this.slots - 1] = textsById[order[j]!]
      } else if (item[1] > this.bound) {
        this.bound = item[1]
      }
    }
  }

  private allocateSummary(): void {
    const k = this.counters
    this.counts = new StreamSummary(k)
    this.slotHash = new Float64Array(k)
    this.slotError = new Float64Array(k)
    this.slotText = new Array<string | undefined>(k).fill(undefined)
    this.slotBytes = new Uint8Array(k * this.maxDisplayBytes)
    this.slotByteLength = new Int32Array(k).fill(-1)
    this.slotTruncated = new Uint8Array(k)
    this.slots = 0
    this.bound = 0
    this.index = new HashIndex(nextPowerOfTwo(4 * k))
  }

  /** Adds a counter for a value not yet monitored while there is a free slot. */
  private pushSlot([hash, count, error, text]: TopValuesJsonItem): void {
    const slot = this.slots++
    this.slotHash[slot] = hash
    this.slotError[slot] = error
    this.slotText[slot] = text
    this.slotByteLength[slot] = -1
    this.index.insert(hash, slot)
    this.counts.place(slot, count)
  }

  /**
   * SpaceSaving step (Metwally et al. 2005, Fig. 1), generalised to carry an explicit bound for
   * unmonitored values: a monitored value's counter grows by one; a new value takes a free slot or
   * the minimum counter (whose count then bounds every unmonitored value) and starts at
   * bound + 1 with error bound.
   */
  private addToSummary(hash53: number): boolean {
    const found = this.index.find(hash53)
    if (found >= 0) {
      this.counts.increment(found)
      return false
    }
    let slot: number
    if (this.slots < this.counters) {
      slot = this.slots++
      this.counts.place(slot, this.bound + 1)
    } else {
      // Every count is ≥ bound, so after raising bound to the evicted minimum m the new value's
      // count bound + 1 = m + 1 is one increment of the reused slot.
      slot = this.counts.minSlot()
      const evicted = this.counts.countOf(slot)
      if (evicted > this.bound) this.bound = evicted
      this.index.remove(this.slotHash[slot]!)
      this.counts.increment(slot)
    }
    this.slotHash[slot] = hash53
    this.slotError[slot] = this.bound
    this.slotText[slot] = undefined
    this.slotByteLength[slot] = -1
    this.index.insert(hash53, slot)
    this.pending = slot
    return true
  }

  /** All listed values as canonical items. */
  private sortedItems(): TopValuesJsonItem[] {
    const items: TopValuesJsonItem[] = []
    if (this.exact) {
      for (let id = 0; id < this.entries; id++) {
        items.push([this.entryHash[id]!, this.entryCount[id]!, 0, textOrFail(this.entryText[id])])
      }
    } else {
      for (let slot = 0; slot < this.slots; slot++) {
        items.push([
          this.slotHash[slot]!,
          this.counts.countOf(slot),
          this.slotError[slot]!,
          this.slotDisplay(slot)
        ])
      }
    }
    return items.sort(compareItems)
  }

  private slotDisplay(slot: number): string {
    const length = this.slotByteLength[slot]!
    if (length < 0) return textOrFail(this.slotText[slot])
    const start = slot * this.maxDisplayBytes
    const text = decoder.decode(this.slotBytes.subarray(start, start + length))
    return this.slotTruncated[slot] === 1 ? text + ELLIPSIS : text
  }

  private displayOfBytes(bytes: Uint8Array, start: number, end: number): string {
    const kept = displayCut(bytes, start, end, this.maxDisplayBytes)
    const text = decoder.decode(bytes.subarray(start, start + kept))
    return kept < end - start ? text + ELLIPSIS : text
  }

  /** The same cut as for bytes, so a value shows alike whichever way it arrived. */
  private displayOfString(text: string): string {
    if (text.length * 3 <= this.maxDisplayBytes) return text
    const bytes = encoder.encode(text)
    return this.displayOfBytes(bytes, 0, bytes.length)
  }
}

// ---------------------------------------------------------------------------------------------

const EMPTY_FLOATS: Float64Array<ArrayBuffer> = new Float64Array(0)

/**
 * Agarwal et al. 2012 merge on Misra–Gries counters c = count − bound (a lower bound on the
 * true count, which is at most c + bound): add counters, subtract the k-th largest from all
 * (k − 1 Misra–Gries counters ≅ k SpaceSaving counters) and keep the positive ones; the bound
 * grows by the subtracted amount. Per value the tighter of the two lower bounds is kept.
 */
function mergeMisraGries(
  first: TopValuesJsonItem[],
  firstBound: number,
  second: TopValuesJsonItem[],
  secondBound: number,
  counters: number
): { items: TopValuesJsonItem[]; bound: number } {
  const union = new Map<number, { counter: number; lower: number; text: string }>()
  const gather = (items: TopValuesJsonItem[], bound: number): void => {
    for (const [hash, count, error, text] of items) {
      const counter = count - bound
      const seen = union.get(hash)
      if (seen === undefined) union.set(hash, { counter, lower: count - error, text })
      else {
        seen.counter += counter
        seen.lower += count - error
        if (text < seen.text) seen.text = text
      }
    }
  }
  gather(first, firstBound)
  gather(second, secondBound)
  let bound = firstBound + secondBound
  const candidates = [...union].filter(([, entry]) => entry.counter > 0)
  const capacity = counters - 1
  let threshold = 0
  if (candidates.length > capacity) {
    const sorted = candidates.map(([, entry]) => entry.counter).sort((a, b) => b - a)
    threshold = sorted[capacity]!
    bound += threshold
  }
  const items: TopValuesJsonItem[] = []
  for (const [hash, entry] of candidates) {
    const counter = entry.counter - threshold
    if (counter <= 0) continue
    const upper = counter + bound
    const lower = Math.max(counter, entry.lower)
    items.push([hash, upper, upper - lower, entry.text])
  }
  return { items: items.sort(compareItems), bound }
}

/** Count descending, then display value, then hash: the canonical order of items. */
function compareItems(a: TopValuesJsonItem, b: TopValuesJsonItem): number {
  if (a[1] !== b[1]) return b[1] - a[1]
  if (a[3] !== b[3]) return a[3] < b[3] ? -1 : 1
  return a[0] - b[0]
}

function textOrFail(text: string | undefined): string {
  if (text === undefined) {
    throw new Error('TopValues: add() returned true but no setValue()/setValueBytes() followed')
  }
  return text
}

/**
 * How many of the bytes [start, end) to keep for display: all if they fit in `limit`, else the
 * longest prefix ≤ limit that ends at a UTF-8 character boundary.
 */
function displayCut(bytes: Uint8Array, start: number, end: number, limit: number): number {
  if (end - start <= limit) return end - start
  let cut = limit
  // A continuation byte (10xxxxxx) cannot start a character: back off to the lead byte.
  while (cut > 0 && (bytes[start + cut]! & 0xc0) === 0x80) cut--
  return cut
}

function grow(array: Float64Array, capacity: number): Float64Array<ArrayBuffer> {
  const next = new Float64Array(capacity)
  next.set(array)
  return next
}

function nextPowerOfTwo(n: number): number {
  let power = 1
  while (power < n) power *= 2
  return power
}

/**
 * Open-addressing map from a 53-bit hash to a small integer id, with linear probing and
 * backward-shift deletion (Knuth, TAOCP vol. 3, §6.4 Algorithm R). The low 32 bits of the hash
 * pick the home slot; the table doubles when half full.
 */
class HashIndex {
  private keys: Float64Array
  private ids: Int32Array
  private mask: number
  private size = 0

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity)
    this.ids = new Int32Array(capacity).fill(-1)
    this.mask = capacity - 1
  }

  find(hash: number): number {
    let slot = (hash >>> 0) & this.mask
    for (;;) {
      const id = this.ids[slot]!
      if (id < 0) return -1
      if (this.keys[slot] === hash) return id
      slot = (slot + 1) & this.mask
    }
  }

  /** Inserts a hash known to be absent. */
  insert(hash: number, id: number): void {
    if (2 * (this.size + 1) > this.ids.length) this.rehash(this.ids.length * 2)
    let slot = (hash >>> 0) & this.mask
    while (this.ids[slot]! >= 0) slot = (slot + 1) & this.mask
    this.keys[slot] = hash
    this.ids[slot] = id
    this.size++
  }

  /** Removes a hash known to be present, shifting later members of its probe run back. */
  remove(hash: number): void {
    const mask = this.mask
    let hole = (hash >>> 0) & mask
    while (this.keys[hole] !== hash || this.ids[hole]! < 0) hole = (hole + 1) & mask
    let probe = hole
    for (;;) {
      probe = (probe + 1) & mask
      const id = this.ids[probe]!
      if (id < 0) break
      const home = (this.keys[probe]! >>> 0) & mask
      // The entry at probe may move into the hole unless its home lies cyclically in (hole, probe].
      const homeInRange =
        hole <= probe ? home > hole && home <= probe : home > hole || home <= probe
      if (homeInRange) continue
      this.keys[hole] = this.keys[probe]!
      this.ids[hole] = id
      hole = probe
    }
    this.ids[hole] = -1
    this.size--
  }

  private rehash(capacity: number): void {
    const keys = this.keys
    const ids = this.ids
    this.keys = new Float64Array(capacity)
    this.ids = new Int32Array(capacity).fill(-1)
    this.mask = capacity - 1
    this.size = 0
    for (let slot = 0; slot < ids.length; slot++) {
      if (ids[slot]! >= 0) this.insert(keys[slot]!, ids[slot]!)
    }
  }
}
