// Writes test/fixtures/data/customers.parquet from customers.csv with DuckDB (an independent
// Parquet writer), so the reader tests do not use a writer from the same author as the reader.
// Usage: node scripts/fixtures-parquet.mjs
import { DuckDBInstance } from '@duckdb/node-api'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const source = resolve(root, 'test/fixtures/data/customers.csv')
const target = resolve(root, 'test/fixtures/data/customers.parquet')
const instance = await DuckDBInstance.create(':memory:')
const connection = await instance.connect()
await connection.run(
  `COPY (SELECT id, strftime(ts, '%Y-%m-%dT%H:%M:%SZ') AS ts, age, email, country, income FROM read_csv('${source}', header = true, timestampformat = '%Y-%m-%dT%H:%M:%SZ')) TO '${target}' (FORMAT PARQUET)`
)
console.log(`wrote ${target}`)
