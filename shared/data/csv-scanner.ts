/**
 * RFC 4180 row splitter working on bytes. It never builds strings: for each complete row it
 * records where every field starts and ends in the buffer and calls back, and consumers parse
 * numbers, hash or decode only the fields they need (PERFORMANCE.md §2.1).
 *
 * Supported: quoted fields with doubled quotes, delimiters and CR/LF inside quotes, CRLF or LF
 * line ends, any single-byte delimiter. Blank lines are skipped (as pandas does) but counted for
 * line numbers. Errors name the 1-based physical line where the offending row starts.
 */

export const FIELD_QUOTED = 1
/** The quoted field contains `""` pairs that must be unescaped to get its text. */
export const FIELD_ESCAPED_QUOTES = 2
/** The field contains bytes ≥ 0x80: it is non-ASCII UTF-8 (or invalid) and needs validation. */
export const FIELD_NON_ASCII = 4

const LF = 10
const CR = 13

/** A malformed row; `line` is relative to the first byte this scanner was given (1-based). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string
  ) {
    super(detail)
  }
}

export type RowHandler = (bytes: Uint8Array, scanner: CsvScanner) => void

export class CsvScanner {
  /** Field boundaries of the current row: bytes[starts[k], ends[k]) is field k. */
  starts: Int32Array
  ends: Int32Array
  flags: Uint8Array
  fieldCount = 0
  /** Physical line breaks consumed so far (completed rows only). */
  linesConsumed = 0
  /** 1-based line (relative to the scan start) on which the current row starts. */
  rowLine = 0
  /** Set by a row handler to end `scan` right after the current row. */
  stopRequested = false
  private readonly specialMax: number

  /**
   * Blank lines are skipped (pandas' skip_blank_lines) except in a one-column file, where an
   * empty line is a record whose only value is missing (RFC 4180).
   */
  skipBlankLines = true

  constructor(
    private readonly delimiter: number,
    private readonly quote = 34
  ) {
    this.starts = new Int32Array(256)
    this.ends = new Int32Array(256)
    this.flags = new Uint8Array(256)
    // Every byte above this value is ordinary data; testing it first is the common fast path.
    this.specialMax = Math.max(delimiter, quote, CR, LF)
  }

  /**
   * Splits complete rows in bytes[from, to) and calls `onRow` for each. Returns the offset of
   * the first byte of an incomplete trailing row (to be carried into the next chunk), or `to`.
   * With `atEnd` the final row needs no line break and an open quote is an error. No row that
   * starts at or after `stopBefore` is read (a worker's byte range ends there).
   */
  scan(
    bytes: Uint8Array,
    from: number,
    to: number,
    atEnd: boolean,
    onRow: RowHandler,
    stopBefore = Infinity
  ): number {
    const delimiter = this.delimiter
    const quote = this.quote
    const specialMax = this.specialMax
    let i = from
    while (i < to) {
      if (i >= stopBefore) return i
      const rowStart = i
      let lines = 0
      let fieldCount = 0
      let rowComplete: boolean
      // Blank line: skip it, but count it.
      if (
        this.skipBlankLines &&
        (bytes[i] === LF || (bytes[i] === CR && i + 1 < to && bytes[i + 1] === LF))
      ) {
        i += bytes[i] === CR ? 2 : 1
        this.linesConsumed++
        continue
      }
      if (bytes[i] === CR && i + 1 >= to && !atEnd) return rowStart
      for (;;) {
        if (fieldCount === this.starts.length) this.grow()
        let flags = 0
        let fieldStart: number
        let fieldEnd: number
        let c: number
        if (i < to && bytes[i] === quote) {
          flags = FIELD_QUOTED
          fieldStart = ++i
          let high = 0
          for (;;) {
            if (i >= to) {
              if (!atEnd) return rowStart
              throw new CsvSyntaxError(
                this.linesConsumed + 1,
                'unterminated quoted field: the closing quote is missing'
              )
            }
            c = bytes[i]!
            high |= c
            if (c === quote) {
              if (i + 1 < to && bytes[i + 1] === quote) {
                flags |= FIELD_ESCAPED_QUOTES
                i += 2
                continue
              }
              if (i + 1 >= to && !atEnd) return rowStart
              break
            }
            if (c === LF) lines++
            i++
          }
          fieldEnd = i
          i++ // closing quote
          if (high & 0x80) flags |= FIELD_NON_ASCII
          if (i < to) {
            c = bytes[i]!
            if (c !== delimiter && c !== LF && c !== CR) {
              throw new CsvSyntaxError(
                this.linesConsumed + 1 + lines,
                `unexpected character ${JSON.stringify(String.fromCharCode(c))} after a closing quote (field ${fieldCount + 1}); a quote inside a quoted field must be doubled`
              )
            }
          }
        } else {
          fieldStart = i
          let high = 0
          while (i < to) {
            c = bytes[i]!
            if (c > specialMax) {
              high |= c
              i++
              continue
            }
            if (c === delimiter || c === LF || c === CR) break
            i++
          }
          fieldEnd = i
          if (high & 0x80) flags |= FIELD_NON_ASCII
        }
        this.starts[fieldCount] = fieldStart
        this.ends[fieldCount] = fieldEnd
        this.flags[fieldCount] = flags
        fieldCount++
        if (i >= to) {
          if (!atEnd) return rowStart
          rowComplete = true
          break
        }
        c = bytes[i]!
        if (c === delimiter) {
          i++
          if (i >= to && atEnd) {
            // Trailing delimiter at end of input: one more, empty field.
            if (fieldCount === this.starts.length) this.grow()
            this.starts[fieldCount] = i
            this.ends[fieldCount] = i
            this.flags[fieldCount] = 0
            fieldCount++
            rowComplete = true
            break
          }
          continue
        }
        if (c === CR) {
          if (i + 1 >= to) {
            if (!atEnd) return rowStart
            i++
          } else if (bytes[i + 1] === LF) {
            i += 2
          } else {
            i++ // a lone CR ends the row (old Mac line ends)
          }
        } else {
          i++ // LF
        }
        lines++
        rowComplete = true
        break
      }
      if (rowComplete) {
        this.fieldCount = fieldCount
        this.rowLine = this.linesConsumed + 1
        this.linesConsumed += lines
        onRow(bytes, this)
        if (this.stopRequested) {
          this.stopRequested = false
          return i
        }
      }
    }
    return i
  }

  private grow(): void {
    const size = this.starts.length * 2
    const starts = new Int32Array(size)
    const ends = new Int32Array(size)
    const flags = new Uint8Array(size)
    starts.set(this.starts)
    ends.set(this.ends)
    flags.set(this.flags)
    this.starts = starts
    this.ends = ends
    this.flags = flags
  }
}

