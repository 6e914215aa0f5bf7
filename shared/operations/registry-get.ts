import { randomBytes } from 'node:crypto'
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { IntegrityError, UsageError } from '../errors.js'
import type { ModelRegistry } from '../registry/model-registry.js'
import { formatModelReference, parseModelReference } from '../registry/model-reference.js'
import {
  serializeBundleManifest,
  verifyBundleFile,
  type BundleManifest
} from '../store/bundle-manifest.js'
import { assertBundleFileName, BUNDLE_MANIFEST_FILE } from '../store/store-names.js'
import { GET_REPORT_SCHEMA, type GetReport } from '../report/registry-report.js'

/**
 * `tollgate get MODEL@VERSION|STAGE|latest --output DIR`: downloads every file of a version,
 * verifies each against the SHA-256 in the version's manifest, and writes them into DIR. File
 * names come from the store (a manifest an attacker could have edited), so each one is checked to
 * be a plain file name that lands inside DIR before anything is written; a file that fails its
 * digest stops the download and nothing of it is written.
 */
export async function getModelVersion(request: {
  registry: ModelRegistry
  reference: string
  output: string
  cwd?: string
}): Promise<GetReport> {
  const { registry } = request
  const parsed = parseModelReference(request.reference)
  const resolved = await registry.resolve(parsed)
  const manifest = await registry.store.readBundleManifest(resolved.tag)
  if (manifest === undefined) {
    throw new UsageError(`${resolved.tag} has no published files in ${registry.store.location}.`)
  }
  const directory = resolve(request.cwd ?? process.cwd(), request.output)
  const targets = manifest.files.map((entry) => ({
    entry,
    path: safeTarget(directory, entry.name, manifest)
  }))
  // Download and verify everything first: a damaged file must not leave a half-updated folder.
  const contents = new Map<string, Uint8Array>()
  for (const { entry } of targets) {
    const bytes = await registry.store.readBundleFile(resolved.tag, entry.name)
    verifyBundleFile(manifest, entry.name, bytes)
    contents.set(entry.name, bytes)
  }
  prepareDirectory(directory, request.output)
  for (const { entry, path } of targets) writeAtomically(path, contents.get(entry.name)!)
  writeAtomically(
    safeTarget(directory, BUNDLE_MANIFEST_FILE, manifest),
    serializeBundleManifest(manifest)
  )
  return {
    schema: GET_REPORT_SCHEMA,
    reference: formatModelReference(parsed),
    model: resolved.model,
    version: resolved.version,
    tag: resolved.tag,
    stage: resolved.stage?.stage ?? null,
    output: directory,
    files: targets.map(({ entry, path }) => ({ ...entry, path })),
    deprecated: resolved.deprecated
  }
}

/**
 * The path of `name` inside `directory`, or an IntegrityError: the name must be a store file name
 * (no separators, no `..`, no leading dot) and its resolved path must stay inside the directory.
 */
export function safeTarget(directory: string, name: string, manifest: BundleManifest): string {
  const refuse = (why: string): never => {
    throw new IntegrityError(
      `The manifest of ${manifest.bundle} lists a file named ${JSON.stringify(name)}, which ${why}; ` +
        'the version cannot be trusted, so nothing was written.'
    )
  }
  if (name.includes('/') || name.includes('\\') || name.includes('\0'))
    refuse('contains a path separator')
  try {
    assertBundleFileName(name)
  } catch {
    refuse('is not a plain file name')
  }
  const path = resolve(directory, name)
  const inside = relative(directory, path)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.includes(sep)) {
    refuse('would be written outside the output directory')
  }
  return path
}

function prepareDirectory(directory: string, shown: string): void {
  try {
    if (!statSync(directory).isDirectory()) {
      throw new UsageError(`The output ${JSON.stringify(shown)} exists and is not a directory.`)
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    mkdirSync(directory, { recursive: true })
  }
}

/** Writes a file under a fresh private name, then renames it over the target (never through a link). */
function writeAtomically(path: string, bytes: Uint8Array): void {
  const temporary = join(
    resolve(path, '..'),
    `.tollgate-get-${process.pid}-${randomBytes(6).toString('hex')}`
  )
  try {
    writeFileSync(temporary, bytes, { flag: 'wx' })
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
