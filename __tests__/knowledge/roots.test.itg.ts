// The knowledge check against the REAL roots: the test world's debootstrap minbase images are exported (created,
// never started) and `gen-knowledge.mjs --check --root` must find no embedded claim they contradict. And the musl
// floor against a real run: a program calling statx, built with trixie's musl-gcc (1.2.5), must fail to relocate on
// the 1.2.3 musl root exactly as the floor says ("needs musl ≥ 1.2.5 (statx)").
import { jest } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { computeFloor, describeFloor } from '../../src/abi/floor.js'
import { inspectFile } from '../../src/io/inspect-file.js'
import { embeddedProfiles } from '../../src/knowledge/index.js'

const exec = promisify(execFile)
jest.setTimeout(10 * 60 * 1000)
const LABEL = 'abigap-test=knowledge-roots'
const script = new URL('../../scripts/gen-knowledge.mjs', import.meta.url).pathname
let work = ''

async function docker(...args: string[]): Promise<string> {
  try {
    return (await exec('docker', args, { maxBuffer: 64 << 20 })).stdout
  } catch (e) {
    throw new Error(
      `docker ${args.join(' ')} failed (the test world's engine and images are needed: bash scripts/test-world.sh): ${String(e)}`,
    )
  }
}
async function exportImage(image: string, dest: string): Promise<void> {
  await mkdir(dest, { recursive: true })
  const cid = (await docker('create', '--label', LABEL, image, '/bin/true')).trim()
  try {
    await exec('sh', ['-c', `docker export ${cid} | tar -x -C '${dest}' --exclude='dev/*'`], { maxBuffer: 1 << 20 })
  } finally {
    await docker('rm', cid)
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'abigap-roots-'))
})
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

test('no embedded claim is contradicted by the real Debian 11/12/13 roots', async () => {
  const roots: string[] = []
  for (const [name, suite] of [
    ['debian:11', 'bullseye'],
    ['debian:12', 'bookworm'],
    ['debian:13', 'trixie'],
  ]) {
    await exportImage(`abigap-test/${suite}`, join(work, suite))
    roots.push('--root', `${name}=${join(work, suite)}`)
  }
  const { stdout } = await exec('node', [script, '--check', ...roots], { maxBuffer: 16 << 20 })
  const m = /checked (\d+) library claims and (\d+) export claims against 6 real roots/.exec(stdout)
  expect(m).not.toBeNull()
  // Each root is checked twice (root-facts.json and the live root): 216 claims each way today.
  expect(Number(m![1])).toBeGreaterThanOrEqual(2 * 200)
  expect(Number(m![2])).toBeGreaterThan(2 * 10000)
})

test('the musl floor agrees with a real run: statx from musl 1.2.5 fails on musl 1.2.3', async () => {
  const src = join(work, 'src')
  await mkdir(src, { recursive: true })
  await writeFile(
    join(src, 'statx.c'),
    '#define _GNU_SOURCE\n#include <fcntl.h>\n#include <sys/stat.h>\n#include <stdio.h>\n' +
      'int main(void){ struct statx sx; if (statx(AT_FDCWD, "/", 0, STATX_BASIC_STATS, &sx)) return 1; puts("ok"); return 0; }\n',
  )
  await docker(
    'run',
    '--rm',
    '--label',
    LABEL,
    '--network',
    'none',
    '-v',
    `${src}:/src`,
    'abigap-test/builder-trixie',
    'musl-gcc',
    '-o',
    '/src/app',
    '/src/statx.c',
  )
  const facts = await inspectFile(join(src, 'app'))
  const floor = computeFloor(facts, embeddedProfiles('amd64'))
  expect(describeFloor(floor)).toMatch(/^needs musl ≥ 1\.2\.5 \(statx\)/)
  expect(floor.notOn).toContain('alpine:3.17')
  expect(floor.notOn).toContain('alpine:3.19')
  expect(floor.runsOn).toContain('alpine:3.20')
  // The test world's musl root carries the host's musl 1.2.3: the loader refuses, as the floor says.
  const run = await exec('docker', [
    'run',
    '--rm',
    '--label',
    LABEL,
    '--network',
    'none',
    '-v',
    `${src}:/src:ro`,
    'abigap-test/musl',
    '/src/app',
  ]).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  )
  expect(run.code).not.toBe(0)
  expect(run.out).toMatch(/statx: symbol not found/)
  // And it runs where musl is 1.2.5 (trixie's builder has musl's loader at its Debian path).
  const ok = await docker(
    'run',
    '--rm',
    '--label',
    LABEL,
    '--network',
    'none',
    '-v',
    `${src}:/src:ro`,
    'abigap-test/builder-trixie',
    '/src/app',
  )
  expect(ok.trim()).toBe('ok')
})
