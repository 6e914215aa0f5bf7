/**
 * Limited-memory BFGS for smooth unconstrained minimisation (Nocedal & Wright, "Numerical
 * Optimization", 2nd ed., Algorithm 7.4 two-loop recursion and Algorithm 7.5), with a line
 * search that enforces the strong Wolfe conditions (Algorithms 3.5 and 3.6, cubic interpolation
 * per eq. 3.59). It is what scipy's L-BFGS-B does for an unbounded problem, which is the solver
 * sklearn's LogisticRegression(solver='lbfgs') calls; written here so the learners need no
 * native dependency.
 */

/** Writes the gradient at `x` into `gradient` and returns the objective value at `x`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number

export interface LbfgsOptions {
  /** Correction pairs kept (scipy's maxcor default). */
  memory?: number
  /** Stop when max_i |gradient_i| ≤ this (scipy's pgtol / sklearn's tol). */
  gradientTolerance?: number
  /**
   * Also stop when an iteration lowers f by no more than this relative amount,
   * (f_k − f_{k+1}) ≤ tol·max(|f_k|, |f_{k+1}|, 1) (scipy's ftol). Off (0) by default: it is
   * what leaves scipy's — and so sklearn's — lbfgs 1e-5..1e-3 short of the optimum, and the
   * approximate Wolfe line search below already copes with the rounding floor of f.
   */
  functionTolerance?: number
  maxIterations?: number
}

export type LbfgsStopReason = 'gradient' | 'function' | 'max-iterations' | 'line-search'

export interface LbfgsResult {
  x: Float64Array
  value: number
  /** max_i |gradient_i| at the returned point. */
  gradientNorm: number
  iterations: number
  evaluations: number
  /** True when stopped by the gradient or function tolerance. */
  converged: boolean
  reason: LbfgsStopReason
}

const SUFFICIENT_DECREASE = 1e-4 // c1
const CURVATURE = 0.9 // c2, the usual choice for quasi-Newton directions
const MAX_LINE_SEARCH_EVALUATIONS = 40
/**
 * Near the minimum, f(x + step·d) − f(x) falls below the rounding error of f itself and the
 * sufficient-decrease test turns into a coin toss, while the gradient is still accurate. Hager &
 * Zhang's approximate Wolfe conditions (SIAM J. Optim. 16(1), 2005, §4) then accept a step whose
 * value is within this relative tolerance of f(x) and whose slope passes the curvature test —
 * which lets the gradient be driven to ~1e-10 instead of stalling near 1e-8.
 */
const VALUE_NOISE = 1e-12

/** Minimises `objective` from `start` (not modified). */
export function minimizeLbfgs(
  objective: Objective,
  start: Float64Array,
  options: LbfgsOptions = {}
): LbfgsResult {
  const memory = options.memory ?? 10
  const gradientTolerance = options.gradientTolerance ?? 1e-8
  const functionTolerance = options.functionTolerance ?? 0
  const maxIterations = options.maxIterations ?? 1000
  const n = start.length

  let x = Float64Array.from(start)
  let gradient = new Float64Array(n)
  let value = objective(x, gradient)
  let evaluations = 1
  if (!Number.isFinite(value)) throw new Error('L-BFGS: the objective is not finite at the start')

  const sHistory: Float64Array[] = []
  const yHistory: Float64Array[] = []
  const rhoHistory: number[] = []
  const direction = new Float64Array(n)
  const alpha = new Float64Array(memory)
  let trialX = new Float64Array(n)
  let trialGradient = new Float64Array(n)

  let iterations = 0
  let reason: LbfgsStopReason = 'max-iterations'
  if (maxNorm(gradient) <= gradientTolerance) reason = 'gradient'

  while (reason === 'max-iterations' && iterations < maxIterations) {
    // Two-loop recursion: direction = −H·gradient.
    for (let i = 0; i < n; i++) direction[i] = -gradient[i]!
    const pairs = sHistory.length
    for (let m = pairs - 1; m >= 0; m--) {
      alpha[m] = rhoHistory[m]! * dot(sHistory[m]!, direction)
      axpy(-alpha[m]!, yHistory[m]!, direction)
    }
    if (pairs > 0) {
      const s = sHistory[pairs - 1]!
      const y = yHistory[pairs - 1]!
      scale(direction, dot(s, y) / dot(y, y))
    }
    for (let m = 0; m < pairs; m++) {
      const beta = rhoHistory[m]! * dot(yHistory[m]!, direction)
      axpy(alpha[m]! - beta, sHistory[m]!, direction)
    }
    let slope = dot(gradient, direction)
    if (!(slope < 0)) {
      // Not a descent direction (a broken curvature pair): restart from steepest descent.
      sHistory.length = 0
      yHistory.length = 0
      rhoHistory.length = 0
      for (let i = 0; i < n; i++) direction[i] = -gradient[i]!
      slope = dot(gradient, direction)
    }
    const firstStep = pairs === 0 ? Math.min(1, 1 / Math.sqrt(-slope)) : 1

    const evaluate = (step: number): { value: number; slope: number } => {
      for (let i = 0; i < n; i++) trialX[i] = x[i]! + step * direction[i]!
      const trialValue = objective(trialX, trialGradient)
      evaluations++
      return { value: trialValue, slope: dot(trialGradient, direction) }
    }
    const step = strongWolfeStep(evaluate, value, slope, firstStep)
    if (step === null) {
      reason = 'line-search'
      break
    }
    // trialX / trialGradient hold the accepted point (the last evaluation).
    const s = new Float64Array(n)
    const y = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      s[i] = trialX[i]! - x[i]!
      y[i] = trialGradient[i]! - gradient[i]!
    }
    const previousValue = value
    ;[x, trialX] = [trialX, x]
    ;[gradient, trialGradient] = [trialGradient, gradient]
    value = step.value
    iterations++

    const sy = dot(s, y)
    if (sy > 1e-16 * dot(y, y)) {
      if (sHistory.length === memory) {
        sHistory.shift()
        yHistory.shift()
        rhoHistory.shift()
      }
      sHistory.push(s)
      yHistory.push(y)
      rhoHistory.push(1 / sy)
    }
    if (maxNorm(gradient) <= gradientTolerance) reason = 'gradient'
    else if (
      functionTolerance > 0 &&
      previousValue - value <=
        functionTolerance * Math.max(Math.abs(previousValue), Math.abs(value), 1)
    ) {
      reason = 'function'
    }
  }
  return {
    x,
    value,
    gradientNorm: maxNorm(gradient),
    iterations,
    evaluations,
    converged: reason === 'gradient' || reason === 'function',
    reason
  }
}

