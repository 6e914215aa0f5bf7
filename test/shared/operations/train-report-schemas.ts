import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { repoRoot } from '../../helpers/paths.js'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

/** The errors of validating a report (after a JSON round trip) against a schema in shared/report/schemas. */
export function schemaErrors(schemaFile: string, report: unknown): unknown[] {
  const schema = JSON.parse(
    readFileSync(join(repoRoot, 'shared/report/schemas', schemaFile), 'utf8')
  ) as object
  const validate = addFormats(new Ajv({ allErrors: true, allowUnionTypes: true })).compile(schema)
  return validate(JSON.parse(JSON.stringify(report))) ? [] : (validate.errors ?? [])
}
