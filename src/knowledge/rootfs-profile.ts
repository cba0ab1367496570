import { inspectBinary } from '../binary/inspect.js'
import type { InspectedFile } from '../binary/types.js'
import { archOf, GLIBC_LOADERS, loaderFlavor, MUSL_ARCH_NAMES } from './arch.js'
import { readTextFile, resolveInTree, scanSource, normalisePath } from './tree-paths.js'
import type { RootTree } from './tree.js'
import type { ProfileLibrary, ProfileSource, TargetProfile } from './types.js'
import { highestOf } from './versions.js'
import { knowledgeData, type ImageRow } from './knowledge-data.js'
import { alwaysExported, exportsOf, MAX_EXPORTS } from './library-exports.js'
import { CURRENT_PROFILE_VERSION } from './types.js'

/** What the caller knows about the tree: its name, where it came from, and (optionally) its architecture / digest. */
export interface TreeMeta {
  image: string
  source: ProfileSource
  arch?: string
  digest?: string | null
  /**
   * Sonames whose exported symbols the profile records (those the checked binaries need); the libraries they need in
   * turn, libc and the loaders are added. Unset: every library's exports. An empty list: only libc's and the loaders'.
   */
  exportsFor?: readonly string[]
  /** Set when the tree holds only the libraries these sonames resolve to (a needs probe): recorded in the profile. */
  librariesFor?: readonly string[]
}

/** Debian's multiarch directory names of each architecture (a loader searches only its own). */
const TRIPLETS: Record<string, string[]> = {
  amd64: ['x86_64-linux-gnu'],
  arm64: ['aarch64-linux-gnu'],
  arm: ['arm-linux-gnueabihf', 'arm-linux-gnueabi'],
  '386': ['i386-linux-gnu'],
  s390x: ['s390x-linux-gnu'],
  ppc64le: ['powerpc64le-linux-gnu'],
  ppc64: ['powerpc64-linux-gnu'],
  mips: ['mips-linux-gnu'],
  mipsle: ['mipsel-linux-gnu'],
  riscv64: ['riscv64-linux-gnu'],
}
const STANDARD_DIRS = ['/lib', '/lib64', '/usr/lib', '/usr/lib64', '/usr/local/lib', '/usr/local/lib64']
/** The release files a profile reads, in order (the first present one counts). */
/** The os-release files, in the order they are read. */
export const OS_RELEASE_FILES = ['/etc/os-release', '/usr/lib/os-release']
const LD_SO_CONF = '/etc/ld.so.conf'
const MAX_LIBRARIES = 20000
const MAX_CONF_DEPTH = 8

const ID_ALIASES: Record<string, string> = {
  rocky: 'rocky',
  'opensuse-leap': 'opensuse-leap',
  sles: 'sles',
  amzn: 'amzn',
}

/** The embedded row of the same distro release (os-release ID + VERSION_ID), for facts a tree cannot show. */
export function knownRelease(id: string, version: string): ImageRow | null {
  const want = ID_ALIASES[id] ?? id
  const v = version.trim()
  if (!v) return null
  const sp = /^(\d+)\.(\d+)$/.exec(v)
  for (const row of knowledgeData().images) {
    if (row.distro.id !== want) continue
    const rv = row.distro.version.split(/\s+/)[0]
    if (rv === v || v.startsWith(`${rv}.`)) return row
    if (want === 'sles' && sp && row.distro.version === `${sp[1]} SP${sp[2]}`) return row
  }
  return null
}

