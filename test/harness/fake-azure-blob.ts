/**
 * The Azure-Blob-shaped leg of the Actions results service: the signed URLs that
 * `@actions/artifact` and `@actions/cache` upload to with `@azure/storage-blob` and download from
 * with plain GETs. Implements what those clients send (GITHUB-TESTING.md §2):
 * - `PUT ?comp=block&blockid=…` stores a block;
 * - `PUT ?comp=blocklist` commits the `<Latest>` block ids (XML body) in order;
 * - `PUT` without `comp` is a single-shot Put Blob;
 * - `GET`/`HEAD` serve the committed bytes with the stored content type.
 * URLs are path-style, `/devstoreaccount1/<container>/<blob>?…&sig=…`, which is how the Azure SDK
 * reads a non-`*.blob.core.windows.net` host. The signature is not checked, only required.
 */
import { createHash, randomUUID } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

export const BLOB_ACCOUNT = 'devstoreaccount1'

export interface StoredBlob {
  bytes: Buffer
  contentType: string
  etag: string
  lastModified: Date
}

export interface BlobAnswer {
  status: number
  headers: Record<string, string>
  body?: Buffer
}

function azureError(status: number, code: string, message: string): BlobAnswer {
  return {
    status,
    headers: { 'content-type': 'application/xml', 'x-ms-error-code': code },
    body: Buffer.from(
      `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`
    )
  }
}

/** Block ids from a Put Block List body; the fake treats Committed/Uncommitted/Latest alike. */
function blockIds(xml: string): string[] {
  return [
    ...xml.matchAll(
      /<(?:Latest|Committed|Uncommitted)>([^<]*)<\/(?:Latest|Committed|Uncommitted)>/g
    )
  ].map((m) => m[1] as string)
}

export class FakeBlobStore {
  /** Committed blobs by `<container>/<blob path>`. */
  readonly blobs = new Map<string, StoredBlob>()
  private readonly uncommitted = new Map<string, Map<string, Buffer>>()

  constructor(private readonly origin: string) {}

  /** A signed-looking URL for a blob in `container`. */
  signedUrl(container: string, blobPath: string, permissions: 'r' | 'cw' = 'r'): string {
    const path = blobPath.split('/').map(encodeURIComponent).join('/')
    const expiry = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    return `${this.origin}/${BLOB_ACCOUNT}/${container}/${path}?sv=2023-11-03&se=${encodeURIComponent(expiry)}&sr=b&sp=${permissions}&sig=fake-${randomUUID()}`
  }

  /** `<container>/<blob>` for a path on this store, or undefined if the path is not a blob path. */
  static blobKey(pathname: string): string | undefined {
    const prefix = `/${BLOB_ACCOUNT}/`
    if (!pathname.startsWith(prefix)) return undefined
    return pathname
      .slice(prefix.length)
      .split('/')
      .map((p) => decodeURIComponent(p))
      .join('/')
  }

  handle(method: string, url: URL, headers: IncomingHttpHeaders, body: Buffer): BlobAnswer {
    const key = FakeBlobStore.blobKey(url.pathname)
    if (!key || !key.includes('/')) return azureError(400, 'InvalidUri', 'Not a blob URL')
    if (!url.searchParams.get('sig'))
      return azureError(403, 'AuthenticationFailed', 'Server failed to authenticate the request.')
    const comp = url.searchParams.get('comp')
    const ok = (status: number, extra: Record<string, string> = {}): BlobAnswer => ({
      status,
      headers: {
        'x-ms-request-id': randomUUID(),
        'x-ms-version': '2023-11-03',
        'x-ms-request-server-encrypted': 'true',
        date: new Date().toUTCString(),
        ...extra
      }
    })
    if (method === 'PUT' && comp === 'block') {
      const id = url.searchParams.get('blockid')
      if (!id) return azureError(400, 'InvalidQueryParameterValue', 'blockid is required')
      const blocks = this.uncommitted.get(key) ?? new Map<string, Buffer>()
      blocks.set(id, body)
      this.uncommitted.set(key, blocks)
      return ok(201, {
        'content-md5': createHash('md5').update(body).digest('base64')
      })
    }
    if (method === 'PUT' && comp === 'blocklist') {
      const blocks = this.uncommitted.get(key) ?? new Map<string, Buffer>()
      const parts: Buffer[] = []
      for (const id of blockIds(body.toString('utf8'))) {
        const block = blocks.get(id)
        if (!block) return azureError(400, 'InvalidBlockList', `block ${id} was not uploaded`)
        parts.push(block)
      }
      this.uncommitted.delete(key)
      return this.commit(key, Buffer.concat(parts), headers['x-ms-blob-content-type'], ok)
    }
    if (method === 'PUT' && comp === null) {
      const contentType = headers['x-ms-blob-content-type'] ?? headers['content-type']
      return this.commit(key, body, contentType, ok)
    }
    if (method === 'GET' || method === 'HEAD') {
      const blob = this.blobs.get(key)
      if (!blob) return azureError(404, 'BlobNotFound', 'The specified blob does not exist.')
      const name = key.split('/').at(-1) as string
      const answer = ok(200, {
        'content-type': blob.contentType,
        'content-length': String(blob.bytes.length),
        'content-disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        etag: blob.etag,
        'last-modified': blob.lastModified.toUTCString(),
        'x-ms-blob-type': 'BlockBlob'
      })
      if (method === 'GET') answer.body = blob.bytes
      return answer
    }
    return azureError(405, 'UnsupportedHttpVerb', `${method} is not supported by the fake`)
  }

  private commit(
    key: string,
    bytes: Buffer,
    contentType: string | string[] | undefined,
    ok: (status: number, extra?: Record<string, string>) => BlobAnswer
  ): BlobAnswer {
    const blob: StoredBlob = {
      bytes,
      contentType: String(contentType ?? 'application/octet-stream'),
      etag: `"0x${createHash('sha1').update(bytes).digest('hex').slice(0, 16).toUpperCase()}"`,
      lastModified: new Date()
    }
    this.blobs.set(key, blob)
    return ok(201, {
      etag: blob.etag,
      'last-modified': blob.lastModified.toUTCString(),
      'content-md5': createHash('md5').update(bytes).digest('base64')
    })
  }
}
