// Writes test/harness/github-openapi-subset.json: the operations the fake GitHub server serves,
// cut out of GitHub's official OpenAPI description (@octokit/openapi) with every component they
// reference. The full package is 385 MB and its spec takes openapi-backend over a minute to load,
// so CI never installs it: a maintainer runs this script, which installs the pinned version into a
// temporary folder, and commits the subset it writes. Two rewrites make GitHub's OpenAPI 3.0
// usable by ajv without changing its meaning (fixNullableWithoutType, fixNullableEnums).
//
//   node scripts/trim-openapi.mjs                 # npm-installs @octokit/openapi@<version> to a tmp dir
//   node scripts/trim-openapi.mjs --spec <file>   # use an already downloaded api.github.com.json
//
// To serve a new operation: add its operationId to OPERATIONS, run the script, implement the
// handler in test/harness/fake-github-*.ts. See test/harness/README.md.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const PACKAGE = '@octokit/openapi'
const PACKAGE_VERSION = '23.0.2'
const SPEC_FILE = 'generated/api.github.com.json'
const root = resolve(import.meta.dirname, '..')
const outFile = join(root, 'test', 'harness', 'github-openapi-subset.json')

/** operationIds kept verbatim, grouped as the fake's handler files are. */
const OPERATIONS = [
  // git data: refs are the registry's compare-and-swap claims
  'git/create-ref',
  'git/get-ref',
  'git/list-matching-refs',
  'git/update-ref',
  'git/delete-ref',
  'git/create-tag',
  'git/get-tag',
  'git/get-commit',
  // releases and assets: the registry's storage
  'repos/create-release',
  'repos/get-release',
  'repos/get-release-by-tag',
  'repos/get-latest-release',
  'repos/list-releases',
  'repos/update-release',
  'repos/delete-release',
  'repos/list-release-assets',
  'repos/upload-release-asset',
  'repos/get-release-asset',
  'repos/delete-release-asset',
  'repos/check-immutable-releases',
  // issues, labels and comments (PR conversation comments are issue comments)
  'issues/create',
  'issues/get',
  'issues/update',
  'issues/list-for-repo',
  'issues/create-comment',
  'issues/list-comments',
  'issues/get-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'issues/add-labels',
  'issues/remove-label',
  'issues/create-label',
  'issues/get-label',
  'issues/list-labels-for-repo',
  'pulls/get',
  // checks and commit statuses
  'checks/create',
  'checks/update',
  'checks/get',
  'checks/list-for-ref',
  'repos/create-commit-status',
  'repos/list-commit-statuses-for-ref',
  // deployments
  'repos/create-deployment',
  'repos/list-deployments',
  'repos/get-deployment',
  'repos/create-deployment-status',
  'repos/list-deployment-statuses',
  // repository, dispatch, people
  'repos/get',
  'repos/create-dispatch-event',
  'repos/get-collaborator-permission-level',
  'users/get-by-username',
  'teams/get-membership-for-user-in-org',
  'teams/list-members-in-org'
]

/**
 * Error shapes the fake validates its error answers against when an operation does not declare
 * that status (GitHub answers 404/422 on operations whose description lists only 200).
 */
