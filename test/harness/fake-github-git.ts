/** Git data operations: refs (the registry's claims), annotated tags and commits. */
import { bodyOf, json, NO_CONTENT, pathString } from './fake-github-call.js'
import type { OperationHandler } from './fake-github-call.js'
import { commitJson, refJson, tagObjectJson } from './fake-github-json.js'
import { notFound } from './fake-github-responses.js'
import type { FakeTagObject } from './fake-github-records.js'

/** `heads/main` and `refs/heads/main` both name `refs/heads/main`. */
function fullRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`
}

export const gitHandlers: Record<string, OperationHandler> = {
  'git/create-ref': (c, call) => {
    const repository = call.repository()
    const { ref, sha } = bodyOf<{ ref: string; sha: string }>(c)
    repository.git.createRef(ref, sha)
    return json(201, refJson(call.render(), ref, sha))
  },

  'git/get-ref': (c, call) => {
    const repository = call.repository()
    const ref = fullRef(pathString(c, 'ref'))
    const sha = repository.git.refs.get(ref)
    if (sha === undefined) throw notFound()
    return json(200, refJson(call.render(), ref, sha))
  },

  'git/list-matching-refs': (c, call) => {
    const repository = call.repository()
    const prefix = fullRef(pathString(c, 'ref'))
    const refs = [...repository.git.refs.entries()]
      .filter(([ref]) => ref.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return json(
      200,
      refs.map(([ref, sha]) => refJson(call.render(), ref, sha))
    )
  },

  'git/update-ref': (c, call) => {
    const repository = call.repository()
    const ref = fullRef(pathString(c, 'ref'))
    const { sha, force } = bodyOf<{ sha: string; force?: boolean }>(c)
    repository.git.updateRef(ref, sha, force ?? false)
    return json(200, refJson(call.render(), ref, sha))
  },

  'git/delete-ref': (c, call) => {
    call.repository().git.deleteRef(fullRef(pathString(c, 'ref')))
    return NO_CONTENT
  },

  'git/create-tag': (c, call) => {
    const input = bodyOf<{
      tag: string
      message: string
      object: string
      type: FakeTagObject['objectType']
      tagger?: { name?: string; email?: string; date?: string }
    }>(c)
    const tag = call.repository().git.createTagObject({
      tag: input.tag,
      message: input.message,
      objectSha: input.object,
      objectType: input.type,
      tagger: input.tagger
    })
    return json(201, tagObjectJson(call.render(), tag))
  },

  'git/get-tag': (c, call) => {
    const tag = call.repository().git.tagObjects.get(pathString(c, 'tag_sha'))
    if (!tag) throw notFound()
    return json(200, tagObjectJson(call.render(), tag))
  },

  'git/get-commit': (c, call) => {
    const commit = call.repository().git.commits.get(pathString(c, 'commit_sha'))
    if (!commit) throw notFound()
    return json(200, commitJson(call.render(), commit))
  }
}
