import { mulberry32 } from '../../shared/stats/random.js'

/**
 * A table for the pushdown tests (`line` numbers the rows: PostgreSQL needs it as `order_by`), written as CSV in the canonical text each engine prints back
 * (JS number text, 2-decimal numerics, YYYY-MM-DD dates, ISO timestamps with milliseconds, true/
 * false), so a file scan and a database see the same values. Typed columns plus text columns that
 * mix numbers, ISO dates (valid and impossible) and words, as a CSV loaded as text would.
 */
export const PUSHDOWN_COLUMNS: { name: string; postgres: string; duckdb: string }[] = [
  { name: 'line', postgres: 'integer', duckdb: 'INTEGER' },
  { name: 'id', postgres: 'bigint', duckdb: 'BIGINT' },
  { name: 'amount', postgres: 'double precision', duckdb: 'DOUBLE' },
  { name: 'price', postgres: 'numeric(10,2)', duckdb: 'DECIMAL(10,2)' },
  { name: 'plan', postgres: 'text', duckdb: 'VARCHAR' },
  { name: 'email', postgres: 'text', duckdb: 'VARCHAR' },
  { name: 'day', postgres: 'date', duckdb: 'DATE' },
  { name: 'ts', postgres: 'timestamp with time zone', duckdb: 'TIMESTAMP WITH TIME ZONE' },
  { name: 'local_ts', postgres: 'timestamp', duckdb: 'TIMESTAMP' },
  { name: 'active', postgres: 'boolean', duckdb: 'BOOLEAN' },
  { name: 'code', postgres: 'text', duckdb: 'VARCHAR' },
  { name: 'seq', postgres: 'integer', duckdb: 'INTEGER' },
  { name: 'ip', postgres: 'varchar(40)', duckdb: 'VARCHAR' }
]

export function pushdownCsv(rows: number, seed: number): string {
  const random = mulberry32(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const lines = [PUSHDOWN_COLUMNS.map((column) => column.name).join(',')]
  const start = Date.UTC(2026, 0, 1)
  for (let i = 1; i <= rows; i++) {
    const id = random() < 0.01 ? Math.floor(random() * i) + 1 : i
    const amount =
      random() < 0.05
        ? ''
        : random() < 0.1
          ? String(Math.floor(random() * 50))
          : String(Math.round((random() * 900 - 50) * 1000) / 1000)
    const price = random() < 0.03 ? '' : (random() * 200).toFixed(2)
    const plan = random() < 0.02 ? '' : pick(['free', 'basic', 'pro', 'enterprise', 'Pro', 'NA'])
    const email =
      random() < 0.02
        ? 'not-an-email'
        : `user${random() < 0.01 ? Math.floor(random() * 30) : i}@${pick(['example.com', 'mail.org', 'x.io'])}`
    const day =
      random() < 0.02
        ? ''
        : new Date(start + Math.floor(random() * 300) * 86400000).toISOString().slice(0, 10)
    const ts =
      random() < 0.02 ? '' : new Date(start + Math.floor(random() * 300 * 86400000)).toISOString()
    const localTs = new Date(start + Math.floor(random() * 30 * 86400000)).toISOString()
    const active = random() < 0.05 ? '' : random() < 0.6 ? 'true' : 'false'
    const code = pick([
      '12',
      '-3.5',
      '2026-02-28',
      '2026-02-30',
      '2026-03-01T10:15:00Z',
      '2026-03-01 10:15:00+02:00',
      'x7',
      'abc',
      '',
      '1e3',
      ' 42 ',
      'TRUE'
    ])
    const seq = random() < 0.01 ? i - 5 : i * 2
    const ip =
      random() < 0.05
        ? '300.1.1.1'
        : `10.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}`
    lines.push(
      [i, id, amount, price, plan, email, day, ts, localTs, active, code, seq, ip].join(',')
    )
  }
  return `${lines.join('\n')}\n`
}

/** Checks covering every check the pushdown runs in the database. */
export const PUSHDOWN_CHECKS = `null_values: [NA]
table:
  row_count: { min: 10 }
  column_count: { equal: 13 }
  columns: { include: [id, amount, plan], ordered: true }
  unique: [plan, active, day]
columns:
  id: { not_null: true, unique: true, type: integer, between: { min: 1 }, increasing: true, distinct_count: { min: 10 } }
  amount: { between: { min: 0, max: 800, mostly: 0.9 }, mean: { min: 0 }, stdev: { max: 1000 }, min: { min: -100 }, max: { max: 1000 }, sum: { min: 0 }, median: { min: 0 }, quantile: [{ q: 0.9, max: 2000 }, { q: 0.25, min: -100 }], null_fraction: 0.2, type: integer }
  price: { type: number, between: [0, 150], not_in_set: ['12.50', 100], unique_proportion: { min: 0.1 } }
  plan: { in_set: [free, basic, pro, enterprise], not_null: { mostly: 0.9 }, distinct_values: { in_set: [free, basic, pro, enterprise] }, most_common_value: [free, basic, pro, enterprise], length: { min: 3, max: 9 } }
  email: { unique: true, format: email, regex: { pattern: 'USER[0-9]+@.*', ignore_case: true }, not_regex: { pattern: 'x\\\\.io', search: true } }
  day: { type: date, freshness: { max_age: 30d }, decreasing: { strictly: true } }
  ts: { type: datetime, format: datetime }
  local_ts: { type: datetime, increasing: true }
  active: { type: boolean, most_common_value: ['true'] }
  code: { type: number, format: date, length: { max: 4 }, in_set: ['12', '1000', abc], increasing: true }
  seq: { increasing: { strictly: true }, type: integer }
  ip: { format: ipv4 }
`
