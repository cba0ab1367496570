// Test helpers: parse GNU readelf / `go version -m` output and diff it against abigap's facts.
import { execFile } from 'node:child_process'
import { openSync, readSync, closeSync, readdirSync, lstatSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { ElfFacts } from '../../src/elf/types.js'
import type { GoBuildInfo } from '../../src/gobuildinfo/types.js'

const run = promisify(execFile)

/** What readelf -W -h -l -d -V --dyn-syms says about a file. */
export interface ReadelfFacts {
  machine: string | null
  interpreter: string | null
  needed: string[]
  soname: string | null
  rpath: string | null
  runpath: string | null
  versionNeeds: { file: string; versions: { name: string; weak: boolean }[] }[]
  versionDefs: { name: string; base: boolean }[]
  /**
   * `name@VER (N)` is how readelf prints a version found in .gnu.version_r, N being its vna_other; library is the
   * File: of the first need record holding an aux entry with that Version: N and that Name (null otherwise).
   */
  dynsyms: { name: string; version: string | null; hidden: boolean; library: string | null }[] | null
}

/** Runs readelf and parses its output. */
export async function readelf(path: string): Promise<ReadelfFacts> {
  const { stdout } = await run('readelf', ['-W', '-h', '-l', '-d', '-V', '--dyn-syms', path], {
    maxBuffer: 1 << 30,
    env: { ...process.env, LC_ALL: 'C' },
  })
  return parseReadelf(stdout)
}

/** Parses readelf -W -h -l -d -V --dyn-syms output. */
export function parseReadelf(text: string): ReadelfFacts {
  const f: ReadelfFacts = {
    machine: null,
    interpreter: null,
    needed: [],
    soname: null,
    rpath: null,
    runpath: null,
    versionNeeds: [],
    versionDefs: [],
    dynsyms: null,
  }
  let mode: 'none' | 'need' | 'def' | 'dynsym' | 'other' = 'none'
  const needFile = new Map<number, { file: string; name: string }>()
  const others: (number | null)[] = []
  for (const line of text.split('\n')) {
    let m: RegExpExecArray | null
    if ((m = /^\s+Machine:\s+(.*)$/.exec(line))) f.machine = m[1]
    else if ((m = /^\s+\[Requesting program interpreter: (.*)\]$/.exec(line))) f.interpreter = m[1]
    else if ((m = /\(NEEDED\)\s+Shared library: \[(.*)\]$/.exec(line))) f.needed.push(m[1])
    else if ((m = /\(SONAME\)\s+Library soname: \[(.*)\]$/.exec(line))) f.soname ??= m[1]
    else if ((m = /\(RPATH\)\s+Library rpath: \[(.*)\]$/.exec(line))) f.rpath ??= m[1]
    else if ((m = /\(RUNPATH\)\s+Library runpath: \[(.*)\]$/.exec(line))) f.runpath ??= m[1]
    else if (line.startsWith('Version needs section')) mode = 'need'
    else if (line.startsWith('Version definition section')) mode = 'def'
    else if (/^Symbol table '\.dynsym'/.test(line)) {
      mode = 'dynsym'
      f.dynsyms = []
    } else if (/^(Version symbols section|Symbol table|Dynamic section|Program Headers|Section to Segment)/.test(line))
      mode = 'other'
    else if (mode === 'need') {
      if ((m = /^\s+[0-9a-fx]+: Version: \d+\s+File: (\S+)\s+Cnt: \d+$/.exec(line)))
        f.versionNeeds.push({ file: m[1], versions: [] })
      else if ((m = /^\s+0x[0-9a-f]+:\s+Name: (\S+)\s+Flags: (.*?)\s+Version: (\d+)$/.exec(line))) {
        const need = f.versionNeeds[f.versionNeeds.length - 1]
        need.versions.push({ name: m[1], weak: /WEAK/.test(m[2]) })
        if (!needFile.has(Number(m[3]))) needFile.set(Number(m[3]), { file: need.file, name: m[1] })
      }
    } else if (mode === 'def') {
      if ((m = /^\s+[0-9a-fx]+: Rev: \d+\s+Flags: (.*)\s+Index: \d+\s+Cnt: \d+\s+Name: (.*)$/.exec(line)))
        f.versionDefs.push({ name: m[2], base: /BASE/.test(m[1]) })
    } else if (mode === 'dynsym') {
      m =
        /^\s*(\d+): [0-9a-f]+\s+\S+\s+(?:<[^>]*>: \d+|\S+)\s+(?:<[^>]*>: \d+|\S+)\s+\S+(?:\s+\[[^\]]*\]|\s+<[^>]*>(?:: \d+)?)*\s+(UND|ABS|COM|\d+|PRC\[[^\]]*\]|OS \[[^\]]*\]|RSV\[[^\]]*\]|<[^>]*>)\s?(.*)$/.exec(
          line,
        )
      if (m && m[1] !== '0') {
        const { other, ...sym } = splitSymbol(m[3])
        f.dynsyms!.push(sym)
        others.push(other)
      }
    }
  }
  // readelf prints .gnu.version_r after .dynsym: resolve the (N) references once both are read.
  f.dynsyms?.forEach((sym, i) => {
    const other = others[i]
    const need = other !== null ? needFile.get(other) : undefined
    sym.library = need !== undefined && need.name === sym.version ? need.file : null
  })
  return f
}

