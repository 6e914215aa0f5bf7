// The "scale past one runner" part of `npm run bench`:
// 1. Matrix sharding: a 5M-row CSV file validated by one process against 4 shard processes
//    (`tollgate validate --shard k/4`) plus `tollgate merge`, all with one thread each on this
//    machine, so the cost of sharding (shard overheads + merge) shows as a ratio of work.
// 2. SQL pushdown: the same checks on 1M rows held by a real PostgreSQL server, run in the
//    database (`source:` in the checks file) against exporting the table to CSV and streaming it.
// Call from scripts/bench.mjs:
//   report.push(...(await (await import('./bench/scale-bench.mjs')).scaleBenchmark({ root, dataDir, measure, row })))
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateCsv } from './generate-data.mjs'
import { startPostgres } from './scale-postgres.mjs'

const CLI = 'actions/dist/tollgate.js'
const CHECKS = 'scripts/bench/validate-checks.yml'

async function dataset(dataDir, rows) {
  const path = join(dataDir, `customers-${rows}.csv`)
  if (!existsSync(path)) {
    process.stdout.write(`generating ${path} (${rows.toLocaleString('en-US')} rows)… `)
    await generateCsv(path, rows, 1)
    console.log(`${(statSync(path).size / 1e6).toFixed(1)} MB`)
  }
  return path
}

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`

export async function scaleBenchmark({
  root,
  dataDir,
  measure,
  row,
  shardRows = 5_000_000,
  pushdownRows = 1_000_000
}) {
  const lines = []
  const scratch = mkdtempSync(join(tmpdir(), 'tollgate-scale-'))

  // 1. Sharding: the same file, one process vs 4 shards + merge, one thread each.
  {
    const data = await dataset(dataDir, shardRows)
    const single = measure(`single run, ${shardRows.toLocaleString('en-US')} rows (1 thread)`, [
      CLI,
      'validate',
      '--data',
      data,
      '--checks',
      CHECKS,
      '--report-path',
      join(scratch, 'single.json'),
      '--threads',
      '1'
    ])
    const shards = []
    const partials = []
    for (let k = 1; k <= 4; k++) {
      const partial = join(scratch, `part-${k}.json`)
      shards.push(
        measure(`shard ${k}/4 (1 thread)`, [
          CLI,
          'validate',
          '--data',
          data,
          '--checks',
          CHECKS,
          '--shard',
          `${k}/4`,
          '--report-path',
          partial,
          '--threads',
          '1'
        ])
      )
      partials.push(partial)
    }
    const merge = measure('merge of the 4 partials', [
      CLI,
      'merge',
      ...partials,
      '--checks',
      CHECKS,
      '--report-path',
      join(scratch, 'merged.json')
    ])
    const work = shards.reduce((sum, shard) => sum + shard.wall, 0) + merge.wall
    const critical = Math.max(...shards.map((shard) => shard.wall)) + merge.wall
    const sizes = partials.map((path) => statSync(path).size)
    const strip = (path) => {
      const report = JSON.parse(readFileSync(path, 'utf8'))
      delete report.generated_at
      return JSON.stringify(
        report.results.map((result) => [result.id, result.status, result.unexpected_count])
      )
    }
    lines.push(
      '## Matrix sharding (validate-data)',
      '',
      '| run | wall | peak RSS |',
      '| --- | --- | --- |',
      row(single),
      ...shards.map(row),
      row(merge),
      ''
    )
    lines.push(
      `4 shards + merge: total work **${work.toFixed(2)} s** vs **${single.wall.toFixed(2)} s** for one run (overhead ${(((work - single.wall) / single.wall) * 100).toFixed(0)}%, of which the merge ${merge.wall.toFixed(2)} s); ` +
        `on 4 runners the critical path would be ≈ ${critical.toFixed(2)} s (the slowest shard + the merge), ${(single.wall / critical).toFixed(2)}× faster than one runner.`,
      `Partials: ${sizes.map(mib).join(', ')} (unique-check keys 8 B/row; numbers beyond 2M per shard folded into sketches). Merged results equal the single run's (status and counts per check): **${strip(join(scratch, 'merged.json')) === strip(join(scratch, 'single.json')) ? 'yes' : 'NO'}**.`,
      ''
    )
  }

  // 2. Pushdown on PostgreSQL.
  {
    const data = await dataset(dataDir, pushdownRows)
    let server
    try {
      server = await startPostgres()
    } catch (error) {
      lines.push('## SQL pushdown (PostgreSQL)', '', `Skipped: ${error.message}`, '')
      return lines
    }
    try {
      const psql = (sql) => {
        const result = spawnSync(
          server.psql,
          [server.url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql],
          { encoding: 'utf8' }
        )
        if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`)
      }
      psql(
        'CREATE TABLE customers (id bigint, customer_id bigint, ts timestamptz, age integer, score double precision, amount double precision, sessions integer, country text, plan text, email text, active boolean, referrer text)'
      )
      psql(`COPY customers FROM '${server.stage(data)}' WITH (FORMAT csv, HEADER true)`)
      psql('ANALYZE customers')
      const pushdownChecks = join(scratch, 'pushdown-checks.yml')
      writeFileSync(
        pushdownChecks,
        `source: { engine: postgres, url_env: TOLLGATE_BENCH_PG_URL, table: customers, order_by: [id] }\n${readFileSync(join(root, CHECKS), 'utf8')}`
      )
      const env = { TOLLGATE_BENCH_PG_URL: server.url }
      const pushdown = measure(
        `pushdown: checks + profile in PostgreSQL (${pushdownRows.toLocaleString('en-US')} rows)`,
        [
          CLI,
          'validate',
          '--checks',
          pushdownChecks,
          '--report-path',
          join(scratch, 'pushdown.json')
        ],
        { env }
      )
      const exported = join(scratch, 'exported.csv')
      const started = performance.now()
      // Booleans and timestamps as the file had them (PostgreSQL writes t/f and +00 otherwise).
      const select =
        'SELECT id, customer_id, to_char(ts AT TIME ZONE \'UTC\', \'YYYY-MM-DD"T"HH24:MI:SS"Z"\') AS ts, age, score, amount, sessions, country, plan, email, active::text AS active, referrer FROM customers ORDER BY id'
      const copy = spawnSync(
        server.psql,
        [
          server.url,
          '-q',
          '-c',
          `\\copy (${select}) TO '${exported}' WITH (FORMAT csv, HEADER true)`
        ],
        { encoding: 'utf8' }
      )
      if (copy.status !== 0) throw new Error(`export failed: ${copy.stderr}`)
      const exportWall = (performance.now() - started) / 1000
      const streaming = measure('streaming: the exported CSV through the file engine (2 threads)', [
        CLI,
        'validate',
        '--data',
        exported,
        '--checks',
        CHECKS,
        '--report-path',
        join(scratch, 'streaming.json'),
        '--threads',
        '2'
      ])
      lines.push(
        '## SQL pushdown (PostgreSQL 1M rows)',
        '',
        '| run | wall | peak RSS |',
        '| --- | --- | --- |',
        row(pushdown),
        `| export with \\copy (once) | ${exportWall.toFixed(3)} s | — |`,
        row(streaming),
        ''
      )
      lines.push(
        `Pushdown ${pushdown.wall.toFixed(2)} s vs export + stream ${(exportWall + streaming.wall).toFixed(2)} s (pushdown speed relative to export + stream: **${((exportWall + streaming.wall) / pushdown.wall).toFixed(2)}×**, above 1 means pushdown is faster); runner peak RSS ${pushdown.peakRssMiB.toFixed(0)} MiB. What comes back to the runner is aggregates, failing samples and the distinct values of high-cardinality columns (to fill the profile's HyperLogLog, one value per distinct value): on a loopback server that transfer and the per-column GROUP BY scans cost more than exporting the table once; pushdown pays off when the table cannot or should not leave the database.`,
        ''
      )
    } finally {
      server.stop()
    }
  }
  return lines
}
