import {
  checkBinary,
  computeFloor,
  crossCheck,
  runtimeDisagreementGap,
  emptySourceIndex,
  locateSymbols,
} from '../../src/abi/index.js'
import type { AbiGap, CheckResult } from '../../src/abi/types.js'
import type { RunResult } from '../../src/docker/types.js'
import { emptyInspectedFile } from '../../src/binary/inspect.js'
import type { InspectedFile } from '../../src/binary/types.js'
import { indexGoFile, indexCFile } from '../../src/io/source-index.js'
import { embeddedProfiles, findProfile } from '../../src/knowledge/index.js'
import type { TargetProfile } from '../../src/knowledge/types.js'

const X86 = {
  class: 64 as const,
  endian: 'little' as const,
  type: 'DYN',
  machine: 'Advanced Micro Devices X86-64',
  osabi: 'UNIX - System V',
}

/** A cgo glibc Go binary built on glibc 2.36 (what the host's go build makes). */
function cgoGlibc(extra: Partial<InspectedFile> = {}): InspectedFile {
  return {
    ...emptyInspectedFile('/out/app', 1000),
    elf: X86,
    linkage: 'dynamic',
    interpreter: '/lib64/ld-linux-x86-64.so.2',
    needed: ['libc.so.6'],
    libc: 'glibc',
    versionNeeds: [
      {
        file: 'libc.so.6',
        versions: [
          { name: 'GLIBC_2.2.5', weak: false },
          { name: 'GLIBC_2.32', weak: false },
          { name: 'GLIBC_2.34', weak: false },
        ],
      },
    ],
    dynamicSymbols: [
      {
        name: '__libc_start_main',
        version: 'GLIBC_2.34',
        hidden: false,
        library: 'libc.so.6',
        defined: false,
        binding: 'GLOBAL',
        type: 'FUNC',
      },
      {
        name: 'pthread_create',
        version: 'GLIBC_2.34',
        hidden: false,
        library: 'libc.so.6',
        defined: false,
        binding: 'GLOBAL',
        type: 'FUNC',
      },
      {
        name: 'pthread_sigmask',
        version: 'GLIBC_2.32',
        hidden: false,
        library: 'libc.so.6',
        defined: false,
        binding: 'GLOBAL',
        type: 'FUNC',
      },
      {
        name: 'getaddrinfo',
        version: 'GLIBC_2.2.5',
        hidden: false,
        library: 'libc.so.6',
        defined: false,
        binding: 'GLOBAL',
        type: 'FUNC',
      },
      {
        name: 'malloc',
        version: 'GLIBC_2.2.5',
        hidden: false,
        library: 'libc.so.6',
        defined: false,
        binding: 'GLOBAL',
        type: 'FUNC',
      },
    ],
    requires: { GLIBC: '2.34' },
    requiredBy: { GLIBC: ['__libc_start_main', 'pthread_create'] },
    abiTag: { os: 'Linux', kernel: '3.2.0' },
    go: {
      version: 'go1.19.8',
      path: 'example.com/app',
      main: { path: 'example.com/app', version: '(devel)' },
      settings: { CGO_ENABLED: '1', GOARCH: 'amd64', GOOS: 'linux', GOAMD64: 'v1' },
      deps: [],
    },
    ...extra,
  }
}

function staticGo(extra: Partial<InspectedFile> = {}): InspectedFile {
  return {
    ...emptyInspectedFile('/out/static', 1000),
    elf: { ...X86, type: 'EXEC' },
    linkage: 'static',
    libc: 'none',
    go: {
      version: 'go1.19.8',
      path: 'example.com/app',
      main: { path: 'example.com/app', version: '(devel)' },
      settings: { CGO_ENABLED: '0', GOARCH: 'amd64', GOAMD64: 'v1' },
      deps: [],
    },
    ...extra,
  }
}

const P = (name: string, arch = 'amd64'): TargetProfile => {
  const p = findProfile(name, arch)
  if (!p) throw new Error(name)
  return p
}
const kinds = (r: CheckResult) => r.gaps.map((g) => `${g.kind}:${g.severity}`)

function expectUseful(g: AbiGap) {
  expect(g.message.length).toBeGreaterThan(30)
  expect(g.fixes?.length ?? 0).toBeGreaterThan(0)
}

