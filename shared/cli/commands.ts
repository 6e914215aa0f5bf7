import type { CliCommand } from './command.js'

/**
 * Every command the CLI offers, in help order. Each command's module is imported only when it
 * runs: loading them all would pull the learners, Octokit and every report into `tollgate --help`
 * and into every command's start-up. A test checks that each `summary` here equals the one of
 * the command it loads.
 */
export interface CommandEntry {
  name: string
  summary: string
  load: () => Promise<CliCommand>
}

const command = <T>(module: Promise<T>, key: keyof T): Promise<CliCommand> =>
  module.then((loaded) => loaded[key] as unknown as CliCommand)

export const cliCommands: readonly CommandEntry[] = [
  {
    name: 'validate',
    summary: 'Run data checks and build a column profile (validate-data).',
    load: () => command(import('./commands/validate.js'), 'validateCommand')
  },
  {
    name: 'merge',
    summary: 'Merge the partials of `tollgate validate --shard k/n` runs into one report.',
    load: () => command(import('./commands/merge.js'), 'mergeCommand')
  },
  {
    name: 'spc',
    summary: 'Control charts with run rules for pipeline metrics (spc-check).',
    load: () => command(import('./commands/spc.js'), 'spcCommand')
  },
  {
    name: 'drift',
    summary: 'Compare current data with a reference and report drift per column (drift-check).',
    load: () => command(import('./commands/drift.js'), 'driftCommand')
  },
  {
    name: 'train',
    summary: 'Train a built-in model or run a training command, with metrics and lineage (train).',
    load: () => command(import('./commands/train.js'), 'trainCommand')
  },
  {
    name: 'register',
    summary: 'Register a model directory as a new immutable version (register-model).',
    load: () => command(import('./commands/register.js'), 'registerCommand')
  },
  {
    name: 'assign',
    summary: 'Assign a model version to a stage (appends a GTO stage tag).',
    load: () => command(import('./commands/assign.js'), 'assignCommand')
  },
  {
    name: 'history',
    summary: "A model's registrations and stage assignments: who, when, which run.",
    load: () => command(import('./commands/history.js'), 'historyCommand')
  },
  {
    name: 'list',
    summary: "List the registry's models, or one model's versions and stages.",
    load: () => command(import('./commands/list.js'), 'listCommand')
  },
  {
    name: 'get',
    summary: 'Download a model version, verifying every file against its SHA-256.',
    load: () => command(import('./commands/get.js'), 'getCommand')
  },
  {
    name: 'gate',
    summary: 'Evaluate a candidate model against thresholds and the champion (evaluate-gate).',
    load: () => command(import('./commands/gate.js'), 'gateCommand')
  },
  {
    name: 'deploy',
    summary: 'Promote a registry version to an environment, with approvals and rollback (deploy).',
    load: () => command(import('./commands/deploy.js'), 'deployCommand')
  },
  {
    name: 'rollback',
    summary:
      'Return an environment to its previous deployment (runs the deploy step, then moves the stage).',
    load: () => command(import('./commands/rollback.js'), 'rollbackCommand')
  },
  {
    name: 'deployments',
    summary: 'List the deployment history of a model (deploys and rollbacks per environment).',
    load: () => command(import('./commands/deployments.js'), 'deploymentsCommand')
  },
  {
    name: 'demo',
    summary: 'Run the whole lifecycle on generated data, offline, and write an HTML report.',
    load: () => command(import('./commands/demo.js'), 'demoCommand')
  }
]
