// "Verdicts agree with reality": Go binaries built in every toolchain variant, profiles read from the real images'
// filesystems (docker export → fsTree → profileFromTree), and the static verdict of every binary × image compared
// with what really happens when the binary runs in that image (docker run --network none).
import { jest } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, mkdir, rm, writeFile, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { checkBinary } from '../../src/abi/index.js'
import type { CheckResult } from '../../src/abi/types.js'
import { fsTree } from '../../src/io/fs-tree.js'
import { inspectFile } from '../../src/io/inspect-file.js'
import { findProfile, profileFromTree } from '../../src/knowledge/index.js'
import type { TargetProfile } from '../../src/knowledge/types.js'
import type { InspectedFile } from '../../src/binary/types.js'
import { run as checkCommand } from '../../src/cli/commands/check.js'
import { captured } from '../helpers/captured.js'

const exec = promisify(execFile)
jest.setTimeout(15 * 60 * 1000)

const IMAGES = ['bullseye', 'bookworm', 'trixie', 'musl', 'nolibc'] as const
const MAIN_GO = `package main

import (
	"fmt"
	"net"
	"os/user"
)

func main() {
	u, err := user.Current()
	_, lerr := net.LookupHost("localhost")
	fmt.Println("ok", u != nil, err == nil, lerr == nil)
}
`
const SQLITE_GO = `package main

// #cgo LDFLAGS: -lsqlite3
// #include <sqlite3.h>
import "C"

import "fmt"

func main() { fmt.Println("sqlite", C.GoString(C.sqlite3_libversion())) }
`
const CXX_GO = `package main

// #cgo LDFLAGS: -lstdc++
// extern int words(void);
import "C"

import "fmt"

func main() { fmt.Println("cxx", C.words()) }
`
const CXX_CC = `#include <sstream>
#include <string>
#include <vector>
#include <memory>
extern "C" int words(void) {
  std::vector<std::string> v{"a", "bb", "ccc"};
  auto p = std::make_shared<std::ostringstream>();
  for (auto &s : v) *p << s << std::to_string(s.size());
  return static_cast<int>(p->str().size());
}
`

/** Every toolchain variant: [name, where, env, args, package dir]. */
const HOST_BUILDS: [string, Record<string, string>, string[], string][] = [
  ['nocgo', { CGO_ENABLED: '0' }, [], '.'],
  ['cgo-glibc', { CGO_ENABLED: '1' }, [], '.'],
  ['musl-dynamic', { CGO_ENABLED: '1', CC: 'musl-gcc' }, [], '.'],
  ['musl-static', { CGO_ENABLED: '1', CC: 'musl-gcc' }, ['-ldflags', '-linkmode external -extldflags "-static"'], '.'],
  ['glibc-static', { CGO_ENABLED: '1' }, ['-ldflags', '-linkmode external -extldflags "-static"'], '.'],
  ['sqlite-cgo', { CGO_ENABLED: '1' }, [], './sqlite'],
]
const CONTAINER_BUILDS: [string, string, string][] = [
  ['cgo-trixie', 'abigap-test/builder-trixie', '.'],
  ['cgo-bullseye', 'abigap-test/builder-bullseye', '.'],
  ['cxx-trixie', 'abigap-test/builder-trixie', './cxx'],
]

let work = ''
let bin = ''
const profiles = new Map<string, TargetProfile>()
const facts = new Map<string, InspectedFile>()
const reality = new Map<string, { exit: number; stderr: string }>()

async function docker(args: string[], timeout = 300_000): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const r = await exec('docker', args, { timeout, maxBuffer: 64 * 1024 * 1024 })
    return { ...r, code: 0 }
  } catch (e) {
    const x = e as { stdout?: string; stderr?: string; code?: number | string }
    if (typeof x.code === 'string') throw new Error(`docker ${args[0]} failed to start: ${x.code}`)
    return { stdout: x.stdout ?? '', stderr: x.stderr ?? '', code: typeof x.code === 'number' ? x.code : -1 }
  }
}

