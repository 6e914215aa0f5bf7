import { runActionStep } from '../../shared/adapters/action-step.js'
import { notYetAvailable } from '../../shared/errors.js'

/** register-model is declared but not built yet: it fails with a clear message instead of passing. */
export async function run(): Promise<void> {
  await runActionStep('register-model', async () => {
    throw notYetAvailable('register-model')
  })
}
