import { DefaultArtifactClient } from '@actions/artifact'
import { mkdirSync, readdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { UsageError, errorMessage } from '../errors.js'
import {
  partialArtifactName,
  shardOfArtifactName,
  type ShardSpec,
  type ShardWork
} from '../shard/shard-spec.js'
import { DRIFT_PARTIAL_FORMAT, VALIDATE_PARTIAL_FORMAT } from '../shard/validate-partial.js'
import type { SourcedPartial } from '../shard/shard-set.js'
import { readPartialFile } from './shard-partial-file.js'

/**
 * Uploads a shard's partial as the workflow artifact `tollgate-partial-<k>-of-<n>`. A re-run of a
 * shard job finds the artifact of its earlier attempt under the same name: that one is replaced,
 * so the merge always reads the newest partial of every shard.
 */
export async function uploadPartial(
  path: string,
  shard: ShardSpec,
  work: ShardWork = 'validate',
  client = new DefaultArtifactClient()
): Promise<string> {
  const name = partialArtifactName(shard, work)
  try {
    await client.uploadArtifact(name, [path], dirname(path))
  } catch (error) {
    if (!/already exists|409/i.test(errorMessage(error))) throw error
    await client.deleteArtifact(name)
    await client.uploadArtifact(name, [path], dirname(path))
  }
  return name
}

/**
 * Downloads every shard partial this workflow run uploaded (the newest per name) into `folder`
 * and reads them. All must belong to one shard set; the merge then checks that it is complete.
 */
export async function downloadPartials(
  folder: string,
  work: ShardWork = 'validate',
  client = new DefaultArtifactClient()
): Promise<SourcedPartial[]> {
  const { artifacts } = await client.listArtifacts({ latest: true })
  const shards = artifacts.flatMap((artifact) => {
    const shard = shardOfArtifactName(artifact.name, work)
    return shard === undefined ? [] : [{ artifact, shard }]
  })
  if (shards.length === 0) {
    throw new UsageError(
      `No shard partials were found in this workflow run: the shard jobs (with \`shard: k/n\`) must finish before the merge job (\`needs:\`), and upload their partials as artifacts named ${partialArtifactName({ index: 1, count: 2 }, work).replace('1-of-2', '<k>-of-<n>')}.`
    )
  }
  const counts = [...new Set(shards.map(({ shard }) => shard.count))]
  if (counts.length > 1) {
    throw new UsageError(
      `This workflow run holds partials of several shard sets (of ${counts.join(' and of ')} shards); merge one set per run.`
    )
  }
  const partials: SourcedPartial[] = []
  for (const { artifact } of shards.sort((a, b) => a.shard.index - b.shard.index)) {
    const target = join(folder, artifact.name)
    mkdirSync(target, { recursive: true })
    await client.downloadArtifact(artifact.id, { path: target })
    const files = readdirSync(target).filter((file) => file.endsWith('.json'))
    if (files.length !== 1)
      throw new UsageError(
        `The artifact ${artifact.name} should hold one partial JSON file, found ${files.length}.`
      )
    const path = join(target, files[0]!)
    partials.push({
      partial: readPartialFile(
        path,
        work === 'drift' ? DRIFT_PARTIAL_FORMAT : VALIDATE_PARTIAL_FORMAT
      ),
      source: `artifact ${artifact.name} (${basename(path)})`
    })
  }
  return partials
}
