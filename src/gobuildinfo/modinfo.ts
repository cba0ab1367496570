import type { GoBuildInfo } from './types.js'
import { goUnquote } from './unquote.js'

type Dep = GoBuildInfo['deps'][number]

/** Maximum number of modinfo lines parsed (a bound for hostile inputs; real binaries have a few hundred). */
const MAX_LINES = 100_000

/**
 * Parses the module-info text embedded in a Go binary exactly as runtime/debug.ParseBuildInfo does
 * (path, mod, dep, `=>` replacement and build lines). Malformed lines are skipped and reported in `problems`.
 */
export function parseModInfo(version: string, text: string, problems: string[] = []): GoBuildInfo {
  const info: GoBuildInfo = { version, path: '', main: { path: '', version: '' }, settings: {}, deps: [] }
  let last: Dep | null = null
  let start = 0
  for (let n = 0; n < MAX_LINES; n++) {
    const end = text.indexOf('\n', start)
    if (end < 0) break
    const line = text.slice(start, end)
    start = end + 1
    if (line.startsWith('path\t')) {
      info.path = line.slice(5)
    } else if (line.startsWith('mod\t')) {
      const m = moduleLine(line.slice(4), problems)
      if (m) info.main = m
      last = m
    } else if (line.startsWith('dep\t')) {
      const m = moduleLine(line.slice(4), problems)
      if (m) info.deps.push(m)
      last = m
    } else if (line.startsWith('=>\t')) {
      const elem = line.slice(3).split('\t')
      if (elem.length !== 3 || last === null) {
        problems.push(`go buildinfo: bad replacement line ${JSON.stringify(line.slice(0, 200))}`)
      } else {
        last.replace = withSum({ path: elem[0], version: elem[1] }, elem[2])
      }
      last = null
    } else if (line.startsWith('build\t')) {
      const kv = buildLine(line.slice(6))
      if (kv) info.settings[kv[0]] = kv[1]
      else problems.push(`go buildinfo: bad build line ${JSON.stringify(line.slice(0, 200))}`)
    }
  }
  return info
}

function withSum<T extends { path: string; version: string; sum?: string }>(m: T, sum: string | undefined): T {
  if (sum) m.sum = sum
  return m
}

function moduleLine(rest: string, problems: string[]): Dep | null {
  const elem = rest.split('\t')
  if (elem.length !== 2 && elem.length !== 3) {
    problems.push(`go buildinfo: expected 2 or 3 columns in module line, got ${elem.length}`)
    return null
  }
  return withSum({ path: elem[0], version: elem[1] }, elem[2])
}

function buildLine(kv: string): [string, string] | null {
  if (kv.length < 1 || kv[0] === '=') return null
  let key: string
  let raw: string
  if (kv[0] === '"' || kv[0] === '`') {
    const end = quotedPrefixEnd(kv)
    if (end < 0) return null
    const k = goUnquote(kv.slice(0, end))
    if (k === null || kv[end] !== '=') return null
    key = k
    raw = kv.slice(end + 1)
  } else {
    const eq = kv.indexOf('=')
    if (eq < 0) return null
    key = kv.slice(0, eq)
    raw = kv.slice(eq + 1)
  }
  if (raw.length > 0 && (raw[0] === '"' || raw[0] === '`')) {
    const v = goUnquote(raw)
    return v === null ? null : [key, v]
  }
  return [key, raw]
}

/** Length of the Go quoted literal at the start of s, or -1. */
function quotedPrefixEnd(s: string): number {
  const q = s[0]
  for (let i = 1; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') {
      i++
      continue
    }
    if (s[i] === q) return i + 1
  }
  return -1
}