function splitSymbol(s: string): {
  name: string
  version: string | null
  hidden: boolean
  library: string | null
  other: number | null
} {
  const n = / \((\d+)\)$/.exec(s)
  const other = n ? Number(n[1]) : null
  const t = n ? s.slice(0, n.index) : s
  const at = t.indexOf('@')
  if (at < 0) return { name: t, version: null, hidden: false, library: null, other }
  if (t[at + 1] === '@') return { name: t.slice(0, at), version: t.slice(at + 2), hidden: false, library: null, other }
  return { name: t.slice(0, at), version: t.slice(at + 1), hidden: true, library: null, other }
}

/** Differences between abigap's facts and readelf's, as readable lines (empty when they agree). */
export function diffReadelf(ours: ElfFacts, re: ReadelfFacts): string[] {
  const d: string[] = []
  const eq = (what: string, a: unknown, b: unknown): void => {
    const x = JSON.stringify(a)
    const y = JSON.stringify(b)
    if (x !== y) d.push(`${what}: abigap ${x.slice(0, 300)} readelf ${y.slice(0, 300)}`)
  }
  if (ours.error) d.push(`abigap error ${ours.error.code}: ${ours.error.message}`)
  eq('machine', ours.elf?.machine ?? null, re.machine)
  eq('interpreter', ours.interpreter, re.interpreter)
  eq('needed', ours.needed, re.needed)
  eq('soname', ours.soname, re.soname)
  eq('rpath', ours.rpath.length ? ours.rpath.join(':') : null, re.rpath)
  eq('runpath', ours.runpath.length ? ours.runpath.join(':') : null, re.runpath)
  eq('versionNeeds', ours.versionNeeds, re.versionNeeds)
  eq('versionDefs', ours.versionDefs, re.versionDefs)
  const rs = re.dynsyms ?? []
  if (ours.dynamicSymbols.length !== rs.length)
    d.push(`dynamic symbol count: abigap ${ours.dynamicSymbols.length} readelf ${rs.length}`)
  else {
    let bad = 0
    for (let i = 0; i < rs.length; i++) {
      const a = ours.dynamicSymbols[i]
      const b = rs[i]
      if (a.name !== b.name || a.version !== b.version || a.hidden !== b.hidden || a.library !== b.library) {
        if (bad++ < 3)
          d.push(
            `symbol ${i + 1}: abigap ${a.name}@${a.version}${a.hidden ? ' (hidden)' : ''} from ${a.library} readelf ${b.name}@${b.version}${b.hidden ? ' (hidden)' : ''} from ${b.library}`,
          )
      }
    }
    if (bad > 3) d.push(`... ${bad} symbols differ`)
  }
  return d
}

/** Every regular ELF file under `dirs` (symlinks not followed, non-ELF skipped). */
export function findElfFiles(dirs: string[]): string[] {
  const out: string[] = []
  const head = Buffer.alloc(4)
  const walk = (dir: string): void => {
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      return
    }
    for (const n of names) {
      const p = join(dir, n)
      let st
      try {
        st = lstatSync(p)
      } catch {
        continue
      }
      if (st.isDirectory()) walk(p)
      else if (st.isFile() && st.size >= 52) {
        try {
          const fd = openSync(p, 'r')
          try {
            if (readSync(fd, head, 0, 4, 0) === 4 && head.readUInt32BE(0) === 0x7f454c46) out.push(p)
          } finally {
            closeSync(fd)
          }
        } catch {
          // unreadable: not our concern here
        }
      }
    }
  }
  for (const d of dirs) walk(d)
  return out.sort()
}

