import { runActionStep } from '../../shared/adapters/action-step.js'
import { notYetAvailable } from '../../shared/errors.js'

/** drift-check is declared but not built yet: it fails with a clear message instead of passing. */
export async function run(): Promise<void> {
  await runActionStep('drift-check', async () => {
    throw notYetAvailable('drift-check')
  })
}