beforeAll(async () => {
  const v = await docker(['version', '--format', '{{.Server.Version}}'], 30_000)
  if (v.code !== 0)
    throw new Error(`Docker is required for this integration test (run scripts/test-world.sh): ${v.stderr.trim()}`)
  for (const img of [
    ...IMAGES.map((i) => `abigap-test/${i}`),
    'abigap-test/builder-trixie',
    'abigap-test/builder-bullseye',
  ]) {
    const r = await docker(['image', 'inspect', img], 30_000)
    if (r.code !== 0) throw new Error(`missing test image ${img}: run scripts/test-world.sh`)
  }
  work = await mkdtemp(join(tmpdir(), 'abigap-check-itg-'))
  const src = join(work, 'src')
  bin = join(work, 'bin')
  await mkdir(join(src, 'sqlite'), { recursive: true })
  await mkdir(join(src, 'cxx'), { recursive: true })
  await mkdir(bin)
  await writeFile(join(src, 'go.mod'), 'module example.com/hello\n\ngo 1.15\n')
  await writeFile(join(src, 'main.go'), MAIN_GO)
  await writeFile(join(src, 'sqlite', 'main.go'), SQLITE_GO)
  await writeFile(join(src, 'cxx', 'main.go'), CXX_GO)
  await writeFile(join(src, 'cxx', 'words.cc'), CXX_CC)

  // Host builds (go1.19, glibc 2.36, musl-gcc).
  for (const [name, env, args, pkg] of HOST_BUILDS) {
    await exec('go', ['build', ...args, '-o', join(bin, name), pkg], {
      cwd: src,
      env: { ...process.env, ...env },
      timeout: 300_000,
    })
  }
  // Builder images: glibc 2.41 (go1.24) and glibc 2.31 (go1.15); in parallel.
  await Promise.all(
    CONTAINER_BUILDS.map(async ([name, image, pkg]) => {
      const r = await docker(
        [
          'run',
          '--rm',
          '-v',
          `${work}:/w`,
          '-w',
          '/w/src',
          '-e',
          'CGO_ENABLED=1',
          '-e',
          'GOTOOLCHAIN=local',
          '-e',
          'GOFLAGS=-mod=mod',
          image,
          'go',
          'build',
          '-o',
          `/w/bin/${name}`,
          pkg,
        ],
        600_000,
      )
      if (r.code !== 0) throw new Error(`build of ${name} in ${image} failed: ${r.stderr}`)
    }),
  )
  await exec('chmod', ['-R', 'a+rX', bin])
  for (const f of await readdir(bin)) facts.set(f, inspectFile(join(bin, f)))

  // Real root filesystems → profiles.
  for (const img of IMAGES) {
    const root = join(work, 'roots', img)
    await mkdir(root, { recursive: true })
    const c = await docker(['create', `abigap-test/${img}`, '/bin/true'])
    if (c.code !== 0) throw new Error(`docker create ${img}: ${c.stderr}`)
    const id = c.stdout.trim()
    try {
      await exec('sh', ['-c', `docker export ${id} | tar -x -C "${root}" --no-same-owner --exclude=dev`], {
        timeout: 120_000,
      })
    } finally {
      await docker(['rm', '-f', id])
    }
    profiles.set(img, profileFromTree(fsTree(root), { image: `abigap-test/${img}`, source: 'rootfs' }))
  }

  // Reality: every binary in every image, no network, unprivileged.
  const cells = [...facts.keys()].flatMap((b) => IMAGES.map((img) => [b, img] as const))
  const queue = [...cells]
  await Promise.all(
    [0, 1].map(async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const [b, img] = c
        const r = await docker(
          [
            'run',
            '--rm',
            '--network',
            'none',
            '--user',
            '65534:65534',
            '-v',
            `${bin}:/b:ro`,
            `abigap-test/${img}`,
            `/b/${b}`,
          ],
          60_000,
        )
        reality.set(`${b}@${img}`, { exit: r.code, stderr: r.stderr })
      }
    }),
  )
})

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

