import { encodePartialJson } from '../shard/partial-json.js'
import { readValidatePartial, type ValidatePartial } from '../shard/validate-partial.js'
import { readUserFile, writeTextFile } from './user-files.js'

/** Writes a shard partial atomically (compact JSON: it is for the merge, not for reading). */
export function writePartialFile(path: string, partial: ValidatePartial): void {
  writeTextFile(path, `${encodePartialJson(partial)}\n`)
}

/** Reads and checks a shard partial written by writePartialFile. */
export function readPartialFile(path: string, format?: ValidatePartial['format']): ValidatePartial {
  return readValidatePartial(readUserFile(path, 'shard partial'), path, format)
}
