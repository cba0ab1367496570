import type { ErrorObject } from 'ajv'
import { didYouMean } from './did-you-mean.js'
import type { ConfigProblem } from './config-error.js'
import { formatKeyPath, parsePointer, type KeyPath, type YamlLocator } from './yaml-locator.js'

type Schemaish = Record<string, unknown>

/** Where a path points: the key for mapping members, the item for sequence entries. */
export function positionOf(loc: YamlLocator, path: KeyPath): { line: number; column: number } {
  if (path.length === 0) return loc.value([])
  const last = path[path.length - 1]
  const parent = path.slice(0, -1)
  return typeof last === 'number' ? loc.item(parent, last) : loc.key(parent, last)
}

function describeSchema(s: Schemaish): string {
  if (Array.isArray(s.enum)) return `one of ${(s.enum as unknown[]).map((v) => String(v)).join(', ')}`
  const t = s.type
  if (Array.isArray(t)) return t.map((x) => describeType(String(x))).join(' or ')
  if (typeof t === 'string') {
    if (t === 'array' && s.items && (s.items as Schemaish).type === 'string') return 'a list of strings'
    if (t === 'string' && typeof s.pattern === 'string' && s.pattern.includes('ms|s|m|h'))
      return 'a duration like 30s or 2m'
    return describeType(t)
  }
  return 'a valid value'
}

function describeType(t: string): string {
  switch (t) {
    case 'array':
      return 'a list'
    case 'object':
      return 'a mapping'
    case 'string':
      return 'a string'
    case 'integer':
      return 'an integer'
    case 'number':
      return 'a number'
    case 'boolean':
      return 'true or false'
    case 'null':
      return 'empty'
    default:
      return t
  }
}

function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`
  return String(v)
}

function valueAt(root: unknown, path: KeyPath): unknown {
  let cur: unknown = root
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string | number, unknown>)[seg]
  }
  return cur
}

/** Turns ajv errors (allErrors, verbose) into located, deduplicated problems with readable messages. */
export function schemaProblems(errors: ErrorObject[], root: unknown, loc: YamlLocator): ConfigProblem[] {
  const problems: ConfigProblem[] = []
  const seen = new Set<string>()
  const push = (path: KeyPath, message: string): void => {
    const key = formatKeyPath(path)
    const id = `${key}\0${message}`
    if (seen.has(id)) return
    seen.add(id)
    const pos = positionOf(loc, path)
    problems.push({ file: loc.file, key, line: pos.line, column: pos.column, message })
  }
  const paths = errors.map((e) => e.instancePath)
  const structural = new Set(
    errors.filter((e) => e.keyword === 'additionalProperties' || e.keyword === 'required').map((e) => e.instancePath),
  )
  const hasDeeper = (p: string): boolean => paths.some((q) => q.startsWith(p + '/'))

  for (const e of errors) {
    const path = parsePointer(e.instancePath)
    const value = valueAt(root, path)
    // Errors inside one branch of an anyOf are noise when the value is clearly of the other branch's shape.
    const inAnyOfBranch = /\/anyOf\/\d+\//.test(e.schemaPath)
    switch (e.keyword) {
      case 'additionalProperties': {
        const prop = String((e.params as { additionalProperty: string }).additionalProperty)
        const parentSchema = (e.parentSchema ?? {}) as Schemaish
        const known = Object.keys((parentSchema.properties ?? {}) as Schemaish)
        const guess = didYouMean(prop, known)
        push(
          [...path, prop],
          `unknown key${guess ? ` (did you mean '${guess}'?)` : ''}; known keys: ${known.join(', ')}`,
        )
        break
      }
      case 'required': {
        const prop = String((e.params as { missingProperty: string }).missingProperty)
        push([...path, prop], `required key is missing`)
        break
      }
      case 'anyOf': {
        if (structural.has(e.instancePath) || hasDeeper(e.instancePath)) break
        const branches = ((e.schema ?? []) as Schemaish[]).map(describeSchema)
        push(path, `must be ${branches.join(' or ')} (got ${describeValue(value)})`)
        break
      }
      case 'type': {
        if (inAnyOfBranch) break
        push(path, `must be ${describeSchema((e.parentSchema ?? {}) as Schemaish)} (got ${describeValue(value)})`)
        break
      }
      case 'enum': {
        if (inAnyOfBranch) break
        const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String)
        const guess = typeof value === 'string' ? didYouMean(value, allowed) : null
        push(
          path,
          `must be one of ${allowed.join(', ')} (got ${describeValue(value)})${guess ? `; did you mean '${guess}'?` : ''}`,
        )
        break
      }
      case 'pattern': {
        const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName
        if (propertyName !== undefined) {
          push([...path, propertyName], 'must be an environment variable name (letters, digits, _)')
          break
        }
        if (inAnyOfBranch && !hasDeeper(e.instancePath) && paths.filter((p) => p === e.instancePath).length > 1) {
          // reported by the anyOf summary
          break
        }
        const what = describeSchema((e.parentSchema ?? {}) as Schemaish)
        const hint = e.instancePath.endsWith('/platform')
          ? 'a platform like linux/amd64 or linux/arm64'
          : e.instancePath.startsWith('/env')
            ? 'an environment variable name'
            : what === 'a duration like 30s or 2m'
              ? what
              : `a value matching ${(e.params as { pattern: string }).pattern}`
        push(path, `must be ${hint} (got ${describeValue(value)})`)
        break
      }
      case 'propertyNames':
        break
      default:
        if (inAnyOfBranch) break
        push(path, e.message ?? 'invalid value')
    }
  }
  return problems
}
