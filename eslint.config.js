// @ts-check
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Folders under shared/ that may touch the runner, the network, files or processes. */
const IO_FOLDERS = ['shared/adapters/**', 'shared/operations/**', 'shared/cli/**']

export default tseslint.config(
  {
    ignores: ['actions/dist/', '.build/', 'coverage/', 'node_modules/', '.tollgate/', 'bench-data/']
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs', 'test/harness/*.mjs'] },
        tsconfigRootDir: import.meta.dirname
      }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // run() is async by contract, and many adapters implement async interfaces synchronously.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true }
      ]
    }
  },
  {
    // Pure logic: no runner, network, file-system or process effects (DESIGN.md §2).
    files: ['shared/**/*.ts'],
    ignores: IO_FOLDERS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', 'octokit', '@octokit/*', 'undici', 'pg', '@duckdb/*'],
              message: 'This folder is pure logic; put GitHub and network I/O in shared/adapters.'
            },
            {
              group: [
                'node:fs',
                'node:fs/*',
                'fs',
                'fs/*',
                'node:child_process',
                'child_process',
                'node:worker_threads',
                'node:net',
                'node:http',
                'node:https'
              ],
              message:
                'This folder is pure logic; put file, process and thread I/O in shared/adapters.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // jest matchers such as expect(mock.fn).toHaveBeenCalled() pass unbound methods by design.
      '@typescript-eslint/unbound-method': 'off'
    }
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] }
)
