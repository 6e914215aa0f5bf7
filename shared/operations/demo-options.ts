import type { OptionTable } from '../options/option-table.js'
import { DEFAULT_DEMO_DIRECTORY } from './demo-directory.js'

/** Options of `tollgate demo` (a command-line command only; no action has these inputs). */
export const demoOptions = {
  directory: {
    description:
      'Directory to run the demo in; deleted and recreated (only if empty or made by an earlier demo).',
    default: DEFAULT_DEMO_DIRECTORY,
    cliOnly: true
  },
  rows: {
    description: "Rows of today's generated customers extract (the training data).",
    default: '5000',
    cliOnly: true
  },
  seed: {
    description: 'Seed of the generated data and the models; the same seed, the same data.',
    default: '7',
    cliOnly: true
  }
} as const satisfies OptionTable
