// Fails when the committed bundle (actions/dist) or the generated docs are stale: rebuilds the
// bundle into a temporary folder and compares it file by file, then runs gen-docs in --check mode.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const committed = join(root, 'actions', 'dist')
const fresh = mkdtempSync(join(tmpdir(), 'tollgate-dist-'))
try {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--out', fresh], {
    stdio: 'inherit'
  })
  const list = (dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath ?? e.path, e.name).slice(dir.length + 1))
      .sort()
  const want = list(fresh)
  const have = list(committed)
  const problems = []
  for (const file of want) {
    if (!have.includes(file)) problems.push(`missing: actions/dist/${file}`)
    else if (!readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file))))
      problems.push(`differs: actions/dist/${file}`)
  }
  for (const file of have) if (!want.includes(file)) problems.push(`extra: actions/dist/${file}`)
  if (problems.length > 0) {
    console.error(
      `The committed bundle is stale; run \`npm run bundle\` and commit actions/dist.\n${problems.map((p) => `  ${p}`).join('\n')}`
    )
    process.exit(1)
  }
  console.log('bundle: up to date')
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
execFileSync(process.execPath, [join(root, 'scripts', 'gen-docs.mjs'), '--check'], {
  stdio: 'inherit'
})
