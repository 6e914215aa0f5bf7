import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

/**
 * A throw-away PostgreSQL server for tests: `initdb` into a temporary folder, started with
 * `pg_ctl` on a free loopback port (unix socket in the same folder), trust authentication for the
 * superuser `tollgate`, fsync off. PostgreSQL refuses to run as root, so when the tests run as
 * root (CI containers) the server runs as the unprivileged system user `tollgate-pg`, created on
 * first use, through `runuser`.
 *
 * The server binaries are looked up in $TOLLGATE_PG_BIN, then /usr/lib/postgresql/<version>/bin
 * (Debian's `postgresql` package), newest version first. Missing binaries are an error, not a
 * skip: the pushdown tests must run in CI (`.ci/run` installs the package).
 */
export interface PostgresServer {
  /** postgres://tollgate@127.0.0.1:<port>/postgres */
  url: string
  port: number
  /** A folder the server can read, for `COPY ... FROM '<file>'`. */
  readableDir: string
  /** Copies a file into readableDir (readable by the server's user) and returns its path. */
  stage(path: string): string
  stop(): void
}

const SERVICE_USER = 'tollgate-pg'

export function findPostgresBin(): string {
  const candidates: string[] = []
  if (process.env.TOLLGATE_PG_BIN !== undefined && process.env.TOLLGATE_PG_BIN !== '')
    candidates.push(process.env.TOLLGATE_PG_BIN)
  const root = '/usr/lib/postgresql'
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => Number(b) - Number(a))
    for (const version of versions) candidates.push(join(root, version, 'bin'))
  }
  for (const dir of candidates) {
    if (
      existsSync(join(dir, 'initdb')) &&
      existsSync(join(dir, 'pg_ctl')) &&
      existsSync(join(dir, 'postgres'))
    )
      return dir
  }
  throw new Error(
    `PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found in ${candidates.length === 0 ? '/usr/lib/postgresql/*/bin' : candidates.join(', ')}. ` +
      'The SQL pushdown tests need a real server: install it with `apt-get install -y --no-install-recommends postgresql` ' +
      '(Debian; .ci/run does this) or set TOLLGATE_PG_BIN to the folder holding initdb and pg_ctl.'
  )
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** The uid/gid to run the server as: ourselves, or the service user when we are root. */
function serviceAccount(): { uid: number; gid: number; runAs?: string } {
  const uid = process.getuid?.() ?? 1
  if (uid !== 0) return { uid, gid: process.getgid?.() ?? uid }
  const id = (flag: string): number =>
    Number(
      execFileSync('id', [flag, SERVICE_USER], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      }).trim()
    )
  try {
    return { uid: id('-u'), gid: id('-g'), runAs: SERVICE_USER }
  } catch {
    execFileSync('useradd', [
      '--system',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      SERVICE_USER
    ])
    return { uid: id('-u'), gid: id('-g'), runAs: SERVICE_USER }
  }
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin()
  const account = serviceAccount()
  const base = mkdtempSync(join(tmpdir(), 'tg-pg-'))
  chmodSync(base, 0o755)
  if (account.runAs !== undefined) chownSync(base, account.uid, account.gid)
  const run = (command: string, args: string[]): void => {
    const [file, argv] =
      account.runAs === undefined
        ? [join(bin, command), args]
        : ['runuser', ['-u', account.runAs, '--', join(bin, command), ...args]]
    execFileSync(file, argv, { stdio: 'pipe', cwd: base, env: { ...process.env, LC_ALL: 'C' } })
  }
  const data = join(base, 'data')
  const log = join(base, 'server.log')
  const port = await freePort()
  try {
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
    const settings = `-p ${port} -k ${base} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c TimeZone=UTC`
    run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', settings, 'start'])
  } catch (error) {
    const detail = existsSync(log)
      ? readFileSync(log, 'utf8').slice(-2000)
      : String((error as { stderr?: Buffer }).stderr ?? error)
    rmSync(base, { recursive: true, force: true })
    throw new Error(`The test PostgreSQL server did not start (${bin}): ${detail}`, {
      cause: error
    })
  }
  let stopped = false
  return {
    url: `postgres://tollgate@127.0.0.1:${port}/postgres`,
    port,
    readableDir: base,
    stage(path: string): string {
      const target = join(base, `${Date.now().toString(36)}-${basename(path)}`)
      copyFileSync(path, target)
      chmodSync(target, 0o644)
      return target
    },
    stop(): void {
      if (stopped) return
      stopped = true
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
      } finally {
        rmSync(base, { recursive: true, force: true })
      }
    }
  }
}
