// Builds Go binaries in every flavour the product meets (no cgo, cgo glibc, musl dynamic/static, glibc static,
// several GOARCH values, and a go1.15 build for the pre-1.18 buildinfo format) and diffs abigap against
// readelf -W and `go version -m`.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { inspectFile } from '../../src/io/inspect-file.js'
import { diffGo, diffReadelf, goVersionM, readelf } from '../helpers/elf-oracle.js'

const run = promisify(execFile)
let dir: string

const PURE = `package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() { fmt.Println("hi", len(os.Args)) }\n`
const CGO = `package main\n\n/*\n#include <netdb.h>\n#include <pwd.h>\n#include <stdlib.h>\n#include <string.h>\nstatic int lookup(void) {\n  struct addrinfo *res = 0;\n  int r = getaddrinfo("localhost", 0, 0, &res);\n  if (res) freeaddrinfo(res);\n  struct passwd pw, *out; char buf[1024];\n  getpwuid_r(0, &pw, buf, sizeof buf, &out);\n  return r + (int)strlen(buf);\n}\n*/\nimport "C"\nimport "fmt"\n\nfunc main() { fmt.Println(C.lookup()) }\n`

interface Variant {
  name: string
  src: string
  env: Record<string, string>
  ldflags?: string
  expect: { linkage: string; libc: string; cgo?: string }
}

const EXT_STATIC = `-linkmode external -extldflags "-static"`
const VARIANTS: Variant[] = [
  { name: 'nocgo', src: PURE, env: { CGO_ENABLED: '0' }, expect: { linkage: 'static', libc: 'none', cgo: '0' } },
  { name: 'cgo-glibc', src: CGO, env: { CGO_ENABLED: '1' }, expect: { linkage: 'dynamic', libc: 'glibc', cgo: '1' } },
  {
    name: 'cgo-musl',
    src: CGO,
    env: { CGO_ENABLED: '1', CC: 'musl-gcc' },
    expect: { linkage: 'dynamic', libc: 'musl', cgo: '1' },
  },
  {
    name: 'cgo-musl-static',
    src: CGO,
    env: { CGO_ENABLED: '1', CC: 'musl-gcc' },
    ldflags: EXT_STATIC,
    expect: { linkage: 'static', libc: 'musl', cgo: '1' },
  },
  {
    name: 'cgo-glibc-static',
    src: CGO,
    env: { CGO_ENABLED: '1' },
    ldflags: EXT_STATIC,
    expect: { linkage: 'static', libc: 'glibc', cgo: '1' },
  },
  ...['arm64', '386', 'arm', 'ppc64', 's390x', 'mips', 'riscv64'].map((arch) => ({
    name: `nocgo-${arch}`,
    src: PURE,
    env: { CGO_ENABLED: '0', GOARCH: arch },
    expect: { linkage: 'static', libc: 'none', cgo: '0' },
  })),
]

async function build(v: Variant): Promise<string> {
  const d = join(dir, v.name)
  await run('mkdir', ['-p', d])
  writeFileSync(join(d, 'go.mod'), `module example.com/${v.name}\n\ngo 1.15\n`)
  writeFileSync(join(d, 'main.go'), v.src)
  const out = join(d, 'app')
  const args = ['build', '-trimpath', '-o', out]
  if (v.ldflags) args.push(`-ldflags=${v.ldflags}`)
  await run('go', [...args, '.'], { cwd: d, env: { ...process.env, GOFLAGS: '-mod=mod', ...v.env } })
  return out
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'abigap-go-'))
  await Promise.all(VARIANTS.slice(0, 2).map(build))
  for (const v of VARIANTS.slice(2)) await build(v)
}, 600_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('Go binaries built on the spot agree with readelf and go version -m', () => {
  test.each(VARIANTS.map((v) => [v.name, v] as const))(
    '%s',
    async (_name, v) => {
      const file = join(dir, v.name, 'app')
      const ours = inspectFile(file)
      const diffs = [...diffReadelf(ours, await readelf(file)), ...diffGo(ours, await goVersionM(file))]
      expect(diffs).toEqual([])
      expect({ linkage: ours.linkage, libc: ours.libc, cgo: ours.go?.settings['CGO_ENABLED'] }).toEqual(v.expect)
      expect(ours.go?.settings['GOARCH']).toBe(v.env.GOARCH ?? 'amd64')
      if (v.name === 'cgo-glibc') {
        expect(ours.requires['GLIBC']).toMatch(/^2\.\d+$/)
        expect(ours.requiredBy['GLIBC'].length).toBeGreaterThan(0)
      }
    },
    120_000,
  )

  test('go1.15 (pre-1.18 pointer format) built in abigap-test/builder-bullseye', async () => {
    const d = join(dir, 'go115')
    await run('mkdir', ['-p', d])
    writeFileSync(join(d, 'go.mod'), 'module example.com/old\n\ngo 1.15\n')
    writeFileSync(join(d, 'main.go'), PURE)
    try {
      await run('docker', ['version', '--format', '{{.Server.Version}}'])
    } catch (e) {
      throw new Error(`Docker engine unavailable (needed to build with go1.15): ${(e as Error).message}`)
    }
    // The source goes in and the binary comes out through stdin/stdout: no bind mounts needed.
    const script = 'mkdir -p /src && cd /src && tar -x && CGO_ENABLED=0 go build -o /tmp/app . >&2 && cat /tmp/app'
    const tar = await run('tar', ['-C', d, '-c', 'go.mod', 'main.go'], { encoding: 'buffer', maxBuffer: 1 << 26 })
    const bin = await new Promise<Buffer>((resolve, reject) => {
      const child = execFile(
        'docker',
        [
          'run',
          '--rm',
          '-i',
          '--network',
          'none',
          '-e',
          'HOME=/tmp',
          '-e',
          'GOCACHE=/tmp/gocache',
          'abigap-test/builder-bullseye',
          'sh',
          '-c',
          script,
        ],
        { encoding: 'buffer', maxBuffer: 1 << 28 },
        (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr.toString()}`)) : resolve(stdout)),
      )
      child.stdin!.end(tar.stdout)
    })
    const file = join(d, 'app')
    writeFileSync(file, bin, { mode: 0o755 })
    const ours = inspectFile(file)
    expect(ours.go?.version).toMatch(/^go1\.1[0-7]\b/)
    const diffs = [...diffReadelf(ours, await readelf(file)), ...diffGo(ours, await goVersionM(file))]
    expect(diffs).toEqual([])
    expect(ours.go?.main.path).toBe('example.com/old')
    expect(ours.libc).toBe('none')
  }, 300_000)
})
