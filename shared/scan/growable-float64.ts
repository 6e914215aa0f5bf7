/** An append-only Float64Array that doubles its capacity; `view()` exposes the filled part. */
export class GrowableFloat64 {
  private buffer: Float64Array
  length = 0

  constructor(initialCapacity = 1024) {
    this.buffer = new Float64Array(initialCapacity)
  }

  push(value: number): void {
    if (this.length === this.buffer.length) this.resize(this.buffer.length * 2)
    this.buffer[this.length++] = value
  }

  /**
   * Makes room for `capacity` values in one allocation, when the caller can estimate the final
   * size: doubling would leave up to half the memory unused and copy every value log(n) times.
   */
  reserve(capacity: number): void {
    if (capacity > this.buffer.length) this.resize(Math.ceil(capacity))
  }

  /** The filled values (shares memory with the buffer). */
  view(): Float64Array {
    return this.buffer.subarray(0, this.length)
  }

  /**
   * The values as a standalone array, for sending to another thread: the buffer itself when it
   * is nearly full (no copy), a right-sized copy otherwise. The growable must not be used after.
   */
  take(): Float64Array {
    const result =
      this.length * 1.25 >= this.buffer.length
        ? this.buffer.subarray(0, this.length)
        : this.buffer.slice(0, this.length)
    this.buffer = new Float64Array(0)
    this.length = 0
    return result
  }

  /** A right-sized copy. */
  toArray(): Float64Array {
    return this.buffer.slice(0, this.length)
  }

  private resize(capacity: number): void {
    const next = new Float64Array(capacity)
    next.set(this.buffer.subarray(0, this.length))
    this.buffer = next
  }
}
