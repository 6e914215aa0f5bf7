// A throw-away PostgreSQL server for the scale benchmark (the bench twin of
// test/helpers/postgres.ts): initdb in a temporary folder, pg_ctl on a free loopback port, trust
// authentication for the superuser `tollgate`; as root the server runs as the system user
// `tollgate-pg` (PostgreSQL refuses root). Binaries: $TOLLGATE_PG_BIN or /usr/lib/postgresql/*/bin.
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

export function findPostgresBin() {
  const candidates = []
  if (process.env.TOLLGATE_PG_BIN) candidates.push(process.env.TOLLGATE_PG_BIN)
  if (existsSync('/usr/lib/postgresql')) {
    for (const version of readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)))
      candidates.push(join('/usr/lib/postgresql', version, 'bin'))
  }
  return candidates.find(
    (dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))
  )
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

export async function startPostgres() {
  const bin = findPostgresBin()
  if (bin === undefined)
    throw new Error(
      'PostgreSQL binaries not found: apt-get install -y postgresql, or set TOLLGATE_PG_BIN'
    )
  let runAs
  let owner
  if (process.getuid() === 0) {
    const id = (flag) =>
      Number(
        execFileSync('id', [flag, 'tollgate-pg'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore']
        }).trim()
      )
    try {
      owner = { uid: id('-u'), gid: id('-g') }
    } catch {
      execFileSync('useradd', [
        '--system',
        '--no-create-home',
        '--shell',
        '/usr/sbin/nologin',
        'tollgate-pg'
      ])
      owner = { uid: id('-u'), gid: id('-g') }
    }
    runAs = 'tollgate-pg'
  }
  const base = mkdtempSync(join(tmpdir(), 'tg-bench-pg-'))
  chmodSync(base, 0o755)
  if (owner) chownSync(base, owner.uid, owner.gid)
  const run = (command, args) =>
    runAs
      ? execFileSync('runuser', ['-u', runAs, '--', join(bin, command), ...args], {
          stdio: 'pipe',
          cwd: base
        })
      : execFileSync(join(bin, command), args, { stdio: 'pipe', cwd: base })
  const port = await freePort()
  const data = join(base, 'data')
  run('initdb', [
    '-D',
    data,
    '-U',
    'tollgate',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C',
    '--no-sync'
  ])
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(base, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -k ${base} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c TimeZone=UTC`,
    'start'
  ])
  return {
    url: `postgres://tollgate@127.0.0.1:${port}/postgres`,
    psql: join(bin, 'psql'),
    stage(path) {
      const target = join(base, basename(path))
      copyFileSync(path, target)
      chmodSync(target, 0o644)
      return target
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
      } finally {
        rmSync(base, { recursive: true, force: true })
      }
    }
  }
}
