import { runActionStep } from '../../shared/adapters/action-step.js'
import { notYetAvailable } from '../../shared/errors.js'

/** spc-check is declared but not built yet: it fails with a clear message instead of passing. */
export async function run(): Promise<void> {
  await runActionStep('spc-check', async () => {
    throw notYetAvailable('spc-check')
  })
}
