import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { resolveConfig } from '../../src/action/config.js'
import { getInputs, InputError } from '../../src/action/inputs.js'
import { planMatrix } from '../../src/matrix/index.js'

const fixture = new URL('../fixtures/gomod', import.meta.url).pathname
const created: string[] = []
afterAll(() => created.forEach((d) => rmSync(d, { recursive: true, force: true })))

function workspace(workflow = ''): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'abigap-config-'))
  created.push(ws)
  cpSync(fixture, path.join(ws, 'svc'), { recursive: true })
  mkdirSync(path.join(ws, '.github/workflows'), { recursive: true })
  writeFileSync(path.join(ws, '.github/workflows/ci.yml'), workflow)
  return ws
}
const ENV = {
  GITHUB_WORKFLOW_REF: 'octo/repo/.github/workflows/ci.yml@refs/heads/main',
  GITHUB_REPOSITORY: 'octo/repo',
}
const inputs = (w: Record<string, string>) =>
  getInputs(Object.fromEntries(Object.entries(w).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])))

describe('resolveConfig', () => {
  it('builds a config from inline inputs and locates each target on its workflow line', () => {
    const ws = workspace(
      'jobs:\n  a:\n    steps:\n      - with:\n          targets: |\n            debian:11\n            alpine:3.22\n',
    )
    const r = resolveConfig(
      inputs({ targets: 'debian:11\nalpine:3.22', package: './cmd/server', 'working-directory': 'svc' }),
      ws,
      ENV,
    )
    expect(r.config.targets.map((t) => [t.ref, t.declaredAt?.file, t.declaredAt?.line])).toEqual([
      ['debian:11', '.github/workflows/ci.yml', 6],
      ['alpine:3.22', '.github/workflows/ci.yml', 7],
    ])
    expect(r.config.package).toBe('./cmd/server')
    expect(r.config.docker.mode).toBe('required')
    expect(r.moduleRoot).toBe(path.join(ws, 'svc'))
    expect(r.ownFiles.has('.github/workflows/ci.yml')).toBe(true)
  })
  it('selects variant names among every combination without a config', () => {
    const ws = workspace()
    const r = resolveConfig(
      inputs({ targets: 'debian:11', variants: 'cgo-musl-static, nocgo', 'working-directory': 'svc' }),
      ws,
      ENV,
    )
    expect(planMatrix(r.config).variants.map((v) => v.name)).toEqual(['nocgo', 'cgo-musl-static'])
  })
  it('applies input overrides to a config file and keeps its target lines', () => {
    const ws = workspace()
    writeFileSync(
      path.join(ws, 'svc/abigap.yml'),
      'package: ./cmd/server\ntargets:\n  - debian:11\n  - debian:12\ndocker: { mode: auto }\n',
    )
    const r = resolveConfig(
      inputs({
        config: 'abigap.yml',
        'working-directory': 'svc',
        'run-args': '-resolve "a b"',
        'run-timeout': '3s',
        builder: 'golang:1.24-bullseye',
      }),
      ws,
      ENV,
    )
    expect(r.config.run.args).toEqual(['-resolve', 'a b'])
    expect(r.config.run.timeoutMs).toBe(3000)
    expect(r.config.builder).toBe('golang:1.24-bullseye')
    expect(r.config.docker.mode).toBe('auto')
    expect(r.config.targets[1].declaredAt).toMatchObject({ file: 'svc/abigap.yml', line: 4 })
    expect(r.ownFiles.has('svc/abigap.yml')).toBe(true)
  })
  it('expands presets given as targets over a config file', () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'svc/abigap.yml'), 'package: ./cmd/server\ntargets: [debian:11]\n')
    const r = resolveConfig(
      inputs({ config: 'svc/abigap.yml', 'working-directory': 'svc', targets: 'preset:alpine, centos:7' }),
      ws,
      ENV,
    )
    expect(r.config.targets.map((t) => t.ref)).toEqual(['alpine:3.21', 'alpine:3.22', 'alpine:3.23', 'centos:7'])
    expect(() => resolveConfig(inputs({ config: 'svc/abigap.yml', targets: 'preset:nope' }), ws, ENV)).toThrow(
      /unknown preset 'nope'/,
    )
  })

  it('names unknown variants with a suggestion', () => {
    const ws = workspace()
    expect(() =>
      resolveConfig(inputs({ targets: 'debian:11', variants: 'cgo-musl-statik', 'working-directory': 'svc' }), ws, ENV),
    ).toThrow(
      new InputError(
        'variants',
        "unknown variant 'cgo-musl-statik' (did you mean 'cgo-musl-static'?); variants: nocgo, cgo-glibc, cgo-glibc-static, cgo-musl, cgo-musl-static",
      ),
    )
  })
})
