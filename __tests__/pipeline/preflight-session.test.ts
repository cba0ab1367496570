// The pipeline's preflight (module and package checks, user mistakes as ConfigError) and its one adapter to Docker
// (openDocker never throws: an engine that does not answer is an error message; one that answers is a session).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ConfigError } from '../../src/matrix/config-error.js'
import { defaultMatrixConfig } from '../../src/matrix/defaults.js'
import { targetSpec } from '../../src/matrix/targets.js'
import { openDocker } from '../../src/pipeline/docker-session.js'
import { resolveModule } from '../../src/pipeline/preflight.js'

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'abigap-preflight-'))
  mkdirSync(path.join(dir, 'mod', 'cmd', 'server'), { recursive: true })
  mkdirSync(path.join(dir, 'mod', 'empty'), { recursive: true })
  writeFileSync(path.join(dir, 'mod', 'go.mod'), 'module example.com/m\n')
  writeFileSync(path.join(dir, 'mod', 'cmd', 'server', 'main.go'), 'package main\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const cfg = (pkg: string, wd = 'mod') => ({
  ...defaultMatrixConfig('abigap.yml', pkg, [targetSpec('debian:12')]),
  workingDirectory: wd,
})

describe('resolveModule', () => {
  test('finds the module root and its go.mod', () => {
    expect(resolveModule(cfg('./cmd/server'), dir)).toEqual({
      moduleRoot: path.join(dir, 'mod'),
      goMod: path.join(dir, 'mod', 'go.mod'),
    })
  })
  test.each([
    ['./cmd/server', 'nope', /no such directory: nope/],
    ['./...', 'mod', /must name one main package/],
    ['./cmd/client', 'mod', /package .\/cmd\/client not found/],
    ['./empty', 'mod', /has no .go files/],
  ])('package %s in %s is a user mistake', (pkg, wd, message) => {
    expect(() => resolveModule(cfg(pkg, wd), dir)).toThrow(ConfigError)
    expect(() => resolveModule(cfg(pkg, wd), dir)).toThrow(message)
  })
  test('no go.mod anywhere above is a user mistake', () => {
    const lone = mkdtempSync(path.join(tmpdir(), 'abigap-nomod-'))
    try {
      expect(() => resolveModule(cfg('.', '.'), lone)).toThrow(/no go.mod/)
    } finally {
      rmSync(lone, { recursive: true, force: true })
    }
  })
})

describe('openDocker', () => {
  test('an endpoint nobody answers: ok false with the reason, never a throw', async () => {
    const res = await openDocker(`unix://${path.join(dir, 'nobody.sock')}`)
    expect(res.ok).toBe(false)
    if (!res.ok) expect(res.error).toMatch(/nobody\.sock|ENOENT|connect/)
  })
  test('an engine that answers its ping: a session bound to it', async () => {
    const sock = path.join(dir, 'engine.sock')
    const server: Server = createServer((req, res) => {
      if (/\/_ping$/.test(req.url ?? '')) {
        res.writeHead(200, { 'content-type': 'text/plain', 'api-version': '1.41' })
        res.end('OK')
        return
      }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ Version: '27.0.0', ApiVersion: '1.41', Os: 'linux', Arch: 'amd64' }))
    })
    await new Promise<void>((resolve) => server.listen(sock, resolve))
    try {
      const res = await openDocker(`unix://${sock}`, 'session-test')
      expect(res.ok).toBe(true)
      if (res.ok) {
        expect(res.session.rt.endpoint).toContain('engine.sock')
        expect(typeof res.session.runInTargets).toBe('function')
      }
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
