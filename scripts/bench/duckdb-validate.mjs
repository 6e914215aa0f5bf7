// The validate-data benchmark's checks and profile as DuckDB SQL (2 threads), for a paired run.
// Usage: node scripts/bench/duckdb-validate.mjs DATA.csv
import { DuckDBInstance } from '@duckdb/node-api'

const [path] = process.argv.slice(2)
const instance = await DuckDBInstance.create(':memory:', { threads: '2' })
const db = await instance.connect()
const q = async (sql) => (await db.runAndReadAll(sql)).getRowObjects()
await db.run(
  `CREATE TABLE t AS SELECT * FROM read_csv('${path}', header = true, all_varchar = true)`
)
const numeric = ['id', 'customer_id', 'age', 'score', 'amount', 'sessions']
const all = [
  'id',
  'customer_id',
  'ts',
  'age',
  'score',
  'amount',
  'sessions',
  'country',
  'plan',
  'email',
  'active',
  'referrer'
]
const casts = numeric.map((c) => `TRY_CAST(${c} AS DOUBLE) AS ${c}`).join(', ')
await db.run(`CREATE TABLE n AS SELECT ${casts} FROM t`)
const checks = await q(`SELECT
  count(*) AS rows,
  count(*) - count(id) AS id_nulls,
  count(id) - count(DISTINCT id) AS id_duplicates,
  sum(CASE WHEN id IS NOT NULL AND NOT regexp_full_match(id, '-?[0-9]+') THEN 1 ELSE 0 END) AS id_not_integer,
  sum(CASE WHEN ts IS NOT NULL AND try_strptime(ts, '%Y-%m-%dT%H:%M:%SZ') IS NULL THEN 1 ELSE 0 END) AS ts_invalid,
  sum(CASE WHEN TRY_CAST(age AS DOUBLE) NOT BETWEEN 18 AND 90 THEN 1 ELSE 0 END) AS age_out,
  sum(CASE WHEN TRY_CAST(score AS DOUBLE) NOT BETWEEN 0 AND 100 THEN 1 ELSE 0 END) AS score_out,
  sum(CASE WHEN country NOT IN ('US','DE','FR','GB','ES','IT','NL','SE','PL','JP') THEN 1 ELSE 0 END) AS country_out,
  sum(CASE WHEN plan NOT IN ('free','basic','pro','enterprise') THEN 1 ELSE 0 END) AS plan_out,
  sum(CASE WHEN NOT regexp_full_match(email, '^[^@\\s]+@[^@\\s]+\\.[a-z]+$') THEN 1 ELSE 0 END) AS email_bad,
  sum(CASE WHEN active NOT IN ('true','false','True','False','TRUE','FALSE') THEN 1 ELSE 0 END) AS active_bad
FROM t`)
const moments = numeric
  .map(
    (c) =>
      `min(${c}), max(${c}), avg(${c}), stddev_samp(${c}), sum(${c}), quantile_cont(${c}, [0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1])`
  )
  .join(', ')
await q(`SELECT ${moments} FROM n`)
await q(
  `SELECT ${all.map((c) => `count(*) - count(${c}), approx_count_distinct(${c})`).join(', ')} FROM t`
)
for (const c of all)
  await q(`SELECT ${c}, count(*) AS n FROM t GROUP BY ${c} ORDER BY n DESC LIMIT 10`)
console.log(JSON.stringify(checks[0], (_, v) => (typeof v === 'bigint' ? Number(v) : v)))