const ERROR_SCHEMAS = ['basic-error', 'validation-error', 'validation-error-simple']

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/** Loads api.github.com.json alone: the package's index.js would load all ten spec files. */
function loadSpec() {
  const flag = process.argv.indexOf('--spec')
  if (flag !== -1) {
    const file = process.argv[flag + 1]
    if (!file) throw new Error('--spec needs a path to api.github.com.json')
    return JSON.parse(readFileSync(file, 'utf8'))
  }
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-openapi-'))
  try {
    console.log(`installing ${PACKAGE}@${PACKAGE_VERSION} into ${dir} (not into the project)`)
    execFileSync(
      'npm',
      [
        'install',
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--prefix',
        dir,
        `${PACKAGE}@${PACKAGE_VERSION}`
      ],
      { stdio: 'inherit' }
    )
    const pkgDir = join(dir, 'node_modules', ...PACKAGE.split('/'))
    const installed = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version
    if (installed !== PACKAGE_VERSION)
      throw new Error(`npm installed ${PACKAGE}@${installed}, expected ${PACKAGE_VERSION}`)
    return JSON.parse(readFileSync(join(pkgDir, SPEC_FILE), 'utf8'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Every "#/components/<kind>/<name>" reference inside a JSON value. */
function collectRefs(value, found) {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, found)
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/'))
        found.add(child)
      else collectRefs(child, found)
    }
  }
}

function pointerParts(ref) {
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/**
 * Ajv rejects `nullable: true` beside oneOf/anyOf/allOf without a `type` ("nullable" cannot be
 * used without "type"). Rewrite each such schema to
 * `anyOf: [<schema>, { type: 'object', nullable: true, enum: [null] }]`, which is still valid
 * OpenAPI 3.0 and means the same thing (the value may also be null). Returns the number rewritten.
 */
function fixNullableWithoutType(value) {
  let fixed = 0
  const visit = (node) => {
    if (Array.isArray(node)) {
      node.forEach(visit)
      return
    }
    if (!node || typeof node !== 'object') return
    for (const child of Object.values(node)) visit(child)
    if (node.nullable === true && node.type === undefined && node.$ref === undefined) {
      const inner = { ...node }
      delete inner.nullable
      for (const key of Object.keys(node)) delete node[key]
      node.anyOf = [inner, { type: 'object', nullable: true, enum: [null] }]
      fixed += 1
    }
  }
  visit(value)
  return fixed
}

/**
 * `nullable: true` beside an `enum` that lacks `null` (issue.state_reason, check-run.conclusion):
 * OpenAPI 3.0.3 says such an enum must list `null` explicitly, so ajv rejects the `null` GitHub
 * really sends. Add `null` to those enums. Returns the number rewritten.
 */
function fixNullableEnums(value) {
  let fixed = 0
  const visit = (node) => {
    if (Array.isArray(node)) {
      node.forEach(visit)
      return
    }
    if (!node || typeof node !== 'object') return
    for (const child of Object.values(node)) visit(child)
    if (node.nullable === true && Array.isArray(node.enum) && !node.enum.includes(null)) {
      node.enum = [...node.enum, null]
      fixed += 1
    }
  }
  visit(value)
  return fixed
}

function trim(full) {
  const paths = {}
  const seen = new Set()
  for (const [path, item] of Object.entries(full.paths)) {
    for (const method of METHODS) {
      const op = item[method]
      if (!op || !OPERATIONS.includes(op.operationId)) continue
      if (seen.has(op.operationId)) throw new Error(`operationId ${op.operationId} appears twice`)
      seen.add(op.operationId)
      paths[path] ??= {}
      if (item.parameters) paths[path].parameters = item.parameters
      paths[path][method] = op
    }
  }
  const missing = OPERATIONS.filter((id) => !seen.has(id))
  if (missing.length > 0) throw new Error(`not in the spec: ${missing.join(', ')}`)

  const components = {}
  const pending = new Set(ERROR_SCHEMAS.map((name) => `#/components/schemas/${name}`))
  collectRefs(paths, pending)
  const done = new Set()
  while (pending.size > 0) {
    const [ref] = pending
    pending.delete(ref)
    if (done.has(ref)) continue
    done.add(ref)
    const [, kind, name] = pointerParts(ref)
    const target = full.components?.[kind]?.[name]
    if (target === undefined) throw new Error(`dangling reference ${ref}`)
    components[kind] ??= {}
    components[kind][name] = target
    const inner = new Set()
    collectRefs(target, inner)
    for (const r of inner) if (!done.has(r)) pending.add(r)
  }
  const sortedComponents = Object.fromEntries(
    Object.keys(components)
      .sort()
      .map((kind) => [
        kind,
        Object.fromEntries(
          Object.keys(components[kind])
            .sort()
            .map((n) => [n, components[kind][n]])
        )
      ])
  )
  const subset = structuredClone({
    openapi: full.openapi,
    info: full.info,
    servers: full.servers,
    paths,
    components: sortedComponents
  })
  const fixed = fixNullableWithoutType(subset)
  const enumsFixed = fixNullableEnums(subset)
  return { subset, fixed, enumsFixed, componentCount: done.size }
}

const started = Date.now()
const full = loadSpec()
const { subset, fixed, enumsFixed, componentCount } = trim(full)
const output = {
  'x-tollgate-subset': {
    note: 'Generated by scripts/trim-openapi.mjs. Do not edit; rerun the script.',
    source: `${PACKAGE}@${PACKAGE_VERSION}`,
    file: SPEC_FILE,
    operations: OPERATIONS,
    errorSchemas: ERROR_SCHEMAS,
    nullableWithoutTypeRewritten: fixed,
    nullableEnumsGivenNull: enumsFixed
  },
  ...subset
}
writeFileSync(outFile, `${JSON.stringify(output, null, 1)}\n`)
console.log(
  `wrote ${outFile}: ${OPERATIONS.length} operations, ${componentCount} components, ` +
    `${fixed} nullable-without-type rewrites, ${enumsFixed} nullable enums given null, ${Math.round(JSON.stringify(output).length / 1024)} KiB ` +
    `in ${Date.now() - started} ms`
)
