import { describe, expect, it } from '@jest/globals'
import {
  buildSpcRecord,
  parseSpcRecord,
  serializeSpcRecord
} from '../../../shared/spc-history/spc-record.js'
import { latestAttempts } from '../../../shared/spc-history/metric-series.js'
import type { HistoryEntry } from '../../../shared/spc-history/metric-series.js'
import { metricSeries } from '../../../shared/spc-history/metric-series.js'
import {
  assertSpcSeriesName,
  historyRecordKey,
  historySeriesName
} from '../../../shared/spc-history/series-naming.js'

const run = { id: '9876543210', attempt: 1, sha: 'abc', ref: 'refs/heads/main', event: 'schedule' }

describe('history records', () => {
  it('serialise canonically: the same metrics in another order give the same bytes', () => {
    const a = buildSpcRecord({
      series: 'orders',
      run,
      sources: ['m.json'],
      metrics: {
        rows: { kind: 'measurement', value: 3 },
        late: { kind: 'proportion', count: 1, size: 3 }
      }
    })
    const b = buildSpcRecord({
      series: 'orders',
      run,
      sources: ['m.json'],
      metrics: {
        late: { kind: 'proportion', size: 3, count: 1 } as never,
        rows: { kind: 'measurement', value: 3 }
      }
    })
    expect(Buffer.from(serializeSpcRecord(a)).equals(Buffer.from(serializeSpcRecord(b)))).toBe(true)
    expect(new TextDecoder().decode(serializeSpcRecord(a))).not.toMatch(/time|date/i)
  })

  it('round-trip through parse', () => {
    const record = buildSpcRecord({
      series: 'orders',
      run,
      sources: [],
      metrics: {
        d: { kind: 'measurement', subgroup: [1, 2, 3] },
        e: { kind: 'event-rate', count: 2, size: 0.5 }
      }
    })
    expect(parseSpcRecord(serializeSpcRecord(record), 'orders')).toEqual(record)
  })

  it.each([
    ['not JSON', '{"format":', /not valid UTF-8 JSON/],
    ['another format', '{"format":"x"}', /format is "x"/],
    [
      'a newer version',
      '{"format":"tollgate-spc-record","version":2}',
      /version 2; this Tollgate reads version 1/
    ],
    [
      'another series',
      '{"format":"tollgate-spc-record","version":1,"series":"eu"}',
      /belongs to series "eu", not "orders"/
    ],
    [
      'a run without an id',
      '{"format":"tollgate-spc-record","version":1,"series":"orders","run":{"attempt":1}}',
      /run id is missing/
    ],
    [
      'a bad metric',
      `{"format":"tollgate-spc-record","version":1,"series":"orders","run":${JSON.stringify(run)},"sources":[],"metrics":{"rows":{"kind":"proportion","count":-1,"size":2}}}`,
      /metric "rows": count must not be negative/
    ],
    [
      'a metric without kind',
      `{"format":"tollgate-spc-record","version":1,"series":"orders","run":${JSON.stringify(run)},"sources":[],"metrics":{"rows":3}}`,
      /metric "rows" has no kind/
    ]
  ])('says why %s cannot be used', (_what, text, message) => {
    const parsed = parseSpcRecord(new TextEncoder().encode(text), 'orders')
    expect('problem' in parsed ? parsed.problem : 'parsed').toMatch(message)
  })
})

describe('series naming', () => {
  it('maps a series to its store series and a run to its record key', () => {
    expect(historySeriesName('orders')).toBe('spc-history.orders')
    expect(historyRecordKey('9876543210', 2)).toBe('9876543210-2')
    expect(() => assertSpcSeriesName('orders.eu_2-daily')).not.toThrow()
    for (const bad of ['', 'orders/eu', '.hidden', 'a..b', 'trailing.', 'spaces here']) {
      expect(() => assertSpcSeriesName(bad)).toThrow(/series name .* is not allowed/)
    }
  })
})

describe('one point per run', () => {
  const entry = (key: string, id: string, attempt: number, value: number): HistoryEntry => ({
    key,
    createdAt: `2026-01-01T00:00:0${key.length % 10}Z`,
    record: buildSpcRecord({
      series: 's',
      run: { ...run, id, attempt },
      sources: [],
      metrics: { v: { kind: 'measurement', value } }
    })
  })

  it('keeps the latest attempt of a re-run workflow, where that attempt was recorded', () => {
    const history = latestAttempts([
      entry('1-1', '1', 1, 10),
      entry('2-1', '2', 1, 20),
      entry('1-2', '1', 2, 11),
      entry('3-1', '3', 1, 30)
    ])
    expect(history.entries.map((e) => e.key)).toEqual(['2-1', '1-2', '3-1'])
    expect(history.superseded).toEqual([{ key: '1-1', by: '1-2' }])
    expect(metricSeries(history.entries, 's', 'v').map((p) => p.point)).toEqual([
      { kind: 'measurement', value: 20 },
      { kind: 'measurement', value: 11 },
      { kind: 'measurement', value: 30 }
    ])
  })

  it('skips runs without the metric', () => {
    const other: HistoryEntry = {
      ...entry('4-1', '4', 1, 0),
      record: buildSpcRecord({
        series: 's',
        run,
        sources: [],
        metrics: { w: { kind: 'measurement', value: 1 } }
      })
    }
    expect(metricSeries([entry('1-1', '1', 1, 10), other], 's', 'v')).toHaveLength(1)
  })
})
