import { runActionStep } from '../../shared/adapters/action-step.js'
import { notYetAvailable } from '../../shared/errors.js'

/** train is declared but not built yet: it fails with a clear message instead of passing. */
export async function run(): Promise<void> {
  await runActionStep('train', async () => {
    throw notYetAvailable('train')
  })
}
