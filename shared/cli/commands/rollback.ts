import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { nowFromEnvironment } from '../../adapters/clock.js'
import { openStore } from '../../adapters/open-store.js'
import { loadProjectConfig } from '../../adapters/project-config.js'
import { writeJsonFile } from '../../adapters/user-files.js'
import { readWorkflowContext, runUrl } from '../../adapters/workflow-context.js'
import { lineageContextFor } from '../../adapters/run-provenance.js'
import { environmentDeployConfig } from '../../deploy/deploy-config.js'
import { parseDuration } from '../../deploy/duration-text.js'
import { runIdentityOf, runKey } from '../../deploy/run-key.js'
import { UsageError } from '../../errors.js'
import { configuredStep } from '../../operations/deploy-effects.js'
import { rollbackEnvironment } from '../../operations/deploy-rollback.js'
import { rollbackOptions } from '../../operations/deploy-options.js'
import type { CliCommand } from '../command.js'
import { actorOf, printDeployReport } from './deploy.js'

/** `tollgate rollback`: put an environment back on its previous version (running the deploy step). */
export const rollbackCommand: CliCommand<typeof rollbackOptions> = {
  name: 'rollback',
  summary:
    'Return an environment to its previous deployment (runs the deploy step, then moves the stage).',
  usage: '--name MODEL --environment ENV [--to-version V] [--store DIR]',
  options: rollbackOptions,
  async run(options, _positionals, output) {
    const now = nowFromEnvironment()
    const project = loadProjectConfig()
    const store = await openStore({
      store: options.string('store'),
      token: process.env.GITHUB_TOKEN,
      defaultStore: 'local'
    })
    const environment = options.requiredString('environment').trim()
    const config = { ...environmentDeployConfig(project.section('deploy'), environment) }
    const command = options.string('command')
    const target = options.string('target')
    if (command !== undefined && target !== undefined)
      throw new UsageError('give either command or target, not both')
    if (command !== undefined) {
      config.command = command
      delete config.target
    }
    if (target !== undefined) {
      config.target = target
      delete config.command
    }
    const timeout = options.string('timeout')
    if (timeout !== undefined) config.timeoutMs = parseDuration(timeout, 'timeout')
    const context = readWorkflowContext()
    const run = runIdentityOf(context, now, runUrl(context))
    const toVersion = options.string('to-version')
    const report = await rollbackEnvironment({
      model: options.requiredString('name').trim(),
      environment,
      store,
      registryConfig: project.registry,
      config,
      initiator: actorOf(options),
      run,
      now: () => (process.env.TOLLGATE_NOW ? now : Date.now()),
      step: configuredStep(config, process.cwd(), (text) => output.out(text.replace(/\n$/, ''))),
      workDir: join(tmpdir(), 'tollgate', `rollback-${runKey(run)}`),
      lineage: lineageContextFor('deploy'),
      ...(toVersion === undefined ? {} : { toVersion }),
      ...(options.string('reason') === undefined ? {} : { reason: options.string('reason') })
    })
    printDeployReport(report, output)
    const reportPath = options.string('report-path')
    if (reportPath !== undefined) writeJsonFile(reportPath, report)
    return report.passed ? 0 : 1
  }
}
