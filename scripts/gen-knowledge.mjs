#!/usr/bin/env node
// Regenerates src/knowledge/data/knowledge.json, the embedded target-profile knowledge base, from committed inputs:
//   scripts/knowledge/distros.tsv     image, distro, release, libc flavor/version, EOL, source (one row per image)
//   scripts/knowledge/toolchains.tsv  GCC runtime, default kernel, x86-64 baseline, arches, base library set
//   scripts/knowledge/libc-facts.json version nodes read from REAL libc.so.6/libm/libstdc++/libgcc_s files
//                                     (refresh with scripts/knowledge/extract-libc-facts.sh; needs readelf + Docker)
// Usage: node scripts/gen-knowledge.mjs [--check [--root NAME=DIR]... [--knowledge FILE]]
//   --check fails when a claim is contradicted by root-facts.json or by a real root directory given with --root
//   (e.g. --root debian:11=/tmp/bullseye), then when the committed output is out of date.
// The output is compact (node tables + one row per image); src/knowledge/embedded.ts expands rows into profiles,
// truncating each node table at the image's glibc / GCC runtime version.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CITED_LIBRARIES, GLIBC_LIBRARIES, ROOT_OF_IMAGE, contradictions, rootClaims } from './knowledge/claims.mjs'
import { muslReleases } from './knowledge/musl-releases.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const input = (f) => readFileSync(join(root, 'scripts/knowledge', f), 'utf8')
const outFile = join(root, 'src/knowledge/data/knowledge.json')
const muslFile = join(root, 'src/knowledge/data/musl-history.json')

function tsv(text) {
  const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('#'))
  const head = lines.shift().split('\t')
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [head[i], (v ?? '').trim()])))
}

/** [prefix, numbers] of a version node: GLIBC_2.3.4 → ['GLIBC', [2,3,4]]. */
function parseNode(n) {
  const m = /^([A-Z_]+?)_(\d+(?:\.\d+)*)$/.exec(n)
  return m ? [m[1], m[2].split('.').map(Number)] : [n, null]
}
function cmp(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d) return d
  }
  return 0
}
const ver = (s) => s.split('.').map(Number)
const sortNodes = (nodes) =>
  [...new Set(nodes)].sort((x, y) => {
    const [px, vx] = parseNode(x)
    const [py, vy] = parseNode(y)
    if (px !== py) return px < py ? -1 : 1
    if (!vx || !vy) return vx ? -1 : vy ? 1 : x < y ? -1 : 1
    return cmp(vx, vy)
  })

// ---- node tables from real files -------------------------------------------------------------------------------
const facts = JSON.parse(input('libc-facts.json')).files
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
function libstdcxxLevel(gcc) {
  let best = null
  for (const [g, x, a] of GCC_LIBSTDCXX)
    if (cmp(ver(g), ver(gcc)) <= 0) best = { glibcxx: `3.4.${x}`, cxxabi: `1.3.${a}`, from: g }
  // 4.8.x before 4.8.3 still had 3.4.18/1.3.7 ; close enough for the distros listed (CentOS 7 = 4.8.5).
  return best
}

// ---- library claims per release -------------------------------------------------------------------------------
// Debian 11/12/13 (amd64): every library of the debootstrap minbase roots, with their real nodes and the core
// libraries' exports (root-facts.json). Other releases: only what CITED_LIBRARIES cites; the rest stays unknown.
const rootFacts = JSON.parse(input('root-facts.json'))
const { exportTables, roots } = rootClaims(rootFacts)
const baseLibraries = Object.fromEntries(Object.entries(CITED_LIBRARIES).map(([k, v]) => [k, v.libraries]))
const baseProvenance = Object.fromEntries(Object.entries(CITED_LIBRARIES).map(([k, v]) => [k, v.provenance]))
const musl = muslReleases(rootFacts.musl)

// ---- rows ------------------------------------------------------------------------------------------------------
const DISTRO_IDS = [
  [/^CentOS/, 'centos'],
  [/^RHEL/, 'rhel'],
  [/^AlmaLinux/, 'almalinux'],
  [/^Rocky/, 'rocky'],
  [/^Amazon/, 'amzn'],
  [/^Ubuntu/, 'ubuntu'],
  [/^Debian/, 'debian'],
  [/^Fedora/, 'fedora'],
  [/^openSUSE Leap/, 'opensuse-leap'],
  [/^SLES/, 'sles'],
  [/^Alpine/, 'alpine'],
  [/^distroless/, 'distroless'],
  [/^BusyBox/, 'busybox'],
]
const DEBIAN = { stretch: '9', buster: '10', bullseye: '11', bookworm: '12', trixie: '13' }
const UBUNTU = { 16.04: 'xenial', 18.04: 'bionic', 20.04: 'focal', 22.04: 'jammy', 24.04: 'noble', 26.04: 'resolute' }

