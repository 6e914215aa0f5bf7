/** A repository's check runs and commit statuses in the fake GitHub. */
import type { FakeGitStore } from './fake-git-store.js'
import { notFound, validationFailed } from './fake-github-responses.js'
import type {
  CheckRunInput,
  FakeCheckRun,
  FakeCommitStatus,
  FakeWorld
} from './fake-github-records.js'

/** The Checks API accepts at most 50 annotations per request (checks/create description). */
export const MAX_ANNOTATIONS_PER_REQUEST = 50

export class FakeCheckStore {
  readonly runs = new Map<number, FakeCheckRun>()
  /** Oldest first. */
  readonly statuses: FakeCommitStatus[] = []

  constructor(
    private readonly world: FakeWorld,
    private readonly git: FakeGitStore
  ) {}

  /**
   * Applies a create or update: a conclusion completes the run, annotations are appended
   * (GitHub keeps those of every request), at most 50 per request.
   */
  private apply(run: FakeCheckRun, input: CheckRunInput): void {
    const annotations = input.output?.annotations ?? []
    if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST)
      // Assumed body: the limit is documented, the exact error wording is not.
      throw validationFailed({
        resource: 'CheckRun',
        code: 'custom',
        field: 'output.annotations',
        message: `at most ${MAX_ANNOTATIONS_PER_REQUEST} annotations are allowed per request`
      })
    if (input.name !== undefined) run.name = input.name
    if (input.detailsUrl !== undefined) run.detailsUrl = input.detailsUrl
    if (input.externalId !== undefined) run.externalId = input.externalId
    if (input.startedAt !== undefined) run.startedAt = new Date(input.startedAt)
    if (input.status !== undefined) run.status = input.status
    if (input.conclusion !== undefined) {
      run.conclusion = input.conclusion
      run.status = 'completed'
    }
    if (input.completedAt !== undefined) run.completedAt = new Date(input.completedAt)
    if (run.status === 'completed' && run.completedAt === null) run.completedAt = this.world.now()
    if (input.output) {
      if (input.output.title !== undefined) run.output.title = input.output.title
      if (input.output.summary !== undefined) run.output.summary = input.output.summary
      if (input.output.text !== undefined) run.output.text = input.output.text
      run.annotations.push(...annotations)
    }
    if (input.actions !== undefined) run.actions = input.actions
  }

  /** POST /check-runs on a known commit (422 otherwise). */
  createRun(input: CheckRunInput & { name: string; headSha: string }): FakeCheckRun {
    const headSha = this.git.commitFor(input.headSha)
    const run: FakeCheckRun = {
      id: this.world.nextId(),
      name: input.name,
      headSha,
      status: 'queued',
      conclusion: null,
      startedAt: this.world.now(),
      completedAt: null,
      detailsUrl: null,
      externalId: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      actions: []
    }
    this.apply(run, input)
    this.runs.set(run.id, run)
    return run
  }

  run(id: number): FakeCheckRun {
    const run = this.runs.get(id)
    if (!run) throw notFound()
    return run
  }

  updateRun(id: number, input: CheckRunInput): FakeCheckRun {
    const run = this.run(id)
    this.apply(run, input)
    return run
  }

  /** Check runs on the commit `ref` resolves to, newest first; 404 if the ref is unknown. */
  runsFor(ref: string): FakeCheckRun[] {
    const sha = this.git.resolveCommitish(ref)
    if (!sha) throw notFound()
    return [...this.runs.values()].filter((r) => r.headSha === sha).sort((a, b) => b.id - a.id)
  }

  createStatus(input: {
    sha: string
    state: FakeCommitStatus['state']
    context?: string
    description?: string | null
    targetUrl?: string | null
    creator: string
  }): FakeCommitStatus {
    const sha = this.git.commitFor(input.sha)
    const now = this.world.now()
    const status: FakeCommitStatus = {
      id: this.world.nextId(),
      sha,
      state: input.state,
      context: input.context ?? 'default',
      description: input.description ?? null,
      targetUrl: input.targetUrl ?? null,
      creatorLogin: this.world.ensureUser(input.creator).login,
      createdAt: now,
      updatedAt: now
    }
    this.statuses.push(status)
    return status
  }

  /** Newest first. */
  statusesFor(ref: string): FakeCommitStatus[] {
    const sha = this.git.resolveCommitish(ref)
    if (!sha) return []
    return this.statuses.filter((s) => s.sha === sha).reverse()
  }

  /** The latest state of each status context on a commit. */
  latestStates(sha: string): Map<string, FakeCommitStatus['state']> {
    const latest = new Map<string, FakeCommitStatus['state']>()
    for (const status of this.statuses)
      if (status.sha === sha) latest.set(status.context, status.state)
    return latest
  }
}
