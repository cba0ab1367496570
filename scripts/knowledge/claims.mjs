// Library claims of the embedded knowledge base, per release: what real roots (root-facts.json) show, what cited
// sources state, and the check that a committed knowledge.json claims nothing a real root contradicts.
// Used by scripts/gen-knowledge.mjs (generation and --check); pure apart from the caller's file reading.

/** glibc's own libraries (the loader aside), as their sonames. */
export const GLIBC_LIBRARIES = [
  'libc.so.6',
  'libm.so.6',
  'libpthread.so.0',
  'libdl.so.2',
  'librt.so.1',
  'libresolv.so.2',
  'libutil.so.1',
  'libanl.so.1',
]

/** Libraries whose exports are embedded (libstdc++'s ~6000 C++ names stay in root-facts.json: too big to bundle). */
export const EMBEDDED_EXPORTS = [
  ...GLIBC_LIBRARIES,
  'libgcc_s.so.1',
  'libz.so.1',
]

/** distros.tsv image → the root-facts.json root read from a debootstrap minbase tree of the same release. */
export const ROOT_OF_IMAGE = {
  'debian:bullseye': 'debian:11',
  'debian:bookworm': 'debian:12',
  'debian:trixie': 'debian:13',
}

const GLIBC_OWN = [
  'libc.so.6',
  'libm.so.6',
  'libpthread.so.0',
  'libdl.so.2',
  'librt.so.1',
  'libresolv.so.2',
  'libutil.so.1',
  'libanl.so.1',
]
const GLIBC_CITE =
  "shipped by glibc itself (Debian/Ubuntu package libc6, RPM package glibc; glibc's own shared objects, present in every release)"
/** What a cited source states each base image carries, for releases no root here shows (everything else: unknown). */
export const CITED_LIBRARIES = {
  deb: { libraries: GLIBC_OWN, provenance: GLIBC_CITE },
  el: { libraries: GLIBC_OWN, provenance: GLIBC_CITE },
  el7: { libraries: GLIBC_OWN, provenance: GLIBC_CITE },
  rpm: { libraries: GLIBC_OWN, provenance: GLIBC_CITE },
  alpine: {
    libraries: ['libc.musl-$MUSLARCH.so.1'],
    provenance: 'package musl (the libc of every Alpine image; /lib/ld-musl-$MUSLARCH.so.1 and its libc.musl link)',
  },
  'distroless-base': {
    libraries: [...GLIBC_OWN, 'libssl.so.3', 'libcrypto.so.3'],
    provenance: 'distroless base/README.md and {bookworm,trixie}.lock.json: libc6 and libssl3',
  },
  'distroless-cc': {
    libraries: [...GLIBC_OWN, 'libssl.so.3', 'libcrypto.so.3', 'libgcc_s.so.1', 'libstdc++.so.6'],
    provenance: 'distroless cc/README.md and {bookworm,trixie}.lock.json: libc6, libssl3, libgcc-s1, libstdc++6',
  },
  'busybox-glibc': {
    libraries: ['libc.so.6', 'libm.so.6', 'libresolv.so.2', 'libpthread.so.0', 'libnss_files.so.2', 'libnss_dns.so.2'],
    provenance: 'docker-library busybox latest/glibc/Dockerfile.builder (copies these from debian:trixie-slim)',
  },
  none: { libraries: [], provenance: 'no libc, no shared libraries (static image)' },
}

const entriesOf = (exportsByNode) =>
  Object.entries(exportsByNode).flatMap(([node, names]) =>
    names
      .split(' ')
      .filter(Boolean)
      .map((n) => (node ? `${n}@${node}` : n)),
  )

/**
 * Compact per-release claims from root facts: libraries (soname → version nodes), plus one export table per core
 * library (the union over the roots, grouped by node) and, per root, the union entries it lacks.
 */
export function rootClaims(facts) {
  const union = {}
  for (const root of Object.values(facts.roots))
    for (const [soname, lib] of Object.entries(root.libraries)) {
      if (!lib.exports || !EMBEDDED_EXPORTS.includes(soname)) continue
      const t = (union[soname] ??= {})
      for (const [node, names] of Object.entries(lib.exports))
        for (const n of names.split(' ')) (t[node] ??= new Set()).add(n)
    }
  const exportTables = {}
  for (const [soname, t] of Object.entries(union).sort(([a], [b]) => (a < b ? -1 : 1)))
    exportTables[soname] = Object.fromEntries(
      Object.entries(t)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([node, s]) => [node, [...s].sort().join(' ')]),
    )
  const roots = {}
  for (const [name, root] of Object.entries(facts.roots)) {
    const libraries = {}
    const absent = {}
    for (const [soname, lib] of Object.entries(root.libraries)) {
      libraries[soname] = lib.versions.filter((v) => v !== 'GLIBC_PRIVATE')
      if (!exportTables[soname]) continue
      const have = new Set(entriesOf(lib.exports))
      absent[soname] = entriesOf(exportTables[soname])
        .filter((e) => !have.has(e))
        .join(' ')
    }
    roots[name] = { source: root.source, glibc: root.glibc, libraries, absent }
  }
  return { exportTables, roots }
}

/** The exports a compact knowledge base claims for one root library ('name' / 'name@NODE'), or null when none. */
export function claimedExports(k, rootName, soname) {
  const t = k.exportTables?.[soname]
  const root = k.roots?.[rootName]
  if (!t || !root || root.absent[soname] === undefined) return null
  const absent = new Set(root.absent[soname].split(' '))
  return entriesOf(t).filter((e) => !absent.has(e))
}

/**
 * Every claim of knowledge `k` about root `rootName` that the real libraries contradict (readRoot's shape, or
 * root-facts.json's with exports as strings): a library the root lacks, a version node it does not define, an export
 * it does not define. Empty when everything claimed is true. `counts` receives the numbers checked.
 */
export function contradictions(k, rootName, real, counts = { libraries: 0, exports: 0 }) {
  const out = []
  const claim = k.roots?.[rootName]
  if (!claim) return [`knowledge has no root ${rootName}`]
  for (const [soname, versions] of Object.entries(claim.libraries)) {
    counts.libraries++
    const lib = real[soname]
    if (!lib) {
      out.push(`${rootName} claims ${soname}, which the real root does not have`)
      continue
    }
    const nodes = new Set(lib.versions)
    const missing = versions.filter((v) => !nodes.has(v))
    if (missing.length) out.push(`${rootName} claims ${soname} defines ${missing.join(', ')}; the real file does not`)
    const exp = claimedExports(k, rootName, soname)
    if (!exp) continue
    const byNode = Object.fromEntries(
      Object.entries(lib.exports ?? {}).map(([n, v]) => [n, Array.isArray(v) ? v.join(' ') : v]),
    )
    const have = new Set(entriesOf(byNode))
    counts.exports += exp.length
    const wrong = exp.filter((e) => !have.has(e))
    if (wrong.length)
      out.push(
        `${rootName} claims ${soname} exports ${wrong.slice(0, 5).join(', ')}${wrong.length > 5 ? ` (+${wrong.length - 5})` : ''}; the real file does not`,
      )
  }
  return out
}
