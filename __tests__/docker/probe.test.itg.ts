// probeImage reads the exact profile of an image from its files (archive API of a never-started container) and
// agrees with what the image itself says when asked (`docker run ... ldd --version`, `cat /etc/os-release`, `ls`).
import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ContainerRuntime } from '../../src/docker/runtime.js'
import { PROBE_FORMAT, probeImage } from '../../src/docker/probe.js'
import { ImageUnavailableError } from '../../src/docker/errors.js'
import { TARGETS, requireDocker, tempDir } from '../helpers/docker-world.js'

jest.setTimeout(180_000)

let rt: ContainerRuntime
let cacheDir: string

beforeAll(async () => {
  rt = await requireDocker()
  cacheDir = await tempDir('probe-cache')
})

afterAll(async () => {
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true })
})

/** Asks the image itself (the oracle), through its own shell. */
function ask(image: string, script: string): string {
  return execFileSync('docker', ['run', '--rm', '--network', 'none', '--entrypoint', '/bin/sh', image, '-c', script], {
    encoding: 'utf8',
  })
}

/** The version definitions of a library inside the image, read by readelf from a copy (the oracle). */
function versionDefsInImage(image: string, path: string): string[] {
  const cid = execFileSync('docker', ['create', image, '/x'], { encoding: 'utf8' }).trim()
  const dir = mkdtempSync(join(tmpdir(), 'abigap-probe-oracle-'))
  try {
    execFileSync('sh', ['-c', `docker cp -L ${cid}:${path} - | tar -x -C ${dir}`])
    const out = execFileSync('readelf', ['-V', '-W', join(dir, readdirSync(dir)[0]!)], { encoding: 'utf8' }) // -L may name the link's target
    const defs = out.slice(out.indexOf('Version definition section'), out.indexOf('Version needs section'))
    return [...defs.matchAll(/Rev: \d+\s+Flags: (\S+)\s+Index: \d+\s+Cnt: \d+\s+Name: (\S+)/g)]
      .filter((m) => m[1] !== 'BASE')
      .map((m) => m[2]!)
  } finally {
    execFileSync('docker', ['rm', '-f', cid])
    rmSync(dir, { recursive: true, force: true })
  }
}

function versionAbove(a: string, b: string): boolean {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++)
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0)
  return false
}

/** A runtime that records the containers it creates, to prove they are gone afterwards. */
function recording(inner: ContainerRuntime): { rt: ContainerRuntime; created: string[] } {
  const created: string[] = []
  const rt = new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown
      if (prop !== 'createContainer' || typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        const id = (await (value as (...a: unknown[]) => Promise<string>).apply(target, args)) as string
        created.push(id)
        return id
      }
    },
  })
  return { rt, created }
}

