/**
 * The fake GitHub's world: users, teams, repositories, the id counter and the clock. Each
 * repository's contents live in FakeRepository (fake-repository.ts) and its stores.
 */
import { FakeClock } from './fake-clock.js'
import type { FakeUser, FakeWorld, TeamRole, UserType } from './fake-github-records.js'
import { FakeRepository } from './fake-repository.js'

/** Users, teams and repositories of one fake GitHub server. */
export class FakeGitHubState implements FakeWorld {
  readonly clock = new FakeClock()
  readonly users = new Map<string, FakeUser>()
  /** `org/team-slug` to member login (lower-cased) and role. */
  readonly teams = new Map<string, Map<string, TeamRole>>()
  readonly repositories = new Map<string, FakeRepository>()
  private lastId = 0

  constructor() {
    this.users.set('github-actions[bot]', {
      login: 'github-actions[bot]',
      id: 41898282,
      type: 'Bot',
      name: null,
      email: null,
      createdAt: new Date('2018-07-30T09:30:16Z')
    })
  }

  nextId(): number {
    this.lastId += 1
    return this.lastId
  }

  now(): Date {
    return this.clock.now()
  }

  /** The user, created (as a `User`, or `Bot` for `[bot]` logins) on first mention. */
  ensureUser(login: string, type?: UserType): FakeUser {
    const key = login.toLowerCase()
    const existing = this.users.get(key)
    if (existing) return existing
    const user: FakeUser = {
      login,
      id: 1000 + this.nextId(),
      type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
      name: null,
      email: null,
      createdAt: this.clock.now()
    }
    this.users.set(key, user)
    return user
  }

  findUser(login: string): FakeUser | undefined {
    return this.users.get(login.toLowerCase())
  }

  addRepository(owner: string, name: string): FakeRepository {
    const key = `${owner}/${name}`.toLowerCase()
    const existing = this.repositories.get(key)
    if (existing) return existing
    const repository = new FakeRepository(this, owner, name)
    this.repositories.set(key, repository)
    return repository
  }

  findRepository(owner: string, name: string): FakeRepository | undefined {
    return this.repositories.get(`${owner}/${name}`.toLowerCase())
  }

  /** Replaces a team's membership (`org`/`slug` as in the REST paths). */
  setTeam(
    org: string,
    slug: string,
    members: (string | { login: string; role: TeamRole })[]
  ): void {
    this.ensureUser(org, 'Organization')
    const roles = new Map<string, TeamRole>()
    for (const member of members) {
      const { login, role } =
        typeof member === 'string' ? { login: member, role: 'member' as const } : member
      this.ensureUser(login)
      roles.set(login.toLowerCase(), role)
    }
    this.teams.set(`${org}/${slug}`.toLowerCase(), roles)
  }

  team(org: string, slug: string): Map<string, TeamRole> | undefined {
    return this.teams.get(`${org}/${slug}`.toLowerCase())
  }
}
