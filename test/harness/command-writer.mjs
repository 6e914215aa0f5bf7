// A stand-in step for the mini runner's own tests (run-action.test.ts): it writes file commands
// and workflow commands with the real @actions/core, or raw text, as INPUT_MODE says.
import { appendFileSync } from 'node:fs'
import * as core from '@actions/core'

const mode = process.env['INPUT_MODE'] ?? 'core'

if (mode === 'core') {
  core.setOutput('notes', 'line 1\nline 2\n\nline 4')
  core.setOutput('pair', 'a=b<<c')
  core.setOutput('env', JSON.stringify(process.env))
  core.exportVariable('REGISTRY_TAG', 'registry-v7')
  core.saveState('release-id', '42')
  core.addPath('/opt/tollgate/bin')
  core.error('Column "age" is not numeric', {
    title: 'Schema',
    file: 'data/customers.csv',
    startLine: 3,
    endLine: 3,
    startColumn: 5
  })
  core.warning('3 rows have nulls, 100%: done')
  core.notice('profile written')
  core.info('::stop-commands::pause-token')
  core.info('::error::this is only text')
  core.info('::pause-token::')
  await core.summary.addHeading('Data checks').addRaw('All good').write()
} else if (mode === 'raw-output') {
  appendFileSync(process.env['GITHUB_OUTPUT'], process.env['INPUT_CONTENT'] ?? '')
} else if (mode === 'big-summary') {
  appendFileSync(process.env['GITHUB_STEP_SUMMARY'], 'x'.repeat(1024 * 1024 + 2048))
} else if (mode === 'github') {
  // Reaches the fake GitHub through GITHUB_API_URL and the fake runtime through ACTIONS_*.
  const { context, getOctokit } = await import('@actions/github')
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const octokit = getOctokit(process.env['INPUT_TOKEN'] ?? '')
  const { data: comment } = await octokit.rest.issues.createComment({
    ...context.repo,
    issue_number: context.issue.number,
    body: `checks passed for ${context.sha}`
  })
  core.setOutput('comment-id', String(comment.id))
  appendFileSync('report.txt', 'report')
  const { id } = await new DefaultArtifactClient().uploadArtifact('report', ['report.txt'], '.')
  core.setOutput('artifact-id', String(id))
}
