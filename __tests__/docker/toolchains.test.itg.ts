// Outcome classes agree with what the loaders really do, for every toolchain variant on every local target.
import { jest } from '@jest/globals'
// Expected classes are derived from oracles, never hard-coded: readelf (interpreter, NEEDED, GLIBC_ versions) and
// the target image itself (`docker run ... ldd --version`, which files exist).
import { copyFile, rm } from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { ContainerRuntime } from '../../src/docker/runtime.js'
import { runInTargets, type CellResult } from '../../src/docker/run-targets.js'
import { runBuildContainer } from '../../src/docker/build-container.js'
import type { RunOutcome } from '../../src/docker/types.js'
import {
  PROGRAMS,
  TARGETS,
  leftoversOf,
  readelfFacts,
  requireDocker,
  sh,
  targetFacts,
  tempDir,
  versionGreater,
  type TargetFacts,
} from '../helpers/docker-world.js'

jest.setTimeout(300_000)

interface Variant {
  id: string
  path: string
}

let rt: ContainerRuntime
let dir: string
const variants: Variant[] = []
let cells: CellResult[] = []
const runId = `itgtool${Date.now().toString(36)}`

const STATIC = ['-ldflags', '-linkmode external -extldflags "-static"']

async function goBuild(id: string, src: string, env: Record<string, string>, extra: string[] = []): Promise<void> {
  const out = join(dir, id)
  await sh('go', ['build', '-o', out, ...extra, '.'], { GOFLAGS: '-mod=mod', ...env }, join(PROGRAMS, src))
  variants.push({ id, path: out })
}

