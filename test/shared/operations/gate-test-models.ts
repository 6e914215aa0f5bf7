import { columnFromText } from '../../../shared/learn/column-from-text.js'
import type { Algorithm, TollgateModel } from '../../../shared/learn/model-format.js'
import { train } from '../../../shared/learn/train.js'
import { ModelRegistry } from '../../../shared/registry/model-registry.js'
import { sha256Hex } from '../../../shared/store/content-digest.js'
import type { Store } from '../../../shared/store/store.js'
import { mulberry32 } from '../../../shared/stats/random.js'

/**
 * Synthetic evaluation data and small trained models for gate and deploy tests: a churn-like
 * table with two numeric features, one categorical feature, a text label and a numeric target.
 */

export const HEADER = ['id', 'x1', 'x2', 'region', 'label', 'amount']

/** n rows; `label` is yes/no from a noisy linear rule, `amount` a noisy linear value. */
export function syntheticCsv(
  n: number,
  seed: number,
  options: { missingLabelEvery?: number } = {}
): string {
  const random = mulberry32(seed)
  const gauss = () => {
    const u = Math.max(random(), 1e-12)
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
  }
  const regions = ['north', 'south', 'east']
  const lines = [HEADER.join(',')]
  for (let i = 0; i < n; i++) {
    const x1 = gauss()
    const x2 = gauss()
    const region = regions[Math.floor(random() * 3)]!
    const shift = region === 'north' ? 0.4 : region === 'south' ? -0.4 : 0
    const score = 1.5 * x1 - x2 + shift + gauss() * 0.8
    const missing = options.missingLabelEvery !== undefined && i % options.missingLabelEvery === 0
    const label = missing ? '' : score > 0 ? 'yes' : 'no'
    const amount = 10 + 3 * x1 + 2 * x2 + gauss()
    lines.push([i + 1, x1.toFixed(4), x2.toFixed(4), region, label, amount.toFixed(3)].join(','))
  }
  return `${lines.join('\n')}\n`
}

/** Trains a built-in model on CSV text; `drop` leaves features out (a weaker model). */
export function trainOn(
  csv: string,
  target: string,
  algorithm: Algorithm,
  options: { drop?: string[]; params?: Record<string, unknown> } = {}
): TollgateModel {
  const [headerLine, ...rows] = csv.trim().split('\n')
  const header = headerLine!.split(',')
  const cells = header.map((_, k) => rows.map((row) => row.split(',')[k] ?? null))
  const other = target === 'label' ? 'amount' : 'label'
  const skip = new Set(['id', other, ...(options.drop ?? [])])
  const columns = header
    .map((name, k) => ({ name, k }))
    .filter(({ name }) => !skip.has(name))
    .map(({ name, k }) =>
      columnFromText(
        name,
        cells[k]!.map((cell) => (cell === '' ? null : cell))
      )
    )
  return train({
    table: { columns },
    target,
    algorithm,
    validationFraction: 0,
    ...(options.params === undefined ? {} : { params: options.params })
  }).model
}

/** Registers a model as the next version of `name`; returns the version. */
export async function registerModel(
  store: Store,
  name: string,
  model: TollgateModel,
  extra: Record<string, Uint8Array> = {}
): Promise<string> {
  const files = new Map<string, Uint8Array>([
    ['model.json', new TextEncoder().encode(JSON.stringify(model))]
  ])
  for (const [file, bytes] of Object.entries(extra)) files.set(file, bytes)
  const registered = await new ModelRegistry(store).registerVersion({
    model: name,
    files,
    metrics: {},
    trainingData: [
      { name: 'train.csv', sha256: sha256Hex(new TextEncoder().encode(name)), rows: 1 }
    ],
    profile: {}
  })
  return registered.version
}
