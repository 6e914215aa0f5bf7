import { mulberry32 } from '../../../shared/stats/random.js'

/**
 * A deterministic churn-like training table for the train and register tests (and the e2e action
 * tests): tenure (months), monthly_charges, plan, region, support_calls and the target churned
 * (yes/no), where short tenure, high charges, the basic plan and many support calls raise churn.
 * region is pure noise. Same rows and seed, same bytes.
 */
export function churnCsv(rows: number, seed: number): string {
  const random = mulberry32(seed)
  const plans = ['basic', 'plus', 'pro'] as const
  const planEffect = { basic: 0.6, plus: 0, pro: -0.8 }
  const regions = ['north', 'south', 'east', 'west']
  const lines = ['tenure,monthly_charges,plan,region,support_calls,churned']
  for (let i = 0; i < rows; i++) {
    const tenure = 1 + Math.floor(random() * 72)
    const monthly = Math.round((20 + random() * 100) * 100) / 100
    const plan = plans[Math.floor(random() * 3)]!
    const region = regions[Math.floor(random() * 4)]!
    const calls = Math.floor(random() * random() * 9)
    const noise = 2 * (random() + random() + random() - 1.5)
    const logit =
      0.3 - 0.06 * tenure + 0.03 * (monthly - 70) + planEffect[plan] + 0.35 * calls + noise
    lines.push(`${tenure},${monthly},${plan},${region},${calls},${logit > 0 ? 'yes' : 'no'}`)
  }
  return `${lines.join('\n')}\n`
}
