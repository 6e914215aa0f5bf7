import { displayNumber } from '../html-report/display-number.js'
import { codeText, htmlTable } from '../html-report/html-table.js'
import { keyValueCard } from '../html-report/key-value-card.js'
import { safeHtml } from '../html-report/markup.js'
import type { ReportSection } from '../html-report/report-section.js'
import { statusBadge, type BadgeTone } from '../html-report/status-badge.js'
import type { RegisterReport } from '../report/registry-report.js'
import type { TrainReport } from '../report/train-report.js'

/**
 * The demo's own parts of its HTML report: the run at a glance (one row per stage) and the two
 * trained versions side by side. The other sections come from each action's renderer
 * (validate, spc, gate, deploy, drift, lineage).
 */

/** How one stage of the demo went, as the progress lines and the overview show it. */
export interface DemoStageResult {
  id: string
  title: string
  /** pass: as expected; warn: an expected finding (a warning check, a shift, drift); fail: not. */
  tone: Extract<BadgeTone, 'pass' | 'warn' | 'fail'>
  summary: string
  durationMs: number
}

export function demoOverviewSection(
  stages: readonly DemoStageResult[],
  facts: readonly { key: string; value: string }[]
): ReportSection {
  const failed = stages.filter((stage) => stage.tone === 'fail').length
  const total = stages.reduce((sum, stage) => sum + stage.durationMs, 0)
  return {
    id: 'demo-overview',
    title: 'The demo at a glance',
    source: 'tollgate demo',
    status:
      failed === 0
        ? { tone: 'pass', text: 'every stage as expected' }
        : { tone: 'fail', text: `${failed} stage(s) failed` },
    lead:
      'A churn model through the whole lifecycle on generated data: data checks, statistical ' +
      'process control over 30 daily runs, two trained versions, the registry, an evaluation ' +
      'gate against the champion, deployments to staging and (after an approval) production, ' +
      `and a drift check of a shifted batch. ${displayNumber(total / 1000, 3)} s in all.`,
    body: safeHtml`${keyValueCard(facts)}${htmlTable({
      caption: 'Stages in order',
      columns: [
        { header: 'Stage' },
        { header: 'Outcome' },
        { header: 'Result' },
        { header: 'Seconds', numeric: true }
      ],
      rows: stages.map((stage) => [
        stage.title,
        statusBadge(stage.tone, TONE_WORDS[stage.tone]),
        stage.summary,
        displayNumber(stage.durationMs / 1000, 3)
      ])
    })}`
  }
}

const TONE_WORDS = { pass: 'ok', warn: 'finding', fail: 'failed' } as const

/** Both trained versions: parameters, validation metrics, the most important features. */
export function trainedVersionsSection(
  versions: readonly { train: TrainReport; register: RegisterReport }[]
): ReportSection {
  const metricNames = [
    ...new Set(versions.flatMap(({ train }) => Object.keys(train.metrics)))
  ].filter((name) => ['roc_auc', 'accuracy', 'f1', 'log_loss'].includes(name))
  return {
    id: 'demo-training',
    title: 'Trained and registered versions',
    source: 'train, register-model',
    lead:
      'Each version is an immutable bundle in the registry with its metrics (on a held-out ' +
      "validation split), parameters, the training data's digest and profile, and its lineage.",
    body: htmlTable({
      columns: [
        { header: 'Version' },
        { header: 'Learner and parameters' },
        ...metricNames.map((name) => ({ header: name, numeric: true })),
        { header: 'Top features' },
        { header: 'Rows', numeric: true }
      ],
      rows: versions.map(({ train, register }) => [
        codeText(register.tag),
        `${train.model} ${Object.entries(train.params)
          .filter(([key]) => ['max_iter', 'learning_rate', 'max_leaf_nodes'].includes(key))
          .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
          .join(', ')}`,
        ...metricNames.map((name) => displayNumber(train.metrics[name] ?? null)),
        train.feature_importances
          .slice(0, 3)
          .map((entry) => `${entry.feature} ${(entry.importance * 100).toFixed(0)} %`)
          .join(', '),
        train.rows.total
      ])
    })
  }
}
