// The node tables of the knowledge base, from the REAL library files listed in libc-facts.json, and the small
// version helpers gen-knowledge.mjs shares with them.
import { GLIBC_LIBRARIES } from './claims.mjs'

/** [prefix, numbers] of a version node: GLIBC_2.3.4 → ['GLIBC', [2,3,4]]. */
export function parseNode(n) {
  const m = /^([A-Z_]+?)_(\d+(?:\.\d+)*)$/.exec(n)
  return m ? [m[1], m[2].split('.').map(Number)] : [n, null]
}
export function cmp(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d) return d
  }
  return 0
}
export const ver = (s) => s.split('.').map(Number)
export const sortNodes = (nodes) =>
  [...new Set(nodes)].sort((x, y) => {
    const [px, vx] = parseNode(x)
    const [py, vy] = parseNode(y)
    if (px !== py) return px < py ? -1 : 1
    if (!vx || !vy) return vx ? -1 : vy ? 1 : x < y ? -1 : 1
    return cmp(vx, vy)
  })

/**
 * The version-node tables of glibc's libraries, libstdc++, libgcc_s and zlib per arch, from the real files of
 * libc-facts.json: { glibc, lateNodes, libstdcxx, libgcc, zlib }.
 */
export function nodeTables(facts) {
  const glibcOf = (f) => {
    if (f.soname !== 'libc.so.6') return null
    if (f.release) return f.release
    const top = f.nodes
      .map(parseNode)
      .filter(([p, v]) => p === 'GLIBC' && v)
      .map(([, v]) => v)
      .sort(cmp)
      .pop()
    return top ? top.join('.') : null
  }
  // Highest glibc read per arch, and the file set it came from.
  const newest = {}
  for (const f of facts) {
    const g = glibcOf(f)
    if (g && (!newest[f.arch] || cmp(ver(g), ver(newest[f.arch].glibc)) > 0))
      newest[f.arch] = { glibc: g, origin: f.origin }
  }
  const glibc = {}
  for (const [arch, { glibc: top, origin }] of Object.entries(newest)) {
    const libs = {}
    for (const f of facts) {
      if (f.arch !== arch || f.origin !== origin || !GLIBC_LIBRARIES.includes(f.soname)) continue
      libs[f.soname] = sortNodes(f.nodes.filter((n) => n !== 'GLIBC_PRIVATE'))
    }
    glibc[arch] = { realUpTo: top, source: origin, libs }
  }
  // Nodes a library gained after their number (libpthread/libdl/librt symbols merged into libc.so.6 in 2.32-2.34 keep
  // their old versions, e.g. libc.so.6 GLIBC_2.31 appears only in 2.34+): the lowest real release that defines them.
  // Between two real releases the merge release 2.34 is assumed when it lies in the gap.
  const realReleases = {} // arch -> [{ glibc, libs: { soname: Set(nodes) } }]
  for (const f of facts) {
    if (!GLIBC_LIBRARIES.includes(f.soname)) continue
    const libcFile = facts.find((x) => x.origin === f.origin && x.soname === 'libc.so.6')
    const g = libcFile && glibcOf(libcFile)
    if (!g) continue
    const list = (realReleases[f.arch] ??= [])
    let rel = list.find((r) => r.glibc === g)
    if (!rel) list.push((rel = { glibc: g, libs: {} }))
    rel.libs[f.soname] = new Set(f.nodes)
  }
  const lateNodes = {} // soname -> node -> since
  for (const [arch, list] of Object.entries(realReleases)) {
    list.sort((a, b) => cmp(ver(a.glibc), ver(b.glibc)))
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]
      const cur = list[i]
      for (const [soname, nodes] of Object.entries(cur.libs)) {
        for (const n of nodes) {
          const [p, v] = parseNode(n)
          if (p !== 'GLIBC' || !v || cmp(v, ver(prev.glibc)) > 0 || prev.libs[soname]?.has(n)) continue
          const since =
            cmp(ver('2.34'), ver(prev.glibc)) > 0 && cmp(ver('2.34'), ver(cur.glibc)) <= 0 ? '2.34' : cur.glibc
          ;(lateNodes[soname] ??= {})[n] = since
          void arch
        }
      }
    }
  }

  // Arches with an older real libc: add the newer generic nodes seen on amd64 (inferred, flagged by realUpTo).
  const amd = glibc.amd64
  for (const [arch, t] of Object.entries(glibc)) {
    if (arch === 'amd64') continue
    for (const [lib, nodes] of Object.entries(t.libs)) {
      const newer = (amd.libs[lib] ?? []).filter((n) => {
        const [p, v] = parseNode(n)
        return p === 'GLIBC' && v && cmp(v, ver(t.realUpTo)) > 0
      })
      t.libs[lib] = sortNodes([...nodes, ...newer])
    }
  }
  // Docker arches without a real libc here: derived from a sibling, all inferred.
  const derive = (from, base, note) => {
    const libs = {}
    for (const [lib, nodes] of Object.entries(glibc[from].libs)) {
      const kept = nodes.filter((n) => {
        const [p, v] = parseNode(n)
        return p === 'GLIBC' && v && cmp(v, ver(base)) >= 0
      })
      libs[lib] = sortNodes([`GLIBC_${base}`, ...kept])
    }
    return { realUpTo: null, source: note, libs }
  }
  glibc.ppc64le = derive(
    'ppc64',
    '2.17',
    'inferred from the ppc64 (big-endian) libc: nodes from GLIBC_2.17 (the ppc64le base)',
  )
  glibc.riscv64 = derive('amd64', '2.27', 'inferred from the amd64 libc: nodes from GLIBC_2.27 (the riscv64 base)')

  // libstdc++ and libgcc_s: newest real files per arch.
  function newestBy(soname, prefix) {
    const out = {}
    for (const f of facts) {
      if (f.soname !== soname) continue
      const top = f.nodes
        .map(parseNode)
        .filter(([p, v]) => p === prefix && v)
        .map(([, v]) => v)
        .sort(cmp)
        .pop()
      if (!top) continue
      if (!out[f.arch] || cmp(top, ver(out[f.arch].realUpTo)) > 0)
        out[f.arch] = { realUpTo: top.join('.'), source: f.origin, nodes: sortNodes(f.nodes) }
    }
    return out
  }
  const libstdcxx = newestBy('libstdc++.so.6', 'GLIBCXX')
  const libgcc = newestBy('libgcc_s.so.1', 'GCC')
  const zlib = newestBy('libz.so.1', 'ZLIB')
  return { glibc, lateNodes, libstdcxx, libgcc, zlib }
}