/** Text of a field, with `""` unescaped when flagged. Decodes UTF-8 (invalid bytes → U+FFFD). */
export function fieldText(bytes: Uint8Array, start: number, end: number, flags: number): string {
  const text = flags & FIELD_NON_ASCII ? utf8Text(bytes, start, end) : asciiText(bytes, start, end)
  return flags & FIELD_ESCAPED_QUOTES ? text.replaceAll('""', '"') : text
}

/** Node's Buffer has native latin1/utf8 slicing, several times faster than a loop for short fields. */
interface NativeSlices {
  latin1Slice?: (start: number, end: number) => string
  utf8Slice?: (start: number, end: number) => string
}

const utf8Decoder = new TextDecoder('utf-8')

function utf8Text(bytes: Uint8Array, start: number, end: number): string {
  const native = (bytes as NativeSlices).utf8Slice
  return native !== undefined
    ? native.call(bytes, start, end)
    : utf8Decoder.decode(bytes.subarray(start, end))
}

function asciiText(bytes: Uint8Array, start: number, end: number): string {
  const native = (bytes as NativeSlices).latin1Slice
  if (native !== undefined) return native.call(bytes, start, end)
  if (end - start > 64)
    return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[])
  let text = ''
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!)
  return text
}

/** True when bytes[start, end) is well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF). */
export function isValidUtf8(bytes: Uint8Array, start: number, end: number): boolean {
  let i = start
  while (i < end) {
    const c = bytes[i]!
    if (c < 0x80) {
      i++
      continue
    }
    let needed: number
    let min: number
    let codePoint: number
    if (c >= 0xc2 && c <= 0xdf) {
      needed = 1
      min = 0x80
      codePoint = c & 0x1f
    } else if (c >= 0xe0 && c <= 0xef) {
      needed = 2
      min = 0x800
      codePoint = c & 0x0f
    } else if (c >= 0xf0 && c <= 0xf4) {
      needed = 3
      min = 0x10000
      codePoint = c & 0x07
    } else {
      return false
    }
    if (i + needed >= end) return false
    for (let k = 1; k <= needed; k++) {
      const next = bytes[i + k]!
      if ((next & 0xc0) !== 0x80) return false
      codePoint = (codePoint << 6) | (next & 0x3f)
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
      return false
    i += needed + 1
  }
  return true
}
