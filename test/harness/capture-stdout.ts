/**
 * Runs `body` while collecting what it writes to process.stdout (where @actions/core prints
 * `::warning::`, `::error::` and `::debug::` commands) instead of printing it, so an in-process
 * test can assert "the cache outage was a warning, not an error" and keep its output quiet.
 */
export async function captureStdout<T>(
  body: () => Promise<T>
): Promise<{ result: T; stdout: string }> {
  const chunks: string[] = []
  const original = process.stdout.write.bind(process.stdout)
  process.stdout.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    const callback = rest.find((arg): arg is () => void => typeof arg === 'function')
    callback?.()
    return true
  }
  try {
    const result = await body()
    return { result, stdout: chunks.join('') }
  } finally {
    process.stdout.write = original
  }
}
