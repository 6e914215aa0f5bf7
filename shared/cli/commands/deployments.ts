import { openStore } from '../../adapters/open-store.js'
import { writeJsonFile } from '../../adapters/user-files.js'
import { assertModelName, assertStageName } from '../../registry/gto-tags.js'
import { listDeployments } from '../../operations/deploy-record-store.js'
import { deploymentsOptions } from '../../operations/deploy-options.js'
import type { CliCommand } from '../command.js'

/**
 * `tollgate deployments`: the deployment history of a model (per environment when asked), oldest
 * first: every deploy and rollback with its outcome, approvers and run.
 */
export const deploymentsCommand: CliCommand<typeof deploymentsOptions> = {
  name: 'deployments',
  summary: 'List the deployment history of a model (deploys and rollbacks per environment).',
  usage: '--name MODEL [--environment ENV] [--store DIR] [--report-path H.json]',
  options: deploymentsOptions,
  async run(options, _positionals, output) {
    const model = options.requiredString('name').trim()
    assertModelName(model)
    const environment = options.string('environment')?.trim()
    if (environment !== undefined) assertStageName(environment)
    const store = await openStore({
      store: options.string('store'),
      token: process.env.GITHUB_TOKEN,
      defaultStore: 'local'
    })
    const records = await listDeployments(store, model, environment)
    if (records.length === 0) {
      output.out(
        `no deployments of ${model}${environment === undefined ? '' : ` to ${environment}`} in ${store.location}`
      )
    }
    for (const record of records) {
      const approvers = record.approval.approvers.map((approver) => approver.login).join(',')
      output.out(
        [
          record.finishedAt,
          record.environment.padEnd(12),
          record.kind.padEnd(8),
          record.version.padEnd(9),
          record.status.padEnd(11),
          `from ${record.previousVersion ?? '-'}`,
          `by ${record.initiator}`,
          approvers === '' ? '' : `approved by ${approvers}`,
          `run ${record.run.id}#${record.run.attempt}`
        ]
          .filter((part) => part !== '')
          .join('  ')
      )
    }
    const reportPath = options.string('report-path')
    if (reportPath !== undefined)
      writeJsonFile(reportPath, { model, environment: environment ?? null, deployments: records })
    return 0
  }
}