interface LinePoint {
  step: number
  value: number
  slope: number
}

/**
 * A step satisfying the strong Wolfe conditions along a descent direction, or null when none was
 * found within the evaluation budget. φ(step) = f(x + step·d); the accepted step is always the
 * last one evaluated, so the caller's trial buffers hold its point and gradient.
 */
function strongWolfeStep(
  evaluate: (step: number) => { value: number; slope: number },
  value0: number,
  slope0: number,
  firstStep: number
): { value: number } | null {
  let previous: LinePoint = { step: 0, value: value0, slope: slope0 }
  let step = firstStep
  const noise = VALUE_NOISE * Math.max(Math.abs(value0), 1)
  for (let i = 0; i < MAX_LINE_SEARCH_EVALUATIONS; i++) {
    const { value, slope } = evaluate(step)
    const current: LinePoint = { step, value, slope }
    if (value <= value0 + noise && Math.abs(slope) <= -CURVATURE * slope0) return { value }
    if (
      !Number.isFinite(value) ||
      value > value0 + SUFFICIENT_DECREASE * step * slope0 ||
      (i > 0 && value >= previous.value)
    ) {
      return zoom(evaluate, previous, current, value0, slope0, MAX_LINE_SEARCH_EVALUATIONS - i - 1)
    }
    if (Math.abs(slope) <= -CURVATURE * slope0) return { value }
    if (slope >= 0) {
      return zoom(evaluate, current, previous, value0, slope0, MAX_LINE_SEARCH_EVALUATIONS - i - 1)
    }
    previous = current
    step *= 2
  }
  return null
}

/** Algorithm 3.6: shrink the bracket [low, high] until a strong Wolfe step is found. */
function zoom(
  evaluate: (step: number) => { value: number; slope: number },
  lowStart: LinePoint,
  highStart: LinePoint,
  value0: number,
  slope0: number,
  budget: number
): { value: number } | null {
  let low = lowStart
  let high = highStart
  const noise = VALUE_NOISE * Math.max(Math.abs(value0), 1)
  for (let i = 0; i < budget; i++) {
    const step = interpolate(low, high)
    const { value, slope } = evaluate(step)
    if (value <= value0 + noise && Math.abs(slope) <= -CURVATURE * slope0) return { value }
    if (
      !Number.isFinite(value) ||
      value > value0 + SUFFICIENT_DECREASE * step * slope0 ||
      value >= low.value
    ) {
      high = { step, value, slope }
    } else {
      if (Math.abs(slope) <= -CURVATURE * slope0) return { value }
      if (slope * (high.step - low.step) >= 0) high = low
      low = { step, value, slope }
    }
    if (Math.abs(high.step - low.step) <= 1e-16 * Math.max(1, Math.abs(low.step))) break
  }
  // No strong Wolfe point within the budget: fall back to the best sufficient-decrease point,
  // re-evaluated so the caller's trial buffers hold it.
  if (low.step > 0 && low.value < value0) {
    const { value } = evaluate(low.step)
    return { value }
  }
  return null
}

/**
 * The minimiser of the cubic through both bracket ends (N&W eq. 3.59), kept at least 10% of
 * the bracket away from either end; bisection when the cubic has no usable minimiser or the high
 * end has no finite value.
 */
function interpolate(low: LinePoint, high: LinePoint): number {
  const a = low.step
  const b = high.step
  const lo = Math.min(a, b)
  const hi = Math.max(a, b)
  const margin = 0.1 * (hi - lo)
  let step = NaN
  if (Number.isFinite(high.value) && Number.isFinite(high.slope)) {
    const d1 = low.slope + high.slope - (3 * (low.value - high.value)) / (a - b)
    const radicand = d1 * d1 - low.slope * high.slope
    if (radicand >= 0) {
      const d2 = Math.sign(b - a) * Math.sqrt(radicand)
      step = b - ((b - a) * (high.slope + d2 - d1)) / (high.slope - low.slope + 2 * d2)
    }
  }
  if (!Number.isFinite(step) || step < lo + margin || step > hi - margin) step = (a + b) / 2
  return step
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!
  return sum
}

function axpy(factor: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i]! += factor * x[i]!
}

function scale(x: Float64Array, factor: number): void {
  for (let i = 0; i < x.length; i++) x[i]! *= factor
}

function maxNorm(x: Float64Array): number {
  let norm = 0
  for (let i = 0; i < x.length; i++) norm = Math.max(norm, Math.abs(x[i]!))
  return norm
}
