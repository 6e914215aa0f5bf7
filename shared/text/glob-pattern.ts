/**
 * Glob patterns as users write them in workflow inputs (`data/**\/*.csv`, `part-?.jsonl`):
 * `*` matches within one path segment, `**` across segments, `?` one character, `{a,b}`
 * alternatives. Node 20 has no fs.glob, so Tollgate walks directories and matches with this.
 */
export function hasGlobMagic(pattern: string): boolean {
  return /[*?{[]/.test(pattern)
}

/** A RegExp matching whole forward-slash paths against the pattern. */
export function globToRegExp(pattern: string): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more directories; a trailing `**` matches everything below.
        if (pattern[i + 2] === '/') {
          source += '(?:[^/]*/)*'
          i += 2
        } else {
          source += '.*'
          i += 1
        }
      } else {
        source += '[^/]*'
      }
    } else if (c === '?') {
      source += '[^/]'
    } else if (c === '{') {
      const close = pattern.indexOf('}', i)
      if (close < 0) {
        source += '\\{'
        continue
      }
      const alternatives = pattern
        .slice(i + 1, close)
        .split(',')
        .map(escapeRegExp)
      source += `(?:${alternatives.join('|')})`
      i = close
    } else if (c === '[') {
      const close = pattern.indexOf(']', i)
      if (close < 0) {
        source += '\\['
        continue
      }
      source += `[${pattern
        .slice(i + 1, close)
        .replace(/^!/, '^')
        .replace(/\\/g, '\\\\')}]`
      i = close
    } else {
      source += escapeRegExp(c)
    }
  }
  return new RegExp(`^${source}$`)
}

/** The leading part of a pattern without wildcards: where a directory walk can start. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const segment of segments) {
    if (hasGlobMagic(segment)) break
    fixed.push(segment)
  }
  if (fixed.length === segments.length) fixed.pop()
  return fixed.join('/') || '.'
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
