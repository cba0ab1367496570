import schema from './data/profile.schema.json' with { type: 'json' }
import { validateProfile as compiled } from './data/validators.js'

/** JSON schema of a saved TargetProfile (profileVersion 2; version 1 files validate too); src/knowledge/data/profile.schema.json. */
export const PROFILE_SCHEMA: object = schema

interface SchemaError {
  instancePath: string
  message?: string
}

/** Runs an ajv-compiled (standalone) validator and formats its errors. */
export function runValidator(fn: unknown, data: unknown, max = 10): string[] {
  const v = fn as ((d: unknown) => boolean) & { errors?: SchemaError[] | null }
  if (v(data)) return []
  return (v.errors ?? []).slice(0, max).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`)
}

/** Validates a parsed profile object against PROFILE_SCHEMA; returns the list of problems (empty when valid). */
export function validateProfile(data: unknown): string[] {
  return runValidator(compiled, data)
}
