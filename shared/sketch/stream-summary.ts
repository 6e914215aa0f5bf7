/**
 * The Stream-Summary structure of Metwally, Agrawal & El Abbadi (2005, "Efficient computation
 * of frequent and top-k elements in data streams", §3.2): counters grouped into buckets of equal
 * count, the buckets in a doubly linked list in ascending count order. Adding one to a counter
 * and finding a smallest counter are O(1), which is what makes SpaceSaving cheap on a
 * high-cardinality column where nearly every value evicts the minimum. A binary heap would pay
 * O(log k) on every such eviction.
 *
 * Slots are small integers in [0, capacity); all links live in typed arrays, so the hot path
 * allocates nothing.
 */
export class StreamSummary {
  private readonly bucketCount: Float64Array
  private readonly bucketPrevious: Int32Array
  private readonly bucketNext: Int32Array
  /** First slot of each bucket's slot list. */
  private readonly bucketFirst: Int32Array
  private readonly freeBuckets: Int32Array
  private freeBucketTop: number
  private readonly slotBucket: Int32Array
  private readonly slotPrevious: Int32Array
  private readonly slotNext: Int32Array
  /** Bucket with the smallest count, −1 when no slot is placed. */
  private lowest = -1

  constructor(readonly capacity: number) {
    this.bucketCount = new Float64Array(capacity)
    this.bucketPrevious = new Int32Array(capacity)
    this.bucketNext = new Int32Array(capacity)
    this.bucketFirst = new Int32Array(capacity)
    this.freeBuckets = new Int32Array(capacity)
    for (let b = 0; b < capacity; b++) this.freeBuckets[b] = capacity - 1 - b
    this.freeBucketTop = capacity
    this.slotBucket = new Int32Array(capacity).fill(-1)
    this.slotPrevious = new Int32Array(capacity)
    this.slotNext = new Int32Array(capacity)
  }

  /** Count of a placed slot. */
  countOf(slot: number): number {
    return this.bucketCount[this.slotBucket[slot]!]!
  }

  /** A slot with the smallest count (the most recently placed among equals), −1 when empty. */
  minSlot(): number {
    return this.lowest < 0 ? -1 : this.bucketFirst[this.lowest]!
  }

  /**
   * Places an unplaced slot with any count, walking up from the lowest bucket: O(1) for counts at
   * or below the minimum (the usual case), O(buckets) otherwise (loading and merging only).
   */
  place(slot: number, count: number): void {
    let previous = -1
    let bucket = this.lowest
    while (bucket >= 0 && this.bucketCount[bucket]! < count) {
      previous = bucket
      bucket = this.bucketNext[bucket]!
    }
    if (bucket >= 0 && this.bucketCount[bucket] === count) this.attach(slot, bucket)
    else this.attach(slot, this.newBucket(count, previous, bucket))
  }

  /** Adds one to a placed slot's count: moves it to the next bucket, creating it if needed. */
  increment(slot: number): void {
    const bucket = this.slotBucket[slot]!
    const count = this.bucketCount[bucket]! + 1
    const next = this.bucketNext[bucket]!
    const nextMatches = next >= 0 && this.bucketCount[next] === count
    if (this.bucketFirst[bucket] === slot && this.slotNext[slot]! < 0) {
      // Alone in its bucket: relabel the bucket, or fold it into the next one.
      if (!nextMatches) {
        this.bucketCount[bucket] = count
        return
      }
      this.detach(slot)
      this.removeBucket(bucket)
      this.attach(slot, next)
      return
    }
    this.detach(slot)
    this.attach(slot, nextMatches ? next : this.newBucket(count, bucket, next))
  }

  private newBucket(count: number, previous: number, next: number): number {
    const bucket = this.freeBuckets[--this.freeBucketTop]!
    this.bucketCount[bucket] = count
    this.bucketFirst[bucket] = -1
    this.bucketPrevious[bucket] = previous
    this.bucketNext[bucket] = next
    if (previous >= 0) this.bucketNext[previous] = bucket
    else this.lowest = bucket
    if (next >= 0) this.bucketPrevious[next] = bucket
    return bucket
  }

  private removeBucket(bucket: number): void {
    const previous = this.bucketPrevious[bucket]!
    const next = this.bucketNext[bucket]!
    if (previous >= 0) this.bucketNext[previous] = next
    else this.lowest = next
    if (next >= 0) this.bucketPrevious[next] = previous
    this.freeBuckets[this.freeBucketTop++] = bucket
  }

  private attach(slot: number, bucket: number): void {
    const first = this.bucketFirst[bucket]!
    this.slotPrevious[slot] = -1
    this.slotNext[slot] = first
    if (first >= 0) this.slotPrevious[first] = slot
    this.bucketFirst[bucket] = slot
    this.slotBucket[slot] = bucket
  }

  private detach(slot: number): void {
    const bucket = this.slotBucket[slot]!
    const previous = this.slotPrevious[slot]!
    const next = this.slotNext[slot]!
    if (previous >= 0) this.slotNext[previous] = next
    else this.bucketFirst[bucket] = next
    if (next >= 0) this.slotPrevious[next] = previous
  }
}
