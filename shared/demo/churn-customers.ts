import { mulberry32 } from '../stats/random.js'
import {
  bernoulliVariate,
  categoricalVariate,
  logNormalVariate,
  normalVariate,
  poissonVariate,
  type UniformSource
} from '../stats/random-variates.js'

/**
 * A synthetic but realistic telecom churn table for the demo: one row per customer with an id, a
 * signup date, categorical attributes, counts and amounts, an e-mail address (a few missing or
 * malformed, as real extracts have), and the binary target `churned`, which depends on contract,
 * tenure, support calls, charges, payment method and age with two interactions a tree model can
 * find. Everything is drawn from `mulberry32(seed)`, so a seed gives the same rows everywhere.
 *
 * Two kinds of change can be injected:
 * - `chargesFactor`: the pipeline reports monthly charges multiplied by a factor (e.g. 1.04 when
 *   a tax starts being included); the customers behave as before. spc-check should flag it.
 * - `campaign`: the scored population is a marketing campaign's new customers: short tenure,
 *   month-to-month contracts, basic plans, younger, heavier data users. drift-check should flag it.
 */

export interface CustomerShift {
  /** Reported monthly charges are multiplied by this (default 1). */
  chargesFactor?: number
  /** Draw a campaign's new customers instead of the regular base. */
  campaign?: boolean
}

export interface CustomerSampleOptions {
  rows: number
  seed: number
  /** The extract's day, `YYYY-MM-DD`: tenure and signup dates count back from it. */
  snapshotDate: string
  /** Number of the first customer id (ids are `CUST-000001` …). */
  firstId?: number
  shift?: CustomerShift
  /** False leaves `churned` out (a scoring batch has no label yet). Default true. */
  withTarget?: boolean
}

export type Plan = 'basic' | 'standard' | 'premium'
export type Contract = 'month-to-month' | 'one-year' | 'two-year'

export interface CustomerRow {
  customer_id: string
  signup_date: string
  region: string
  plan: Plan
  contract: Contract
  payment_method: string
  tenure_months: number
  /** Null for the few customers whose billing record was missing. */
  monthly_charges: number | null
  support_calls_90d: number
  data_usage_gb: number
  age: number
  /** Null when unknown; a few are malformed. */
  email: string | null
  /** 1 when the customer left within the following month; absent in scoring batches. */
  churned?: 0 | 1
}

/** The columns in file order (`churned` last, left out of scoring batches). */
export const CUSTOMER_COLUMNS = [
  'customer_id',
  'signup_date',
  'region',
  'plan',
  'contract',
  'payment_method',
  'tenure_months',
  'monthly_charges',
  'support_calls_90d',
  'data_usage_gb',
  'age',
  'email',
  'churned'
] as const satisfies readonly (keyof CustomerRow)[]

export const REGIONS = ['north', 'south', 'east', 'west', 'central'] as const
export const PLANS: readonly Plan[] = ['basic', 'standard', 'premium']
export const CONTRACTS: readonly Contract[] = ['month-to-month', 'one-year', 'two-year']
export const PAYMENT_METHODS = ['card', 'bank-transfer', 'invoice', 'wallet'] as const

/** Population shares of the regular customer base and of a campaign's new customers. */
const MIX = {
  regular: {
    region: [0.22, 0.2, 0.2, 0.18, 0.2],
    plan: [0.45, 0.35, 0.2],
    contract: [0.52, 0.27, 0.21],
    payment: [0.42, 0.3, 0.18, 0.1]
  },
  campaign: {
    region: [0.23, 0.21, 0.19, 0.17, 0.2],
    plan: [0.7, 0.22, 0.08],
    contract: [0.84, 0.11, 0.05],
    payment: [0.35, 0.15, 0.1, 0.4]
  }
} as const

/** Mean tenure in months per contract (regular base); campaign customers are new. */
const MEAN_TENURE: Record<Contract, number> = {
  'month-to-month': 14,
  'one-year': 30,
  'two-year': 46
}

const BASE_CHARGE: Record<Plan, number> = { basic: 30, standard: 60, premium: 95 }
const FIRST_NAMES = ['ana', 'ben', 'chen', 'dana', 'eli', 'fatima', 'goran', 'hana', 'ivan', 'jo']
const LAST_NAMES = ['smith', 'garcia', 'kim', 'novak', 'okafor', 'rossi', 'silva', 'weber']
const DOMAINS = ['example.com', 'mail.example.org', 'example.net']

/** Draws `options.rows` customers. */
export function generateCustomers(options: CustomerSampleOptions): CustomerRow[] {
  if (!Number.isSafeInteger(options.rows) || options.rows < 0) {
    throw new RangeError(`rows must be a whole number ≥ 0, got ${options.rows}`)
  }
  const snapshot = parseDay(options.snapshotDate)
  const random = mulberry32(options.seed)
  const firstId = options.firstId ?? 1
  const rows: CustomerRow[] = []
  for (let index = 0; index < options.rows; index++) {
    rows.push(drawCustomer(random, firstId + index, snapshot, options))
  }
  return rows
}

