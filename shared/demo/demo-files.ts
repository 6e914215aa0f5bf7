/**
 * The configuration files the demo writes into its directory before it runs: the checks file for
 * the customers extract and the project's `.tollgate.yml` (registry stages, gate rules, deploy
 * policy, spc and drift settings). They are ordinary user files, the same a team would commit,
 * so the demo directory doubles as a worked example.
 */

/** Features the demo's models use: every column but the id, dates, e-mail and the target. */
export const DEMO_FEATURES = [
  'region',
  'plan',
  'contract',
  'payment_method',
  'tenure_months',
  'monthly_charges',
  'support_calls_90d',
  'data_usage_gb',
  'age'
] as const

/** The metrics the demo's spc-check charts (the history records every metric of the profile). */
export const DEMO_SPC_METRICS = [
  'rows',
  'monthly_charges.mean',
  'support_calls_90d.mean',
  'email.null_fraction'
] as const

/** Who asks for the production deployment and who approves it, in the local approval mode. */
export const DEMO_PEOPLE = { initiator: 'sam', approver: 'dana' } as const

/**
 * The checks of the daily extract. One check is a warning on purpose: a few e-mail addresses
 * lack their "@", which is worth seeing but no reason to stop the pipeline.
 */
export const DEMO_CHECKS_YAML = `# Checks for the daily customers extract (Tollgate demo).
table:
  row_count: { min: 1000 }
  columns: { include: [customer_id, signup_date, plan, contract, monthly_charges, churned] }
columns:
  customer_id: { not_null: true, unique: true, regex: '^CUST-[0-9]{6}$' }
  signup_date: { type: date, not_null: true }
  region: { in_set: [north, south, east, west, central] }
  plan: { in_set: [basic, standard, premium] }
  contract: { in_set: [month-to-month, one-year, two-year] }
  payment_method: { in_set: [card, bank-transfer, invoice, wallet] }
  tenure_months: { type: integer, between: [1, 120] }
  monthly_charges: { between: [0, 500], null_fraction: 0.02 }
  support_calls_90d: { type: integer, between: [0, 50] }
  age: { type: integer, between: [18, 100] }
  email: { format: email, null_fraction: 0.05, severity: warn }
  churned: { not_null: true, in_set: [0, 1] }
`

/**
 * The gate rules: roc_auc and accuracy may not fall behind the champion (with DeLong's test for
 * non-inferiority), absolute floors, and a log-loss ceiling. Written as gate.yml (the form the
 * `thresholds` input reads) and as the gate: section of .tollgate.yml.
 */
export const DEMO_GATE_RULES_YAML = `bootstrap: { replicates: 1000, seed: 20240611 }
metrics:
  roc_auc:
    min: 0.75
    max_regression: 0.01                                   # at most 0.01 below the champion
    require_significance: { test: delong, margin: 0.01 }   # non-inferiority within 0.01
  accuracy: { min: 0.70, max_regression: 0.02 }
  log_loss: { max: 0.6 }
`

/**
 * The project configuration: staging before production, the gate rules, a copy step per
 * environment (the "serving" folder stands in for a model server), one named approver for
 * production, the metrics spc-check charts and the columns drift-check leaves out.
 */
export function demoProjectYaml(): string {
  return `# Tollgate project configuration of the demo (the same keys a repository's .tollgate.yml has).
registry:
  stages: [staging, production]
  promotion: sequential

gate:
${indent(DEMO_GATE_RULES_YAML)}

deploy:
  environments:
    staging:
      requires: { gate: true }
      target: serving/staging
    production:
      requires: { gate: true, stage: staging }
      approval:
        via: issue               # on a laptop: approval records in the store (tollgate deploy --approve)
        required: 1
        approvers: [${DEMO_PEOPLE.approver}]
        expires-after: 72h
      target: serving/production

spc:
  baseline: 20
  include: [${DEMO_SPC_METRICS.join(', ')}]

drift:
  ignore-columns: [customer_id, email, churned]
`
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')
}
