/**
 * Pelz–Good approximation of P(Dₙ ≤ x) for the two-sided one-sample Kolmogorov–Smirnov statistic
 * (Pelz & Good 1976, JRSS B 38(2) 152–156): the Li-Chien/Korolyuk expansion
 *   K₀(z) + K₁(z)/√n + K₂(z)/n + K₃(z)/n^(3/2),  z = x√n,
 * with each Kᵢ rewritten through the Jacobi theta functional equation into sums of
 * q^((2k−1)²), q = exp(−π²/(8z²)), which converge fast for small z. Simard & L'Ecuyer (2011)
 * recommend it for large n outside the Durbin-matrix region; scipy's `_kolmogn_PelzGood` is the
 * behaviour matched.
 */

const PI_SQUARED = Math.PI ** 2
const PI_FOUR = Math.PI ** 4
const PI_SIX = Math.PI ** 6
const SQRT_TWO_PI = Math.sqrt(2 * Math.PI)
const SQRT_THREE = Math.sqrt(3)
const MIN_LOG = -708

export function kolmogorovCdfPelzGood(n: number, x: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const z = Math.sqrt(n) * x
  const z2 = z * z
  const z3 = z ** 3
  const z4 = z ** 4
  const z6 = z ** 6

  const qLog = -PI_SQUARED / 8 / z2
  if (qLog < MIN_LOG) return 0
  const q = Math.exp(qLog)

  // Coefficients of the terms of K1, K2, K3 as polynomials in m² (m = 2k − 1).
  const k1a = -z2
  const k1b = PI_SQUARED / 4
  const k2a = 6 * z6 + 2 * z4
  const k2b = ((2 * z4 - 5 * z2) * PI_SQUARED) / 4
  const k2c = (PI_FOUR * (1 - 2 * z2)) / 16
  const k3d = (PI_SIX * (5 - 30 * z2)) / 64
  const k3c = (PI_FOUR * (-60 * z2 + 212 * z4)) / 16
  const k3b = (PI_SQUARED * (135 * z4 - 96 * z6)) / 4
  const k3a = -30 * z6 - 90 * z ** 8

  // Horner scheme in q^8k over the odd integers: Σ c(m) q^(m²) = q Σ c(2k−1) q^(4k(k−1)).
  let k0 = 0
  let k1 = 0
  let k2 = 0
  let k3 = 0
  const maxK = Math.ceil((16 * z) / Math.PI)
  for (let k = maxK; k > 0; k--) {
    const m = 2 * k - 1
    const m2 = m * m
    const m4 = m2 * m2
    const m6 = m4 * m2
    const qPower = Math.pow(q, 8 * k)
    k0 = k0 * qPower + 1
    k1 = k1 * qPower + (k1a + k1b * m2)
    k2 = k2 * qPower + (k2a + k2b * m2 + k2c * m4)
    k3 = k3 * qPower + (k3a + k3b * m2 + k3c * m4 + k3d * m6)
  }
  k0 = (k0 * q * SQRT_TWO_PI) / z
  k1 = (k1 * q * SQRT_TWO_PI) / (6 * z4)
  k2 = (k2 * q * SQRT_TWO_PI) / (72 * z ** 7)
  k3 = (k3 * q * SQRT_TWO_PI) / (6480 * z ** 10)

  // The remaining sums over all integers k: K2 gets π²k² q^(k²), K3 (3π²k²z² − π⁴k⁴) q^(k²).
  const qAll = Math.exp(-PI_SQUARED / 2 / z2)
  let k2Extra = 0
  let k3Extra = 0
  const sqrt3z = SQRT_THREE * z
  for (let k = maxK; k > 0; k--) {
    const kSquared = k * k
    const qPower = Math.pow(qAll, kSquared)
    const kPi = Math.PI * k
    k2Extra += kSquared * qPower
    k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * kSquared * qPower
  }
  k2 += (k2Extra * PI_SQUARED * SQRT_TWO_PI) / (-36 * z3)
  k3 += (k3Extra * PI_SQUARED * SQRT_TWO_PI) / (216 * z6)

  return k0 + k1 / Math.sqrt(n) + k2 / n + k3 / Math.pow(n, 1.5)
}
