// Symbol presence and the loader's order, against reality: real builds (musl 1.2.5 statx, trixie sqlite3 3.46
// sqlite3_stmt_explain, a fortified glibc program, a bookworm cgo program), profiles probed from the test world's
// images (scripts/world/truth.sh), and each static verdict and gap order compared with what the loader prints.
import { jest } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { checkBinary } from '../../src/abi/index.js'
import type { CheckResult } from '../../src/abi/types.js'
import { probeImage } from '../../src/docker/probe.js'
import { inspectFile } from '../../src/io/inspect-file.js'
import { indexSource } from '../../src/io/source-index.js'
import { muslToolchainRelease } from '../../src/build/musl-toolchain.js'
import type { InspectedFile } from '../../src/binary/types.js'
import type { TargetProfile } from '../../src/knowledge/types.js'
import { run as checkCommand } from '../../src/cli/commands/check.js'
import { captured } from '../helpers/captured.js'
import { requireDocker, sh, tempDir } from '../helpers/docker-world.js'

const exec = promisify(execFile)
jest.setTimeout(15 * 60 * 1000)

const IMAGES = [
  'abigap-test/musl',
  'abigap-test/musl-compat',
  'abigap-test/bookworm',
  'abigap-test/bookworm-sqlite',
  'abigap-test/bullseye-sqlite',
  'abigap-test/bullseye',
  'abigap-test/trixie',
]

const STATX_GO = `package main

/*
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
static long long size(void) { struct statx st; return statx(AT_FDCWD, "/", 0, STATX_SIZE, &st) ? -1 : (long long)st.stx_size; }
*/
import "C"
import "fmt"

func main() { fmt.Println("statx", C.size()) }
`
const SQLITE_GO = `package main

/*
#cgo LDFLAGS: -lsqlite3
#include <sqlite3.h>
static int explain(void) {
	sqlite3 *db; sqlite3_stmt *st;
	if (sqlite3_open(":memory:", &db) || sqlite3_prepare_v2(db, "select 1", -1, &st, 0)) return -1;
	int rc = sqlite3_stmt_explain(st, 1);
	sqlite3_finalize(st); sqlite3_close(db);
	return rc;
}
*/
import "C"
import "fmt"

func main() { fmt.Println("explain", C.explain()) }
`
const FORTIFIED_GO = `package main

/*
#include <stdio.h>
static void hello(int n) { fprintf(stderr, "hello %d\\n", n); }
*/
import "C"
import (
	"fmt"
	"os/user"
)

func main() { C.hello(42); u, err := user.Current(); fmt.Println(u != nil, err) }
`
const NEW_GLIBC_GO = `package main

/*
#include <stdlib.h>
static unsigned int token(void) { return arc4random(); }
*/
import "C"
import (
	"fmt"
	"net"
	"os/user"
)

func main() { u, _ := user.Current(); a, _ := net.LookupHost("localhost"); fmt.Println(C.token() > 0, u != nil, len(a)) }
`
const LIBM_C = `#define _GNU_SOURCE
#include <math.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) { unsigned c = 0, n = 0; getcpu(&c, &n); printf("%f %u\\n", exp(argc > 1 ? atof(argv[1]) : 1.0), c); return 0; }
`

interface Built {
  name: string
  path: string
  facts: InspectedFile
}

let dir = ''
const built: Built[] = []
const profiles = new Map<string, TargetProfile>()

async function goModule(name: string, source: string): Promise<string> {
  const d = join(dir, 'src', name)
  await mkdir(d, { recursive: true })
  await writeFile(join(d, 'main.go'), source)
  await writeFile(join(d, 'go.mod'), `module example.com/${name}\n\ngo 1.19\n`)
  return d
}