function aliasesFor(names, distroId) {
  const out = new Set(names.slice(1))
  const first = names[0]
  const add = (a) => a !== first && out.add(a)
  if (distroId === 'debian') {
    const code = first.split(':')[1]
    for (const n of [code, DEBIAN[code]]) {
      add(`debian:${n}`)
      add(`debian:${n}-slim`)
    }
  }
  if (distroId === 'ubuntu') {
    const v = first.split(':')[1]
    if (UBUNTU[v]) add(`ubuntu:${UBUNTU[v]}`)
  }
  const ubi = /^registry\.access\.redhat\.com\/ubi(\d+)\/ubi$/.exec(first)
  if (ubi) {
    for (const v of ['ubi', 'ubi-minimal', 'ubi-micro']) add(`registry.access.redhat.com/ubi${ubi[1]}/${v}`)
    add(`registry.access.redhat.com/ubi${ubi[1]}`)
    add(`redhat/ubi${ubi[1]}-minimal`)
    add(`rhel:${ubi[1]}`)
  }
  if (first === 'centos:7') add('centos:centos7')
  if (/^rockylinux:/.test(first)) add(`rockylinux/rockylinux:${first.split(':')[1]}`)
  if (first === 'rockylinux/rockylinux:10') add('rockylinux:10')
  if (/^(almalinux|rockylinux|rockylinux\/rockylinux):\d+$/.test(first)) add(`${first}-minimal`)
  if (first === 'busybox:glibc') add('busybox:stable-glibc')
  if (first === 'busybox:musl') add('busybox:stable-musl')
  if (/^registry\.suse\.com\/bci\/bci-base:15\.5$/.test(first))
    for (const sp of ['15.2', '15.3', '15.4']) add(`registry.suse.com/bci/bci-base:${sp}`)
  if (/^opensuse\/leap:/.test(first)) add(`opensuse:leap-${first.split(':')[1]}`)
  return [...out]
}

function confidenceOf(source, libcVersion) {
  const s = `${source} ${libcVersion}`.toLowerCase()
  if (/verify|unverified/.test(s)) return 'low'
  if (/memory|inferred/.test(s)) return 'medium'
  return 'high'
}

const tool = Object.fromEntries(tsv(input('toolchains.tsv')).map((r) => [r.image, r]))
const images = []
for (const row of tsv(input('distros.tsv'))) {
  const names = row.image
    .split(/\s*\|\s*|\s*\(|\)/)
    .map((s) => s.trim())
    .filter(Boolean)
  const image = names[0]
  const t = tool[image]
  if (!t) throw new Error(`toolchains.tsv has no row for ${image}`)
  const id = (DISTRO_IDS.find(([re]) => re.test(row.distro)) ?? [null, row.distro.toLowerCase()])[1]
  let flavor = row.libc.startsWith('musl') ? 'musl' : row.libc === 'glibc' ? 'glibc' : 'none'
  const m = /\d+\.\d+(?:\.\d+)?/.exec(row.libc_version)
  let version = flavor === 'none' ? null : m ? m[0] : null
  const caveats = []
  if (t.base === 'none' && flavor !== 'none') {
    caveats.push(
      `the image's own tools are statically linked against ${flavor}; no ${flavor} loader or shared libc is shipped`,
    )
    flavor = 'none'
    version = null
  }
  if (/ or /.test(row.libc_version)) caveats.push(`libc version uncertain: ${row.libc_version}`)
  images.push({
    image,
    aliases: aliasesFor(names, id),
    distro: { id, name: row.distro, version: row.release },
    libc: { flavor, version },
    arch: t.arches.split(','),
    gccRuntime: t.gcc_runtime === '-' ? null : t.gcc_runtime,
    zlib: t.zlib === '-' ? null : t.zlib,
    libstdcxx: t.gcc_runtime === '-' ? null : libstdcxxLevel(t.gcc_runtime),
    base: t.base,
    kernel: t.kernel === '-' ? null : t.kernel,
    x86IsaBaseline: Number(t.isa) || null,
    eol: row.eol || null,
    confidence: confidenceOf(row.source, row.libc_version),
    provenance: `${row.source}${t.note ? `; toolchain/kernel: ${t.note}` : ''}`,
    caveats,
    ...(ROOT_OF_IMAGE[image] ? { root: ROOT_OF_IMAGE[image] } : {}),
  })
  const root = roots[ROOT_OF_IMAGE[image]]
  if (ROOT_OF_IMAGE[image] && (!root || root.glibc !== version))
    throw new Error(
      `${image}: distros.tsv says glibc ${version}, its real root ${ROOT_OF_IMAGE[image]} has ${root?.glibc}`,
    )
}

// Version nodes without a number, and the glibc release that introduced them (read from the real files: present in
// bookworm's 2.36 / trixie's 2.41; GLIBC_ABI_GNU2_TLS is in Debian's 2.41 as a backport).
const nodeSince = { GLIBC_ABI_DT_RELR: '2.36', GLIBC_ABI_DT_X86_64_PLT: '2.41', GLIBC_ABI_GNU2_TLS: '2.41' }
for (const t of Object.values(glibc))
  for (const nodes of Object.values(t.libs))
    for (const n of nodes) if (/^GLIBC_[A-Z]/.test(n) && !nodeSince[n]) throw new Error(`add ${n} to nodeSince`)

