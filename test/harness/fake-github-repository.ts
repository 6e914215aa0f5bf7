/** The repository itself, repository_dispatch, and the people an approval quorum needs. */
import { bodyOf, json, NO_CONTENT, pathString, queryOf, queryString } from './fake-github-call.js'
import type { OperationHandler } from './fake-github-call.js'
import { publicUserJson, repositoryJson, userJson } from './fake-github-json.js'
import { GitHubApiError, notFound, paginate } from './fake-github-responses.js'

/** client_payload "must be less than 64KB" (repos/create-dispatch-event). */
const MAX_DISPATCH_PAYLOAD_BYTES = 64 * 1024

export const repositoryHandlers: Record<string, OperationHandler> = {
  'repos/get': (_c, call) => json(200, repositoryJson(call.render())),

  'repos/create-dispatch-event': (c, call) => {
    const body = bodyOf<{ event_type: string; client_payload?: Record<string, unknown> }>(c)
    if (Buffer.byteLength(JSON.stringify(body.client_payload ?? {})) >= MAX_DISPATCH_PAYLOAD_BYTES)
      throw new GitHubApiError(422, 'client_payload is too large')
    call.repository().recordDispatch(body.event_type, body.client_payload, call.actor)
    return NO_CONTENT
  },

  /**
   * `permission` is the legacy value (maintain → write, triage → read); `role_name` the exact role.
   */
  'repos/get-collaborator-permission-level': (c, call) => {
    const user = call.world.findUser(pathString(c, 'username'))
    if (!user) throw notFound()
    const role = call.repository().permissionOf(user.login)
    const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role
    const collaborator = {
      ...userJson(call.api, user),
      permissions: {
        admin: role === 'admin',
        maintain: role === 'admin' || role === 'maintain',
        push: ['admin', 'maintain', 'write'].includes(role),
        triage: ['admin', 'maintain', 'write', 'triage'].includes(role),
        pull: role !== 'none'
      },
      role_name: role
    }
    return json(200, { permission, role_name: role, user: collaborator })
  },

  'users/get-by-username': (c, call) => {
    const user = call.world.findUser(pathString(c, 'username'))
    if (!user) throw notFound()
    return json(200, publicUserJson(call.api, user))
  },

  'teams/get-membership-for-user-in-org': (c, call) => {
    const org = pathString(c, 'org')
    const slug = pathString(c, 'team_slug')
    const username = pathString(c, 'username')
    const role = call.world.team(org, slug)?.get(username.toLowerCase())
    if (!role) throw notFound()
    return json(200, {
      url: `${call.api}/organizations/${org}/team/${slug}/memberships/${encodeURIComponent(username)}`,
      role,
      state: 'active'
    })
  },

  'teams/list-members-in-org': (c, call) => {
    const team = call.world.team(pathString(c, 'org'), pathString(c, 'team_slug'))
    if (!team) throw notFound()
    const role = queryString(c, 'role') ?? 'all'
    const members = [...team.entries()]
      .filter(([, memberRole]) => role === 'all' || memberRole === role)
      .map(([login]) => call.world.ensureUser(login))
    const { page, headers } = paginate(members, queryOf(c), call.requestUrl)
    return json(
      200,
      page.map((user) => userJson(call.api, user)),
      headers
    )
  }
}