/** Builds in a builder image of the test world (no network), the module mounted at /w. */
async function buildIn(image: string, name: string, source: string, env: string[]): Promise<string> {
  const d = await goModule(name, source)
  const envArgs = ['HOME=/tmp', 'GOCACHE=/tmp/gocache', 'GOFLAGS=-mod=mod', ...env].flatMap((e) => ['-e', e])
  await sh('docker', [
    'run',
    '--rm',
    '--network',
    'none',
    '--label',
    'abigap-test=truth',
    '-v',
    `${d}:/w`,
    '-w',
    '/w',
    ...envArgs,
    image,
    'go',
    'build',
    '-o',
    `/w/${name}`,
    '.',
  ])
  return join(d, name)
}

/** A real run, as a user would start it: docker run --network none IMAGE /w/BIN. */
async function realRun(image: string, bin: string): Promise<{ code: number; stderr: string }> {
  const d = bin.slice(0, bin.lastIndexOf('/'))
  const b = bin.slice(bin.lastIndexOf('/') + 1)
  try {
    const r = await exec('docker', [
      'run',
      '--rm',
      '--network',
      'none',
      '--label',
      'abigap-test=truth',
      '-v',
      `${d}:/w:ro`,
      image,
      `/w/${b}`,
    ])
    return { code: 0, stderr: r.stderr }
  } catch (err) {
    const e = err as { code?: number; stderr?: string }
    return { code: typeof e.code === 'number' ? e.code : -1, stderr: e.stderr ?? '' }
  }
}

/** The loader lines of a failed run: what each gap must say, in order. */
function loaderLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) =>
      /symbol not found|undefined symbol|version `.*' not found|cannot open shared object|Error loading shared library|exec .*no such file/.test(
        l,
      ),
    )
}

/** True when a gap names what one loader line says. */
function gapMatches(line: string, g: CheckResult['gaps'][number]): boolean {
  if (g.kind === 'missing-symbol')
    return g.symbols!.some((s) => line.includes(`${s}: symbol not found`) || line.includes(`undefined symbol: ${s}`))
  if (g.kind === 'symbol-version') return line.includes(`version \`${g.version}' not found`)
  if (g.kind === 'missing-library')
    return (
      line.includes(`${g.library}: cannot open shared object file`) ||
      line.includes(`Error loading shared library ${g.library}:`)
    )
  if (g.kind === 'missing-loader') return /^exec .*: no such file or directory/.test(line)
  return false
}