const out = {
  knowledgeVersion: 1,
  generatedBy:
    'scripts/gen-knowledge.mjs from scripts/knowledge/{distros.tsv,toolchains.tsv,libc-facts.json,root-facts.json}',
  nodeSince,
  lateNodes,
  glibc,
  libstdcxx,
  libgcc,
  zlib,
  baseLibraries,
  baseProvenance,
  roots,
  exportTables,
  images,
}
// Formatted as prettier formats JSON, so `prettier --write` leaves the file alone.
const { format } = await import('prettier')
const text = await format(JSON.stringify(out), { parser: 'json', printWidth: 120 })
// Validators: the two JSON schemas compiled ahead of time with ajv's standalone code generation, so loading the
// knowledge base (and `check --profile`) validates without paying for ajv's import and compile at every start.
async function validatorsModule() {
  const { Ajv } = await import('ajv')
  const standalone = (await import('ajv/dist/standalone/index.js')).default.default
  const schema = (f) => JSON.parse(readFileSync(join(root, 'src/knowledge/data', f), 'utf8'))
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    unicode: false,
    logger: false,
    code: { source: true, esm: true },
  })
  ajv.addSchema(schema('profile.schema.json'), 'profile')
  ajv.addSchema(schema('knowledge.schema.json'), 'knowledge')
  const code = standalone(ajv, { validateProfile: 'profile', validateKnowledge: 'knowledge' })
  const head =
    '// GENERATED by scripts/gen-knowledge.mjs from profile.schema.json and knowledge.schema.json (ajv standalone).\n' +
    '// Do not edit: change the schemas and rerun the generator.\n/* eslint-disable */\n// @ts-nocheck\n'
  return format(head + code.replace(/^"use strict";/, ''), {
    parser: 'typescript',
    printWidth: 120,
    semi: false,
    singleQuote: true,
    trailingComma: 'all',
  })
}
const validatorsFile = join(root, 'src/knowledge/data/validators.ts')
const muslText = await format(
  JSON.stringify({
    generatedBy: 'scripts/gen-knowledge.mjs from scripts/knowledge/root-facts.json and musl-releases.mjs',
    ...musl,
  }),
  { parser: 'json', printWidth: 120 },
)
const validators = await validatorsModule()

const argv = process.argv.slice(2)
const optAll = (name) => argv.flatMap((a, i) => (a === name && argv[i + 1] ? [argv[i + 1]] : []))
if (argv.includes('--check')) {
  const read = (f) => {
    try {
      return readFileSync(f, 'utf8')
    } catch {
      return ''
    }
  }
  // 1. No claim a real root contradicts: the committed (or --knowledge) file against root-facts.json and any
  //    --root NAME=DIR read now with readelf.
  const knowledgeFile = optAll('--knowledge')[0] ?? outFile
  const committed = JSON.parse(read(knowledgeFile) || '{}')
  const counts = { libraries: 0, exports: 0 }
  const problems = []
  const realRoots = Object.entries(rootFacts.roots).map(([name, r]) => [name, r.libraries, 'root-facts.json'])
  if (optAll('--root').length) {
    const { readRoot } = await import('./knowledge/read-root.mjs')
    for (const spec of optAll('--root')) {
      const [name, dir] = spec.split('=')
      realRoots.push([name, readRoot(dir), dir])
    }
  }
  for (const [name, libs, where] of realRoots)
    for (const p of contradictions(committed, name, libs, counts)) problems.push(`${p} (${where})`)
  if (problems.length) {
    console.error(`${knowledgeFile} claims what a real root contradicts:\n  ${problems.join('\n  ')}`)
    process.exit(1)
  }
  const unknown = images.filter((r) => !r.root).length
  console.log(
    `checked ${counts.libraries} library claims and ${counts.exports} export claims against ${realRoots.length} real roots: none contradicted; ${unknown} images list only cited libraries (everything else unknown)`,
  )
  // 2. Not stale.
  if (
    knowledgeFile === outFile &&
    (read(outFile) !== text || read(validatorsFile) !== validators || read(muslFile) !== muslText)
  ) {
    console.error(
      'src/knowledge/data/{knowledge.json,validators.ts,musl-history.json} are out of date: run node scripts/gen-knowledge.mjs',
    )
    process.exit(1)
  }
  console.log('knowledge.json and validators.ts are up to date')
} else {
  mkdirSync(dirname(outFile), { recursive: true })
  writeFileSync(outFile, text)
  writeFileSync(validatorsFile, validators)
  writeFileSync(muslFile, muslText)
  console.log(
    `wrote ${images.length} images to src/knowledge/data/knowledge.json (${text.length} bytes) and validators.ts`,
  )
}
