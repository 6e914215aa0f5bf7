/**
 * Random variates drawn from a uniform generator (e.g. `mulberry32(seed)`). Each draw consumes a
 * fixed, documented number of uniforms, so a seed reproduces the same sample on every platform.
 * Used to synthesise realistic data (the demo); not for cryptography.
 */

/** A source of uniform numbers in [0, 1), such as `mulberry32(seed)`. */
export type UniformSource = () => number

/**
 * One normal variate N(mean, sd²) by the Box–Muller transform, z = √(−2 ln u₁) · cos(2π u₂)
 * (Box & Muller 1958; Devroye, Non-Uniform Random Variate Generation, 1986, §V.4). Two uniforms
 * per draw; the sine partner is not kept, so draws stay independent of call order. Much faster
 * than inverting Φ, which matters when a demo draws hundreds of thousands of values.
 */
export function normalVariate(random: UniformSource, mean = 0, sd = 1): number {
  // u₁ = 1 − u maps mulberry32's [0, 1) onto (0, 1]: ln(0) never happens.
  const radius = Math.sqrt(-2 * Math.log(1 - random()))
  return mean + sd * radius * Math.cos(2 * Math.PI * random())
}

/** A log-normal variate: exp of N(mu, sigma²), where mu and sigma are on the log scale. */
export function logNormalVariate(random: UniformSource, mu: number, sigma: number): number {
  return Math.exp(normalVariate(random, mu, sigma))
}

/**
 * One Poisson(mean) variate by sequential inversion: walk the CDF from 0 until it passes u
 * (Devroye 1986, §X.3.2, "inversion by sequential search"). Expected steps are mean + 1, fine for
 * the small means of count columns. One uniform per draw.
 */
export function poissonVariate(random: UniformSource, mean: number): number {
  if (!(mean >= 0) || !Number.isFinite(mean)) {
    throw new RangeError(`A Poisson mean must be a finite number ≥ 0, got ${mean}`)
  }
  if (mean === 0) return 0
  const u = random()
  let k = 0
  let probability = Math.exp(-mean)
  let cumulative = probability
  // The guard stops the walk where the remaining tail is below double precision.
  while (u >= cumulative && k < mean + 40 * Math.sqrt(mean) + 40) {
    k++
    probability *= mean / k
    cumulative += probability
  }
  return k
}

/**
 * The index of a category drawn with the given non-negative weights (they need not sum to 1):
 * inversion over the cumulative weights, one uniform per draw.
 */
export function categoricalVariate(random: UniformSource, weights: readonly number[]): number {
  let total = 0
  for (const weight of weights) {
    if (!(weight >= 0) || !Number.isFinite(weight)) {
      throw new RangeError(`Category weights must be finite numbers ≥ 0, got ${weight}`)
    }
    total += weight
  }
  if (!(total > 0)) throw new RangeError('At least one category weight must be positive')
  const target = random() * total
  let cumulative = 0
  for (let index = 0; index < weights.length; index++) {
    cumulative += weights[index]!
    if (target < cumulative) return index
  }
  // Rounding can leave target just above the last sum: the last positive weight wins.
  for (let index = weights.length - 1; index >= 0; index--) if (weights[index]! > 0) return index
  return weights.length - 1
}

/** True with probability p (one uniform). */
export function bernoulliVariate(random: UniformSource, p: number): boolean {
  return random() < p
}
