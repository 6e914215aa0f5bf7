import { FIELD_ESCAPED_QUOTES, FIELD_NON_ASCII, fieldText } from './csv-scanner.js'
import { lastParsedDatetime, parseDatetimeBytes } from './parse-datetime.js'
import { lastParsedNumber, parseNumberBytes } from './parse-number.js'

/**
 * One field seen by the checks and the profile, with every interpretation computed lazily and at
 * most once: its number, text, datetime. The scan reuses a single instance per column so the hot
 * loop allocates nothing; JSON Lines and Parquet values are written into the same byte form, so
 * every format is judged by exactly the same code.
 */
export class FieldValue {
  bytes: Uint8Array = EMPTY
  start = 0
  end = 0
  flags = 0
  /** The decimal number the text spells, NaN when it is not a number. */
  number = NaN
  /** True when `number` was written without fraction or exponent. */
  integerLiteral = false
  private textValue: string | undefined
  private epochValue = NaN
  private epochParsed = false
  private epochHasTime = false

  /** Points the view at a CSV field and parses its number. */
  setBytes(bytes: Uint8Array, start: number, end: number, flags: number): void {
    this.bytes = bytes
    this.start = start
    this.end = end
    this.flags = flags
    this.textValue = undefined
    this.epochParsed = false
    // A field with escaped quotes or non-ASCII bytes cannot be a number.
    if (flags & (FIELD_ESCAPED_QUOTES | FIELD_NON_ASCII) || start === end) {
      this.number = NaN
      this.integerLiteral = false
    } else {
      const first = bytes[start]!
      // Cheap pre-filter: numbers start with a digit, sign, dot or space.
      if (
        (first >= 48 && first <= 57) ||
        first === 45 ||
        first === 43 ||
        first === 46 ||
        first === 32
      ) {
        this.number = parseNumberBytes(bytes, start, end)
        this.integerLiteral = !Number.isNaN(this.number) && lastParsedNumber.integerLiteral
      } else {
        this.number = NaN
        this.integerLiteral = false
      }
    }
  }

  /** Points the view at a value from a typed format (JSON Lines, Parquet) via its text. */
  setText(text: string): void {
    const needed = text.length * 3
    if (scratch.length < needed) scratch = new Uint8Array(Math.max(needed, scratch.length * 2))
    const { written } = encoder.encodeInto(text, scratch)
    let flags = 0
    for (let i = 0; i < written; i++) {
      if (scratch[i]! & 0x80) {
        flags = FIELD_NON_ASCII
        break
      }
    }
    // The scratch buffer is shared; copy so the view stays valid until the next value.
    this.setBytes(scratch.slice(0, written), 0, written, flags)
    this.textValue = text
  }

  /** The field's text (UTF-8 decoded, `""` unescaped). */
  get text(): string {
    if (this.textValue === undefined)
      this.textValue = fieldText(this.bytes, this.start, this.end, this.flags)
    return this.textValue
  }

  /** Epoch milliseconds when the field is an ISO 8601 date or date-time, else NaN. */
  get epoch(): number {
    if (!this.epochParsed) {
      this.epochParsed = true
      this.epochValue =
        this.flags & (FIELD_ESCAPED_QUOTES | FIELD_NON_ASCII)
          ? NaN
          : parseDatetimeBytes(this.bytes, this.start, this.end)
      this.epochHasTime = !Number.isNaN(this.epochValue) && lastParsedDatetime.hasTime
    }
    return this.epochValue
  }

  /** True when the field is a date-time (has a time part); meaningful only if `epoch` is valid. */
  get hasTime(): boolean {
    void this.epoch
    return this.epochHasTime
  }

  /**
   * true/false in the spellings YAML 1.2 and pandas accept: true, True, TRUE, false, ...
   * Compared on the bytes, so text columns are not decoded just to be typed.
   */
  get booleanValue(): boolean | undefined {
    const length = this.end - this.start
    if (length === 4)
      return matchesSpelling(this.bytes, this.start, TRUE_SPELLINGS) ? true : undefined
    if (length === 5)
      return matchesSpelling(this.bytes, this.start, FALSE_SPELLINGS) ? false : undefined
    return undefined
  }

  /** Length in Unicode code points (what "characters" means to a user). */
  get codePointLength(): number {
    if (!(this.flags & (FIELD_NON_ASCII | FIELD_ESCAPED_QUOTES))) return this.end - this.start
    let count = 0
    for (const _ of this.text) count++
    return count
  }
}

const EMPTY = new Uint8Array(0)
const TRUE_SPELLINGS = ['true', 'True', 'TRUE']
const FALSE_SPELLINGS = ['false', 'False', 'FALSE']

function matchesSpelling(bytes: Uint8Array, start: number, spellings: readonly string[]): boolean {
  outer: for (const spelling of spellings) {
    for (let i = 0; i < spelling.length; i++)
      if (bytes[start + i] !== spelling.charCodeAt(i)) continue outer
    return true
  }
  return false
}
const encoder = new TextEncoder()
let scratch = new Uint8Array(1024)
