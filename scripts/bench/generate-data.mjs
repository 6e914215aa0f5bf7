// Deterministic benchmark data: ids, timestamps, numbers with nulls, categories and emails.
// Usage: node scripts/bench/generate-data.mjs OUT.csv ROWS [SEED] [--shift]
import { createWriteStream } from 'node:fs'

export function mulberry32(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const COUNTRIES = ['US', 'DE', 'FR', 'GB', 'ES', 'IT', 'NL', 'SE', 'PL', 'JP']
const PLANS = ['free', 'basic', 'pro', 'enterprise']
const DOMAINS = ['example.com', 'mail.org', 'corp.net', 'shop.io']

/** Writes `rows` rows; `shift` moves numeric distributions (drift benchmarks). */
export async function generateCsv(path, rows, seed = 1, shift = false) {
  const random = mulberry32(seed)
  const out = createWriteStream(path)
  const start = Date.UTC(2026, 0, 1)
  let buffer = 'id,customer_id,ts,age,score,amount,sessions,country,plan,email,active,referrer\n'
  for (let i = 1; i <= rows; i++) {
    const age = random() < 0.01 ? '' : String(18 + Math.floor(random() * 70 + (shift ? 5 : 0)))
    const score = (random() * 100 * (shift ? 0.9 : 1)).toFixed(2)
    const amount = (Math.exp(random() * 6 + (shift ? 0.3 : 0)) * 3).toFixed(2)
    const sessions = String(Math.floor(-Math.log(1 - random()) * 12))
    const ts = new Date(start + Math.floor(random() * 320 * 86400000))
      .toISOString()
      .replace('.000Z', 'Z')
    const country = COUNTRIES[Math.floor(random() ** (shift ? 0.7 : 1.5) * COUNTRIES.length)]
    const plan = PLANS[Math.floor(random() * PLANS.length)]
    const email = `user${Math.floor(random() * 1e7)}@${DOMAINS[i % DOMAINS.length]}`
    const active = random() < 0.7 ? 'true' : 'false'
    const referrer = random() < 0.3 ? '' : `ref-${Math.floor(random() * 500)}`
    buffer += `${i},${Math.floor(random() * 5e6)},${ts},${age},${score},${amount},${sessions},${country},${plan},${email},${active},${referrer}\n`
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve))
      buffer = ''
    }
  }
  out.write(buffer)
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())))
}

if (process.argv[1]?.endsWith('generate-data.mjs')) {
  const [path, rows, seed] = process.argv.slice(2)
  await generateCsv(
    path,
    Number(rows ?? 1000000),
    Number(seed ?? 1),
    process.argv.includes('--shift')
  )
}
