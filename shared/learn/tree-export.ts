import type { TreeJson } from './model-format.js'
import type { FeatureBinning } from './tree-binning.js'
import { MISSING_BIN, MISSING_ONLY_THRESHOLD } from './tree-binning.js'
import type { GrownTree } from './tree-grower.js'

/**
 * A tree grown in bin space, restated in terms of raw values for the model file: a numeric split
 * "bin ≤ b" becomes "value ≤ thresholds[b]" (exact, by how bins are assigned; see
 * tree-binning.ts), the split "every present value left" gets threshold MISSING_ONLY_THRESHOLD,
 * and a categorical split lists the category codes sent left.
 */
export function exportTree(tree: GrownTree, binnings: readonly FeatureBinning[]): TreeJson {
  const json: TreeJson = {
    feature: [],
    threshold: [],
    leftCategories: [],
    missingLeft: [],
    left: [],
    right: [],
    value: []
  }
  for (let node = 0; node < tree.feature.length; node++) {
    const feature = tree.feature[node]!
    json.feature.push(feature)
    json.left.push(tree.left[node]!)
    json.right.push(tree.right[node]!)
    json.missingLeft.push(tree.missingLeft[node]!)
    json.value.push(tree.value[node]!)
    if (feature < 0) {
      json.threshold.push(0)
      json.leftCategories.push(null)
      continue
    }
    const binning = binnings[feature]!
    if (binning.kind === 'numeric') {
      const bin = tree.bin[node]!
      json.threshold.push(
        bin < binning.thresholds.length ? binning.thresholds[bin]! : MISSING_ONLY_THRESHOLD
      )
      json.leftCategories.push(null)
    } else {
      const goesLeft = tree.goesLeft[node]!
      const codes: number[] = []
      for (let code = 0; code < binning.binCount && code < MISSING_BIN; code++) {
        if (goesLeft[code] === 1) codes.push(code)
      }
      json.threshold.push(0)
      json.leftCategories.push(codes)
    }
  }
  return json
}
