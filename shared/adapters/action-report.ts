import * as core from './runner-commands.js'
import { join } from 'node:path'
import { tmpdir } from 'node:os'

/** The runner's summary limit per step (actions/runner: 1024 KiB). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096

/**
 * Where an action writes a report file when the user gave no path: under RUNNER_TEMP (unique per
 * job) so nothing lands in the repository's working tree.
 */
export function defaultReportPath(action: string, kind: string): string {
  return join(process.env.RUNNER_TEMP ?? tmpdir(), 'tollgate', `${action}-${kind}.json`)
}

/** Appends markdown to the job summary, cut to stay under the runner's 1 MiB limit. */
export async function writeJobSummary(markdown: string): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY === undefined || process.env.GITHUB_STEP_SUMMARY === '')
    return
  let text = markdown
  if (Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES) {
    text = `${Buffer.from(text)
      .subarray(0, SUMMARY_LIMIT_BYTES)
      .toString('utf8')
      .replace(
        /\uFFFD$/,
        ''
      )}\n\n_… cut to fit the 1 MiB job-summary limit; see the JSON report._\n`
  }
  core.appendJobSummary(text)
}
