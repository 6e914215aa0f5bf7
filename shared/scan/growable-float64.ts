/** An append-only Float64Array that doubles its capacity; `view()` exposes the filled part. */
export class GrowableFloat64 {
  private buffer: Float64Array
  length = 0

  constructor(initialCapacity = 1024) {
    this.buffer = new Float64Array(initialCapacity)
  }

  push(value: number): void {
    if (this.length === this.buffer.length) {
      const next = new Float64Array(this.buffer.length * 2)
      next.set(this.buffer)
      this.buffer = next
    }
    this.buffer[this.length++] = value
  }

  /** The filled values (shares memory with the buffer). */
  view(): Float64Array {
    return this.buffer.subarray(0, this.length)
  }

  /** A right-sized copy, e.g. to transfer to another thread. */
  toArray(): Float64Array {
    return this.buffer.slice(0, this.length)
  }
}
