import { GLIBC_LOADERS, MUSL_ARCH_NAMES, muslLoader } from './arch.js'
import { knowledgeData, type ImageRow, type KnowledgeData } from './knowledge-data.js'
import type { Confidence, ProfileLibrary, TargetProfile } from './types.js'
import { muslData, muslExports } from './musl-history.js'
import { compareVersions, highestOf, parseNode, sortNodes } from './versions.js'

const GLIBC_FAMILY = new Set([
  'libc.so.6',
  'libm.so.6',
  'libpthread.so.0',
  'libdl.so.2',
  'librt.so.1',
  'libresolv.so.2',
  'libutil.so.1',
  'libanl.so.1',
])

const lower = (a: Confidence, b: Confidence): Confidence => {
  const rank = { high: 2, medium: 1, low: 0 }
  return rank[a] <= rank[b] ? a : b
}

/** Keeps the glibc nodes a release `version` defines. */
function truncateGlibc(
  nodes: string[],
  version: string,
  since: Record<string, string>,
  late: Record<string, string>,
): string[] {
  return nodes.filter((n) => {
    const p = parseNode(n)
    if (late[n]) return compareVersions(late[n], version) <= 0
    if (p.family === 'GLIBC' && p.numbers) return compareVersions(p.numbers, version) <= 0
    if (since[n]) return compareVersions(since[n], version) <= 0
    return true
  })
}

/** Gives `lib.exports` as an enumerable getter decoding on first read (most runs never look at exports). */
function lazyExports(lib: ProfileLibrary, decode: () => string[]): void {
  let value: string[] | undefined
  Object.defineProperty(lib, 'exports', {
    enumerable: true,
    configurable: true,
    get: () => (value ??= decode()),
    set: (v: string[]) => {
      value = v
    },
  })
}

const rootExportCache = new Map<string, string[]>()
/** The exports knowledge claims for one library of a real root (export table minus the root's absent entries). */
function rootExports(k: KnowledgeData, root: string, soname: string): string[] | undefined {
  const absentList = k.roots[root]?.absent[soname]
  const table = k.exportTables[soname]
  if (absentList === undefined || !table) return undefined
  const key = `${root}\0${soname}`
  const cached = k === knowledgeData() ? rootExportCache.get(key) : undefined
  if (cached) return cached
  const absent = new Set(absentList.split(' '))
  const out: string[] = []
  for (const [node, names] of Object.entries(table))
    for (const n of names.split(' ')) {
      const e = node ? `${n}@${node}` : n
      if (!absent.has(e)) out.push(e)
    }
  if (k === knowledgeData()) rootExportCache.set(key, out)
  return out
}

/** The libraries of a row read from a real root: every one the root has, with its real nodes and exports. */
function rootLibraries(k: KnowledgeData, root: string): ProfileLibrary[] {
  const claims = k.roots[root]
  return Object.entries(claims.libraries).map(([soname, versions]) => {
    const lib: ProfileLibrary = { soname, dirs: [], versions, provenance: claims.source }
    if (k.roots[root].absent[soname] !== undefined && k.exportTables[soname])
      lazyExports(lib, () => rootExports(k, root, soname) ?? [])
    return lib
  })
}

