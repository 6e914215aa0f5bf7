import { describe, expect, it } from '@jest/globals'
import { renderModelCard, type ModelCardContent } from '../../../shared/registry/model-card.js'

const content: ModelCardContent = {
  model: 'churn',
  version: 'v0.0.2',
  registeredAt: '2026-03-01T10:06:00.000Z',
  description: 'Predicts churn. <script>alert(1)</script> cc @data-team',
  run: { id: '555', attempt: 2, workflow: 'train', job: 'fit' },
  actor: 'octocat',
  commit: 'abc123',
  metrics: { 'f1|macro': 0.8123456, accuracy: 0.9, rows: 1200 },
  params: { learner: 'gbdt', note: '[x](javascript:alert(1))', depth: 6 },
  trainingData: [{ name: 'data/train.csv', sha256: 'd'.repeat(64), rows: 1200 }],
  files: [{ name: 'model.json', size: 42, sha256: 'f'.repeat(64) }],
  lineage: []
}

describe('model card', () => {
  it('renders every section with data escaped', () => {
    expect(renderModelCard(content)).toBe(
      [
        '# churn v0.0.2',
        '',
        'Predicts churn. &#60;script&#62;alert\\(1\\)&#60;/script&#62; cc &#64;data-team',
        '',
        '| Field | Value |',
        '|---|---|',
        '| Model | churn |',
        '| Version | v0.0.2 |',
        '| Registered | 2026-03-01T10:06:00.000Z |',
        '| Workflow run | run 555, attempt 2, workflow train, job fit |',
        '| Registered by | octocat |',
        '| Commit | abc123 |',
        '',
        '## Metrics',
        '',
        '| Metric | Value |',
        '|---|---|',
        '| accuracy | 0.9 |',
        '| f1\\|macro | 0.812346 |',
        '| rows | 1200 |',
        '',
        '## Training data',
        '',
        '| Dataset | SHA-256 | Rows |',
        '|---|---|---|',
        `| data/train.csv | ${'d'.repeat(64)} | 1200 |`,
        '',
        '## Parameters',
        '',
        '| Parameter | Value |',
        '|---|---|',
        '| depth | 6 |',
        '| learner | "gbdt" |',
        '| note | "\\[x\\]\\(javascript:alert\\(1\\)\\)" |',
        '',
        '## Files',
        '',
        '| File | Bytes | SHA-256 |',
        '|---|---|---|',
        `| model.json | 42 | ${'f'.repeat(64)} |`,
        '',
        'Every file of this version, with this card, is listed with its SHA-256 in `manifest.json`; ' +
          'Tollgate verifies each file against it on download.',
        ''
      ].join('\n')
    )
  })

  it('says when nothing was recorded and omits empty optional parts', () => {
    const card = renderModelCard({
      model: 'm',
      version: 'v0.0.1',
      registeredAt: '2026-01-01T00:00:00.000Z',
      metrics: {},
      params: {},
      trainingData: [],
      files: [{ name: 'w.bin', size: 1, sha256: '0'.repeat(64) }],
      lineage: []
    })
    expect(card).toContain('No metrics were recorded.')
    expect(card).toContain('No training data digests were recorded.')
    expect(card).not.toContain('## Parameters')
    expect(card).not.toContain('Workflow run')
    expect(card).not.toContain('## Lineage')
  })

  it('is the same text for the same content', () => {
    expect(renderModelCard(content)).toBe(
      renderModelCard({ ...content, metrics: { rows: 1200, accuracy: 0.9, 'f1|macro': 0.8123456 } })
    )
  })
})