beforeAll(async () => {
  await requireDocker()
  await sh('bash', [join(process.cwd(), 'scripts/world/truth.sh')])
  dir = await tempDir('truth')
  const jobs: [string, Promise<string>][] = [
    ['statx-musl125', buildIn('abigap-test/builder-trixie', 'statx', STATX_GO, ['CGO_ENABLED=1', 'CC=musl-gcc'])],
    ['sqlite-trixie', buildIn('abigap-test/builder-trixie-sqlite', 'sqlite', SQLITE_GO, ['CGO_ENABLED=1'])],
    [
      'fortified-bookworm',
      goModule('fortified', FORTIFIED_GO).then(async (d) => {
        await sh(
          'go',
          ['build', '-o', 'fortified', '.'],
          { CGO_ENABLED: '1', CGO_CFLAGS: '-O2 -D_FORTIFY_SOURCE=2', HOME: dir, GOCACHE: join(dir, 'gocache') },
          d,
        )
        return join(d, 'fortified')
      }),
    ],
    [
      'cgo-bookworm',
      goModule('newglibc', NEW_GLIBC_GO).then(async (d) => {
        await sh(
          'go',
          ['build', '-o', 'newglibc', '.'],
          { CGO_ENABLED: '1', HOME: dir, GOCACHE: join(dir, 'gocache') },
          d,
        )
        return join(d, 'newglibc')
      }),
    ],
  ]
  for (const [name, job] of jobs) {
    const path = await job
    built.push({ name, path, facts: await inspectFile(path) })
  }
  const rt = await requireDocker()
  for (const image of IMAGES) profiles.set(image, await probeImage(rt, image, { cacheDir: null, pull: 'never' }))
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('static verdicts and gap order equal the real loader', () => {
  test('every binary × image: verdict = run, and the gaps say the loader lines in the loader’s order', async () => {
    const bad: string[] = []
    const seen = new Set<string>()
    for (const b of built) {
      for (const image of IMAGES) {
        const r = checkBinary(b.facts, profiles.get(image)!, { targetName: image })
        const run = await realRun(image, b.path)
        const lines = loaderLines(run.stderr)
        const loaded = lines.length === 0 && run.code === 0
        const cell = `${b.name} on ${image}: static ${r.verdict}, run exit ${run.code} ${lines[0] ?? ''}`
        if (r.verdict === 'unknown' || (r.verdict === 'compatible') !== loaded) bad.push(cell)
        else if (!loaded && lines.length) {
          // The first gap is what the run prints, and the lines are the loader gaps in order: all of them (musl goes
          // on), or a prefix (glibc stops at the first missing library, and after the version checks). musl still
          // lists the symbols of a library it could not load: those have no gap of their own (the library's comes first).
          const loaderGaps = r.gaps.filter(
            (g) =>
              ['missing-loader', 'missing-library', 'symbol-version', 'missing-symbol'].includes(g.kind) &&
              g.severity === 'error',
          )
          const libraryMissing = loaderGaps.some((g) => g.kind === 'missing-library')
          const at = lines
            .map((l) => loaderGaps.findIndex((g) => gapMatches(l, g)))
            .filter((i, k) => i >= 0 || !(libraryMissing && /symbol not found/.test(lines[k])))
          const prefix = at.every((i, k) => i === k)
          if (!gapMatches(lines[0], r.gaps[0]) || !prefix)
            bad.push(
              `${cell} → gaps ${loaderGaps.map((g) => `${g.kind}:${g.version ?? g.symbols?.join(',') ?? g.library}`).join(' ')}`,
            )
          for (const g of loaderGaps) seen.add(g.kind)
        }
      }
    }
    expect(bad).toEqual([])
    expect([...seen].sort()).toEqual(['missing-library', 'missing-loader', 'missing-symbol', 'symbol-version'])
  })

  test('the classes of issue 10 each fail for their own reason', () => {
    const first = (name: string, image: string) => {
      const b = built.find((x) => x.name === name)!
      return checkBinary(b.facts, profiles.get(image)!, { targetName: image }).gaps[0]
    }
    expect(first('statx-musl125', 'abigap-test/musl')).toMatchObject({ kind: 'missing-symbol', symbols: ['statx'] })
    expect(first('sqlite-trixie', 'abigap-test/bookworm-sqlite')).toMatchObject({
      kind: 'missing-symbol',
      library: 'libsqlite3.so.0',
      symbols: ['sqlite3_stmt_explain'],
    })
    expect(first('fortified-bookworm', 'abigap-test/musl-compat')).toMatchObject({
      kind: 'missing-symbol',
      library: 'libc.so.6',
    })
    const nodes = checkBinary(
      built.find((x) => x.name === 'cgo-bookworm')!.facts,
      profiles.get('abigap-test/bullseye')!,
    )
      .gaps.filter((g) => g.kind === 'symbol-version')
      .map((g) => g.version)
    expect(nodes).toEqual(['GLIBC_2.32', 'GLIBC_2.36', 'GLIBC_2.34'])
  })

  test('a real C program using libm’s exp and libc’s getcpu (both GLIBC_2.29): each under its own library', async () => {
    const src = join(dir, 'libm.c')
    await writeFile(src, LIBM_C)
    const bin = join(dir, 'libm-app')
    await sh('gcc', ['-O0', '-fno-builtin', '-o', bin, src, '-lm'])
    const facts = await inspectFile(bin)
    const oracle = await sh('readelf', ['-W', '-V', bin])
    expect(oracle).toMatch(/File: libm\.so\.6[\s\S]*GLIBC_2\.29/)
    const bookworm = profiles.get('abigap-test/bookworm')!
    // bookworm without GLIBC_2.29 in libm and libc: the nodes keep their own symbols
    const older: TargetProfile = {
      ...bookworm,
      libraries: bookworm.libraries.map((l) =>
        ['libm.so.6', 'libc.so.6'].includes(l.soname)
          ? { ...l, versions: l.versions.filter((v) => v !== 'GLIBC_2.29') }
          : l,
      ),
    }
    const gaps = checkBinary(facts, older).gaps.filter((g) => g.version === 'GLIBC_2.29')
    expect(gaps.map((g) => [g.library, g.symbols])).toEqual([
      ['libm.so.6', ['exp']],
      ['libc.so.6', ['getcpu']],
    ])
  })

  test('check --run still cross-checks: every cell agrees', async () => {
    const bins = built.map((b) => b.path)
    const args = ['--run', '--json', ...IMAGES.slice(0, 5).flatMap((t) => ['--target', t]), ...bins]
    const out = await captured(() => checkCommand(args))
    const rep = JSON.parse(out.stdout) as { results: CheckResult[] }
    expect(rep.results).toHaveLength(5 * bins.length)
    expect(
      rep.results
        .map((r) => `${r.file.split('/').pop()}@${r.target}: ${r.run?.agreement}`)
        .filter((x) => !x.endsWith('agree')),
    ).toEqual([])
  })
})

describe('the what-ifs on musl are what really happens', () => {
  test('statx (musl 1.2.5) on musl 1.2.3: a static link with musl 1.2.5 runs; musl 1.2.3 (this host, the target) cannot build it', async () => {
    const b = built.find((x) => x.name === 'statx-musl125')!
    const target = 'abigap-test/musl'
    const source = await indexSource(join(dir, 'src', 'statx'))
    const whatIfs = (muslToolchain: string) => {
      const r = checkBinary(b.facts, profiles.get(target)!, { targetName: target, source, muslToolchain })
      const gap = r.gaps.find((g) => g.kind === 'missing-symbol' && g.symbols?.includes('statx'))!
      expect(gap.origins?.map((o) => o.origin.kind)).toEqual(['own-c'])
      return Object.fromEntries((gap.whatIf ?? []).map((w) => [w.fix, w]))
    }
    // builder-trixie's musl-gcc links musl 1.2.5: the static link is offered, and its binary runs on the target
    expect(whatIfs('1.2.5')['musl-static']).toMatchObject({ outcome: 'runs', offered: true })
    const d = join(dir, 'src', 'statx')
    await sh('docker', [
      ...['run', '--rm', '--network', 'none', '--label', 'abigap-test=truth', '-v', `${d}:/w`, '-w', '/w'],
      ...['-e', 'HOME=/tmp', '-e', 'GOCACHE=/tmp/gocache', '-e', 'GOFLAGS=-mod=mod', '-e', 'CGO_ENABLED=1'],
      ...['-e', 'CC=musl-gcc', '-e', 'CGO_LDFLAGS=-static', 'abigap-test/builder-trixie'],
      ...['go', 'build', '-o', 'statx-static', '.'],
    ])
    expect((await inspectFile(join(d, 'statx-static'))).interpreter).toBeNull()
    const ran = await realRun(target, join(d, 'statx-static'))
    expect(ran).toEqual({ code: 0, stderr: '' })
    // this host's musl-gcc is the target's musl 1.2.3: both the static link and the older builder are refused, and
    // that build really fails
    expect(await muslToolchainRelease()).toBe('1.2.3')
    const w = whatIfs('1.2.3')
    expect(w['musl-static']).toMatchObject({ outcome: 'build-fails', offered: false })
    expect(w['older-builder']).toMatchObject({ outcome: 'build-fails', offered: false })
    await expect(
      sh(
        'go',
        ['build', '-o', 'statx-123', '.'],
        {
          CGO_ENABLED: '1',
          CC: 'musl-gcc',
          CGO_LDFLAGS: '-static',
          HOME: dir,
          GOCACHE: join(dir, 'gocache'),
        },
        d,
      ),
    ).rejects.toThrow(/statx/)
  })
})
