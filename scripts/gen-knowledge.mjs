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
import { CITED_LIBRARIES, ROOT_OF_IMAGE, contradictions, rootClaims } from './knowledge/claims.mjs'
import { muslReleases } from './knowledge/musl-releases.mjs'
import { libstdcxxLevel, nodeTables } from './knowledge/node-tables.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const input = (f) => readFileSync(join(root, 'scripts/knowledge', f), 'utf8')
const outFile = join(root, 'src/knowledge/data/knowledge.json')
const muslFile = join(root, 'src/knowledge/data/musl-history.json')

function tsv(text) {
  const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('#'))
  const head = lines.shift().split('\t')
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [head[i], (v ?? '').trim()])))
}

// ---- node tables from real files -------------------------------------------------------------------------------
const facts = JSON.parse(input('libc-facts.json')).files
const { glibc, lateNodes, libstdcxx, libgcc, zlib } = nodeTables(facts)

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
