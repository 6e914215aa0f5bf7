/**
 * Runs `task` over `items` with at most `limit` calls in flight and returns the results in item
 * order. The GitHub store reads many tag objects and uploads many assets; GitHub's secondary rate
 * limits forbid unbounded concurrency (at most 100 concurrent requests, fewer is kinder), while
 * strictly sequential calls would make a 999-file bundle needlessly slow. The first failure
 * stops new calls from starting and is rethrown once the running ones have settled.
 */
export async function mapWithLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++
      try {
        results[index] = await task(items[index] as T, index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker)
  await Promise.all(workers)
  if (failure !== undefined) throw failure.error
  return results
}
