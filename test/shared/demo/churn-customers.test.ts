import { describe, expect, it } from '@jest/globals'
import {
  CUSTOMER_COLUMNS,
  churnProbability,
  customersCsv,
  formatDay,
  generateCustomers,
  parseDay,
  type CustomerRow
} from '../../../shared/demo/churn-customers.js'
import { mean } from '../../../shared/stats/moments.js'

const base = { rows: 4000, seed: 7, snapshotDate: '2026-11-24' }
const share = (rows: readonly CustomerRow[], test: (row: CustomerRow) => boolean) =>
  rows.filter(test).length / rows.length

describe('generateCustomers', () => {
  const rows = generateCustomers(base)

  it('is reproducible from the seed and differs for another seed', () => {
    expect(generateCustomers(base)).toEqual(rows)
    expect(generateCustomers({ ...base, seed: 8 })).not.toEqual(rows)
  })

  it('gives every column a realistic value: unique ids, consistent dates, ranges', () => {
    expect(rows).toHaveLength(4000)
    expect(new Set(rows.map((row) => row.customer_id)).size).toBe(4000)
    expect(rows[0]!.customer_id).toBe('CUST-000001')
    const snapshot = parseDay('2026-11-24')
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual([...CUSTOMER_COLUMNS].sort())
      expect(row.tenure_months).toBeGreaterThanOrEqual(1)
      expect(row.tenure_months).toBeLessThanOrEqual(72)
      // The signup date lies tenure months (and up to 4 weeks) before the snapshot.
      const days = snapshot - parseDay(row.signup_date)
      expect(days).toBeGreaterThanOrEqual(Math.round(row.tenure_months * 30.44))
      expect(days).toBeLessThan(Math.round(row.tenure_months * 30.44) + 28)
      expect(row.age).toBeGreaterThanOrEqual(18)
      expect(row.age).toBeLessThanOrEqual(90)
      expect(row.monthly_charges === null || row.monthly_charges >= 10).toBe(true)
      expect(Number.isInteger(row.support_calls_90d)).toBe(true)
    }
  })

  it('has a learnable target with the intended effects and a few dirty e-mails', () => {
    const churn = share(rows, (row) => row.churned === 1)
    expect(churn).toBeGreaterThan(0.22)
    expect(churn).toBeLessThan(0.38)
    const rate = (test: (row: CustomerRow) => boolean) => {
      const group = rows.filter(test)
      return share(group, (row) => row.churned === 1)
    }
    expect(rate((row) => row.contract === 'month-to-month')).toBeGreaterThan(
      rate((row) => row.contract === 'two-year') + 0.2
    )
    expect(rate((row) => row.support_calls_90d >= 3)).toBeGreaterThan(
      rate((row) => row.support_calls_90d === 0)
    )
    expect(share(rows, (row) => row.email === null)).toBeGreaterThan(0.01)
    const malformed = share(rows, (row) => row.email !== null && !row.email.includes('@'))
    expect(malformed).toBeGreaterThan(0.004)
    expect(malformed).toBeLessThan(0.03)
  })

  it('injects the charges shift without changing anything else', () => {
    const shifted = generateCustomers({ ...base, shift: { chargesFactor: 1.06 } })
    const charges = (list: CustomerRow[]) =>
      mean(list.flatMap((row) => (row.monthly_charges === null ? [] : [row.monthly_charges])))
    expect(charges(shifted) / charges(rows)).toBeCloseTo(1.06, 2)
    expect(shifted.map((row) => row.churned)).toEqual(rows.map((row) => row.churned))
    expect(shifted.map((row) => row.plan)).toEqual(rows.map((row) => row.plan))
  })

  it('draws a campaign population that is newer, younger and on shorter contracts', () => {
    const campaign = generateCustomers({ ...base, shift: { campaign: true }, withTarget: false })
    expect(campaign.every((row) => row.churned === undefined)).toBe(true)
    expect(mean(campaign.map((row) => row.tenure_months))).toBeLessThan(
      mean(rows.map((row) => row.tenure_months)) / 3
    )
    expect(mean(campaign.map((row) => row.age))).toBeLessThan(mean(rows.map((row) => row.age)) - 8)
    expect(share(campaign, (row) => row.contract === 'month-to-month')).toBeGreaterThan(0.75)
  })

  it('refuses a bad row count or date', () => {
    expect(() => generateCustomers({ ...base, rows: -1 })).toThrow(RangeError)
    expect(() => generateCustomers({ ...base, snapshotDate: '2026-02-30' })).toThrow(/YYYY-MM-DD/)
  })
})

describe('churnProbability', () => {
  it('rises with support calls and falls with tenure', () => {
    const customer = {
      contract: 'one-year' as const,
      tenure: 24,
      calls: 1,
      charges: 60,
      payment: 'card',
      age: 46,
      plan: 'standard' as const
    }
    const p = churnProbability(customer)
    expect(p).toBeGreaterThan(0)
    expect(p).toBeLessThan(1)
    expect(churnProbability({ ...customer, calls: 4 })).toBeGreaterThan(p)
    expect(churnProbability({ ...customer, tenure: 60 })).toBeLessThan(p)
  })
})

describe('customersCsv and dates', () => {
  it('writes a header, empty fields for nulls, and quotes only when needed', () => {
    const [row] = generateCustomers({ ...base, rows: 1 })
    const text = customersCsv([{ ...row!, email: null, region: 'north, "upper"' }])
    const [header, line] = text.trimEnd().split('\n')
    expect(header).toBe(CUSTOMER_COLUMNS.join(','))
    expect(line).toContain(',"north, ""upper""",')
    expect(line!.split(',').at(-2)).toBe('')
    expect(customersCsv([], ['customer_id'])).toBe('customer_id\n')
  })

  it('round-trips days', () => {
    expect(formatDay(parseDay('2024-02-29'))).toBe('2024-02-29')
    expect(parseDay('1970-01-02')).toBe(1)
  })
})
