/** Wall-clock time, or a frozen time that tests move by hand. */
export class FakeClock {
  private frozenAt: number | null = null

  now(): Date {
    return new Date(this.frozenAt ?? Date.now())
  }

  /** Freezes the clock at `at`; `null` returns to real time. */
  set(at: Date | string | null): void {
    this.frozenAt = at === null ? null : new Date(at).getTime()
  }

  /** Moves a frozen clock forward (freezing it at now first if it runs in real time). */
  advance(milliseconds: number): void {
    this.frozenAt = (this.frozenAt ?? Date.now()) + milliseconds
  }
}
