// The drift-check part of `npm run bench`: a 1M-row current file against a 1M-row reference on
// every numeric and categorical column, through the bundled CLI (both files scanned at once, each
// on its own worker thread), against pandas + scipy measured in the same run when available.
// Two Tollgate runs: `--method ks` (exact KS D and p on the numeric columns) and the automatic
// choice (exact normed Wasserstein on the numeric columns, > 1000 rows); Jensen-Shannon on the
// categorical columns in both. The peer computes KS, Wasserstein and JS in one run.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const PYTHON = '/usr/bin/python3'

/** Whether the pandas + scipy peer can run here (it is not installed in CI). */
function pandasPeerAvailable() {
  const probe = spawnSync(PYTHON, ['-c', 'import pandas, scipy'], { encoding: 'utf8' })
  return probe.status === 0
}

/** Median wall time and peak RSS of a Python command (its last stderr line is the RSS JSON). */
function measurePython(label, args, { root, runs }) {
  const samples = []
  let stdout = ''
  for (let i = 0; i <= runs; i++) {
    const started = performance.now()
    const result = spawnSync(PYTHON, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 })
    const wall = (performance.now() - started) / 1000
    if (result.status !== 0)
      throw new Error(`${label} exited with ${result.status}:\n${result.stderr.slice(-2000)}`)
    const { peakRssMiB } = JSON.parse(result.stderr.trim().split('\n').pop())
    if (i > 0) samples.push({ wall, peakRssMiB })
    stdout = result.stdout
  }
  samples.sort((a, b) => a.wall - b.wall)
  const median = samples[Math.floor(samples.length / 2)]
  return {
    label,
    wall: median.wall,
    peakRssMiB: Math.max(...samples.map((s) => s.peakRssMiB)),
    stdout
  }
}

/** Largest relative difference between Tollgate's scores and the peer's, per kind of score. */
function agreement(reports, peer) {
  const worst = { ks_d: 0, wasserstein: 0, jensenshannon: 0 }
  const relative = (a, b) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)))
  for (const report of reports) {
    for (const entry of report.columns) {
      const expected = peer[entry.column]
      const test = entry.test
      if (expected === undefined || test === undefined || test.score === null) continue
      if (test.method === 'ks')
        worst.ks_d = Math.max(worst.ks_d, relative(test.statistic, expected.ks_d))
      if (test.method === 'wasserstein')
        worst.wasserstein = Math.max(worst.wasserstein, relative(test.score, expected.wasserstein))
      if (test.method === 'jensenshannon' && expected.jensenshannon !== undefined) {
        worst.jensenshannon = Math.max(
          worst.jensenshannon,
          relative(test.score, expected.jensenshannon)
        )
      }
    }
  }
  return worst
}

/** Runs the drift benchmark and returns the markdown lines of its report section. */
export function driftBenchmark({ root, reference, current, measure, row, runs }) {
  const scratch = mkdtempSync(join(tmpdir(), 'tollgate-drift-bench-'))
  // --drift-share 1 only fixes the exit code (0: not every column drifts); the work is the same.
  const cli = (label, extra, reportName) =>
    measure(
      label,
      [
        'actions/dist/tollgate.js',
        'drift',
        '--reference',
        reference,
        '--current',
        current,
        '--threads',
        '2',
        '--drift-share',
        '1',
        '--report-path',
        join(scratch, reportName),
        ...extra
      ],
      { expectExit: 0 }
    )
  const auto = cli(
    'Tollgate drift, automatic methods: exact normed Wasserstein + JS (2 threads)',
    [],
    'auto.json'
  )
  const ks = cli(
    'Tollgate drift, --method ks: exact KS D and p + JS (2 threads)',
    ['--method', 'ks'],
    'ks.json'
  )
  const reports = ['auto.json', 'ks.json'].map((name) =>
    JSON.parse(readFileSync(join(scratch, name), 'utf8'))
  )
  const tested = reports[0].columns.filter((entry) => entry.status === 'tested')
  const numeric = tested.filter((entry) => entry.kind === 'numeric').map((entry) => entry.column)
  const categorical = tested
    .filter((entry) => entry.kind === 'categorical')
    .map((entry) => entry.column)
  const lines = [
    '## drift-check',
    '',
    `1M-row current file against a 1M-row reference, both scanned at once (one worker thread each). Tested: numeric ${numeric.join(', ')}; categorical ${categorical.join(', ')} (the date column and the free-text email column are skipped, as in Evidently).`,
    '',
    '| run | wall | peak RSS |',
    '| --- | --- | --- |',
    row(auto),
    row(ks)
  ]
  const slower = auto.wall > ks.wall ? auto : ks
  const target = `target ≤ 1.2 s and ≤ 256 MiB on 2 cores (prototype 0.92 s / 190 MiB)`
  if (pandasPeerAvailable()) {
    const peer = measurePython(
      'pandas + scipy: read both files, KS + normed Wasserstein + JS (1 thread)',
      [join(root, 'scripts/bench/drift-pandas.py'), reference, current],
      { root, runs }
    )
    lines.push(row(peer), '')
    const worst = agreement(reports, JSON.parse(peer.stdout))
    lines.push(
      `Tollgate (slower of the two runs) ${slower.wall.toFixed(3)} s / ${slower.peakRssMiB.toFixed(0)} MiB, ${target}; ` +
        `pandas + scipy ${peer.wall.toFixed(3)} s / ${peer.peakRssMiB.toFixed(0)} MiB in the same run: **${(peer.wall / slower.wall).toFixed(1)}×** faster.`,
      '',
      `Agreement with scipy (largest relative difference): KS D ${worst.ks_d.toExponential(1)}, normed Wasserstein ${worst.wasserstein.toExponential(1)}, Jensen-Shannon ${worst.jensenshannon.toExponential(1)}.`,
      ''
    )
  } else {
    lines.push(
      '',
      `Tollgate (slower of the two runs) ${slower.wall.toFixed(3)} s / ${slower.peakRssMiB.toFixed(0)} MiB, ${target}. ` +
        `The pandas + scipy peer was skipped: ${PYTHON} with pandas and scipy is not available on this machine (it is not installed in CI).`,
      ''
    )
  }
  return lines
}
