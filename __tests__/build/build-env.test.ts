import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { hostBuildEnv, isSecretEnvName } from '../../src/build/build-env.js'
import { buildOnHost } from '../../src/build/host-builder.js'
import type { PlannedVariant } from '../../src/matrix/types.js'

test('the host build env drops the runner credentials and action inputs, keeps the toolchain variables', () => {
  const parent = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    GOCACHE: '/c',
    GOPATH: '/g',
    GOFLAGS: '-mod=mod',
    GOPROXY: 'https://proxy.golang.org',
    HTTPS_PROXY: 'http://proxy:3128',
    GITHUB_WORKSPACE: '/w',
    ACTIONS_RUNTIME_TOKEN: 'rt',
    ACTIONS_RESULTS_URL: 'https://results',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
    ACTIONS_CACHE_URL: 'https://cache',
    GITHUB_TOKEN: 'ghs_x',
    GH_TOKEN: 'ghs_y',
    NPM_TOKEN: 'npm',
    INPUT_GITHUB_TOKEN: 'ghs_z',
    INPUT_CONFIG: 'abigap.yml',
    CC: 'clang',
  }
  const env = hostBuildEnv(parent, { CGO_ENABLED: '1', GOARCH: 'amd64', CC: 'gcc' })
  expect(Object.keys(env).sort()).toEqual(
    [
      'PATH',
      'HOME',
      'GOCACHE',
      'GOPATH',
      'GOFLAGS',
      'GOPROXY',
      'HTTPS_PROXY',
      'GITHUB_WORKSPACE',
      'CC',
      'CGO_ENABLED',
      'GOARCH',
    ].sort(),
  )
  // the variant's own variables win over inherited ones
  expect(env).toMatchObject({ PATH: '/usr/bin', GOFLAGS: '-mod=mod', CC: 'gcc', CGO_ENABLED: '1' })
  // no value of a credential survives under any name
  for (const secret of ['rt', 'oidc', 'ghs_x', 'ghs_y', 'ghs_z', 'npm', 'https://oidc', 'https://results']) {
    expect(Object.values(env)).not.toContain(secret)
  }
})

test('secret names', () => {
  for (const n of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'INPUT_TOKEN', 'GITHUB_TOKEN', 'CODECOV_TOKEN'])
    expect(isSecretEnvName(n)).toBe(true)
  for (const n of ['PATH', 'GOFLAGS', 'TOKENIZER', 'GITHUB_REPOSITORY', 'RUNNER_TEMP'])
    expect(isSecretEnvName(n)).toBe(false)
})

test('buildOnHost hands go the filtered environment (a fake go on PATH records what it got)', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'abigap-env-'))
  const saved = { ...process.env }
  try {
    const bin = path.join(dir, 'bin')
    mkdirSync(bin)
    const dump = path.join(dir, 'env.txt')
    // the fake go is node (only node and sh are taken from the host): it writes its environment and fails
    const script = path.join(dir, 'dump-env.cjs')
    const lines = 'Object.entries(process.env).map(([k, v]) => `${k}=${v}\\n`).join("")'
    writeFileSync(script, `require('fs').writeFileSync(${JSON.stringify(dump)}, ${lines}); process.exit(1)\n`)
    writeFileSync(path.join(bin, 'go'), `#!/bin/sh\nexec '${process.execPath}' '${script}'\n`, { mode: 0o755 })
    process.env.ACTIONS_RUNTIME_TOKEN = 'runtime-secret'
    process.env.GITHUB_TOKEN = 'ghs_secret'
    process.env.INPUT_GITHUB_TOKEN = 'input-secret'
    process.env.GOFLAGS = '-mod=mod'
    const v: PlannedVariant = {
      name: 'nocgo',
      cgo: false,
      libc: null,
      link: 'static',
      arch: 'amd64',
      builder: 'host',
      tags: [],
      cc: null,
      declaredAt: null,
    }
    const o = await buildOnHost(v, {
      moduleRoot: dir,
      settings: { package: '.', goFlags: [], tags: [], ldflags: '', env: { PATH: bin }, downloadModules: false },
      outDir: path.join(dir, 'out'),
      hostArch: 'amd64',
      timeoutMs: 10_000,
    })
    expect(o.record.status).toBe('failed')
    const got = readFileSync(dump, 'utf8')
    expect(got).toMatch(/^GOFLAGS=-mod=mod$/m)
    expect(got).toMatch(/^GOARCH=amd64$/m)
    expect(got).not.toMatch(/secret/)
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
    rmSync(dir, { recursive: true, force: true })
  }
})
