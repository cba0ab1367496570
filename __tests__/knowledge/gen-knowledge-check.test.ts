import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// `gen-knowledge.mjs --check` must fail on a claim a real root contradicts, not only on staleness. Hermetic: the
// real roots here are the committed root-facts.json (the integration test reads the live roots).
const script = new URL('../../scripts/gen-knowledge.mjs', import.meta.url).pathname
const committed = readFileSync(new URL('../../src/knowledge/data/knowledge.json', import.meta.url), 'utf8')

function check(knowledge: string): { code: number; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'abigap-kcheck-'))
  try {
    const file = join(dir, 'knowledge.json')
    writeFileSync(file, knowledge)
    try {
      const out = execFileSync('node', [script, '--check', '--knowledge', file], { encoding: 'utf8', stdio: 'pipe' })
      return { code: 0, out }
    } catch (e) {
      const err = e as { status: number; stderr: string; stdout: string }
      return { code: err.status, out: `${err.stdout}${err.stderr}` }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('gen-knowledge --check against real roots', () => {
  test('the committed knowledge passes and says how many claims it checked', () => {
    const r = check(committed)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/checked \d{3,} library claims and \d{4,} export claims against 3 real roots/)
  }, 60000)

  test('a library, node or export the root lacks fails the check, naming it', () => {
    const k = JSON.parse(committed)
    k.roots['debian:11'].libraries['libcrypto.so.3'] = ['OPENSSL_3.0.0']
    k.roots['debian:12'].libraries['libc.so.6'].push('GLIBC_2.99')
    k.roots['debian:11'].absent['libc.so.6'] = k.roots['debian:11'].absent['libc.so.6']
      .split(' ')
      .filter((e: string) => e !== 'arc4random@GLIBC_2.36')
      .join(' ')
    const r = check(JSON.stringify(k))
    expect(r.code).toBe(1)
    expect(r.out).toContain('debian:11 claims libcrypto.so.3, which the real root does not have')
    expect(r.out).toContain('debian:12 claims libc.so.6 defines GLIBC_2.99')
    expect(r.out).toMatch(/debian:11 claims libc\.so\.6 exports arc4random@GLIBC_2\.36/)
  }, 60000)
})
