import type { ArtifactClient } from '@actions/artifact'
import * as core from './runner-commands.js'
import { renameSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorMessage } from '../errors.js'
import { renderHtmlReport, type HtmlReportMeta } from '../html-report/html-report.js'
import type { KeyValueEntry } from '../html-report/key-value-card.js'
import type { ReportSection } from '../html-report/report-section.js'
import { escapeLog, escapeMarkdown } from '../report/escape.js'
import { TOLLGATE_VERSION } from '../version.js'
import { writeTextFile } from './user-files.js'
import { readWorkflowContext, runUrl } from './workflow-context.js'

/**
 * Publishing the self-contained HTML report (shared/html-report/html-report.ts) of a run.
 *
 * The file is written under RUNNER_TEMP and, inside GitHub Actions (the runtime token and the
 * results service URL are set), uploaded with `@actions/artifact` as a NON-zipped single-file
 * artifact (`skipArchive`): GitHub then serves the page itself, so the summary link opens the
 * report in the browser instead of downloading a zip (GitHub changelog 2026-02-26, "non-zipped
 * artifacts"). Without the runtime (the CLI, a local run) the file is only written.
 *
 * An artifact name is unique per workflow run, and a single-file artifact is named after its
 * file. So a re-run attempt uploads `<name>-attempt-<n>.html`, and a name taken by another job
 * of the run (a matrix over datasets) gets `-2`, `-3`… — an earlier report is never deleted.
 * Any upload failure is a warning: the report is a convenience, the step's verdict is not
 * changed by it.
 */

export interface UploadHtmlReportOptions {
  /**
   * Base name of the file and artifact, e.g. `tollgate-validate-data-report`; `.html` is added.
   * Characters GitHub refuses in artifact names (`" : < > | * ? \ /`, line breaks) become `-`.
   */
  name: string
  /** Artifact retention in days (default: the repository's setting). */
  retentionDays?: number
  /** Folder for the file (default: `$RUNNER_TEMP/tollgate/html-report`, else the OS temp dir). */
  directory?: string
  /** The artifact client (tests pass a fake; default: DefaultArtifactClient). */
  client?: Pick<ArtifactClient, 'uploadArtifact'>
  /** The environment to read (default: process.env). */
  env?: NodeJS.ProcessEnv
}

export interface HtmlReportUpload {
  /** Absolute path of the HTML file written. */
  path: string
  /** Set when the upload succeeded. */
  artifact?: {
    name: string
    id: number
    /** The artifact on the run page; absent when the repository or run id is unknown. */
    url?: string
  }
  /** Why there is no artifact: outside GitHub Actions, or the upload failed (also logged as a warning). */
  notUploaded?: string
}

/**
 * The one call an action makes: renders `sections` into the report (with the workflow run's
 * facts added to `meta`), writes and uploads it, and returns the job-summary line linking it.
 *
 * ```ts
 * const html = await publishHtmlReport(validateReportSections(report, profile), {
 *   title: 'Tollgate validate-data', status: validateStatus(report), generatedAt: report.generated_at
 * }, { name: 'tollgate-validate-data-report' })
 * await writeJobSummary(summary + html.summary)
 * ```
 */
export async function publishHtmlReport(
  sections: readonly ReportSection[],
  meta: Omit<HtmlReportMeta, 'toolVersion'> & { toolVersion?: string },
  options: UploadHtmlReportOptions
): Promise<HtmlReportUpload & { summary: string }> {
  const env = options.env ?? process.env
  const html = renderHtmlReport(sections, {
    ...meta,
    toolVersion: meta.toolVersion ?? TOLLGATE_VERSION,
    facts: [...(meta.facts ?? []), ...workflowRunFacts(env)]
  })
  const upload = await uploadHtmlReport(html, options)
  return { ...upload, summary: htmlReportSummaryMarkdown(upload) }
}

/**
 * Repository, workflow run, commit and event of the current run, for the report's header card.
 * URLs stay text: the report links nowhere.
 */
