// Reads the facts the embedded knowledge base may claim about a release from a REAL root directory (a debootstrap
// minbase tree, or an image's filesystem exported with `docker export`): every shared library the dynamic loader can
// find by name, the version nodes each defines, and the exported dynamic symbols of the core libraries.
// The ELF facts come from binutils' readelf (the oracle abigap's own ELF module is tested against), so this module
// shares no code with the thing it checks. Used by extract-root-facts.sh (which writes root-facts.json) and by
// `node scripts/gen-knowledge.mjs --check --root NAME=DIR` (which compares the embedded claims with a root).
import { execFileSync } from 'node:child_process'
import {
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  readSync,
  writeFileSync,
} from 'node:fs'
import { join, posix } from 'node:path'
import { GLIBC_LIBRARIES } from './claims.mjs'

/** Libraries whose exports are recorded (the glibc family, the GCC runtime, zlib; musl's libc under its names). */
export const CORE_LIBRARIES = [
  ...GLIBC_LIBRARIES,
  'libstdc++.so.6',
  'libgcc_s.so.1',
  'libz.so.1',
]

/** Resolves `p` (absolute, inside the root) following symlinks as the target's loader would; null when dangling. */
export function resolveInRoot(root, p, depth = 0) {
  if (depth > 40) return null
  const parts = p.split('/').filter(Boolean)
  let cur = '/'
  for (let i = 0; i < parts.length; i++) {
    const next = posix.join(cur, parts[i])
    let st
    try {
      st = lstatSync(join(root, next))
    } catch {
      return null
    }
    if (st.isSymbolicLink()) {
      const target = readlinkSync(join(root, next))
      const joined = target.startsWith('/') ? target : posix.join(cur, target)
      const rest = parts.slice(i + 1).join('/')
      return resolveInRoot(root, rest ? posix.join(joined, rest) : joined, depth + 1)
    }
    cur = next
  }
  return cur
}

/** The loader's search directories of a glibc root: /etc/ld.so.conf (with its includes) then the trusted dirs. */
export function searchDirs(root, multiarch = 'x86_64-linux-gnu') {
  const dirs = []
  const readConf = (file, depth) => {
    const real = resolveInRoot(root, file)
    if (!real || depth > 8 || !existsSync(join(root, real))) return
    for (const raw of readFileSync(join(root, real), 'utf8').split('\n')) {
      const line = raw.replace(/#.*/, '').trim()
      if (!line) continue
      const inc = /^include\s+(.+)$/.exec(line)
      if (!inc) {
        dirs.push(line)
        continue
      }
      const pattern = inc[1].startsWith('/') ? inc[1] : posix.join(posix.dirname(file), inc[1])
      const dir = posix.dirname(pattern)
      const re = new RegExp(
        `^${posix
          .basename(pattern)
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.')}$`,
      )
      const realDir = resolveInRoot(root, dir)
      if (!realDir || !existsSync(join(root, realDir))) continue
      for (const f of readdirSync(join(root, realDir)).sort()) if (re.test(f)) readConf(posix.join(dir, f), depth + 1)
    }
  }
  readConf('/etc/ld.so.conf', 0)
  dirs.push(`/lib/${multiarch}`, `/usr/lib/${multiarch}`, '/lib', '/usr/lib')
  return [...new Set(dirs)]
}

const isElf = (file) => {
  const fd = openSync(file, 'r')
  try {
    const b = Buffer.alloc(4)
    return readSync(fd, b, 0, 4, 0) === 4 && b.toString('latin1') === '\x7fELF'
  } finally {
    closeSync(fd)
  }
}
const readelf = (args, file) =>
  execFileSync('readelf', ['-W', ...args, file], { encoding: 'utf8', maxBuffer: 64 << 20 })

/** SONAME of an ELF shared object (readelf -d), or null. */
export function sonameOf(file) {
  const m = /\(SONAME\)\s+Library soname: \[([^\]]+)\]/.exec(readelf(['-d'], file))
  return m ? m[1] : null
}

/** Version definitions of a shared object (readelf -V), without the BASE entry (the file's own name). */
export function versionNodes(file) {
  const out = []
  let inDefs = false
  for (const line of readelf(['-V'], file).split('\n')) {
    if (/^Version definition section/.test(line)) inDefs = true
    else if (/^Version (needs|symbols) section/.test(line)) inDefs = false
    else if (inDefs && /Name:/.test(line) && !/Flags: BASE/.test(line)) out.push(/Name: (\S+)/.exec(line)[1])
  }
  return out
}

/**
 * Exported dynamic symbols (readelf --dyn-syms): defined (Ndx not UND), GLOBAL/WEAK/UNIQUE, not the ABS symbols that
 * name a version node; grouped by version node ('' = unversioned), default (@@) and hidden (@) versions alike.
 */
