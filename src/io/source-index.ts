import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { IndexedSite, SourceIndex } from '../abi/source-index.js'
import { UserError } from '../errors/user-error.js'

/** The source directory could not be read (a user error with a clear message). */
export class SourceIndexError extends UserError {
  override name = 'SourceIndexError'
  constructor(message: string) {
    super('source', message)
  }
}

const MAX_FILES = 50000
const MAX_FILE_BYTES = 2 * 1024 * 1024
const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn'])
const C_EXT = /\.(c|cc|cpp|cxx|h|hh|hpp|hxx|m)$/
const C_KEYWORDS = new Set([
  'if',
  'for',
  'while',
  'switch',
  'return',
  'sizeof',
  'defined',
  'case',
  'else',
  'do',
  'typedef',
  'struct',
  'union',
  'enum',
  'static',
  'const',
  'void',
  'int',
  'char',
  'unsigned',
  'long',
  'short',
  'double',
  'float',
])

function push(map: Record<string, IndexedSite[]>, key: string, site: IndexedSite): void {
  const list = (map[key] ??= [])
  if (list.length < 50 && !list.some((s) => s.file === site.file && s.line === site.line)) list.push(site)
}

/** Indexes one Go file: imports, `import "C"` preambles, C.fn uses. */
export function indexGoFile(file: string, text: string, into: SourceIndex): void {
  const lines = text.split('\n')
  const constraint = /^\/\/go:build\s+(.+)$/m.exec(text.slice(0, text.search(/^package\s/m) >>> 0))
  if (constraint) (into.buildConstraints ??= {})[file] = constraint[1].trim()
  let inImportBlock = false
  let importsC = false
  const importLines: { pkg: string; line: number; column: number }[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const trimmed = line.trim()
    if (/^import\s*\($/.test(trimmed)) {
      inImportBlock = true
      continue
    }
    if (inImportBlock && trimmed.startsWith(')')) {
      inImportBlock = false
      continue
    }
    const m = inImportBlock
      ? /^(?:[A-Za-z_.][\w]*\s+)?"([^"]+)"/.exec(trimmed)
      : /^import\s+(?:[A-Za-z_.][\w]*\s+)?"([^"]+)"/.exec(trimmed)
    if (m) {
      importLines.push({ pkg: m[1], line: i + 1, column: line.indexOf('"') + 1 })
      if (m[1] === 'C') {
        importsC = true
        preamble(file, lines, inImportBlock ? blockStart(lines, i) : i, into)
      }
    }
  }
  for (const im of importLines) push(into.imports, im.pkg, { file, line: im.line, column: im.column })
  if (!importsC) return
  for (let i = 0; i < lines.length; i++) {
    const code = lines[i].replace(/\/\/.*$/, '')
    for (const m of code.matchAll(/\bC\.([A-Za-z_]\w*)/g))
      push(into.cgoCalls, m[1], { file, line: i + 1, column: (m.index ?? 0) + 1 })
  }
}

/** For `import (` … `"C"`: the cgo preamble precedes the `import (` line. */
function blockStart(lines: string[], i: number): number {
  for (let j = i; j >= 0; j--) if (/^import\s*\(/.test(lines[j].trim())) return j
  return i
}

/** Records identifiers on the comment lines directly above line `at` (the cgo preamble). */
function preamble(file: string, lines: string[], at: number, into: SourceIndex): void {
  let j = at - 1
  const record = (k: number, text: string, offset: number) => {
    const ld = /^\s*#cgo\b[^:]*\bLDFLAGS:(.*)$/.exec(text)
    if (ld) {
      for (const m of ld[1].matchAll(/(?:^|\s)(-l\S+|\S+\.a|\S+\.so(?:\.\d+)*)(?=\s|$)/g))
        push((into.cgoLdflags ??= {}), m[1], {
          file,
          line: k + 1,
          column: offset + text.length - ld[1].length + (m.index ?? 0) + m[0].length - m[1].length + 1,
        })
      return
    }
    for (const m of text.matchAll(/[A-Za-z_]\w*/g))
      push(into.cgoPreamble, m[0], { file, line: k + 1, column: offset + (m.index ?? 0) + 1 })
  }
  if (j >= 0 && lines[j].trim().endsWith('*/')) {
    for (; j >= 0; j--) {
      record(j, lines[j], 0)
      if (lines[j].includes('/*')) break
    }
    return
  }
  for (; j >= 0 && lines[j].trim().startsWith('//'); j--) {
    const off = lines[j].indexOf('//') + 2
    record(j, lines[j].slice(off), off)
  }
}

/** Indexes one C/C++ file: identifiers that are called. */
export function indexCFile(file: string, text: string, into: SourceIndex): void {
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    for (const m of lines[i].matchAll(/\b([A-Za-z_]\w*)\s*\(/g)) {
      if (!C_KEYWORDS.has(m[1])) push(into.cSources, m[1], { file, line: i + 1, column: (m.index ?? 0) + 1 })
    }
  }
}

/**
 * Scans a Go source tree (.go imports, cgo preambles and C.fn calls, .c/.cc/.cpp/.h files, go.mod) into a SourceIndex.
 * Throws SourceIndexError when `dir` is not a readable directory.
 */
export async function indexSource(dir: string): Promise<SourceIndex> {
  let st
  try {
    st = await stat(dir)
  } catch (e) {
    throw new SourceIndexError(`cannot read source directory ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`)
  }
  if (!st.isDirectory()) throw new SourceIndexError(`source ${dir} is not a directory`)
  try {
    await readdir(dir)
  } catch (e) {
    throw new SourceIndexError(`cannot read source directory ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`)
  }
  const index: SourceIndex = {
    root: dir,
    imports: {},
    cgoCalls: {},
    cgoPreamble: {},
    cSources: {},
    cgoLdflags: {},
    goMod: null,
    skipped: [],
  }
  let count = 0
  const walk = async (d: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(d, { withFileTypes: true })
    } catch {
      index.skipped.push(rel(dir, d))
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1))
    for (const e of entries) {
      if (count >= MAX_FILES) return
      const p = join(d, e.name)
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(p)
        continue
      }
      if (!e.isFile()) continue
      const isGo = e.name.endsWith('.go')
      const isC = C_EXT.test(e.name)
      const isMod = e.name === 'go.mod' && d === dir
      if (!isGo && !isC && !isMod) continue
      count++
      let text: string
      try {
        const s = await stat(p)
        if (s.size > MAX_FILE_BYTES) {
          index.skipped.push(rel(dir, p))
          continue
        }
        text = await readFile(p, 'utf8')
      } catch {
        index.skipped.push(rel(dir, p))
        continue
      }
      const file = rel(dir, p)
      if (isGo) indexGoFile(file, text, index)
      else if (isC) indexCFile(file, text, index)
      else {
        const lines = text.split('\n')
        const i = lines.findIndex((l) => /^\s*module\s+\S+/.test(l))
        if (i >= 0) index.goMod = { file, line: i + 1, module: lines[i].trim().split(/\s+/)[1].replace(/"/g, '') }
      }
    }
  }
  await walk(dir)
  return index
}

function rel(root: string, p: string): string {
  return relative(root, p).split(sep).join('/')
}
