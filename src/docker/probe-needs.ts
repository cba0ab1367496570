// The probe for given binaries: looks up only the libraries they load (by name, in every library directory) instead of
// reading whole directories.
import { posix } from 'node:path'
import { inspectBinary } from '../binary/inspect.js'
import { MUSL_ARCH_NAMES } from '../knowledge/arch.js'
import {
  knownLoaderPaths,
  ldSoConfDirs,
  libraryDirs,
  OS_RELEASE_FILES,
  profileConfigFiles,
  standardLibraryDirs,
} from '../knowledge/rootfs-profile.js'
import type { RootTree } from '../knowledge/tree.js'
import type { SparseRoot } from './sparse-root.js'
import { keepProfileContent } from './probe-paths.js'

/** Rounds of ld.so.conf lookups (each goes one path component or one include deeper). */
const MAX_CONF_ROUNDS = 24

/**
 * Fills `root` with what profileFromTree reads for binaries needing `wanted` on `arch`: release files, loader
 * configuration, the known loaders, and every copy of each wanted library, of libc, and of what they need in turn, in
 * every directory the loader searches; for no wanted soname, the release files and loaders only. Returns the sonames
 * looked up (the profile's `librariesFor`).
 */
export async function readNeeds(root: SparseRoot, arch: string, wanted: readonly string[]): Promise<string[]> {
  // binaries that load nothing (static ones) need the release files and the loaders only, wherever the profiler looks
  // for loaders (the known paths, and their names in /lib and /lib64): no library directory is searched
  if (!wanted.length) {
    await Promise.all(staticProbeFiles(arch).map((p) => root.file(p)))
    return []
  }
  // the configuration and loaders, while the standard directories resolve (they need no configuration)
  const standard = resolveDirs(root, standardLibraryDirs(arch))
  // /etc in one archive (one request costs the engine ~70 ms of CPU, ~300 KB of /etc far less)
  const etc = root.wholeDir('/etc', keepProfileContent)
  const configured = Promise.all([etc, ...profileConfigFiles(arch).map((f) => root.file(f))]).then(async () => {
    await followConfIncludes(root)
    return resolveDirs(root, libraryDirs(root.tree, arch))
  })
  standard.catch(() => undefined) // awaited through the visits
  configured.catch(() => undefined)
  // each soname looked up as soon as it is known: wanted ones and libc at once, the loaders' names once found, what a
  // found copy needs once it is read
  const looked = new Set<string>()
  const visits: Promise<void>[] = []
  const visit = (name: string): void => {
    if (looked.has(name)) return
    looked.add(name)
    const visited = Promise.all([
      standard.then((dirs) => lookUpLibrary(root, dirs, name)),
      configured.then((dirs) => lookUpLibrary(root, dirs, name)),
    ]).then((needs) => needs.flat().forEach(visit))
    visited.catch(() => undefined) // awaited below; one failing first must not leave the others unhandled
    visits.push(visited)
  }
  for (const name of [...wanted, 'libc.so.6']) visit(name)
  const loaders = await Promise.all(knownLoaderPaths(arch).map((p) => root.file(p).then((real) => (real ? p : null))))
  const muslName = MUSL_ARCH_NAMES[arch]
  for (const p of loaders) if (p) visit(posix.basename(p))
  if (muslName && loaders.includes(`/lib/ld-musl-${muslName}.so.1`))
    ['libc.so', `libc.musl-${muslName}.so.1`].forEach(visit)
  for (let i = 0; i < visits.length; i++) await visits[i] // the list grows while it is awaited
  return [...looked]
}

/** What a probe for binaries that load nothing reads: the release files and the loaders, wherever the profiler looks. */
function staticProbeFiles(arch: string): string[] {
  const loaders = knownLoaderPaths(arch).flatMap((p) => [p, `/lib/${posix.basename(p)}`, `/lib64/${posix.basename(p)}`])
  return [...new Set([...OS_RELEASE_FILES, ...loaders])]
}

/**
 * The files readNeeds fetches for `wanted` on `arch` wherever they exist, before any is read: a run container of the
 * image can read them as it starts (start-reads.ts). For libraries, every standard directory's copy of the wanted
 * ones, of libc and of the loaders' names (musl's libc names too); libraries found only through ld.so.conf, and what
 * the libraries need in turn, are fetched as usual.
 */
export function startReadPaths(arch: string, wanted: readonly string[]): string[] {
  if (!wanted.length) return staticProbeFiles(arch)
  const loaders = knownLoaderPaths(arch)
  const muslName = MUSL_ARCH_NAMES[arch]
  const names = [
    ...wanted,
    'libc.so.6',
    ...loaders.map((p) => posix.basename(p)),
    ...(muslName ? ['libc.so', `libc.musl-${muslName}.so.1`] : []),
  ].filter((n) => n && !n.includes('/'))
  const libraries = standardLibraryDirs(arch).flatMap((d) => names.map((n) => `${d}/${n}`))
  return [...new Set([...profileConfigFiles(arch), ...loaders, ...libraries])]
}

/** The real directories among `dirs` (symlinked ones resolved, each once). */
async function resolveDirs(root: SparseRoot, dirs: readonly string[]): Promise<string[]> {
  const resolved = await Promise.all(dirs.map((d) => root.resolve(d)))
  return [...new Set(resolved.filter((d) => d?.type === 'dir').map((d) => d!.path))]
}

/** Fetches every copy of `name` in `dirs`; the sonames those copies need. */
async function lookUpLibrary(root: SparseRoot, dirs: readonly string[], name: string): Promise<string[]> {
  if (!name || name.includes('/')) return []
  const found = await Promise.all(dirs.map((d) => root.file(`${d}/${name}`)))
  const needed: string[] = []
  for (const real of new Set(found)) {
    const src = real ? root.tree.open(real) : null
    if (src) needed.push(...inspectBinary(src, real!).needed)
  }
  return needed
}

/**
 * Follows ld.so.conf's includes (files and globbed directories anywhere): each round looks up the paths the profiler's
 * reader stopped at, fetches the directories it listed and the files it opened, until it asks for nothing new.
 */
async function followConfIncludes(root: SparseRoot): Promise<void> {
  const asked = new Set<string>()
  for (let round = 0; round < MAX_CONF_ROUNDS; round++) {
    const asks: Ask[] = []
    ldSoConfDirs(recordingAsks(root.tree, asks))
    const fresh = asks.filter((a) => !asked.has(`${a.kind} ${a.path}`))
    if (!fresh.length) return
    for (const a of fresh) asked.add(`${a.kind} ${a.path}`)
    await Promise.all(
      fresh.map((a) =>
        a.kind === 'unknown' ? root.resolve(a.path) : a.kind === 'list' ? root.wholeDir(a.path) : root.file(a.path),
      ),
    )
  }
}

interface Ask {
  kind: 'unknown' | 'list' | 'open'
  path: string
}

/** `tree`, noting each path it does not know, each directory listed and each file opened. */
function recordingAsks(tree: RootTree, asks: Ask[]): RootTree {
  return {
    lstat: (p) => {
      const e = tree.lstat(p)
      if (!e) asks.push({ kind: 'unknown', path: p })
      return e
    },
    readlink: (p) => tree.readlink(p),
    list: (d) => {
      asks.push({ kind: 'list', path: d })
      return tree.list(d)
    },
    open: (p) => {
      asks.push({ kind: 'open', path: p })
      return tree.open(p)
    },
  }
}