/** Runs `fn` over items with at most `width` in flight. */
export async function pool<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await fn(items[i])
      }
    }),
  )
  return out
}

/** What `go version -m` prints, parsed. */
export interface GoVersionFacts {
  version: string
  path: string | null
  mod: string[] | null
  deps: string[][]
  /** Raw "build" lines (key=value as Go prints them, quoted when needed). */
  build: string[]
}

/** Runs `go version -m FILE` and parses it; null when Go says it is not a Go binary. */
export async function goVersionM(path: string, goBin = 'go'): Promise<GoVersionFacts | null> {
  let stdout: string
  try {
    ;({ stdout } = await run(goBin, ['version', '-m', path], { maxBuffer: 1 << 26 }))
  } catch {
    return null
  }
  return parseGoVersionM(path, stdout)
}

/** Parses what `go version -m PATH` printed; null when it does not describe PATH as a Go binary. */
export function parseGoVersionM(path: string, stdout: string): GoVersionFacts | null {
  const lines = stdout.split('\n')
  if (!lines[0].startsWith(`${path}: `)) return null
  const f: GoVersionFacts = { version: lines[0].slice(path.length + 2), path: null, mod: null, deps: [], build: [] }
  for (const line of lines.slice(1)) {
    const cols = line.split('\t')
    if (cols[0] !== '') continue
    if (cols[1] === 'path') f.path = cols.slice(2).join('\t')
    else if (cols[1] === 'mod') f.mod = cols.slice(2)
    else if (cols[1] === 'dep') f.deps.push(cols.slice(2))
    else if (cols[1] === '=>') f.deps[f.deps.length - 1]?.push('=>', ...cols.slice(2))
    else if (cols[1] === 'build') f.build.push(cols.slice(2).join('\t'))
  }
  return f
}

/** Go's strconv.Quote for the ASCII/UTF-8 text met in build settings. */
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (ch === '"' || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\t') out += '\\t'
    else if (ch === '\r') out += '\\r'
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0')
    else out += ch
  }
  return out + '"'
}

/** Differences between abigap's Go facts and `go version -m`. */
export function diffGo(ours: { go: GoBuildInfo | null }, gv: GoVersionFacts | null): string[] {
  if (gv === null) return ours.go ? [`abigap found Go ${ours.go.version}, go version -m did not`] : []
  if (!ours.go) return [`go version -m found ${gv.version}, abigap found no Go build info`]
  const d: string[] = []
  const g = ours.go
  if (g.version !== gv.version) d.push(`go version: ${g.version} vs ${gv.version}`)
  if ((g.path || null) !== gv.path) d.push(`path: ${g.path} vs ${gv.path}`)
  if (gv.mod) {
    const ours3 = [g.main.path, g.main.version, g.main.sum ?? ''].slice(0, gv.mod.length)
    if (JSON.stringify(ours3) !== JSON.stringify(gv.mod))
      d.push(`mod: ${JSON.stringify(ours3)} vs ${JSON.stringify(gv.mod)}`)
  }
  const ourDeps = g.deps.map((x) =>
    x.replace
      ? [x.path, x.version, '=>', x.replace.path, x.replace.version, x.replace.sum ?? '']
      : [x.path, x.version, x.sum ?? ''],
  )
  if (JSON.stringify(ourDeps) !== JSON.stringify(gv.deps))
    d.push(`deps differ: ${JSON.stringify(ourDeps).slice(0, 300)} vs ${JSON.stringify(gv.deps).slice(0, 300)}`)
  const quoteKey = (k: string): boolean => k.length === 0 || /[= \t\r\n"`]/.test(k)
  const quoteValue = (v: string): boolean => /[ \t\r\n"`]/.test(v)
  const ourBuild = Object.entries(g.settings).map(
    ([k, v]) => `${quoteKey(k) ? goQuote(k) : k}=${quoteValue(v) ? goQuote(v) : v}`,
  )
  if (JSON.stringify(ourBuild) !== JSON.stringify(gv.build))
    d.push(`build settings: ${JSON.stringify(ourBuild).slice(0, 400)} vs ${JSON.stringify(gv.build).slice(0, 400)}`)
  return d
}