/** What the loader said, in gap-kind terms (null when the binary started). */
function observedKind(r: { exit: number; stderr: string }): string | null {
  if (r.exit === 0) return null
  if (/version `[^']+' not found/.test(r.stderr)) return 'symbol-version'
  if (/error while loading shared libraries|Error loading shared library/.test(r.stderr)) return 'missing-library'
  if (/no such file or directory|not found/i.test(r.stderr)) return 'missing-loader'
  return `other (exit ${r.exit}): ${r.stderr.slice(0, 300)}`
}

describe('the toolchain variants are what they claim', () => {
  test.each([
    ['nocgo', 'static', 'none'],
    ['cgo-glibc', 'dynamic', 'glibc'],
    ['musl-dynamic', 'dynamic', 'musl'],
    ['musl-static', 'static', 'musl'],
    ['glibc-static', 'static', 'glibc'],
    ['sqlite-cgo', 'dynamic', 'glibc'],
    ['cgo-trixie', 'dynamic', 'glibc'],
    ['cgo-bullseye', 'dynamic', 'glibc'],
    ['cxx-trixie', 'dynamic', 'glibc'],
  ])('%s is %s %s', (name, linkage, libc) => {
    const f = facts.get(name)!
    expect(f.error).toBeNull()
    expect(f.linkage === 'static-pie' ? 'static' : f.linkage).toBe(linkage)
    expect(f.libc).toBe(libc)
  })
  test('builders: trixie needs a newer glibc than bullseye', () => {
    expect(Number(facts.get('cgo-trixie')!.requires.GLIBC.split('.')[1])).toBeGreaterThanOrEqual(34)
    expect(Number(facts.get('cgo-bullseye')!.requires.GLIBC.split('.')[1])).toBeLessThanOrEqual(31)
    expect(facts.get('sqlite-cgo')!.needed).toContain('libsqlite3.so.0')
    expect(facts.get('cxx-trixie')!.needed).toContain('libstdc++.so.6')
  })
})

describe('profiles read from the real images', () => {
  test('libc flavor and version', () => {
    expect(profiles.get('bullseye')!.libc).toEqual({ flavor: 'glibc', version: '2.31' })
    expect(profiles.get('bookworm')!.libc).toEqual({ flavor: 'glibc', version: '2.36' })
    expect(profiles.get('trixie')!.libc).toEqual({ flavor: 'glibc', version: '2.41' })
    expect(profiles.get('musl')!.libc.flavor).toBe('musl')
    expect(profiles.get('musl')!.loaders).toEqual(['/lib/ld-musl-x86_64.so.1'])
    expect(profiles.get('nolibc')!.libc).toEqual({ flavor: 'none', version: null })
    expect(profiles.get('nolibc')!.loaders).toEqual([])
    expect(profiles.get('bookworm')!.libraries.find((l) => l.soname === 'libsqlite3.so.0')).toBeUndefined()
  })
})

describe('static verdicts agree with real runs', () => {
  const table = () => [...facts.keys()].flatMap((b) => IMAGES.map((img) => [b, img] as const))
  test('every binary × image', () => {
    const rows: string[] = []
    const results: CheckResult[] = []
    for (const [b, img] of table()) {
      const r = checkBinary(facts.get(b)!, profiles.get(img)!, { targetName: img })
      results.push(r)
      const seen = reality.get(`${b}@${img}`)!
      const kind = observedKind(seen)
      const predicted = r.verdict
      const agrees = (predicted === 'compatible') === (kind === null) && predicted !== 'unknown'
      const kindOk = kind === null || r.gaps.some((g) => g.kind === kind && g.severity === 'error')
      rows.push(
        `${agrees && kindOk ? 'ok ' : 'BAD'} ${b.padEnd(13)} ${img.padEnd(9)} static=${predicted.padEnd(12)} real=${kind ?? 'runs'}`,
      )
    }
    if (process.env.ABIGAP_SHOW_TABLE) process.stderr.write(rows.join('\n') + '\n')
    // One readable table on failure; every row must agree, including the kind of failure.
    expect(rows.filter((r) => r.startsWith('BAD'))).toEqual([])
    // The matrix is not trivial: both outcomes occur, and each failure kind is exercised.
    const kinds = new Set([...reality.values()].map(observedKind))
    expect(kinds).toEqual(new Set([null, 'symbol-version', 'missing-library', 'missing-loader']))
    expect(results.filter((r) => r.verdict === 'incompatible').length).toBeGreaterThan(10)
  })

  test('every gap on a real profile names a cause and a fix', () => {
    for (const [b, img] of table()) {
      for (const g of checkBinary(facts.get(b)!, profiles.get(img)!).gaps) {
        expect(g.message).toMatch(new RegExp(b))
        expect(g.fixes?.length ?? 0).toBeGreaterThan(0)
      }
    }
  })

  test('glibc-static warns about NSS through the CLI scanner; cgo-glibc on bullseye names GLIBC_2.34 symbols', async () => {
    const out = await captured(() =>
      checkCommand(['--json', '--offline', '--target', 'debian:11', join(bin, 'glibc-static'), join(bin, 'cgo-glibc')]),
    )
    expect(out.code).toBe(1)
    const report = JSON.parse(out.stdout)
    const st = report.results.find((r: CheckResult) => r.file.endsWith('glibc-static'))
    expect(st.verdict).toBe('compatible')
    expect(st.gaps.map((g: { kind: string }) => g.kind)).toContain('static-nss')
    const dyn = report.results.find((r: CheckResult) => r.file.endsWith('cgo-glibc'))
    expect(dyn.verdict).toBe('incompatible')
    expect(dyn.gaps[0]).toMatchObject({ kind: 'symbol-version', library: 'libc.so.6' })
    expect(report.floors.find((f: { file: string }) => f.file.endsWith('cgo-glibc')).libc.version).toBe(
      facts.get('cgo-glibc')!.requires.GLIBC,
    )
  })

  test('a saved rootfs profile gives the same verdicts through check --profile', async () => {
    const file = join(work, 'bullseye.json')
    await writeFile(file, JSON.stringify(profiles.get('bullseye')))
    const names = [...facts.keys()]
    const out = await captured(() => checkCommand(['--json', '--profile', file, ...names.map((n) => join(bin, n))]))
    const report = JSON.parse(out.stdout)
    for (const r of report.results as CheckResult[]) {
      const name = r.file.slice(r.file.lastIndexOf('/') + 1)
      expect([name, r.verdict]).toEqual([name, checkBinary(facts.get(name)!, profiles.get('bullseye')!).verdict])
      expect(r.profile.source).toBe('file')
    }
    expect(out.code).toBe(1)
  })
})

describe('the embedded knowledge agrees with the real Debian images', () => {
  const pairs = [
    ['debian:11', 'bullseye'],
    ['debian:12', 'bookworm'],
    ['debian:13', 'trixie'],
  ] as const
  test.each(pairs)('%s version nodes equal those read from abigap-test/%s', (name, img) => {
    const embedded = findProfile(name)!
    const real = profiles.get(img)!
    expect(embedded.libc).toEqual(real.libc)
    for (const lib of embedded.libraries) {
      if (!lib.versions.length) continue
      const r = real.libraries.find((l) => l.soname === lib.soname)
      if (!r) throw new Error(`${img} lacks ${lib.soname}`)
      expect([lib.soname, [...lib.versions].sort()]).toEqual([
        lib.soname,
        r.versions.filter((v) => v !== 'GLIBC_PRIVATE').sort(),
      ])
    }
  })
  test.each(pairs)('verdicts on embedded %s equal the real runs on abigap-test/%s', (name, img) => {
    // sqlite-cgo is left out: whether libsqlite3-0 is installed is a property of the test image, not of Debian.
    for (const b of [...facts.keys()].filter((x) => x !== 'sqlite-cgo')) {
      const r = checkBinary(facts.get(b)!, findProfile(name)!)
      const kind = observedKind(reality.get(`${b}@${img}`)!)
      expect([b, r.verdict]).toEqual([b, kind === null ? 'compatible' : 'incompatible'])
    }
  })
})

describe('ISA level from real build info', () => {
  test('GOAMD64=v3: a warning against v1-baseline distros, none against RHEL 10', async () => {
    const out = join(work, 'v3')
    await exec('go', ['build', '-o', out, '.'], {
      cwd: join(work, 'src'),
      env: { ...process.env, CGO_ENABLED: '0', GOAMD64: 'v3' },
    })
    const f = inspectFile(out)
    expect(f.go?.settings.GOAMD64).toBe('v3')
    const r = await captured(() =>
      checkCommand(['--json', '--offline', '--target', 'debian:12', '--target', 'redhat/ubi10', out]),
    )
    const rep = JSON.parse(r.stdout)
    expect(rep.results[0].gaps.map((g: { kind: string }) => g.kind)).toEqual(['isa-level'])
    expect(rep.results[0].gaps[0].fixes[0]).toContain('GOAMD64=v1')
    expect(rep.results[1].gaps).toEqual([])
    expect(r.code).toBe(0)
  })
})

describe('check --run: probed images (Docker helper) and real runs cross-checked', () => {
  test('every cell is run in its image and agrees with the static verdict', async () => {
    const targets = ['abigap-test/bullseye', 'abigap-test/musl', 'abigap-test/nolibc']
    const names = [...facts.keys()]
    const out = await captured(() =>
      checkCommand(['--json', '--run', ...targets.flatMap((t) => ['--target', t]), ...names.map((n) => join(bin, n))]),
    )
    expect(out.stderr).toBe('')
    const report = JSON.parse(out.stdout)
    expect(report.results).toHaveLength(names.length * targets.length)
    const rows = (report.results as CheckResult[]).map(
      (r) =>
        `${r.file.slice(r.file.lastIndexOf('/') + 1)}@${r.target}: ${r.verdict} ${r.run?.outcome} ${r.run?.agreement}`,
    )
    expect(rows.filter((r) => !r.endsWith(' agree'))).toEqual([])
    for (const r of report.results as CheckResult[]) expect(r.profile.source).toBe('image')
    expect(out.code).toBe(1)
  })

  test('a probe that cannot pull is an infrastructure error (exit 3), still naming close embedded names', async () => {
    // There is no registry here: the pull fails on the network, so whether the image exists is unknown — no usage
    // error (2 is kept for images the registry says do not exist), but the close embedded name is still suggested.
    const out = await captured(() => checkCommand(['--target', 'debain:12', join(bin, 'nocgo')]))
    expect(out.code).toBe(3)
    expect(out.stderr).toContain("could not probe image 'debain:12'")
    expect(out.stderr).toContain('no such host')
    expect(out.stderr).toContain('did you mean: debian:12')
    const far = await captured(() => checkCommand(['--target', 'nosuch-vendor/nothing-like-it:7', join(bin, 'nocgo')]))
    expect(far.code).toBe(3)
    expect(far.stderr).toContain("could not probe image 'nosuch-vendor/nothing-like-it:7'")
  })
})
