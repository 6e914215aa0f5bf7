// npm run bench: speed and memory of Tollgate against a peer measured in the same run
// (ratios, never absolute thresholds). Data is generated deterministically under bench-data/.
// Usage: node scripts/bench.mjs [--rows N] [--runs K]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync, writeFileSync, mkdtempSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import { generateCsv } from './bench/generate-data.mjs'

const root = resolve(import.meta.dirname, '..')
const argument = (name, fallback) => {
  const index = process.argv.indexOf(name)
  return index > 0 ? Number(process.argv[index + 1]) : fallback
}
const rows = argument('--rows', 1_000_000)
const runs = argument('--runs', 3)
const dataDir = join(root, 'bench-data')
mkdirSync(dataDir, { recursive: true })

async function dataset(name, seed, shift = false) {
  const path = join(dataDir, `${name}-${rows}.csv`)
  if (!existsSync(path)) {
    process.stdout.write(`generating ${path} (${rows.toLocaleString('en-US')} rows)… `)
    await generateCsv(path, rows, seed, shift)
    console.log(`${(statSync(path).size / 1e6).toFixed(1)} MB`)
  }
  return path
}

/** Runs a command `runs` times after one warm-up; returns the median wall time and peak RSS. */
function measure(label, args, options = {}) {
  const samples = []
  for (let i = 0; i <= runs; i++) {
    const started = performance.now()
    const result = spawnSync(
      process.execPath,
      [join(root, 'scripts/bench/measured.mjs'), ...args],
      { cwd: root, encoding: 'utf8', env: { ...process.env, ...options.env } }
    )
    const wall = (performance.now() - started) / 1000
    if (result.status !== (options.expectExit ?? 0)) {
      throw new Error(`${label} exited with ${result.status}:\n${result.stderr.slice(-2000)}`)
    }
    const line = result.stderr.trim().split('\n').pop()
    const { peakRssMiB } = JSON.parse(line)
    if (i > 0) samples.push({ wall, peakRssMiB })
  }
  samples.sort((a, b) => a.wall - b.wall)
  const median = samples[Math.floor(samples.length / 2)]
  return { label, wall: median.wall, peakRssMiB: Math.max(...samples.map((s) => s.peakRssMiB)) }
}

function row(result) {
  return `| ${result.label} | ${result.wall.toFixed(3)} s | ${result.peakRssMiB.toFixed(0)} MiB |`
}

const report = [
  `# Tollgate benchmark (${rows.toLocaleString('en-US')} rows, median of ${runs} runs after a warm-up, ${process.version})`,
  ''
]

// validate-data: the same checks and profile through Tollgate and through DuckDB.
{
  const data = await dataset('customers', 1)
  const scratch = mkdtempSync(join(tmpdir(), 'tollgate-bench-'))
  const tollgate = measure('Tollgate validate + profile (2 threads)', [
    'actions/dist/tollgate.js',
    'validate',
    '--data',
    data,
    '--checks',
    'scripts/bench/validate-checks.yml',
    '--report-path',
    join(scratch, 'report.json'),
    '--profile-path',
    join(scratch, 'profile.json'),
    '--threads',
    '2'
  ])
  const duckdb = measure('DuckDB same checks + profile (2 threads)', [
    'scripts/bench/duckdb-validate.mjs',
    data
  ])
  report.push(
    '## validate-data',
    '',
    '| run | wall | peak RSS |',
    '| --- | --- | --- |',
    row(tollgate),
    row(duckdb),
    ''
  )
  report.push(
    `Ratio Tollgate / DuckDB wall time: **${(tollgate.wall / duckdb.wall).toFixed(2)}×** (target ≤ 0.7×); Tollgate peak RSS ${tollgate.peakRssMiB.toFixed(0)} MiB (target ≤ 160 MiB at 1M rows).`,
    ''
  )

  // Cold start: a bundled action on a tiny file, as the runner starts it.
  const tiny = join(scratch, 'tiny.csv')
  writeFileSync(tiny, 'id\n1\n')
  writeFileSync(join(scratch, 'tiny.yml'), 'columns:\n  id: { not_null: true }\n')
  const output = join(scratch, 'output.txt')
  writeFileSync(output, '')
  const start = measure(
    'validate-data action, 1-row file (cold start)',
    ['actions/dist/validate-data.js'],
    {
      env: {
        INPUT_DATA: tiny,
        INPUT_CHECKS: join(scratch, 'tiny.yml'),
        'INPUT_FAIL-ON': 'error',
        INPUT_FORMAT: 'auto',
        INPUT_COMMENT: 'false',
        INPUT_THREADS: '1',
        GITHUB_OUTPUT: output,
        RUNNER_TEMP: scratch
      }
    }
  )
  report.push(row(start).replace(/^\| /, '| '), '')
  report.push(
    `Cold start of a bundled action: **${(start.wall * 1000).toFixed(0)} ms** (target ≤ 150 ms).`,
    ''
  )
}

// drift-check: a 1M-row current file against a 1M-row reference (scripts/bench/drift-bench.mjs).
{
  const { driftBenchmark } = await import('./bench/drift-bench.mjs')
  const reference = await dataset('customers', 1)
  const current = await dataset('customers-shifted', 2, true)
  report.push(...driftBenchmark({ root, reference, current, measure, row, runs }))
}

// Scale: a 5M-row file in 4 shards + merge vs one run, and SQL pushdown on PostgreSQL.
if (!process.argv.includes('--skip-scale')) {
  report.push(
    ...(await (
      await import('./bench/scale-bench.mjs')
    ).scaleBenchmark({ root, dataDir, measure, row }))
  )
}

console.log(report.join('\n'))
writeFileSync(join(dataDir, 'bench-report.md'), `${report.join('\n')}\n`)