/** Expands one knowledge row into the TargetProfile of one architecture (null when the image lacks that arch). */
export function profileFromRow(row: ImageRow, arch: string, k: KnowledgeData = knowledgeData()): TargetProfile | null {
  if (!row.arch.includes(arch)) return null
  if (row.root && arch === 'amd64') return rootProfile(row, k)
  let confidence = row.confidence
  const caveats = [...row.caveats]
  const libraries: ProfileLibrary[] = []
  const loaders: string[] = []
  const provenance = [row.provenance]
  const base = k.baseLibraries[row.base] ?? []
  const cited = k.baseProvenance[row.base]?.replaceAll('$MUSLARCH', MUSL_ARCH_NAMES[arch] ?? arch)

  if (row.libc.flavor === 'glibc' && row.libc.version) {
    const version = row.libc.version
    const table = k.glibc[arch]
    if (!table) {
      caveats.push(`no glibc version-node table for ${arch}: symbol versions cannot be checked`)
      confidence = 'low'
    } else {
      if (!table.realUpTo) {
        caveats.push(`glibc nodes for ${arch} are ${table.source}`)
        confidence = lower(confidence, 'medium')
      } else if (compareVersions(version, table.realUpTo) > 0) {
        caveats.push(
          `glibc ${version} is newer than the real ${arch} libc read (${table.realUpTo}): nodes above it are inferred`,
        )
        confidence = lower(confidence, 'medium')
      }
      provenance.push(`glibc nodes: ${table.source}`)
    }
    loaders.push(...(GLIBC_LOADERS[arch] ?? []))
    for (const soname of base) {
      if (!GLIBC_FAMILY.has(soname)) continue
      const nodes = table?.libs[soname]
      let versions = nodes ? truncateGlibc(nodes, version, k.nodeSince, k.lateNodes[soname] ?? {}) : []
      const tableTop = nodes ? highestOf(nodes, 'GLIBC') : null
      if (soname === 'libc.so.6' && tableTop && compareVersions(version, tableTop) > 0) {
        // Releases newer than every real table: one node per release (a binary can only need nodes that exist).
        const [maj] = version.split('.').map(Number)
        for (let m = Number(tableTop.split('.')[1]) + 1; compareVersions(`${maj}.${m}`, version) <= 0; m++)
          versions.push(`GLIBC_${maj}.${m}`)
        versions = sortNodes(versions)
      }
      libraries.push({ soname, dirs: [], versions, provenance: cited })
    }
  } else if (row.libc.flavor === 'musl') {
    const loader = muslLoader(arch)
    if (loader) loaders.push(loader)
    // musl's exports per release are known for 64-bit x86 (real libcs + release history); elsewhere unknown.
    const muslVersion = arch === 'amd64' && row.libc.version ? row.libc.version : null
    const exports = muslVersion !== null && compareVersions(muslVersion, muslData().musl.releases[0]) >= 0
    for (const soname of base) {
      if (soname === 'libz.so.1') continue // with its nodes, below
      const lib: ProfileLibrary = {
        soname: soname.replace('$MUSLARCH', MUSL_ARCH_NAMES[arch] ?? arch),
        dirs: [],
        versions: [],
        provenance:
          exports && soname.includes('$MUSLARCH')
            ? `${cited}; exports: musl ${muslVersion} (${muslData().musl.sources[muslVersion as string] ?? `as the newest musl known here, ${muslData().musl.releases.at(-1)}`})`
            : cited,
      }
      if (exports && soname.includes('$MUSLARCH')) lazyExports(lib, () => muslExports(muslVersion as string) ?? [])
      libraries.push(lib)
    }
  }

  const gcc = row.gccRuntime
  const zlibNodes = (): string[] => {
    const t = k.zlib[arch] ?? k.zlib.amd64
    if (!row.zlib || !t) return []
    return t.nodes.filter((n) => {
      const p = parseNode(n)
      return p.family === 'ZLIB' && !!p.numbers && compareVersions(p.numbers, row.zlib as string) <= 0
    })
  }
  for (const soname of base) {
    if (soname === 'libz.so.1') {
      libraries.push({ soname, dirs: [], versions: zlibNodes(), provenance: cited })
      continue
    }
    if (GLIBC_FAMILY.has(soname) || soname.includes('$MUSLARCH')) continue
    if (row.libc.flavor === 'musl' && soname !== 'libz.so.1') continue
    if (soname === 'libstdc++.so.6' && gcc && row.libstdcxx) {
      const t = k.libstdcxx[arch] ?? k.libstdcxx.amd64
      const { glibcxx, cxxabi } = row.libstdcxx
      const versions = t.nodes.filter((n) => {
        const p = parseNode(n)
        if (p.family === 'GLIBCXX' && p.numbers) return compareVersions(p.numbers, glibcxx) <= 0
        if (p.family === 'CXXABI' && p.numbers) return compareVersions(p.numbers, cxxabi) <= 0
        if (n === 'CXXABI_FLOAT128') return (arch === 'amd64' || arch === '386') && compareVersions(gcc, '9') >= 0
        return compareVersions(gcc, '4.7') >= 0
      })
      const realTop = t.realUpTo
      if (compareVersions(glibcxx, realTop) > 0) {
        for (let n = Number(realTop.split('.')[2]) + 1; n <= Number(glibcxx.split('.')[2]); n++)
          versions.push(`GLIBCXX_3.4.${n}`)
        const abiTop = highestOf(t.nodes, 'CXXABI') ?? cxxabi
        for (let n = Number(abiTop.split('.')[2]) + 1; n <= Number(cxxabi.split('.')[2]); n++)
          versions.push(`CXXABI_1.3.${n}`)
        caveats.push(`libstdc++ nodes above GLIBCXX_${realTop} inferred from the GCC ${gcc} version mapping`)
        confidence = lower(confidence, 'medium')
      }
      libraries.push({ soname, dirs: [], versions: sortNodes(versions), provenance: cited })
      continue
    }
    if (soname === 'libgcc_s.so.1' && gcc) {
      const t = k.libgcc[arch] ?? k.libgcc.amd64
      const versions = t.nodes.filter((n) => {
        const p = parseNode(n)
        return p.family !== 'GCC' || !p.numbers || compareVersions(p.numbers, gcc) <= 0
      })
      if (compareVersions(gcc, t.realUpTo) > 0)
        caveats.push(`libgcc_s nodes newer than GCC_${t.realUpTo} are not listed`)
      libraries.push({ soname, dirs: [], versions, provenance: cited })
      continue
    }
    libraries.push({ soname, dirs: [], versions: [], provenance: cited })
  }
  if (gcc && !row.libstdcxx) caveats.push('GCC runtime version unknown')
  return {
    profileVersion: 1,
    image: row.image,
    aliases: row.aliases,
    arch: [arch],
    distro: row.distro,
    libc: row.libc,
    loaders,
    libraries,
    librariesComplete: false,
    kernel: row.kernel,
    x86IsaBaseline: arch === 'amd64' ? row.x86IsaBaseline : null,
    eol: row.eol,
    source: 'embedded',
    confidence,
    provenance: provenance.join('; '),
    ...(caveats.length ? { caveats } : {}),
  }
}

/** The amd64 profile of a row whose release was read from a real root: its libraries exactly as the root has them. */
function rootProfile(row: ImageRow, k: KnowledgeData): TargetProfile {
  const claims = k.roots[row.root as string]
  const caveats = [
    ...row.caveats,
    `libraries read from ${claims.source} (the official image is built the same way, debuerreotype's minbase)`,
  ]
  return {
    profileVersion: 1,
    image: row.image,
    aliases: row.aliases,
    arch: ['amd64'],
    distro: row.distro,
    libc: row.libc,
    loaders: [...(GLIBC_LOADERS.amd64 ?? [])],
    libraries: rootLibraries(k, row.root as string),
    librariesComplete: true,
    kernel: row.kernel,
    x86IsaBaseline: row.x86IsaBaseline,
    eol: row.eol,
    source: 'embedded',
    confidence: row.confidence,
    provenance: `${row.provenance}; libraries: ${claims.source}`,
    caveats,
  }
}
