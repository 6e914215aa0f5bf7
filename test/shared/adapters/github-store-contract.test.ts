import { afterAll, afterEach, beforeAll, expect } from '@jest/globals'
import { startFakeGitHub, type FakeGitHub } from '../../harness/fake-github.js'
import { describeStoreContract } from '../../store-contract/store-contract.js'
import { githubHarness } from './github-store-fixture.js'

/**
 * The store contract over the fake GitHub (validated against GitHub's OpenAPI description), with
 * the repository setting "immutable releases" on: the stricter mode, since a published bundle
 * then refuses any further upload or change.
 */
let gh: FakeGitHub

beforeAll(async () => {
  gh = await startFakeGitHub()
})
afterEach(() => {
  expect(gh.contractViolations).toEqual([])
})
afterAll(async () => {
  await gh.close()
})

describeStoreContract('GitHubStore (fake GitHub, immutable releases)', async () =>
  githubHarness(gh, { immutable: true })
)