beforeAll(async () => {
  rt = await requireDocker()
  dir = await tempDir('toolchains')
  await Promise.all([
    goBuild('nocgo', 'plain', { CGO_ENABLED: '0' }),
    goBuild('cgo-glibc', 'cgo', { CGO_ENABLED: '1' }),
    goBuild('cgo-musl', 'cgo', { CGO_ENABLED: '1', CC: 'musl-gcc' }),
  ])
  await Promise.all([
    goBuild('cgo-musl-static', 'cgo', { CGO_ENABLED: '1', CC: 'musl-gcc' }, STATIC),
    goBuild('cgo-glibc-static', 'cgo', { CGO_ENABLED: '1' }, STATIC),
    goBuild('cgo-sqlite', 'sqlite', { CGO_ENABLED: '1' }),
  ])
  // a cgo binary built in the trixie builder (go1.24, glibc 2.41) through the build container
  const tar = execFileSync('tar', ['-C', join(PROGRAMS, 'cgo'), '-c', '.'])
  const built = await runBuildContainer(rt, {
    image: 'abigap-test/builder-trixie',
    input: { tar, at: '/src' },
    workdir: '/src',
    cmd: ['go', 'build', '-o', 'out/app', '.'],
    env: { CGO_ENABLED: '1', GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' },
    network: false,
    timeoutMs: 240_000,
    fetch: ['out/app'],
  })
  if (built.exitCode !== 0 || !built.fetched['out/app'])
    throw new Error(`builder build failed: ${built.error ?? built.stderr}`)
  const { writeFile } = await import('node:fs/promises')
  await writeFile(join(dir, 'cgo-trixie'), built.fetched['out/app'], { mode: 0o755 })
  variants.push({ id: 'cgo-trixie', path: join(dir, 'cgo-trixie') })
  // an arm64 static binary, run through QEMU binfmt where the test world registered it
  await goBuild('nocgo-arm64', 'plain', { CGO_ENABLED: '0', GOARCH: 'arm64' })
  await copyFile(join(dir, 'nocgo'), join(dir, 'nocgo-copy'))
  cells = await runInTargets(
    rt,
    TARGETS.map((image) => ({ image, binaries: variants, args: [], timeoutMs: 20_000 })),
    { runId, pull: 'never' },
  )
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

interface Expectation {
  outcome: RunOutcome
  missingVersions?: string[]
}

interface ElfOracle {
  interp: string | null
  needed: string[]
  glibcVersions: string[]
  aarch64: boolean
  libPaths: string[]
}

/** readelf facts per variant; the musl loader is itself libc.so, so it satisfies that NEEDED entry. */
async function elfOracle(variant: Variant): Promise<ElfOracle> {
  const elf = await readelfFacts(variant.path)
  const aarch64 = execFileSync('readelf', ['-h', variant.path], { encoding: 'utf8' }).includes('AArch64')
  const needed = elf.interp?.includes('ld-musl') ? elf.needed.filter((n) => !/^libc\.so/.test(n)) : elf.needed
  const libPaths = needed.flatMap((n) => [
    `/lib/x86_64-linux-gnu/${n}`,
    `/usr/lib/x86_64-linux-gnu/${n}`,
    `/lib/${n}`,
    `/usr/lib/${n}`,
  ])
  return { ...elf, needed, aarch64, libPaths }
}

const facts = new Map<string, TargetFacts>()
const oracles = new Map<string, ElfOracle>()

async function loadOracles(): Promise<void> {
  for (const v of variants) oracles.set(v.id, await elfOracle(v))
  const paths = [...new Set([...oracles.values()].flatMap((o) => (o.interp ? [o.interp, ...o.libPaths] : [])))]
  for (const image of TARGETS) facts.set(image, await targetFacts(image, paths))
}

function expected(variant: Variant, image: string): Expectation {
  const elf = oracles.get(variant.id)!
  if (elf.aarch64) {
    const binfmt = execFileSync('sh', ['-c', 'cat /proc/sys/fs/binfmt_misc/qemu-aarch64 2>/dev/null || true'], {
      encoding: 'utf8',
    })
    return { outcome: binfmt.includes('enabled') ? 'ok' : 'missing-loader' }
  }
  if (!elf.interp) return { outcome: 'ok' }
  const target = facts.get(image)!
  if (!target.files.has(elf.interp)) return { outcome: 'missing-loader' }
  const missingLib = elf.needed.some(
    (n) => !elf.libPaths.filter((p) => p.endsWith(`/${n}`)).some((p) => target.files.has(p)),
  )
  if (missingLib) return { outcome: 'missing-library' }
  if (target.glibc) {
    const missing = elf.glibcVersions.filter((v) => versionGreater(v.slice('GLIBC_'.length), target.glibc!))
    if (missing.length) return { outcome: 'missing-symbol-version', missingVersions: missing }
  }
  return { outcome: 'ok' }
}

describe('runInTargets on every toolchain variant x every local target', () => {
  it('ran every cell, recorded the image identity and left nothing behind', () => {
    expect(cells).toHaveLength(variants.length * TARGETS.length)
    for (const c of cells) {
      expect(c.run.image?.ref).toBe(c.image)
      expect(c.run.image?.id).toMatch(/^sha256:[0-9a-f]{64}$/)
    }
    expect(leftoversOf(runId)).toEqual([])
  })

  it('each cell has the class the oracles predict, with the loader’s own words', async () => {
    await loadOracles()
    const mismatches: string[] = []
    const seen = new Set<RunOutcome>()
    for (const c of cells) {
      const v = variants.find((x) => x.id === c.binaryId)!
      const exp = expected(v, c.image)
      seen.add(c.run.outcome)
      if (c.run.outcome !== exp.outcome) {
        mismatches.push(
          `${c.binaryId} on ${c.image}: got ${c.run.outcome} (${c.run.stderr.slice(0, 200)}), expected ${exp.outcome}`,
        )
        continue
      }
      if (exp.outcome === 'ok') expect(c.run.stdout).toContain('abigap-ok')
      if (exp.outcome === 'missing-symbol-version') {
        const got = (c.run.missingVersions ?? []).map((m) => m.version)
        expect(got.length).toBeGreaterThan(0)
        for (const g of got) expect(exp.missingVersions).toContain(g)
        expect(c.run.stderr).toMatch(/version `GLIBC_[0-9.]+' not found/)
      }
      if (exp.outcome === 'missing-library') {
        expect(c.run.missingLibraries).toContain('libsqlite3.so.0')
        expect(c.run.exitCode).toBe(127)
      }
      if (exp.outcome === 'missing-loader') expect(c.run.stderr).toMatch(/no such file or directory|exec format error/i)
    }
    expect(mismatches).toEqual([])
    // the matrix really exercises the interesting classes
    for (const o of ['ok', 'missing-loader', 'missing-library', 'missing-symbol-version'] as const)
      expect(seen).toContain(o)
  })

  it('agrees with a plain `docker run` of the same binary (differential)', async () => {
    const sample = cells.filter(
      (c) => ['cgo-glibc', 'cgo-sqlite', 'cgo-musl'].includes(c.binaryId) && c.image !== 'abigap-test/trixie',
    )
    for (const c of sample) {
      const v = variants.find((x) => x.id === c.binaryId)!
      let code = 0
      let stderr = ''
      try {
        execFileSync(
          'docker',
          ['run', '--rm', '--network', 'none', '--init', '-v', `${v.path}:/app:ro`, c.image, '/app'],
          {
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        )
      } catch (err) {
        const e = err as { status: number; stderr: Buffer }
        code = e.status
        stderr = e.stderr.toString()
      }
      if (c.run.outcome === 'ok') expect(code).toBe(0)
      else expect(code).not.toBe(0)
      if (c.run.outcome === 'missing-library') expect(stderr).toContain('libsqlite3.so.0')
      if (c.run.outcome === 'missing-symbol-version') expect(stderr).toContain(c.run.missingVersions![0]!.version)
    }
  })
})