export function exportsOf(file) {
  const byNode = {}
  for (const line of readelf(['--dyn-syms'], file).split('\n')) {
    const m = /^\s*\d+:\s+[0-9a-f]+\s+\d+\s+(\S+)\s+(\S+)\s+\S+\s+(\S+)\s+(\S+)/.exec(line)
    if (!m) continue
    const [, type, bind, ndx, full] = m
    if (ndx === 'UND' || !/^(GLOBAL|WEAK|UNIQUE)$/.test(bind) || type === 'SECTION' || type === 'FILE') continue
    const at = full.indexOf('@')
    const name = at < 0 ? full : full.slice(0, at)
    const node = at < 0 ? '' : full.slice(at).replace(/^@@?/, '')
    if (ndx === 'ABS' && name === node) continue
    ;(byNode[node] ??= new Set()).add(name)
  }
  return Object.fromEntries(
    Object.entries(byNode)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([n, s]) => [n, [...s].sort()]),
  )
}

/**
 * Every library the loader finds by name in a glibc root: a file in a search directory whose name is its own SONAME
 * (what DT_NEEDED names); the first directory wins, as in the loader. Core libraries also get their exports.
 */
export function readRoot(root, { multiarch = 'x86_64-linux-gnu', exportsFor = CORE_LIBRARIES } = {}) {
  const libraries = {}
  for (const dir of searchDirs(root, multiarch)) {
    const realDir = resolveInRoot(root, dir)
    if (!realDir || !existsSync(join(root, realDir)) || !lstatSync(join(root, realDir)).isDirectory()) continue
    for (const name of readdirSync(join(root, realDir)).sort()) {
      if (!/\.so(\.[0-9][0-9A-Za-z.]*)?$/.test(name) || libraries[name]) continue
      const real = resolveInRoot(root, posix.join(realDir, name))
      if (!real || !lstatSync(join(root, real)).isFile() || !isElf(join(root, real))) continue
      const file = join(root, real)
      if (sonameOf(file) !== name) continue
      const entry = { dir, versions: versionNodes(file) }
      if (exportsFor.includes(name)) entry.exports = exportsOf(file)
      libraries[name] = entry
    }
  }
  return Object.fromEntries(Object.entries(libraries).sort(([a], [b]) => (a < b ? -1 : 1)))
}

/** glibc release of a root's libc.so.6 ("GNU C Library ... release version 2.36"), or null. */
export function glibcRelease(root, multiarch = 'x86_64-linux-gnu') {
  for (const dir of searchDirs(root, multiarch)) {
    const real = resolveInRoot(root, posix.join(dir, 'libc.so.6'))
    if (!real || !existsSync(join(root, real))) continue
    const m = /release version (\d+\.\d+)/.exec(readFileSync(join(root, real)).toString('latin1'))
    if (m) return m[1]
  }
  return null
}

/** A musl libc.so's exported function and object names (musl has no symbol versions). */
export function muslExports(file) {
  return exportsOf(file)[''] ?? []
}

/** The facts of one glibc root, compact: exports as one space-separated string per version node. */
export function rootFacts(root, source) {
  const libraries = readRoot(root)
  for (const lib of Object.values(libraries))
    if (lib.exports)
      lib.exports = Object.fromEntries(Object.entries(lib.exports).map(([n, names]) => [n, names.join(' ')]))
  return { source, glibc: glibcRelease(root), libraries }
}

// CLI: node scripts/knowledge/read-root.mjs OUT.json NAME=ROOTDIR[=SOURCE]... [--musl VERSION=LIBC.SO=SOURCE]...
if (process.argv[1] && process.argv[1].endsWith('read-root.mjs')) {
  const [out, ...args] = process.argv.slice(2)
  if (!out || !args.length) {
    console.error(
      'usage: node scripts/knowledge/read-root.mjs OUT.json NAME=ROOTDIR=SOURCE... [--musl VERSION=FILE=SOURCE]...',
    )
    process.exit(2)
  }
  const facts = { roots: {}, musl: {} }
  for (let i = 0; i < args.length; i++) {
    const musl = args[i] === '--musl'
    const [name, path, ...source] = (musl ? args[++i] : args[i]).split('=')
    if (musl) facts.musl[name] = { source: source.join('='), exports: muslExports(path).join(' ') }
    else facts.roots[name] = rootFacts(path, source.join('='))
  }
  writeFileSync(out, JSON.stringify(facts, null, 1) + '\n')
  console.log(`wrote ${out}: ${Object.keys(facts.roots).length} roots, ${Object.keys(facts.musl).length} musl libcs`)
}