// GCC release → highest GLIBCXX_3.4.N / CXXABI_1.3.M (libstdc++ manual, "abi.versioning.history").
const GCC_LIBSTDCXX = [
  ['4.8.3', 19, 7],
  ['4.9.0', 20, 8],
  ['5.1.0', 21, 9],
  ['6.1.0', 22, 10],
  ['7.1.0', 23, 11],
  ['7.2.0', 24, 11],
  ['8.1.0', 25, 11],
  ['9.1.0', 26, 12],
  ['9.2.0', 27, 12],
  ['9.3.0', 28, 12],
  ['10.1.0', 28, 12],
  ['11.1.0', 29, 13],
  ['12.1.0', 30, 13],
  ['13.1.0', 31, 14],
  ['13.2.0', 32, 14],
  ['14.1.0', 33, 15],
  ['15.1.0', 34, 16],
  ['16.1.0', 35, 17],
]
export function libstdcxxLevel(gcc) {
  let best = null
  for (const [g, x, a] of GCC_LIBSTDCXX)
    if (cmp(ver(g), ver(gcc)) <= 0) best = { glibcxx: `3.4.${x}`, cxxabi: `1.3.${a}`, from: g }
  // 4.8.x before 4.8.3 still had 3.4.18/1.3.7 ; close enough for the distros listed (CentOS 7 = 4.8.5).
  return best
}
