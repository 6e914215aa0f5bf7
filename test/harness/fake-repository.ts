/**
 * One repository of the fake GitHub: its stores (git, releases, issues, checks, deployments),
 * repository_dispatch events and collaborator permissions. Handlers and tests use the same
 * methods, so a test that seeds "a comment by alice yesterday" gets exactly what the API would
 * have stored, under the same rules.
 */
import { FakeCheckStore } from './fake-check-store.js'
import { FakeDeploymentStore } from './fake-deployment-store.js'
import { FakeGitStore } from './fake-git-store.js'
import type { FakeDispatch, FakeWorld, Permission } from './fake-github-records.js'
import { FakeIssueStore } from './fake-issue-store.js'
import { FakeReleaseStore } from './fake-release-store.js'

export class FakeRepository {
  readonly id: number
  readonly git: FakeGitStore
  readonly releases: FakeReleaseStore
  readonly issues: FakeIssueStore
  readonly checks: FakeCheckStore
  readonly deployments: FakeDeploymentStore
  readonly dispatches: FakeDispatch[] = []
  /** Collaborator permissions by lower-cased login; others have `read` (a public repository). */
  readonly permissions = new Map<string, Permission>()

  constructor(
    private readonly world: FakeWorld,
    readonly owner: string,
    readonly name: string
  ) {
    this.id = world.nextId()
    this.git = new FakeGitStore(world, this.fullName)
    this.releases = new FakeReleaseStore(world, this.git)
    this.issues = new FakeIssueStore(world, this.git)
    this.checks = new FakeCheckStore(world, this.git)
    this.deployments = new FakeDeploymentStore(world, this.git, this.checks)
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`
  }

  get defaultBranch(): string {
    return this.git.defaultBranch
  }

  /** Sha the default branch points at (pass it as runAction's `sha`). */
  get headSha(): string {
    return this.git.headSha
  }

  recordDispatch(
    eventType: string,
    clientPayload: Record<string, unknown> | undefined,
    sender: string
  ): void {
    this.dispatches.push({
      eventType,
      clientPayload,
      senderLogin: this.world.ensureUser(sender).login,
      receivedAt: this.world.now()
    })
  }

  setPermission(login: string, permission: Permission): void {
    this.world.ensureUser(login)
    this.permissions.set(login.toLowerCase(), permission)
  }

  permissionOf(login: string): Permission {
    if (login.toLowerCase() === this.owner.toLowerCase()) return 'admin'
    return this.permissions.get(login.toLowerCase()) ?? 'read'
  }
}
