// The payload archive against the oracle: GNU tar lists root-owned executables and extracts the bytes unchanged
// (pure-parts.test.ts reads the same archive with tar-stream).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { packPayload, planPayload, readPayload } from '../../src/docker/payload.js'

it('packs root-owned executables that GNU tar lists back, host files streamed from disk', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'abigap-payload-'))
  try {
    const big = Buffer.alloc(3 << 20, 7)
    big.write('tail', big.length - 4)
    writeFileSync(join(dir, 'big'), big)
    writeFileSync(join(dir, 'empty'), '')
    const plan = planPayload([join(dir, 'big'), join(dir, 'empty')])
    const files = await readPayload(plan, [{ arch: 'amd64', bytes: new Uint8Array([1, 2, 3]) }])
    const chunks: Buffer[] = []
    for await (const c of packPayload(files)) chunks.push(c as Buffer)
    writeFileSync(join(dir, 'p.tar'), Buffer.concat(chunks))
    const listing = execFileSync('tar', ['--numeric-owner', '-tvf', join(dir, 'p.tar')], { encoding: 'utf8' })
    expect(listing).toMatch(/drwxr-xr-x 0\/0\s+0 .* f0\//)
    expect(listing).toMatch(new RegExp(`-rwxr-xr-x 0/0\\s+${big.length} .* f0/big`))
    expect(listing).toMatch(/-rwxr-xr-x 0\/0\s+0 .* f1\/empty/)
    expect(listing).toMatch(/-rwxr-xr-x 0\/0\s+3 .* \.idle-amd64/)
    const out = join(dir, 'x')
    mkdirSync(out)
    execFileSync('tar', ['-xf', join(dir, 'p.tar'), '-C', out])
    expect(readFileSync(join(out, 'f0', 'big')).equals(big)).toBe(true)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
