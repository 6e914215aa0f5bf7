import type { OptionSpec } from './option-table.js'

/**
 * The `lineage-url` input every action declares: where to POST the run's OpenLineage events
 * (shared/adapters/action-lineage.ts). One spec for all seven option tables, so the actions
 * cannot drift apart on a name, default or kind.
 *
 * Action only: the events are sent by the action step after its real work, with problems turned
 * into `::warning` annotations; the command-line tool does not send lineage, so it offers no flag
 * it would ignore.
 */
export const LINEAGE_URL_OPTION = {
  description:
    "OpenLineage endpoint to POST the run's events to (e.g. Marquez http://host:5000; /api/v1/lineage is appended to a URL without a path); API key from OPENLINEAGE_API_KEY.",
  default: '',
  actionOnly: true
} as const satisfies OptionSpec
