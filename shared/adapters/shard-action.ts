import * as core from './runner-commands.js'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UsageError } from '../errors.js'
import type { DriftInvocation, DriftOptions, DriftSurface } from '../operations/drift-request.js'
import {
  mergedDriftInvocation,
  readDriftPartialFiles,
  scanDriftShard,
  driftShardRequest
} from '../operations/shard-drift.js'
import type { FailOn, ValidateOutcome } from '../operations/validate-data.js'
import type { validateDataOptions } from '../operations/validate-options.js'
import { mergeValidate } from '../operations/merge-validate.js'
import { describeShard, validateShard } from '../operations/shard-validate.js'
import type { Options } from '../options/option-table.js'
import { codeSpan } from '../report/escape.js'
import { formatShardSpec, type ShardSpec } from '../shard/shard-spec.js'
import type { ValidatePartial } from '../shard/validate-partial.js'
import { defaultReportPath, writeJobSummary } from './action-report.js'
import { nowFromEnvironment } from './clock.js'
import type { DataFormat } from './data-files.js'
import { downloadPartials, uploadPartial } from './shard-artifacts.js'
import { writePartialFile } from './shard-partial-file.js'
import { groupedInteger } from '../text/grouped-integer.js'

type ValidateOptions = Options<typeof validateDataOptions>

/**
 * validate-data with `shard: k/n`: scans this shard's share of the data, writes the partial to
 * `report-path` (default under RUNNER_TEMP) and uploads it as the artifact
 * `tollgate-partial-<k>-of-<n>` for the merge job. Checks are decided by the merge, so this step
 * passes unless the data or the checks file is unreadable; `passed`, `failed-checks`, `warnings`
 * and `profile` are set to empty strings, `rows` to this shard's rows and `report` to the partial.
 */
export async function runShardStep(options: ValidateOptions, shard: ShardSpec): Promise<void> {
  if (options.boolean('merge') === true) {
    throw new UsageError(
      'Give either `shard` (a shard job) or `merge: true` (the job that merges them), not both.'
    )
  }
  const partial = await validateShard({
    data: options.list('data'),
    checksPath: options.requiredString('checks'),
    format: options.choice<DataFormat | 'auto'>('format')!,
    delimiter: options.string('delimiter'),
    failOn: options.choice<FailOn>('fail-on')!,
    threads: options.integer('threads') ?? 0,
    now: nowFromEnvironment(),
    shard
  })
  const path =
    options.string('report-path') ??
    defaultReportPath('validate-data', `partial-${shard.index}-of-${shard.count}`)
  writePartialFile(path, partial)
  const artifact = await uploadPartial(path, shard)
  core.setOutput('passed', '')
  core.setOutput('failed-checks', '')
  core.setOutput('warnings', '')
  core.setOutput('rows', String(partial.rows))
  core.setOutput('report', path)
  core.setOutput('profile', '')
  await writeJobSummary(
    shardSummaryMarkdown('validate-data', partial, artifact, 'The merge job reports the checks.')
  )
  core.info(`validate-data ${describeShard(partial)}; partial uploaded as artifact ${artifact}.`)
}

/** validate-data with `merge: true`: downloads the run's partials and merges them. */
export async function mergeUploadedPartials(options: ValidateOptions): Promise<ValidateOutcome> {
  const folder = join(process.env.RUNNER_TEMP ?? tmpdir(), 'tollgate', 'partials')
  const partials = await downloadPartials(folder)
  core.info(`validate-data: merging ${partials.length} shard partial(s).`)
  return mergeValidate({
    partials,
    checksPath: options.requiredString('checks'),
    failOn: options.choice<FailOn>('fail-on')!,
    now: nowFromEnvironment(),
    cwd: process.env.GITHUB_WORKSPACE
  })
}

/**
 * drift-check with `shard: k/n`: scans this shard's share of the CURRENT data (the reference is
 * not read), writes the partial to `report-path` (default under RUNNER_TEMP) and uploads it as
 * the artifact `tollgate-drift-partial-<k>-of-<n>` for the merge job. No issue, dispatch or
 * history: the merge decides. `report` is the partial, the other outputs are empty strings.
 */
export async function runDriftShardStep(options: DriftOptions, shard: ShardSpec): Promise<void> {
  if (options.boolean('merge') === true) {
    throw new UsageError(
      'Give either `shard` (a shard job) or `merge: true` (the job that merges them), not both.'
    )
  }
  const partial = await scanDriftShard(driftShardRequest(options, shard, nowFromEnvironment()))
  const path =
    options.string('report-path') ??
    defaultReportPath('drift-check', `partial-${shard.index}-of-${shard.count}`)
  writePartialFile(path, partial)
  const artifact = await uploadPartial(path, shard, 'drift')
  for (const output of ['drift-detected', 'drifted-columns', 'share', 'issue-number', 'metrics'])
    core.setOutput(output, '')
  core.setOutput('report', path)
  await writeJobSummary(
    shardSummaryMarkdown(
      'drift-check',
      partial,
      artifact,
      'The merge job compares the current data with the reference.'
    )
  )
  core.info(`drift-check ${describeShard(partial)}; partial uploaded as artifact ${artifact}.`)
}

/**
 * drift-check with `merge: true`: the current side merged from shard partials — the files
 * `current` names, else those this workflow run's shard jobs uploaded (downloaded here).
 */
export async function driftMergeInvocation(
  options: DriftOptions,
  surface: DriftSurface
): Promise<DriftInvocation> {
  const partials = options.has('current')
    ? readDriftPartialFiles(options.list('current'), surface.cwd)
    : await downloadPartials(
        join(process.env.RUNNER_TEMP ?? tmpdir(), 'tollgate', 'drift-partials'),
        'drift'
      )
  core.info(`drift-check: merging ${partials.length} shard partial(s) of the current data.`)
  return mergedDriftInvocation(options, surface, partials)
}

function shardSummaryMarkdown(
  action: string,
  partial: ValidatePartial,
  artifact: string,
  next: string
): string {
  const lines = [
    `### ${action} shard ${formatShardSpec(partial.shard)}`,
    '',
    `${groupedInteger(partial.rows)} rows scanned; partial uploaded as artifact ${codeSpan(artifact)}. ${next}`,
    ''
  ]
  if (partial.segments.length > 0) {
    lines.push('| file | part |', '| --- | --- |')
    for (const segment of partial.segments) {
      const file = partial.data.files[segment.file]!
      lines.push(
        `| ${codeSpan(file.path)} | ${segment.whole ? 'whole file' : `bytes ${segment.start}–${segment.end_offset}`} |`
      )
    }
  } else {
    lines.push('_No data was dealt to this shard (fewer files than shards)._')
  }
  return `${lines.join('\n')}\n`
}