export function workflowRunFacts(env: NodeJS.ProcessEnv = process.env): KeyValueEntry[] {
  const context = readWorkflowContext(env)
  const facts: KeyValueEntry[] = []
  if (context.repository !== '') facts.push({ key: 'Repository', value: context.repository })
  const run = runUrl(context)
  if (run !== undefined) {
    facts.push({ key: 'Workflow run', value: `${run} (attempt ${context.runAttempt})` })
  }
  if (context.workflow !== '') facts.push({ key: 'Workflow', value: context.workflow })
  if (context.sha !== '') facts.push({ key: 'Commit', value: context.sha.slice(0, 12) })
  if (context.eventName !== '') facts.push({ key: 'Event', value: context.eventName })
  if (context.pullRequestNumber !== undefined) {
    facts.push({ key: 'Pull request', value: `#${context.pullRequestNumber}` })
  }
  return facts
}

/** Names tried when the base name is already taken in the run. */
const MAX_NAME_SUFFIX = 20

/**
 * Writes the report and, in GitHub Actions, uploads it as a workflow artifact; returns where it
 * went, for the job summary (`htmlReportSummaryMarkdown`) and an output. Never throws for an
 * upload problem; a file-system error writing the report does throw.
 */
export async function uploadHtmlReport(
  html: string,
  options: UploadHtmlReportOptions
): Promise<HtmlReportUpload> {
  const env = options.env ?? process.env
  const base = artifactBaseName(options.name, env.GITHUB_RUN_ATTEMPT)
  const directory =
    options.directory ?? join(env.RUNNER_TEMP || tmpdir(), 'tollgate', 'html-report')
  let path = join(directory, `${base}.html`)
  writeTextFile(path, html)
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return { path, notUploaded: 'not running in GitHub Actions (no artifact runtime)' }
  }
  // Loaded only when uploading: the artifact client (Azure SDK) is most of a bundle's start-up.
  const client = options.client ?? new (await import('@actions/artifact')).DefaultArtifactClient()
  const uploadOptions = {
    skipArchive: true,
    ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays })
  }
  for (let attempt = 1; attempt <= MAX_NAME_SUFFIX; attempt++) {
    const name = attempt === 1 ? base : `${base}-${attempt}`
    if (attempt > 1) {
      const next = join(directory, `${name}.html`)
      renameSync(path, next)
      path = next
    }
    try {
      const uploaded = await client.uploadArtifact(`${name}.html`, [path], directory, uploadOptions)
      if (uploaded.id === undefined) throw new Error('the artifact service returned no artifact id')
      const url = artifactUrl(uploaded.id, env)
      return {
        path,
        artifact: { name: `${name}.html`, id: uploaded.id, ...(url === undefined ? {} : { url }) }
      }
    } catch (error) {
      const message = errorMessage(error)
      if (/\b409\b|already exists/i.test(message) && attempt < MAX_NAME_SUFFIX) continue
      const reason = `the HTML report could not be uploaded as an artifact: ${message}`
      core.warning(escapeLog(`${reason} It was written to ${path}.`))
      return { path, notUploaded: reason }
    }
  }
  // Unreachable: the last attempt returns from the catch block.
  return { path, notUploaded: 'every artifact name was taken' }
}

/** `<server>/<owner>/<repo>/actions/runs/<run id>/artifacts/<artifact id>`, the artifact's page. */
export function artifactUrl(id: number, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const run = runUrl(readWorkflowContext(env))
  return run === undefined ? undefined : `${run}/artifacts/${id}`
}

/** The base name: allowed characters only, and the attempt for re-runs. */
export function artifactBaseName(name: string, runAttempt: string | undefined): string {
  const clean = name.replace(/[\\/":<>|*?\r\n]/g, '-').replace(/\.html?$/i, '') || 'tollgate-report'
  const attempt = Number(runAttempt ?? '1')
  return Number.isInteger(attempt) && attempt > 1 ? `${clean}-attempt-${attempt}` : clean
}

/**
 * One markdown line for the job summary linking the uploaded report; empty when nothing was
 * uploaded (outside Actions there is no page to link, and a failure is already a warning).
 */
export function htmlReportSummaryMarkdown(upload: HtmlReportUpload): string {
  if (upload.artifact === undefined) return ''
  const name = escapeMarkdown(upload.artifact.name, 200)
  const target =
    upload.artifact.url === undefined
      ? `artifact **${name}** of this run`
      : `[${name}](${upload.artifact.url})`
  return `📊 **HTML report** with charts: ${target} (one self-contained page; it opens in the browser).\n`
}