describe('checkBinary', () => {
  test('cgo glibc 2.34 binary: compatible on bookworm, symbol-version error on bullseye naming symbols and fixes', () => {
    expect(checkBinary(cgoGlibc(), P('debian:12')).verdict).toBe('compatible')
    const r = checkBinary(cgoGlibc(), P('debian:11'))
    expect(r.verdict).toBe('incompatible')
    // one gap per missing node, in the binary's order, each with exactly its symbols
    expect(kinds(r)).toEqual(['symbol-version:error', 'symbol-version:error'])
    expect(r.gaps.map((x) => [x.version, x.symbols])).toEqual([
      ['GLIBC_2.32', ['pthread_sigmask']],
      ['GLIBC_2.34', ['__libc_start_main', 'pthread_create']],
    ])
    const g = r.gaps[1]
    expect(g.library).toBe('libc.so.6')
    expect(g.message).toContain("version `GLIBC_2.34' not found")
    expect(g.message).toContain('glibc 2.31')
    expect(g.fixes!.join('\n')).toMatch(/bullseye-based builder/)
    expect(g.fixes!.join('\n')).toMatch(/CGO_ENABLED=0/)
    expectUseful(g)
  })

  test('centos:7 suggests a centos7 builder', () => {
    const g = checkBinary(cgoGlibc(), P('centos:7')).gaps[0]
    expect(g.fixes!.join('\n')).toMatch(/centos:7/)
  })

  test('weak needs are warnings', () => {
    const f = cgoGlibc({
      versionNeeds: [
        {
          file: 'libc.so.6',
          versions: [
            { name: 'GLIBC_2.2.5', weak: false },
            { name: 'GLIBC_2.32', weak: true },
            { name: 'GLIBC_2.34', weak: true },
          ],
        },
      ],
    })
    const r = checkBinary(f, P('debian:11'))
    expect(kinds(r)).toEqual(['symbol-version:warning', 'symbol-version:warning'])
    expect(r.verdict).toBe('compatible')
  })

  test('glibc binary on musl and on no-libc images: missing loader, explains exec no such file', () => {
    for (const t of ['alpine:3.20', 'gcr.io/distroless/static-debian12', 'busybox:musl']) {
      const r = checkBinary(cgoGlibc(), P(t))
      expect(r.verdict).toBe('incompatible')
      expect(kinds(r)).toEqual(['missing-loader:error'])
      expect(r.gaps[0].message).toContain('exec app: no such file or directory')
      expect(r.gaps[0].fixes!.join('\n')).toMatch(/CGO_ENABLED=0/)
    }
  })

  test('musl-dynamic binary: fine on alpine, missing loader on debian', () => {
    const musl = cgoGlibc({
      interpreter: '/lib/ld-musl-x86_64.so.1',
      needed: ['libc.so'],
      libc: 'musl',
      versionNeeds: [],
      requires: {},
      dynamicSymbols: cgoGlibc().dynamicSymbols.map((s) => ({ ...s, version: null, library: null })),
    })
    const names = musl.dynamicSymbols.map((s) => s.name)
    const withExports = (exports: string[] | undefined) => {
      const p = P('alpine:3.20')
      return { ...p, libraries: p.libraries.map((l) => (/^libc\.musl/.test(l.soname) ? { ...l, exports } : l)) }
    }
    expect(checkBinary(musl, withExports(names)).verdict).toBe('compatible')
    // no exports known: presence is all musl checks, so the answer is unknown, never a guess
    const blind = checkBinary(musl, withExports(undefined))
    expect(blind.verdict).toBe('unknown')
    expect(kinds(blind)).toEqual(['missing-symbol:notice'])
    expect(blind.gaps[0].message).toMatch(/cannot tell .*Probe the image/)
    const r = checkBinary(musl, P('debian:12'))
    expect(kinds(r)).toEqual(['missing-loader:error'])
    expect(r.gaps[0].message).toMatch(/musl binary that needs the loader \/lib\/ld-musl-x86_64\.so\.1/)
  })

  test('static binaries need no loader; static glibc + NSS warns', () => {
    for (const t of ['debian:11', 'alpine:3.12', 'gcr.io/distroless/static-debian12', 'busybox:musl'])
      expect(checkBinary(staticGo(), P(t))).toMatchObject({ verdict: 'compatible', gaps: [] })
    const sg = staticGo({ libc: 'glibc', abiTag: { os: 'Linux', kernel: '3.2.0' } })
    const r = checkBinary(sg, P('alpine:3.20'), { staticNssSymbols: ['getaddrinfo', 'getpwuid_r', 'memcpy'] })
    expect(kinds(r)).toEqual(['static-nss:warning'])
    expect(r.gaps[0].symbols).toEqual(['getaddrinfo', 'getpwuid_r'])
    expect(r.gaps[0].goPackage).toBe('net')
    expect(r.gaps[0].fixes![0]).toMatch(/netgo,osusergo/)
    expect(r.verdict).toBe('compatible')
  })

  test('missing library with package hints per distro family', () => {
    const f = cgoGlibc({ needed: ['libsqlite3.so.0', 'libc.so.6'] })
    const deb = checkBinary(f, P('debian:12'))
    expect(deb.verdict).toBe('incompatible')
    const g = deb.gaps.find((x) => x.kind === 'missing-library')!
    expect(g.library).toBe('libsqlite3.so.0')
    expect(g.message).toContain('cannot open shared object file')
    expect(g.fixes![0]).toContain('apt-get install -y --no-install-recommends libsqlite3-0')
    expect(checkBinary(f, P('alpine:3.20')).gaps[0].kind).toBe('missing-loader')
    const musl = cgoGlibc({
      interpreter: '/lib/ld-musl-x86_64.so.1',
      needed: ['libsqlite3.so.0', 'libc.musl-x86_64.so.1'],
      libc: 'musl',
      versionNeeds: [],
    })
    expect(checkBinary(musl, P('alpine:3.20')).gaps[0].fixes!.join(' ')).toContain('apk add --no-cache sqlite-libs')
    // No source cited here says what almalinux:9's base image carries besides glibc: unknown, not a false error.
    expect(checkBinary(f, P('almalinux:9')).verdict).toBe('unknown')
  })

  test('an unknown library on an embedded profile is uncertain, not a false error', () => {
    const r = checkBinary(cgoGlibc({ needed: ['libfrobnicate.so.3', 'libc.so.6'] }), P('ubuntu:22.04'))
    expect(r.verdict).toBe('unknown')
    expect(kinds(r)).toEqual(['missing-library:warning'])
  })

  test('libstdc++ versions', () => {
    const f = cgoGlibc({
      needed: ['libstdc++.so.6', 'libc.so.6'],
      versionNeeds: [
        {
          file: 'libstdc++.so.6',
          versions: [
            { name: 'GLIBCXX_3.4.30', weak: false },
            { name: 'CXXABI_1.3.13', weak: false },
          ],
        },
        { file: 'libc.so.6', versions: [{ name: 'GLIBC_2.2.5', weak: false }] },
      ],
      dynamicSymbols: [
        {
          name: '_ZSt28__throw_bad_array_new_lengthv',
          version: 'CXXABI_1.3.13',
          hidden: false,
          library: 'libstdc++.so.6',
          defined: false,
          binding: 'GLOBAL',
          type: 'FUNC',
        },
        {
          name: '_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm',
          version: 'GLIBCXX_3.4.30',
          hidden: false,
          library: 'libstdc++.so.6',
          defined: false,
          binding: 'GLOBAL',
          type: 'FUNC',
        },
      ],
    })
    expect(checkBinary(f, P('debian:12')).verdict).toBe('compatible')
    const r = checkBinary(f, P('debian:11'))
    expect(kinds(r)).toEqual(['symbol-version:error', 'symbol-version:error'])
    expect(r.gaps.map((g) => g.version)).toEqual(['GLIBCXX_3.4.30', 'CXXABI_1.3.13'])
    expect(r.gaps[1].symbols).toEqual(['_ZSt28__throw_bad_array_new_lengthv'])
    expect(r.gaps[0].version).toBe('GLIBCXX_3.4.30')
    expect(r.gaps[0].message).toMatch(/GLIBCXX_3.4.30 from libstdc\+\+\.so\.6 \(a newer GCC/)
    expect(r.gaps[0].fixes!.join(' ')).toMatch(/static-libstdc\+\+/)
  })

  test('arch mismatch', () => {
    const arm = cgoGlibc({ elf: { ...X86, machine: 'AArch64' }, interpreter: '/lib/ld-linux-aarch64.so.1' })
    const r = checkBinary(arm, P('debian:12'))
    expect(kinds(r)).toEqual(['arch-mismatch:error'])
    expect(r.gaps[0].fixes![0]).toContain('GOARCH=amd64')
    const ok = checkBinary(
      {
        ...arm,
        versionNeeds: [
          {
            file: 'libc.so.6',
            versions: [
              { name: 'GLIBC_2.17', weak: false },
              { name: 'GLIBC_2.34', weak: false },
            ],
          },
        ],
        dynamicSymbols: arm.dynamicSymbols.map((s) => ({
          ...s,
          version: s.version === 'GLIBC_2.34' ? s.version : 'GLIBC_2.17',
        })),
      },
      P('debian:12', 'arm64'),
    )
    expect(ok.verdict).toBe('compatible')
  })

  test('ISA level vs baseline (GOAMD64 / ISA note) and kernel floor', () => {
    const v3 = staticGo({ go: { ...staticGo().go!, settings: { CGO_ENABLED: '0', GOAMD64: 'v3' } } })
    expect(kinds(checkBinary(v3, P('debian:12')))).toEqual(['isa-level:warning'])
    expect(checkBinary(v3, P('redhat/ubi10')).gaps).toEqual([])
    const v2note = staticGo({ x86IsaLevel: 2 })
    expect(kinds(checkBinary(v2note, P('debian:12')))).toEqual(['isa-level:warning'])
    expect(checkBinary(v2note, P('rockylinux:9')).gaps).toEqual([])
    const newKernel = staticGo({ abiTag: { os: 'Linux', kernel: '4.4.0' }, libc: 'glibc' })
    const k = checkBinary(newKernel, P('centos:7'))
    expect(kinds(k)).toEqual(['kernel-floor:warning'])
    expect(k.gaps[0].message).toContain('3.10.0')
  })

  test('unparsable input is unknown, never compatible', () => {
    const bad = {
      ...emptyInspectedFile('/x/readme.txt', 10),
      error: { code: 'NOT_ELF', message: 'bad magic', offset: 0 },
    }
    const r = checkBinary(bad, P('debian:12'))
    expect(r.verdict).toBe('unknown')
    expect(r.gaps[0].kind).toBe('unanalysable')
  })

  test('low-confidence profile: dynamic binary unknown unless an error; static binary still decided', () => {
    const low = { ...P('debian:12'), confidence: 'low' as const }
    expect(checkBinary(cgoGlibc(), low).verdict).toBe('unknown')
    expect(checkBinary(staticGo(), low).verdict).toBe('compatible')
    const lowOld = { ...P('debian:11'), confidence: 'low' as const }
    expect(checkBinary(cgoGlibc(), lowOld).verdict).toBe('incompatible')
  })

  test('loader named in DT_NEEDED, GLIBC_PRIVATE needs, dual-libc images, gcompat', () => {
    const withLd = cgoGlibc({ needed: ['libc.so.6', 'ld-linux-x86-64.so.2'] })
    expect(checkBinary(withLd, P('debian:12'))).toMatchObject({ verdict: 'compatible', gaps: [] })
    const priv = cgoGlibc({
      versionNeeds: [
        {
          file: 'libc.so.6',
          versions: [
            { name: 'GLIBC_2.2.5', weak: false },
            { name: 'GLIBC_PRIVATE', weak: false },
          ],
        },
      ],
    })
    expect(kinds(checkBinary(priv, P('debian:12')))).toEqual(['symbol-version:warning'])
    const musl = cgoGlibc({
      interpreter: '/lib/ld-musl-x86_64.so.1',
      needed: ['libc.so', 'libz.so.1'],
      libc: 'musl',
      versionNeeds: [],
    })
    const dual: TargetProfile = {
      ...P('debian:12'),
      source: 'rootfs',
      librariesComplete: true,
      loaders: ['/lib/ld-musl-x86_64.so.1', '/lib64/ld-linux-x86-64.so.2'],
      libraries: [
        { soname: 'libc.so.6', dirs: ['/usr/lib/x86_64-linux-gnu'], versions: ['GLIBC_2.2.5'] },
        { soname: 'libz.so.1', dirs: ['/usr/lib/x86_64-linux-gnu'], versions: [], exports: [] },
        {
          soname: 'ld-musl-x86_64.so.1',
          dirs: ['/lib'],
          versions: [],
          exports: musl.dynamicSymbols.map((s) => s.name),
        },
      ],
    }
    // The musl loader starts it, but musl does not search the glibc multiarch directory for libz.
    const r = checkBinary(musl, dual)
    expect(kinds(r)).toEqual(['missing-library:error', 'libc-flavor:notice'])
    dual.libraries[1].dirs.push('/usr/lib')
    expect(checkBinary(musl, dual).verdict).toBe('compatible')
    const gcompat: TargetProfile = {
      ...P('alpine:3.20'),
      loaders: ['/lib/ld-musl-x86_64.so.1', '/lib64/ld-linux-x86-64.so.2'],
    }
    expect(kinds(checkBinary(cgoGlibc({ versionNeeds: [] }), gcompat))).toContain('libc-flavor:warning')
  })

  test('strings from the binary are capped in messages', () => {
    const long = 'x'.repeat(5000)
    const f = cgoGlibc({
      interpreter: '/lib64/' + long,
      needed: ['lib' + long + '.so.1'],
      versionNeeds: [{ file: 'libc.so.6', versions: [{ name: 'GLIBC_2.99', weak: false }] }],
      dynamicSymbols: [
        {
          name: long,
          version: 'GLIBC_2.99',
          hidden: false,
          library: 'libc.so.6',
          defined: false,
          binding: 'GLOBAL',
          type: 'FUNC',
        },
      ],
    })
    for (const t of ['debian:12', 'alpine:3.20'])
      for (const g of checkBinary(f, P(t)).gaps) {
        expect(g.message.length).toBeLessThan(2000)
        for (const s of g.symbols ?? []) expect(s.length).toBeLessThan(300)
      }
    const t = checkBinary(
      { ...f, interpreter: '/lib64/ld-linux-x86-64.so.2' },
      { ...P('debian:12'), source: 'rootfs', librariesComplete: true },
    )
    expect(t.gaps.map((g) => g.kind)).toEqual(['missing-library', 'symbol-version'])
  })

  test('every gap has a message naming the cause and a fix', () => {
    const fs = [
      cgoGlibc(),
      cgoGlibc({ needed: ['libsqlite3.so.0', 'libc.so.6'] }),
      staticGo({ libc: 'glibc', x86IsaLevel: 3 }),
    ]
    for (const p of embeddedProfiles())
      for (const f of fs) for (const g of checkBinary(f, p, { staticNssSymbols: ['getaddrinfo'] }).gaps) expectUseful(g)
  })
})

describe('attribution with a source index', () => {
  const index = emptySourceIndex('src')
  indexGoFile(
    'main.go',
    [
      'package main',
      '',
      '// #include <stdlib.h>',
      '// #include <sys/random.h>',
      '// static void fill(void *p) { arc4random_buf(p, 8); }',
      'import "C"',
      '',
      'import (',
      '\t"fmt"',
      '\t"net"',
      ')',
      '',
      'func main() { C.fill(nil); C.arc4random(); net.Dial("tcp", "x"); fmt.Println() }',
    ].join('\n'),
    index,
  )
  indexCFile('lib/helper.c', 'int f(void) {\n  return getrandom(0, 0, 0);\n}\n', index)
  index.goMod = { file: 'go.mod', line: 1, module: 'example.com/app' }

  test('C.fn calls, preamble lines, C files, imports, go.mod fallback', () => {
    expect(locateSymbols(index, ['arc4random'])).toEqual([
      { file: 'main.go', line: 13, column: 28, reason: 'cgo-call' },
    ])
    expect(locateSymbols(index, ['arc4random_buf'])[0]).toMatchObject({
      file: 'main.go',
      line: 5,
      reason: 'cgo-preamble',
    })
    expect(locateSymbols(index, ['getrandom'])[0]).toMatchObject({ file: 'lib/helper.c', line: 2, reason: 'c-source' })
    expect(locateSymbols(index, ['getaddrinfo'], 'net')).toEqual([
      { file: 'main.go', line: 10, column: 2, reason: 'import' },
    ])
    expect(locateSymbols(index, ['zzz'])).toEqual([{ file: 'go.mod', line: 1, column: 1, reason: 'go.mod' }])
  })

  test('checkBinary attaches locations and the Go package', () => {
    const f = cgoGlibc({
      versionNeeds: [
        {
          file: 'libc.so.6',
          versions: [
            { name: 'GLIBC_2.2.5', weak: false },
            { name: 'GLIBC_2.36', weak: false },
          ],
        },
      ],
      dynamicSymbols: [
        {
          name: 'arc4random',
          version: 'GLIBC_2.36',
          hidden: false,
          library: 'libc.so.6',
          defined: false,
          binding: 'GLOBAL',
          type: 'FUNC',
        },
      ],
    })
    const g = checkBinary(f, P('debian:11'), { source: index }).gaps[0]
    expect(g.locations?.[0]).toMatchObject({ file: 'main.go', line: 13, reason: 'cgo-call' })
    const n = cgoGlibc({
      versionNeeds: [
        {
          file: 'libc.so.6',
          versions: [
            { name: 'GLIBC_2.2.5', weak: false },
            { name: 'GLIBC_2.34', weak: false },
          ],
        },
      ],
      dynamicSymbols: [
        {
          name: 'res_search',
          version: 'GLIBC_2.34',
          hidden: false,
          library: 'libc.so.6',
          defined: false,
          binding: 'GLOBAL',
          type: 'FUNC',
        },
      ],
    })
    const gn = checkBinary(n, P('debian:11'), { source: index }).gaps[0]
    expect(gn.goPackage).toBe('net')
    expect(gn.locations?.[0]).toMatchObject({ file: 'main.go', line: 10, reason: 'import' })
    expect(gn.fixes![0]).toMatch(/netgo,osusergo/)
  })
})

describe('floor and cross-check', () => {
  test('floor lists images the binary runs on and not', () => {
    const fl = computeFloor(cgoGlibc(), embeddedProfiles())
    expect(fl.libc).toEqual({ flavor: 'glibc', version: '2.34' })
    expect(fl.runsOn).toEqual(expect.arrayContaining(['almalinux:9', 'debian:bookworm', 'ubuntu:22.04']))
    expect(fl.notOn).toEqual(
      expect.arrayContaining(['centos:7', 'debian:bullseye', 'alpine:3.20', 'gcr.io/distroless/static-debian12']),
    )
    expect(fl.runsOn).not.toContain('debian:bullseye')
    expect(computeFloor(staticGo(), embeddedProfiles()).libc).toEqual({ flavor: 'none', version: null })
  })

  test('verdictOnly: the same gaps and verdict on every embedded profile, no fixes worded', () => {
    for (const facts of [cgoGlibc(), staticGo()])
      for (const p of embeddedProfiles()) {
        const full = checkBinary(facts, p, {})
        const bare = checkBinary(facts, p, { verdictOnly: true })
        expect([p.image, bare.verdict]).toEqual([p.image, full.verdict])
        expect(bare.gaps.map((g) => [g.kind, g.severity, g.library, g.version])).toEqual(
          full.gaps.map((g) => [g.kind, g.severity, g.library, g.version]),
        )
        for (const g of bare.gaps.filter((x) => x.kind === 'symbol-version' || x.kind === 'missing-symbol'))
          expect(g.fixes).toEqual([])
      }
  })

  test("a binary's gaps on one target share its what-ifs' content, never their objects", () => {
    const facts = cgoGlibc()
    const advised = checkBinary(facts, P('debian:11'), { targetName: 'debian:11' }).gaps.filter((g) => g.whatIf)
    expect(advised.length).toBeGreaterThan(0)
    // asked again for the same binary and profile: the advice computed once, handed out as fresh copies
    const again = checkBinary(facts, P('debian:11'), { targetName: 'debian:11' }).gaps.filter((g) => g.whatIf)
    expect(again.map((g) => g.whatIf)).toEqual(advised.map((g) => g.whatIf))
    expect(again[0]!.whatIf![0]).not.toBe(advised[0]!.whatIf![0])
  })

  const run = (outcome: RunResult['outcome']): RunResult => ({
    outcome,
    exitCode: outcome === 'ok' ? 0 : 127,
    signal: null,
    stdout: '',
    stderr: "./app: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found",
    durationMs: 5,
  })
  test('crossCheck', () => {
    const bad = checkBinary(cgoGlibc(), P('debian:11'))
    const good = checkBinary(cgoGlibc(), P('debian:12'))
    expect(crossCheck(bad, run('missing-symbol-version'))).toBe('agree')
    expect(crossCheck(good, run('ok'))).toBe('agree')
    expect(crossCheck(good, run('exit-nonzero'))).toBe('agree')
    expect(crossCheck(good, run('missing-library'))).toBe('disagree')
    expect(crossCheck(bad, run('ok'))).toBe('disagree')
    expect(crossCheck(good, run('infrastructure-error'))).toBe('not-run')
    const g = runtimeDisagreementGap(good, run('missing-symbol-version'))
    expect(g).toMatchObject({ kind: 'runtime-disagreement', severity: 'error' })
    expect(g.message).toContain('GLIBC_2.34')
  })
})
