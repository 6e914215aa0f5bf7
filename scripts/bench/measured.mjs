// Runs a Node ESM entry in this process and reports its peak RSS (getrusage ru_maxrss, which
// covers worker threads too) as one JSON line on stderr at exit; the parent measures wall time.
// Usage: node scripts/bench/measured.mjs ENTRY.mjs|js [args...]
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'

const [entry, ...args] = process.argv.slice(2)
process.argv = [process.argv[0], resolve(entry), ...args]
process.on('exit', () => {
  process.stderr.write(
    `\n${JSON.stringify({ peakRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`
  )
})
await import(pathToFileURL(resolve(entry)).href)