function drawCustomer(
  random: UniformSource,
  id: number,
  snapshot: number,
  options: CustomerSampleOptions
): CustomerRow {
  const campaign = options.shift?.campaign === true
  const mix = campaign ? MIX.campaign : MIX.regular
  const region = REGIONS[categoricalVariate(random, mix.region)]!
  const plan = PLANS[categoricalVariate(random, mix.plan)]!
  const contract = CONTRACTS[categoricalVariate(random, mix.contract)]!
  const payment = PAYMENT_METHODS[categoricalVariate(random, mix.payment)]!
  // Exponential tenure by inversion, whole months from 1 to 72.
  const meanTenure = campaign ? 3 : MEAN_TENURE[contract]
  const tenure = clamp(Math.round(-meanTenure * Math.log(1 - random())) + 1, 1, 72)
  const signupDay = snapshot - Math.round(tenure * 30.44) - Math.floor(random() * 28)
  const usage = round(logNormalVariate(random, campaign ? 3.0 : 2.6, 0.55), 1)
  const age = clamp(
    Math.round(normalVariate(random, campaign ? 33 : 46, campaign ? 9 : 15)),
    18,
    90
  )
  const charges = Math.max(10, BASE_CHARGE[plan] + normalVariate(random, 0, 7) + 0.12 * usage)
  const calls = poissonVariate(
    random,
    0.55 + (plan === 'basic' ? 0.35 : 0) + (tenure < 6 ? 0.5 : 0) + usage / 45
  )
  const chargesMissing = bernoulliVariate(random, 0.006)
  const email = drawEmail(random, id)

  const row: CustomerRow = {
    customer_id: `CUST-${String(id).padStart(6, '0')}`,
    signup_date: formatDay(signupDay),
    region,
    plan,
    contract,
    payment_method: payment,
    tenure_months: tenure,
    monthly_charges: chargesMissing
      ? null
      : round(charges * (options.shift?.chargesFactor ?? 1), 2),
    support_calls_90d: calls,
    data_usage_gb: usage,
    age,
    email
  }
  // The label is drawn even for scoring batches so the uniform stream (and every other column)
  // is the same with and without it.
  const churned = bernoulliVariate(
    random,
    churnProbability({ contract, tenure, calls, charges, payment, age, plan })
  )
  if (options.withTarget !== false) row.churned = churned ? 1 : 0
  return row
}

/**
 * The churn model the data follows (a logistic model with two interactions): month-to-month
 * contracts, short tenure, many support calls, high charges and paying by invoice raise the risk;
 * age lowers it a little; premium customers who call a lot, and new month-to-month customers,
 * are at extra risk. The base rate is about 30 %.
 */
export function churnProbability(customer: {
  contract: Contract
  tenure: number
  calls: number
  charges: number
  payment: string
  age: number
  plan: Plan
}): number {
  const contractEffect = { 'month-to-month': 1.25, 'one-year': 0.1, 'two-year': -1.0 }[
    customer.contract
  ]
  const logit =
    -1.45 +
    contractEffect -
    0.035 * customer.tenure +
    0.4 * customer.calls +
    0.016 * (customer.charges - 60) +
    (customer.payment === 'invoice' ? 0.45 : 0) -
    0.012 * (customer.age - 46) +
    (customer.plan === 'premium' && customer.calls >= 3 ? 0.9 : 0) +
    (customer.contract === 'month-to-month' && customer.tenure <= 4 ? 0.7 : 0)
  return 1 / (1 + Math.exp(-logit))
}

function drawEmail(random: UniformSource, id: number): string | null {
  const kind = random()
  const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]!
  const last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]!
  const domain = DOMAINS[Math.floor(random() * DOMAINS.length)]!
  if (kind < 0.02) return null
  // A typo'd address without "@", as CRM exports have: the checks file warns about them.
  if (kind < 0.032) return `${first}.${last}${id}.${domain}`
  return `${first}.${last}${id}@${domain}`
}

/** The rows as CSV text (RFC 4180; nulls as empty fields), with a header line. */
export function customersCsv(
  rows: readonly CustomerRow[],
  columns: readonly (keyof CustomerRow)[] = CUSTOMER_COLUMNS
): string {
  const lines = [columns.map(csvField).join(',')]
  for (const row of rows) {
    lines.push(
      columns
        .map((column) => {
          const value = row[column]
          return value === null || value === undefined ? '' : csvField(String(value))
        })
        .join(',')
    )
  }
  return `${lines.join('\n')}\n`
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const DAY_MS = 86_400_000

/** Days since 1970-01-01 (UTC) of a `YYYY-MM-DD` date. */
export function parseDay(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  const ms =
    match === null ? NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  if (Number.isNaN(ms) || formatDay(ms / DAY_MS) !== text) {
    throw new RangeError(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(text)}`)
  }
  return ms / DAY_MS
}

/** `YYYY-MM-DD` of a day number (days since 1970-01-01, UTC). */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value))
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}
