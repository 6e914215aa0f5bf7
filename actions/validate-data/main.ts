import { runActionStep } from '../../shared/adapters/action-step.js'
import { notYetAvailable } from '../../shared/errors.js'

/** Placeholder until the engine lands. */
export async function run(): Promise<void> {
  await runActionStep('validate-data', async () => {
    throw notYetAvailable('validate-data')
  })
}
