import { describe, expect, it } from '@jest/globals'
import {
  encodeLabels,
  predictedClassesFromScores,
  sortedClasses
} from '../../../shared/evaluation/label-encoding.js'

describe('label encoding in sklearn order', () => {
  it('sorts numbers numerically and strings by code point', () => {
    expect(sortedClasses([10, 2, 1, 2])).toEqual([1, 2, 10])
    expect(sortedClasses(['b', 'B', 'a'], ['é'])).toEqual(['B', 'a', 'b', 'é'])
    // U+FF5E sorts below U+1F600 by code point although its UTF-16 unit is larger.
    expect(sortedClasses(['\u{1F600}', '\uFF5E'])).toEqual(['\uFF5E', '\u{1F600}'])
  })

  it('refuses a mix of numbers and strings', () => {
    expect(() => sortedClasses([1, 'a'])).toThrow(/mix numbers and strings/)
  })

  it('codes labels by their index among the classes and names an unknown label', () => {
    const { codes, classes } = encodeLabels(['no', 'yes', 'yes', 'no'])
    expect(classes).toEqual(['no', 'yes'])
    expect(Array.from(codes)).toEqual([0, 1, 1, 0])
    expect(() => encodeLabels(['no', 'maybe'], ['no', 'yes'], 'target')).toThrow(
      /row 2, column "target"\): label "maybe" is not one of the classes "no", "yes"/
    )
  })

  it('predicts the first class with the highest probability (numpy argmax)', () => {
    expect(Array.from(predictedClassesFromScores([0.2, 0.5, 0.51], 3, 2))).toEqual([0, 0, 1])
    const matrix = [0.2, 0.4, 0.4, 0.5, 0.3, 0.2, 0.1, 0.1, 0.8]
    expect(Array.from(predictedClassesFromScores(matrix, 3, 3))).toEqual([1, 0, 2])
  })
})
