import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  artifactBaseName,
  htmlReportSummaryMarkdown,
  publishHtmlReport,
  uploadHtmlReport
} from '../../../shared/adapters/html-artifact.js'
import { safeHtml } from '../../../shared/html-report/markup.js'
import { captureStdout } from '../../harness/capture-stdout.js'
import {
  startFakeActionsRuntime,
  type FakeActionsRuntime
} from '../../harness/fake-actions-runtime.js'
import { parseWorkflowCommands } from '../../harness/workflow-commands.js'
import { withEnv } from '../../harness/with-env.js'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir.js'

/**
 * The HTML report's upload with the real @actions/artifact client against the fake Actions
 * runtime: a single-file (non-zipped) artifact holding the page, a link for the summary, names
 * that never clobber another report, and an upload failure that is only a warning.
 */
let runtime: FakeActionsRuntime
let dir: TempDir

beforeAll(async () => {
  runtime = await startFakeActionsRuntime()
  dir = makeTempDir('tollgate-html-artifact-')
})
afterAll(async () => {
  await runtime.close()
  dir.remove()
})

const PAGE = '<!DOCTYPE html><html><body><h1>report</h1></body></html>\n'

/** The runner's variables for a job of workflow run 9876 (backend run `backend`). */
function actionsEnv(backend: string, attempt = '1'): Record<string, string | undefined> {
  return {
    ...runtime.env(backend),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/models',
    GITHUB_RUN_ID: '9876',
    GITHUB_RUN_ATTEMPT: attempt,
    GITHUB_EVENT_PATH: undefined,
    RUNNER_TEMP: join(dir.path, `temp-${backend}-${attempt}`)
  }
}

function warnings(stdout: string): string[] {
  return parseWorkflowCommands(stdout)
    .filter((command) => command.command === 'warning')
    .map((command) => command.message)
}

