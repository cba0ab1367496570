import type { BuildDiagnostic } from '../matrix/types.js'

const POSITION = /^(?<file>[^\s:][^:]*?):(?<line>\d+)(?::(?<col>\d+))?: (?<msg>.+)$/
const MAX_DIAGNOSTICS = 50
const MAX_MESSAGE = 500

/** Normalises a compiler-printed path to one relative to the module root, or null when it is not a user file. */
export function relativeToModule(file: string, moduleRoots: string[]): string | null {
  let f = file.replace(/\\/g, '/')
  for (const root of moduleRoots) {
    const r = root.replace(/\/+$/, '')
    if (f === r) return null
    if (r && f.startsWith(r + '/')) {
      f = f.slice(r.length + 1)
      break
    }
  }
  if (f.startsWith('/')) return null // toolchain or temp files (/usr/lib/go, /tmp/go-build, /_/os/user)
  f = f.replace(/^\.\//, '')
  if (f.startsWith('../') || f.startsWith('$WORK') || f.startsWith('<')) return null
  return f
}

/** The symbols of the linker's "undefined reference to `SYM'" lines, in order, once each. */
export function undefinedReferences(output: string): string[] {
  return [...new Set([...output.matchAll(/undefined reference to `([^']+)'/g)].map((m) => m[1]))]
}

/**
 * Parses compiler and linker output into diagnostics: `file:line[:col]: message` lines get positions relative to the
 * module root; error lines without a position (linker errors, "cannot find -lfoo", go command errors) are kept too.
 */
export function parseBuildDiagnostics(output: string, moduleRoots: string[]): BuildDiagnostic[] {
  const out: BuildDiagnostic[] = []
  const seen = new Set<string>()
  const add = (d: BuildDiagnostic): void => {
    const key = `${d.file}:${d.line}:${d.column}:${d.message}`
    if (seen.has(key) || out.length >= MAX_DIAGNOSTICS) return
    seen.add(key)
    out.push({ ...d, message: d.message.slice(0, MAX_MESSAGE) })
  }
  const undefinedRefs: string[] = []
  let undefinedIn: string | null = null
  for (const raw of output.split('\n')) {
    const line = raw.replace(/\r$/, '').trimEnd()
    const undef = /undefined reference to `([^']+)'/.exec(line)
    if (undef) {
      // the linker lists one line per call site: keep one summary with every symbol
      if (!undefinedRefs.includes(undef[1])) undefinedRefs.push(undef[1])
      const lib = /\/([^/\s]+\.a)\(/.exec(line)
      if (lib && !undefinedIn) undefinedIn = lib[1]
      continue
    }
    const inFunction = /\/([^/\s]+\.a)\([^)]*\): in function/.exec(line)
    if (inFunction) {
      undefinedIn ??= inFunction[1]
      continue
    }
    if (!line || line.startsWith('#') || /^\s/.test(line)) continue
    if (line.startsWith('abigap: ')) {
      add({ file: null, line: null, column: null, message: line.slice('abigap: '.length) })
      continue
    }
    const m = POSITION.exec(line)
    if (m?.groups && !/^(\/usr\/bin\/ld|collect2|ld|gcc|cc|go)$/.test(m.groups.file)) {
      const msg = m.groups.msg
      if (/^(note|warning): /.test(msg) && !/warning: Using '/.test(msg)) continue
      if (/warning: Using '/.test(msg)) continue // glibc static-NSS linker warnings are not build failures
      const file = relativeToModule(m.groups.file, moduleRoots)
      if (file === null) {
        // a toolchain header or temp file: keep the whole line, it is the clue (e.g. a missing cross libc)
        if (/error|undefined|cannot/i.test(msg)) add({ file: null, line: null, column: null, message: line })
        continue
      }
      add({
        file,
        line: Number(m.groups.line),
        column: m.groups.col ? Number(m.groups.col) : null,
        message: msg.replace(/^error: /, ''),
      })
      continue
    }
    if (
      /(^|: )(error|fatal error|undefined reference|cannot find|collect2|ld returned|cannot load|no required module|missing go.sum|package .* is not in|build constraints exclude|cgo: )/i.test(
        line,
      ) ||
      /^(go|go build|can't load package|flag provided but not defined|exec: )/.test(line) ||
      /\/link: running \S+ failed/.test(line)
    ) {
      add({ file: null, line: null, column: null, message: line })
    }
  }
  if (undefinedRefs.length) {
    const shown = undefinedRefs.slice(0, 12).map((sym) => `\`${sym}'`)
    const more = undefinedRefs.length > 12 ? ` and ${undefinedRefs.length - 12} more` : ''
    add({
      file: null,
      line: null,
      column: null,
      message: `undefined reference to ${shown.join(', ')}${more}${undefinedIn ? ` (from ${undefinedIn})` : ''}`,
    })
  }
  return out
}