/** Parses os-release text (KEY=value, optionally quoted). */
export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line)
    if (!m) continue
    let v = m[2].trim()
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1)
    out[m[1]] = v.replace(/\\(["'$`\\])/g, '$1').slice(0, 256)
  }
  return out
}

/** Expands a glob with `*`/`?` in the last path component against the tree. */
function globLast(tree: RootTree, pattern: string): string[] {
  const i = pattern.lastIndexOf('/')
  const dir = pattern.slice(0, i) || '/'
  const base = pattern.slice(i + 1)
  if (!/[*?[]/.test(base)) return [pattern]
  const re = new RegExp(
    '^' +
      base
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.') +
      '$',
  )
  const r = resolveInTree(tree, dir)
  const names = r ? (tree.list(r.path) ?? []) : []
  return names
    .filter((n) => re.test(n))
    .sort()
    .map((n) => normalisePath(`${dir}/${n}`))
}

/** Directories named by /etc/ld.so.conf and its includes, in order. */
export function ldSoConfDirs(tree: RootTree, file = LD_SO_CONF, depth = 0, seen = new Set<string>()): string[] {
  if (depth > MAX_CONF_DEPTH || seen.has(file)) return []
  seen.add(file)
  const text = readTextFile(tree, file)
  if (text === null) return []
  const dirs: string[] = []
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim()
    if (!line) continue
    const inc = /^include\s+(.+)$/.exec(line)
    if (inc) {
      for (const pat of inc[1].split(/\s+/)) {
        const abs = pat.startsWith('/') ? pat : normalisePath(`${file.slice(0, file.lastIndexOf('/'))}/${pat}`)
        for (const f of globLast(tree, abs)) dirs.push(...ldSoConfDirs(tree, f, depth + 1, seen))
      }
      continue
    }
    if (line.startsWith('hwcap')) continue
    for (const d of line.split(/[:,\s]+/)) if (d.startsWith('/')) dirs.push(normalisePath(d))
  }
  return dirs
}

/** The glibc and musl loader paths abigap knows for `arch` (every architecture's when it is unknown or null). */
export function knownLoaderPaths(arch: string | null): string[] {
  const glibc = arch ? GLIBC_LOADERS[arch] : undefined
  const musl = arch ? MUSL_ARCH_NAMES[arch] : undefined
  if (!glibc && !musl)
    return [
      ...Object.values(GLIBC_LOADERS).flat(),
      ...Object.values(MUSL_ARCH_NAMES).map((name) => `/lib/ld-musl-${name}.so.1`),
    ]
  return [...(glibc ?? []), ...(musl ? [`/lib/ld-musl-${musl}.so.1`] : [])]
}

/** musl's search path file for `arch` (/etc/ld-musl-x86_64.path), or null for an architecture musl has no name for. */
function muslPathFile(arch: string | null): string | null {
  const name = arch ? MUSL_ARCH_NAMES[arch] : undefined
  return name ? `/etc/ld-musl-${name}.path` : null
}

/** Files besides libraries and loaders a profile reads: release files, loader configuration (ld.so.conf's includes aside). */
export function profileConfigFiles(arch: string): string[] {
  const musl = muslPathFile(arch)
  return [...OS_RELEASE_FILES, LD_SO_CONF, ...(musl ? [musl] : [])]
}

/** The standard library directories and the architecture's multiarch subdirectories (every known one while unknown). */
export function standardLibraryDirs(arch: string | null): string[] {
  const triplets = (arch && TRIPLETS[arch]) || Object.values(TRIPLETS).flat()
  return STANDARD_DIRS.flatMap((d) => [d, ...triplets.map((t) => `${d}/${t}`)])
}

/**
 * The directories searched for libraries, in order: ld.so.conf's, musl's, then the standard ones and their multiarch
 * subdirectories (the architecture's own; every known one while it is unknown).
 */
export function libraryDirs(tree: RootTree, arch: string | null): string[] {
  const dirs: string[] = []
  const addDir = (d: string) => {
    const n = normalisePath(d)
    if (!dirs.includes(n)) dirs.push(n)
  }
  for (const d of ldSoConfDirs(tree)) addDir(d)
  for (const d of muslDirs(tree, arch)) addDir(d)
  for (const d of standardLibraryDirs(arch)) addDir(d)
  return dirs
}

/** Directories a musl loader searches (/etc/ld-musl-ARCH.path, else its defaults). */
function muslDirs(tree: RootTree, arch: string | null): string[] {
  const file = muslPathFile(arch)
  const text = file ? readTextFile(tree, file) : null
  if (text !== null)
    return text
      .split(/[:\n]+/)
      .map((s) => s.trim())
      .filter((s) => s.startsWith('/'))
      .map(normalisePath)
  return ['/lib', '/usr/local/lib', '/usr/lib']
}

function analyse(tree: RootTree, path: string): InspectedFile | null {
  const src = tree.open(path)
  if (!src) return null
  return inspectBinary(src, path)
}

/** glibc release of a libc.so.6: the libc-X.Y.so link target, the banner string, or the highest GLIBC_ node. */
function glibcVersion(tree: RootTree, realPath: string, defs: string[]): string | null {
  return glibcFileRelease(tree, realPath, /^libc-(\d+\.\d+)\.so$/) ?? highestOf(defs, 'GLIBC')
}

/** glibc release of its loader: the ld-X.Y.so file name (before 2.34), else ld.so's banner. */
function glibcLoaderRelease(tree: RootTree, realPath: string): string | null {
  return glibcFileRelease(tree, realPath, /^ld-(\d+\.\d+)\.so$/)
}

/** A glibc file's release: from its versioned file name (`named`), else from its "release version X.Y" banner. */
function glibcFileRelease(tree: RootTree, realPath: string, named: RegExp): string | null {
  const m = named.exec(realPath.slice(realPath.lastIndexOf('/') + 1))
  if (m) return m[1]
  const src = tree.open(realPath)
  const banner = src ? scanSource(src, /release version (\d+\.\d+(?:\.\d+)?)[.,]/) : null
  return banner ? banner[1] : null
}

/** musl release from the loader's bytes (the string after "Version %s"), when findable. */
function muslVersion(tree: RootTree, realPath: string): string | null {
  const src = tree.open(realPath)
  if (!src) return null
  const m = scanSource(src, /\0(1\.\d+\.\d+|0\.9\.\d+)\0/)
  return m ? m[1] : null
}

/** Reads the exports of the wanted libraries and of everything they load (breadth-first over their DT_NEEDED). */
function recordExports(
  byName: Map<string, ProfileLibrary>,
  factsByReal: Map<string, InspectedFile | null>,
  realOf: Map<string, string>,
  wanted: readonly string[] | undefined,
  caveats: string[],
): void {
  const queue = wanted ? [...wanted, ...[...byName.keys()].filter(alwaysExported)] : [...byName.keys()]
  const done = new Set<string>()
  const byReal = new Map<string, string[]>()
  while (queue.length) {
    const name = queue.shift() as string
    if (done.has(name)) continue
    done.add(name)
    const lib = byName.get(name)
    const facts = lib && factsByReal.get(realOf.get(name) as string)
    if (!lib || !facts) continue
    const real = realOf.get(name) as string
    lib.exports = byReal.get(real) ?? exportsOf(facts)
    byReal.set(real, lib.exports)
    if (lib.exports.length >= MAX_EXPORTS && !byReal.has(`${real}\0cut`))
      caveats.push(`${name} has more than ${MAX_EXPORTS} exports: the list is cut`)
    queue.push(...(lib.needed ?? []))
  }
}

/**
 * Derives an exact profile from a root filesystem without running anything: os-release, loaders, every library in
 * the standard directories and ld.so.conf (symlinks resolved inside the root), version nodes from libc.so.6 & co.
 */
export function profileFromTree(tree: RootTree, meta: TreeMeta): TargetProfile {
  const caveats: string[] = []
  const osText = OS_RELEASE_FILES.reduce<string | null>((t, f) => t ?? readTextFile(tree, f), null)
  const os = osText ? parseOsRelease(osText) : {}
  const distro = os.ID
    ? { id: os.ID, name: os.NAME ?? os.PRETTY_NAME ?? os.ID, version: os.VERSION_ID ?? os.VERSION_CODENAME ?? '' }
    : null
  if (!distro) caveats.push('no /etc/os-release: distribution unknown')

  // Loaders: the known glibc / musl loader paths (of the given architecture), plus any ld-musl-*.so.1 or ld-linux* in
  // /lib and /lib64 (another architecture's are dropped below by their ELF machine)
  const loaderCandidates = new Set<string>(knownLoaderPaths(meta.arch ?? null))
  for (const dir of ['/lib', '/lib64']) {
    const r = resolveInTree(tree, dir)
    for (const n of (r && tree.list(r.path)) || [])
      if (/^ld-(musl-.+|linux.*)\.so\.\d+$/.test(n)) loaderCandidates.add(`${dir}/${n}`)
  }
  const loaders: { path: string; real: string; facts: InspectedFile | null; arch: string | null }[] = []
  for (const p of [...loaderCandidates].sort()) {
    const r = resolveInTree(tree, p)
    if (!r || r.entry.type !== 'file') continue
    const facts = analyse(tree, r.path)
    const arch = facts?.elf ? archOf(facts.elf) : null
    loaders.push({ path: p, real: r.path, facts, arch })
  }

  // Architecture: given, else the first loader's machine, else the machine of a shell / busybox.
  let arch = meta.arch ?? loaders.find((l) => l.arch)?.arch ?? null
  for (const p of ['/bin/sh', '/bin/busybox', '/usr/bin/env']) {
    if (arch) break
    const r = resolveInTree(tree, p)
    const f = r && r.entry.type === 'file' ? analyse(tree, r.path) : null
    if (f?.elf) arch = archOf(f.elf)
  }

  const dirs = libraryDirs(tree, arch)

  // Libraries by file name (the name a DT_NEEDED entry is looked up by).
  const byName = new Map<string, ProfileLibrary>()
  const factsByReal = new Map<string, InspectedFile | null>()
  const realOf = new Map<string, string>()
  let count = 0
  for (const dir of dirs) {
    const rd = resolveInTree(tree, dir)
    if (!rd || rd.entry.type !== 'dir') continue
    for (const name of (tree.list(rd.path) ?? []).sort()) {
      if (!/\.so(\.[0-9][0-9A-Za-z.]*)?$/.test(name) && !/^ld-.*\.so/.test(name)) continue
      const r = resolveInTree(tree, `${rd.path}/${name}`)
      if (!r || r.entry.type !== 'file') continue
      if (++count > MAX_LIBRARIES) break
      let facts = factsByReal.get(r.path)
      if (facts === undefined) {
        facts = analyse(tree, r.path)
        factsByReal.set(r.path, facts)
      }
      if (!facts?.elf || facts.error) continue
      const libArch = archOf(facts.elf)
      if (!arch && name === 'libc.so.6') arch = libArch
      if (arch && libArch !== arch) continue
      const versions = facts.versionDefs.filter((d) => !d.base).map((d) => d.name)
      const lib = byName.get(name)
      if (lib) {
        if (!lib.dirs.includes(dir)) lib.dirs.push(dir)
      } else {
        const file = r.path.slice(r.path.lastIndexOf('/') + 1)
        byName.set(name, { soname: name, dirs: [dir], versions, needed: [...facts.needed], file })
        realOf.set(name, r.path)
      }
    }
  }
  if (count > MAX_LIBRARIES) caveats.push(`more than ${MAX_LIBRARIES} library files: the list is truncated`)
  recordExports(byName, factsByReal, realOf, meta.exportsFor, caveats)

  // libc flavor and version.
  const ownLoaders = loaders.filter((l) => !arch || !l.arch || l.arch === arch)
  const musl = ownLoaders.find((l) => loaderFlavor(l.path) === 'musl')
  const glibcLoader = ownLoaders.find((l) => loaderFlavor(l.path) === 'glibc')
  const libc = byName.get('libc.so.6')
  let flavor: 'glibc' | 'musl' | 'none' = 'none'
  let version: string | null = null
  // A real glibc libc.so.6 defines GLIBC_2.x nodes; a shim (Alpine's gcompat) does not: such an image is musl.
  const realGlibc = !!libc && libc.versions.some((v) => v.startsWith('GLIBC_2'))
  // a needs probe for binaries that load nothing reads no libc.so.6: the loaders tell the libc then (glibc's names its
  // release; gcompat's shim does not, and beside musl's loader is no glibc)
  const glibcRelease =
    glibcLoader && meta.librariesFor?.includes('libc.so.6') === false
      ? glibcLoaderRelease(tree, glibcLoader.real)
      : undefined
  if (glibcRelease !== undefined) {
    if (glibcRelease || !musl) {
      flavor = 'glibc'
      version = glibcRelease
      if (!glibcRelease) caveats.push('glibc release not found in its loader')
    } else {
      flavor = 'musl'
      version = muslVersion(tree, musl.real)
      caveats.push('the glibc loader path is a compatibility shim (gcompat) over musl, not glibc')
    }
    caveats.push("libc.so.6 not read (the binaries checked load no library): the libc is the loaders'")
  } else if (libc && !realGlibc && musl) {
    flavor = 'musl'
    version = muslVersion(tree, musl.real)
    caveats.push('libc.so.6 and the glibc loader path are a compatibility shim (gcompat) over musl, not glibc')
  } else if (libc && glibcLoader) {
    flavor = 'glibc'
    version = glibcVersion(tree, realOf.get('libc.so.6') as string, libc.versions)
  } else if (musl) {
    flavor = 'musl'
    version = muslVersion(tree, musl.real)
    if (!version) caveats.push('musl version not found in the loader')
  } else if (libc) {
    flavor = 'glibc'
    version = glibcVersion(tree, realOf.get('libc.so.6') as string, libc.versions)
    caveats.push('libc.so.6 is present but no glibc loader was found')
  }
  if (!arch) caveats.push('architecture unknown (no loader or libc found); assumed from the caller or amd64')
  const known = distro ? knownRelease(distro.id, distro.version) : null
  const finalArch = arch ?? 'amd64'

  return {
    profileVersion: CURRENT_PROFILE_VERSION,
    image: meta.image,
    aliases: [],
    arch: [finalArch],
    distro,
    libc: { flavor, version },
    loaders: ownLoaders.map((l) => l.path),
    libraries: [...byName.values()].sort((a, b) => (a.soname < b.soname ? -1 : 1)),
    librariesComplete: true,
    ...(meta.librariesFor ? { librariesFor: [...new Set(meta.librariesFor)].sort() } : {}),
    kernel: known?.kernel ?? null,
    x86IsaBaseline: finalArch === 'amd64' ? (known?.x86IsaBaseline ?? null) : null,
    eol: known?.eol ?? null,
    source: meta.source,
    confidence: 'high',
    provenance:
      `read from the ${meta.source === 'image' ? 'image' : 'root'} filesystem of ${meta.image}${distro ? ` (${os.PRETTY_NAME ?? distro.name})` : ''}` +
      (known ? `; kernel, x86-64 baseline and EOL from the embedded knowledge of ${known.image}` : ''),
    ...(meta.digest !== undefined ? { digest: meta.digest } : {}),
    ...(caveats.length ? { caveats } : {}),
  }
}