describe('probeImage on every local target', () => {
  for (const image of TARGETS) {
    it(`${image}: distro, libc, loaders and libraries agree with the image itself`, async () => {
      const { rt: rec, created } = recording(rt)
      const p = await probeImage(rec, image, { pull: 'never', cacheDir: null })
      expect(created).toHaveLength(1)
      expect(execFileSync('docker', ['ps', '-aq', '--no-trunc'], { encoding: 'utf8' })).not.toContain(created[0])
      expect(p.source).toBe('image')
      expect(p.librariesComplete).toBe(true)
      expect(p.arch).toEqual(['amd64'])
      const osRelease = ask(image, 'cat /etc/os-release')
      const id = /^ID=(.*)$/m.exec(osRelease)![1]!.replace(/"/g, '')
      expect(p.distro?.id).toBe(id)
      const loaders = ask(
        image,
        'for f in /lib64/ld-linux-x86-64.so.2 /lib/ld-musl-x86_64.so.1; do [ -e $f ] && echo $f; done; true',
      )
        .split('\n')
        .filter(Boolean)
      expect([...p.loaders].sort()).toEqual(expect.arrayContaining(loaders))
      const ldd = /(\d+\.\d+)\s*$/m.exec(ask(image, '(ldd --version 2>/dev/null || true) | head -1'))?.[1] ?? null
      if (ldd) {
        expect(p.libc).toEqual({ flavor: 'glibc', version: ldd })
        // libc's version definitions equal what readelf reads from the image's own libc.so.6
        const libc = p.libraries.find((l) => l.soname === 'libc.so.6')!
        expect([...libc.versions].sort()).toEqual(versionDefsInImage(image, '/lib/x86_64-linux-gnu/libc.so.6').sort())
        expect(libc.versions.filter((v) => v.startsWith('GLIBC_2.')).every((v) => !versionAbove(v.slice(6), ldd))).toBe(
          true,
        )
        // every shared object the image's linker cache knows is in the profile
        const cache = ask(image, 'ldconfig -p | sed -n "s/^\\t\\([^ ]*\\) .*/\\1/p"').split('\n').filter(Boolean)
        expect(cache.length).toBeGreaterThan(10)
        const sonames = new Set(p.libraries.map((l) => l.soname))
        for (const so of cache) expect(sonames).toContain(so)
        const hasSqlite = ask(image, 'ls /usr/lib/x86_64-linux-gnu/libsqlite3.so.0 2>/dev/null || true').trim() !== ''
        expect(sonames.has('libsqlite3.so.0')).toBe(hasSqlite)
      } else if (loaders.some((l) => l.includes('musl'))) {
        expect(p.libc.flavor).toBe('musl')
      } else {
        expect(p.libc.flavor).toBe('none')
        expect(p.loaders).toEqual([])
      }
    })
  }
})

describe('probe cache', () => {
  it('is keyed by image ID and reused', async () => {
    const first = await probeImage(rt, 'abigap-test/bookworm', { pull: 'never', cacheDir })
    const files = await readdir(join(cacheDir, 'profiles'))
    const imageId = execFileSync('docker', ['image', 'inspect', '-f', '{{.Id}}', 'abigap-test/bookworm'], {
      encoding: 'utf8',
    }).trim()
    expect(files).toEqual([`${imageId.replace('sha256:', '')}-v${PROBE_FORMAT}-all.json`])
    const { rt: rec, created } = recording(rt)
    const t0 = Date.now()
    const second = await probeImage(rec, 'abigap-test/bookworm', { pull: 'never', cacheDir })
    expect(Date.now() - t0).toBeLessThan(200)
    expect(created).toEqual([])
    expect(second).toEqual(first)
  })
  it('a profile probed for some sonames records only their exports and is not served for every library', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'abigap-probe-set-'))
    try {
      const some = await probeImage(rt, 'abigap-test/bookworm', {
        pull: 'never',
        cacheDir: dir,
        exportsFor: ['libm.so.6'],
      })
      const withExports = some.libraries.filter((l) => l.exports).map((l) => l.soname)
      expect(withExports).toEqual(expect.arrayContaining(['libm.so.6', 'libc.so.6']))
      expect(some.librariesFor).toEqual(expect.arrayContaining(['libm.so.6', 'libc.so.6', 'ld-linux-x86-64.so.2']))
      const { rt: rec, created } = recording(rt)
      const all = await probeImage(rec, 'abigap-test/bookworm', { pull: 'never', cacheDir: dir })
      expect(created.length).toBe(1) // probed again: the cached profile lacks libraries and exports this caller needs
      expect(all.librariesFor).toBeUndefined()
      expect(all.libraries.length).toBeGreaterThan(10 * some.libraries.length)
      expect(all.libraries.filter((l) => l.exports).length).toBeGreaterThan(withExports.length)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
  it('a missing image is an infrastructure error, not a profile', async () => {
    await expect(probeImage(rt, 'abigap-test/not-here:1', { pull: 'never', cacheDir: null })).rejects.toThrow(
      ImageUnavailableError,
    )
  })
})
