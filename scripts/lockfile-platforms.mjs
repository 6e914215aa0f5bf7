// Restores the lockfile entries of @duckdb/node-api's platform bindings for other platforms.
// This workplace's npm mirror serves only the linux-x64 bindings, so `npm install` leaves the
// others out of package-lock.json and `npm ci` then refuses the lockfile ("Missing: … from lock
// file"). The entries only need name, version, platform and download URL: npm skips optional
// packages for other platforms without fetching them. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

const path = resolve(import.meta.dirname, '..', 'package-lock.json')
const lock = JSON.parse(readFileSync(path, 'utf8'))
const bindings = lock.packages['node_modules/@duckdb/node-bindings']
if (bindings === undefined) process.exit(0)
const platforms = {
  'darwin-arm64': ['darwin', 'arm64'],
  'darwin-x64': ['darwin', 'x64'],
  'linux-arm64': ['linux', 'arm64', 'glibc'],
  'linux-arm64-musl': ['linux', 'arm64', 'musl'],
  'linux-x64': ['linux', 'x64', 'glibc'],
  'linux-x64-musl': ['linux', 'x64', 'musl'],
  'win32-arm64': ['win32', 'arm64'],
  'win32-x64': ['win32', 'x64']
}
let added = 0
for (const [name, [os, cpu, libc]] of Object.entries(platforms)) {
  const key = `node_modules/@duckdb/node-bindings-${name}`
  if (lock.packages[key] !== undefined) continue
  const version =
    bindings.optionalDependencies?.[`@duckdb/node-bindings-${name}`] ?? bindings.version
  lock.packages[key] = {
    version,
    resolved: `https://registry.npmjs.org/@duckdb/node-bindings-${name}/-/node-bindings-${name}-${version}.tgz`,
    cpu: [cpu],
    dev: true,
    ...(libc === undefined ? {} : { libc: [libc] }),
    license: 'MIT',
    optional: true,
    os: [os]
  }
  added++
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0
  )
)
lock.packages = sorted
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`lockfile: ${added} platform entr${added === 1 ? 'y' : 'ies'} added`)
