import { describe, expect, it } from '@jest/globals'
import {
  CsvScanner,
  CsvSyntaxError,
  fieldText,
  isValidUtf8
} from '../../../shared/data/csv-scanner.js'

const encoder = new TextEncoder()

/** Splits text into rows of field texts, feeding it in chunks of `chunk` bytes like the file reader. */
function split(
  text: string,
  chunk = Infinity,
  delimiter = ','
): { rows: string[][]; lines: number[] } {
  const bytes = encoder.encode(text)
  const scanner = new CsvScanner(delimiter.charCodeAt(0))
  const rows: string[][] = []
  const lines: number[] = []
  let buffer = new Uint8Array(0)
  let offset = 0
  for (;;) {
    const next = bytes.subarray(offset, Math.min(bytes.length, offset + chunk))
    offset += next.length
    const joined = new Uint8Array(buffer.length + next.length)
    joined.set(buffer)
    joined.set(next, buffer.length)
    const atEnd = offset >= bytes.length
    const used = scanner.scan(joined, 0, joined.length, atEnd, (b, s) => {
      const fields: string[] = []
      for (let k = 0; k < s.fieldCount; k++)
        fields.push(fieldText(b, s.starts[k]!, s.ends[k]!, s.flags[k]!))
      rows.push(fields)
      lines.push(s.rowLine)
    })
    buffer = joined.slice(used)
    if (atEnd) break
  }
  return { rows, lines }
}

describe('CsvScanner (RFC 4180)', () => {
  const tricky = 'id,text,n\r\n1,"a, quoted ""field""",3\r\n2,"multi\nline",4\n3,,5\n\n4,plain,"6"'
  const expected = [
    ['id', 'text', 'n'],
    ['1', 'a, quoted "field"', '3'],
    ['2', 'multi\nline', '4'],
    ['3', '', '5'],
    ['4', 'plain', '6']
  ]

  it('splits quotes, doubled quotes, embedded newlines, CRLF and skips blank lines', () => {
    expect(split(tricky).rows).toEqual(expected)
  })

  it.each([1, 2, 3, 5, 7, 11])('gives the same rows when fed in chunks of %p bytes', (chunk) => {
    expect(split(tricky, chunk).rows).toEqual(expected)
  })

  it('reports the physical line each row starts on', () => {
    expect(split(tricky).lines).toEqual([1, 2, 3, 5, 7])
  })

  it('handles a missing final newline, a trailing delimiter and a custom delimiter', () => {
    expect(split('a,b\n1,').rows).toEqual([
      ['a', 'b'],
      ['1', '']
    ])
    expect(split('a;b\n1;2', Infinity, ';').rows).toEqual([
      ['a', 'b'],
      ['1', '2']
    ])
    expect(split('a\tb\n1\t2\n', Infinity, '\t').rows).toEqual([
      ['a', 'b'],
      ['1', '2']
    ])
  })

  it('decodes UTF-8 inside and outside quotes', () => {
    expect(split('name\n"Zoë, 🚀"\nÅsa\n', 3).rows).toEqual([['name'], ['Zoë, 🚀'], ['Åsa']])
  })

  it('rejects an unterminated quote at the line where the row starts', () => {
    expect(() => split('a,b\n1,"open\n2,3\n')).toThrow(CsvSyntaxError)
    try {
      split('a,b\n1,2\n3,"open\nmore\n')
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(3)
      expect((error as CsvSyntaxError).detail).toMatch(/closing quote/)
    }
  })

  it('rejects text after a closing quote', () => {
    expect(() => split('a,b\n"x"y,2\n')).toThrow(/after a closing quote/)
  })

  it('stops before a row that starts at or after stopBefore', () => {
    const bytes = encoder.encode('1,a\n2,b\n3,c\n')
    const scanner = new CsvScanner(44)
    const seen: string[] = []
    const end = scanner.scan(
      bytes,
      0,
      bytes.length,
      true,
      (b, s) => seen.push(fieldText(b, s.starts[0]!, s.ends[0]!, 0)),
      5
    )
    expect(seen).toEqual(['1', '2'])
    expect(end).toBe(8)
  })
})

describe('isValidUtf8', () => {
  it.each([
    [[0x61, 0x62], true],
    [[0xc3, 0xa9], true],
    [[0xf0, 0x9f, 0x9a, 0x80], true],
    [[0xc3], false],
    [[0xc0, 0xaf], false],
    [[0xed, 0xa0, 0x80], false],
    [[0xff], false],
    [[0xe2, 0x82], false]
  ])('%p → %p', (bytes, valid) => {
    expect(isValidUtf8(new Uint8Array(bytes), 0, bytes.length)).toBe(valid)
  })
})
