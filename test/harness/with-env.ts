/**
 * Runs `body` with some process.env variables set (or, with `undefined`, removed) and restores
 * the previous values afterwards. The toolkit clients (@actions/artifact, @actions/cache,
 * @actions/core) read their configuration from process.env at call time, so an in-process test
 * must set it around the call and must not leak it into the next test.
 */
export async function withEnv<T>(
  vars: Record<string, string | undefined>,
  body: () => Promise<T>
): Promise<T> {
  const saved = new Map<string, string | undefined>()
  for (const [name, value] of Object.entries(vars)) {
    saved.set(name, process.env[name])
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  try {
    return await body()
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}
