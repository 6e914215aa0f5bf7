import { describe, expect, it } from '@jest/globals'
import { minimizeLbfgs } from '../../../shared/learn/lbfgs.js'

describe('minimizeLbfgs', () => {
  it('finds the Rosenbrock minimum from the classic start (-1.2, 1)', () => {
    const result = minimizeLbfgs(
      (x, gradient) => {
        const a = x[0]!
        const b = x[1]!
        gradient[0] = -2 * (1 - a) - 400 * a * (b - a * a)
        gradient[1] = 200 * (b - a * a)
        return (1 - a) ** 2 + 100 * (b - a * a) ** 2
      },
      Float64Array.from([-1.2, 1]),
      { gradientTolerance: 1e-10 }
    )
    expect(result.converged).toBe(true)
    expect(result.reason).toBe('gradient')
    expect(result.x[0]).toBeCloseTo(1, 8)
    expect(result.x[1]).toBeCloseTo(1, 8)
  })

  it('solves an ill-conditioned quadratic to the gradient tolerance', () => {
    const scales = Float64Array.from({ length: 50 }, (_, i) => 10 ** ((4 * i) / 49))
    const result = minimizeLbfgs(
      (x, gradient) => {
        let value = 0
        for (let i = 0; i < x.length; i++) {
          const d = x[i]! - 1
          value += 0.5 * scales[i]! * d * d
          gradient[i] = scales[i]! * d
        }
        return value
      },
      new Float64Array(50),
      { gradientTolerance: 1e-9, maxIterations: 2000 }
    )
    expect(result.gradientNorm).toBeLessThanOrEqual(1e-9)
    for (const value of result.x) expect(Math.abs(value - 1)).toBeLessThan(1e-8)
  })

  it('stops on the relative decrease of f when asked to (scipy ftol)', () => {
    const result = minimizeLbfgs(
      (x, gradient) => {
        gradient[0] = 4 * x[0]! ** 3
        return x[0]! ** 4
      },
      Float64Array.from([3]),
      { functionTolerance: 1e-3, gradientTolerance: 1e-14 }
    )
    expect(result.reason).toBe('function')
    expect(result.converged).toBe(true)
  })

  it('reports running out of iterations', () => {
    const result = minimizeLbfgs(
      (x, gradient) => {
        gradient[0] = 4 * x[0]! ** 3
        return x[0]! ** 4
      },
      Float64Array.from([3]),
      { maxIterations: 3, gradientTolerance: 1e-14 }
    )
    expect(result.converged).toBe(false)
    expect(result.reason).toBe('max-iterations')
    expect(result.iterations).toBe(3)
  })

  it('does not modify the start vector and survives an objective that overflows', () => {
    const start = Float64Array.from([5])
    const result = minimizeLbfgs((x, gradient) => {
      gradient[0] = Math.exp(x[0]!) - 1
      return Math.exp(x[0]!) - x[0]!
    }, start)
    expect(start[0]).toBe(5)
    expect(result.x[0]).toBeCloseTo(0, 7)
  })
})
