// Remote engines through DOCKER_HOST: `abigap matrix --docker required` against a second dockerd on its own socket
// runs every container there (seen live on that engine, labelled with this session), leaves nothing behind, and
// never touches the default engine.
import { jest } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { MatrixReport } from '../../src/report/types.js'
import { startSecondDaemon, type SecondDaemon } from '../helpers/second-daemon.js'
import { FIXTURE, REPO, abigap, docker, ensureDist, requireImages } from '../helpers/e2e-world.js'

jest.setTimeout(600_000)

let dir: string
let second: SecondDaemon | null = null
let host: string

function labelled(session: string, on?: string): string[] {
  const filter = `label=io.abigap.session=${session}`
  return [
    ...docker(['ps', '-aq', '--filter', filter], on).split('\n'),
    ...docker(['volume', 'ls', '-q', '--filter', filter], on).split('\n'),
  ].filter(Boolean)
}

function config(file: string, targets: string[]): string {
  writeFileSync(
    path.join(dir, file),
    `working-directory: ${path.relative(dir, FIXTURE)}
package: ./cmd/server
axes: {cgo: [off, on], libc: [glibc, musl], link: [dynamic]}
targets: [${targets.join(', ')}]
docker: {pull: never}
`,
  )
  return path.join(dir, file)
}

/** Runs the CLI asynchronously while polling both engines for this session's containers. */
async function matrixWatched(
  file: string,
  session: string,
): Promise<{ status: number | null; report: MatrixReport; seenSecond: Set<string>; seenFirst: Set<string> }> {
  const child = spawn(
    process.execPath,
    [path.join(REPO, 'dist', 'cli.js'), 'matrix', '--config', file, '--json', '--docker', 'required'],
    { env: { ...process.env, DOCKER_HOST: host, ABIGAP_SESSION_ID: session }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  let finished = false
  void done.then(() => (finished = true))
  const seenSecond = new Set<string>()
  const seenFirst = new Set<string>()
  while (!finished) {
    for (const id of labelled(session, host)) seenSecond.add(id)
    for (const id of labelled(session)) seenFirst.add(id)
    await new Promise((r) => setTimeout(r, 50))
  }
  const status = await done
  if (!stdout.trim()) throw new Error(`abigap matrix printed no report (exit ${status}):\n${stderr}`)
  return { status, report: JSON.parse(stdout) as MatrixReport, seenSecond, seenFirst }
}

beforeAll(async () => {
  requireImages(['abigap-test/musl', 'abigap-test/bookworm'])
  await ensureDist()
  dir = mkdtempSync(path.join(os.tmpdir(), 'abigap-e2e-remote-'))
  second = await startSecondDaemon(dir, ['abigap-test/musl:latest'])
  host = `unix://${second.sock}`
})

afterAll(async () => {
  const root = second ? path.dirname(second.sock) : null
  await second?.stop()
  if (root) expect(existsSync(root)).toBe(false) // its data root is gone
  // the default engine's bridge is intact (a second dockerd with `--bridge none` would have deleted it)
  expect(execFileSync('ip', ['link', 'show', 'docker0'], { encoding: 'utf8' })).toContain('docker0')
  if (dir) rmSync(dir, { recursive: true, force: true })
})

test('the second engine holds only what was loaded into it', () => {
  expect(docker(['images', '--format', '{{.Repository}}'], host).split('\n').sort()).toEqual(['abigap-test/musl'])
})

test('DOCKER_HOST: every container of the run lives on the second engine, none on the default one, none left', async () => {
  const session = `e2eremote${Date.now().toString(36)}`
  const { status, report, seenSecond, seenFirst } = await matrixWatched(
    config('abigap.yml', ['abigap-test/musl']),
    session,
  )
  expect(report.infrastructureErrors).toEqual([])
  const runs = Object.fromEntries(report.results.map((c) => [c.variant, [c.run?.outcome, c.agreement]]))
  expect(runs).toEqual({
    nocgo: ['ok', 'agree'],
    'cgo-glibc': ['missing-loader', 'agree'],
    'cgo-musl': ['ok', 'agree'],
  })
  expect(status).toBe(1) // the glibc build cannot load on musl: a finding, not an infrastructure error
  expect(seenSecond.size).toBeGreaterThan(0) // probe and run containers (and the payload volume) were there
  expect([...seenFirst]).toEqual([])
  expect(labelled(session, host)).toEqual([])
  expect(labelled(session)).toEqual([])
})

test('an image present only on the default engine is unavailable on the remote one: infrastructure error, exit 3', async () => {
  const session = `e2eremotemiss${Date.now().toString(36)}`
  const { status, report, seenFirst } = await matrixWatched(config('missing.yml', ['abigap-test/bookworm']), session)
  expect(status).toBe(3)
  expect(report.verdict).toBe('error')
  expect(report.infrastructureErrors.join('\n')).toMatch(/abigap-test\/bookworm.*not present locally/)
  expect(report.results.every((c) => c.run === null || c.run.outcome === 'infrastructure-error')).toBe(true)
  expect([...seenFirst]).toEqual([])
  expect(labelled(session, host)).toEqual([])
})

test('a DOCKER_HOST nobody answers at, with --docker required: exit 3 naming the socket, never a verdict', () => {
  const sock = path.join(dir, 'nobody.sock')
  const r = abigap(['matrix', '--config', config('dead.yml', ['abigap-test/musl']), '--json', '--docker', 'required'], {
    env: { DOCKER_HOST: `unix://${sock}` },
  })
  expect(r.status).toBe(3)
  const report = JSON.parse(r.stdout) as MatrixReport
  expect(report.verdict).toBe('error')
  expect(report.infrastructureErrors.join('\n')).toContain(`unix://${sock}`)
})
