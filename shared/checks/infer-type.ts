import type { TypeCounts } from '../scan/column-scan.js'

export type InferredType =
  'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'string' | 'empty'

/**
 * The narrowest type every non-null value fits: integers stay `integer`, integers with decimals
 * are `number`, dates with date-times are `datetime`; anything mixed with text is `string`.
 */
export function inferType(types: TypeCounts, values: number): InferredType {
  if (values === 0) return 'empty'
  if (types.integer === values) return 'integer'
  if (types.integer + types.decimal === values) return 'number'
  if (types.boolean === values) return 'boolean'
  if (types.date === values) return 'date'
  if (types.date + types.datetime === values) return 'datetime'
  return 'string'
}
