/**
 * mulberry32: a tiny, fast, seedable 32-bit PRNG (Tommy Ettinger, public domain). Chosen because
 * stats-reference.md §3.3 pins it for reproducible bootstrap results across platforms.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return function next(): number {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