describe('uploadHtmlReport', () => {
  it('uploads the page as a single-file artifact and links it on the run page', async () => {
    const env = actionsEnv('run-a')
    const { result, stdout } = await withEnv(env, () =>
      captureStdout(() => uploadHtmlReport(PAGE, { name: 'tollgate-validate-data-report' }))
    )
    expect(warnings(stdout)).toEqual([])
    const stored = runtime.artifacts().find((artifact) => artifact.id === result.artifact?.id)
    expect(stored).toMatchObject({
      name: 'tollgate-validate-data-report.html',
      mimeType: 'text/html',
      finalized: true
    })
    expect(stored!.bytes.toString('utf8')).toBe(PAGE)
    expect(result.artifact).toEqual({
      name: 'tollgate-validate-data-report.html',
      id: stored!.id,
      url: `https://github.com/octo-org/models/actions/runs/9876/artifacts/${stored!.id}`
    })
    expect(result.path).toBe(
      join(env.RUNNER_TEMP!, 'tollgate', 'html-report', 'tollgate-validate-data-report.html')
    )
    expect(readFileSync(result.path, 'utf8')).toBe(PAGE)
    expect(htmlReportSummaryMarkdown(result)).toContain(
      `[tollgate-validate-data-report.html](https://github.com/octo-org/models/actions/runs/9876/artifacts/${stored!.id})`
    )
  })

  it('never replaces another report of the run: a taken name gets a suffix, a re-run its attempt', async () => {
    const first = await withEnv(actionsEnv('run-b'), () =>
      captureStdout(() => uploadHtmlReport('<p>one</p>', { name: 'report' }))
    )
    const second = await withEnv(actionsEnv('run-b'), () =>
      captureStdout(() => uploadHtmlReport('<p>two</p>', { name: 'report' }))
    )
    const rerun = await withEnv(actionsEnv('run-b', '2'), () =>
      captureStdout(() => uploadHtmlReport('<p>three</p>', { name: 'report' }))
    )
    expect([first, second, rerun].map(({ result }) => result.artifact?.name)).toEqual([
      'report.html',
      'report-2.html',
      'report-attempt-2.html'
    ])
    expect(warnings(second.stdout)).toEqual([])
    const inRun = runtime.artifacts().filter((artifact) => artifact.runId === 'run-b')
    expect(
      inRun.map((artifact) => [artifact.name, artifact.bytes.toString('utf8')]).sort()
    ).toEqual([
      ['report-2.html', '<p>two</p>'],
      ['report-attempt-2.html', '<p>three</p>'],
      ['report.html', '<p>one</p>']
    ])
    expect(second.result.path.endsWith('report-2.html')).toBe(true)
    expect(existsSync(second.result.path)).toBe(true)
  })

  it('only writes the file outside GitHub Actions', async () => {
    const before = runtime.artifacts().length
    const temp = join(dir.path, 'local')
    const { result } = await withEnv(
      {
        ACTIONS_RUNTIME_TOKEN: undefined,
        ACTIONS_RESULTS_URL: undefined,
        RUNNER_TEMP: temp,
        GITHUB_RUN_ATTEMPT: undefined
      },
      () => captureStdout(() => uploadHtmlReport(PAGE, { name: 'local/report' }))
    )
    expect(result.artifact).toBeUndefined()
    expect(result.notUploaded).toMatch(/not running in GitHub Actions/)
    expect(result.path).toBe(join(temp, 'tollgate', 'html-report', 'local-report.html'))
    expect(readFileSync(result.path, 'utf8')).toBe(PAGE)
    expect(runtime.artifacts()).toHaveLength(before)
    expect(htmlReportSummaryMarkdown(result)).toBe('')
  })

  it('turns an upload failure into a warning and keeps the file', async () => {
    runtime.faults.add(
      { path: '/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact' },
      { kind: 'status', status: 403 }
    )
    const { result, stdout } = await withEnv(actionsEnv('run-c'), () =>
      captureStdout(() => uploadHtmlReport(PAGE, { name: 'broken' }))
    )
    expect(result.artifact).toBeUndefined()
    expect(result.notUploaded).toMatch(/could not be uploaded/)
    expect(warnings(stdout)).toEqual([
      expect.stringContaining('the HTML report could not be uploaded as an artifact')
    ])
    expect(readFileSync(result.path, 'utf8')).toBe(PAGE)
    expect(
      runtime.artifacts().some((artifact) => artifact.runId === 'run-c' && artifact.finalized)
    ).toBe(false)
  })
})

describe('publishHtmlReport', () => {
  it("renders the sections with the run's facts as text and returns the summary line", async () => {
    const env = {
      ...actionsEnv('run-d'),
      GITHUB_SHA: 'abcdef0123456789',
      GITHUB_EVENT_NAME: 'push'
    }
    const { result } = await withEnv(env, () =>
      captureStdout(() =>
        publishHtmlReport(
          [{ id: 'one', title: 'One', body: safeHtml`<p>${'<b>data</b>'}</p>` }],
          { title: 'Tollgate test', generatedAt: '2026-03-01T00:00:00Z' },
          { name: 'tollgate-test-report' }
        )
      )
    )
    const page = runtime
      .artifacts()
      .find((artifact) => artifact.id === result.artifact?.id)!
      .bytes.toString('utf8')
    expect(page).toContain('<p>&lt;b&gt;data&lt;/b&gt;</p>')
    expect(page).toContain('octo-org/models')
    expect(page).toContain('https://github.com/octo-org/models/actions/runs/9876 (attempt 1)')
    expect(page).toContain('abcdef012345')
    expect(page).not.toMatch(/(href|src)="https?:/)
    expect(result.summary).toContain('**HTML report**')
  })
})

describe('artifactBaseName', () => {
  it('replaces characters GitHub refuses and adds the re-run attempt', () => {
    expect(artifactBaseName('a/b:c*d?.html', '1')).toBe('a-b-c-d-')
    expect(artifactBaseName('report', '3')).toBe('report-attempt-3')
    expect(artifactBaseName('report', undefined)).toBe('report')
  })
})
