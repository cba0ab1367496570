// The installed command (package.json bin → dist/cli.cjs, built by `npm run build`): inspect runs from the one
// CommonJS file, every other command is handed to the ESM CLI — both must behave exactly like dist/cli.js.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const bin = path.join(root, JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).bin.abigap as string)
const esm = path.join(root, 'dist', 'cli.js')
const run = (cli: string, args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 })

beforeAll(() => {
  if (!existsSync(bin) || !existsSync(esm)) throw new Error('dist/ is not built: run npm run build (npm test does)')
})

test.each([
  [['inspect', '--json', '/bin/true', '/no/such/file']],
  [['inspect', '/bin/true']],
  [['inspect', '--bogus']],
  [['profile', '--list']],
  [['check', '--target', 'debian:12', '--offline', '/bin/true']],
  [['nonsense']],
])('%j: same stdout, stderr and exit status as the ESM CLI', (args) => {
  const a = run(bin, args)
  const b = run(esm, args)
  expect({ status: a.status, stdout: a.stdout, stderr: a.stderr }).toEqual({
    status: b.status,
    stdout: b.stdout,
    stderr: b.stderr,
  })
  expect(a.stdout.length + a.stderr.length).toBeGreaterThan(0)
})

test('the installed command carries no Docker or @actions code (inspect must never load them)', () => {
  const source = readFileSync(bin, 'utf8')
  expect(source).toMatch(/abigap inspect/)
  expect(source).not.toMatch(/docker-modem|@actions\/core|ssh2/)
})

test('a reader that stops early (| head) ends inspect quietly, without an EPIPE stack', () => {
  const big = ['/usr/sbin/dockerd', '/usr/bin/dockerd'].find((f) => existsSync(f))
  if (!big) throw new Error('dockerd (Debian docker.io) is missing: run scripts/test-world.sh')
  for (const cli of [bin, esm]) {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" inspect --json "${big}" | head -c 20`], {
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(r.stdout).toBe('{"schemaVersion":1,"')
    expect(r.stderr).not.toMatch(/EPIPE|Error/)
  }
})
