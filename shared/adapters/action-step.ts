import * as core from './runner-commands.js'
import { InputError, TollgateError, errorMessage } from '../errors.js'
import { Options, type OptionTable } from '../options/option-table.js'

/** Options of an action, read from its `INPUT_*` variables (runner-commands.ts). */
export function actionOptions<T extends OptionTable>(table: T): Options<T> {
  return new Options(table, {
    get: (name) => {
      const value = core.getInput(name)
      return value === '' ? undefined : value
    },
    describe: (name) => `input \`${name}\``
  })
}

/**
 * Runs an action body and turns whatever it throws into a failed step with one readable sentence
 * prefixed by the action's name (several Tollgate actions often share a job). Input errors that
 * know their file and line also become an annotation on that line. Stack traces are printed only
 * in debug mode (ACTIONS_STEP_DEBUG), where they help a maintainer and do not bury the message.
 */
export async function runActionStep(actionName: string, body: () => Promise<void>): Promise<void> {
  try {
    await body()
  } catch (error) {
    const message = `${actionName} failed: ${errorMessage(error)}`
    if (error instanceof InputError && error.location.file !== undefined) {
      core.error(error.detail, {
        title: `${actionName}: invalid input`,
        file: error.location.file,
        startLine: error.location.line,
        startColumn: error.location.column
      })
    }
    if (!(error instanceof TollgateError) && error instanceof Error && error.stack !== undefined) {
      core.debug(error.stack)
    }
    core.setFailed(message)
  }
}
