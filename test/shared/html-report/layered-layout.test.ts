import { describe, expect, it } from '@jest/globals'
import { layeredLayout, type LayoutEdge } from '../../../shared/html-report/layered-layout.js'
import { mulberry32 } from '../../../shared/stats/random.js'

const edges = (...pairs: string[]): LayoutEdge[] =>
  pairs.map((pair) => {
    const [from, to] = pair.split('>')
    return { from: from!, to: to! }
  })

function layerOf(layout: ReturnType<typeof layeredLayout>, id: string): number {
  return layout.position.get(id)!.layer
}

describe('layeredLayout', () => {
  it('puts each node one layer after the longest path reaching it, with virtual nodes on long edges', () => {
    const layout = layeredLayout(['a', 'b', 'c'], edges('a>b', 'b>c', 'a>c'))
    expect(['a', 'b', 'c'].map((id) => layerOf(layout, id))).toEqual([0, 1, 2])
    const shortcut = layout.routes.find((route) => route.edge === 2)!
    expect(shortcut.slots).toHaveLength(3)
    expect(layout.layers[1]!.filter((slot) => slot.virtual)).toHaveLength(1)
  })

  it('moves a source next to its first consumer', () => {
    // today's data is read only by the drift check at the end of the chain.
    const layout = layeredLayout(
      ['train', 'run', 'model', 'drift', 'today'],
      edges('train>run', 'run>model', 'model>drift', 'today>drift')
    )
    expect(layerOf(layout, 'drift')).toBe(3)
    expect(layerOf(layout, 'today')).toBe(2)
    expect(layerOf(layout, 'train')).toBe(0)
  })

  it('removes crossings the barycentre heuristic can remove', () => {
    const layout = layeredLayout(['a', 'b', 'c', 'd'], edges('a>d', 'b>c'))
    expect(layout.crossings).toBe(0)
    expect(layout.position.get('d')!.order).toBeLessThan(layout.position.get('c')!.order)
  })

  it('never ends with more crossings than the input order had', () => {
    // K(3,3) drawn in two layers crosses 3 × 3 = 9 times whatever the order.
    const layout = layeredLayout(
      ['a', 'b', 'c', 'x', 'y', 'z'],
      edges('a>x', 'a>y', 'a>z', 'b>x', 'b>y', 'b>z', 'c>x', 'c>y', 'c>z')
    )
    expect(layout.crossings).toBe(9)
  })

  it('breaks cycles, and drops self-loops and edges to unknown nodes', () => {
    const layout = layeredLayout(['a', 'b', 'c'], edges('a>b', 'b>a', 'b>c', 'c>c', 'a>nowhere'))
    expect(layout.routes.map((route) => route.edge)).toEqual([0, 1, 2])
    expect(layout.routes.filter((route) => route.reversed).map((route) => route.edge)).toEqual([1])
    expect(['a', 'b', 'c'].map((id) => layerOf(layout, id))).toEqual([0, 1, 2])
  })

  it('routes every edge forwards through consecutive layers (random DAGs)', () => {
    const random = mulberry32(42)
    for (let trial = 0; trial < 20; trial++) {
      const ids = Array.from({ length: 12 }, (_, i) => `n${i}`)
      const list: LayoutEdge[] = []
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++)
          if (random() < 0.2) list.push({ from: ids[i]!, to: ids[j]! })
      }
      const layout = layeredLayout(ids, list)
      const slotLayer = new Map<string, number>()
      layout.layers.forEach((layer, index) =>
        layer.forEach((slot) => slotLayer.set(slot.id, index))
      )
      expect(layout.position.size).toBe(ids.length)
      for (const route of layout.routes) {
        const layers = route.slots.map((id) => slotLayer.get(id)!)
        layers.forEach((layer, index) => index > 0 && expect(layer).toBe(layers[index - 1]! + 1))
      }
      expect(layeredLayout(ids, list)).toEqual(layout)
    }
  })

  it('lays out an empty graph', () => {
    expect(layeredLayout([], [])).toMatchObject({ layers: [], routes: [], crossings: 0 })
  })
})
