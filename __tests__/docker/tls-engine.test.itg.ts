// A Docker engine on tcp:// with TLS (--tlsverify), reached the way the docker CLI is: DOCKER_HOST=tcp://…,
// DOCKER_TLS_VERIFY=1, DOCKER_CERT_PATH=<ca.pem, cert.pem, key.pem>. Certificates are made here with openssl; the
// engine is a second dockerd (__tests__/helpers/second-daemon.ts) with a TLS listener on a loopback port.
import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { connectDocker } from '../../src/docker/connect.js'
import { DockerUnavailableError } from '../../src/docker/errors.js'
import { probeImage } from '../../src/docker/probe.js'
import { runInTargets } from '../../src/docker/run-targets.js'
import { classifyError } from '../../src/errors/classify.js'
import { requireDocker, sh, PROGRAMS, tempDir } from '../helpers/docker-world.js'
import { startSecondDaemon, type SecondDaemon } from '../helpers/second-daemon.js'

jest.setTimeout(180_000)

let dir: string
let daemon: SecondDaemon | null = null
let port: number
let certs: string
let wrongCa: string

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: 'pipe' })

/** A CA, and a certificate of `kind` (server for 127.0.0.1, or client) signed by it, in `out`. */
function makeCa(out: string): void {
  mkdirSync(out, { recursive: true })
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=abigap-engines-test-ca',
      '-keyout',
      'ca-key.pem',
      '-out',
      'ca.pem',
    ],
    out,
  )
}
function makeCert(caDir: string, out: string, name: string, ext: string): void {
  openssl(
    [
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      `/CN=abigap-engines-${name}`,
      '-keyout',
      join(out, `${name}-key.pem`),
      '-out',
      join(out, `${name}.csr`),
    ],
    caDir,
  )
  execFileSync('sh', ['-c', `printf '%s\\n' "${ext}" > ${join(out, `${name}.ext`)}`])
  openssl(
    [
      'x509',
      '-req',
      '-in',
      join(out, `${name}.csr`),
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca-key.pem',
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      join(out, `${name}.ext`),
      '-out',
      join(out, `${name}.pem`),
    ],
    caDir,
  )
}
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port: p } = srv.address() as AddressInfo
      srv.close(() => resolve(p))
    })
  })
}

/** Runs `fn` with the DOCKER_* variables set as given (others removed), restoring them after. */
async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const keys = ['DOCKER_HOST', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH']
  const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]))
  for (const k of keys) delete process.env[k]
  Object.assign(process.env, vars)
  try {
    return await fn()
  } finally {
    for (const k of keys) {
      if (saved[k] === undefined) delete process.env[k]
      else process.env[k] = saved[k]
    }
  }
}

beforeAll(async () => {
  await requireDocker()
  dir = await tempDir('engines-tls')
  const ca = join(dir, 'ca')
  certs = join(dir, 'client')
  wrongCa = join(dir, 'wrong')
  makeCa(ca)
  mkdirSync(certs)
  makeCert(ca, ca, 'server', 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth')
  makeCert(ca, certs, 'cert', 'extendedKeyUsage=clientAuth')
  execFileSync('sh', ['-c', `cp ${ca}/ca.pem ${certs}/ca.pem && mv ${certs}/cert-key.pem ${certs}/key.pem`])
  // the same client certificate, but a CA that did not sign the server's
  makeCa(join(dir, 'other-ca'))
  execFileSync('sh', [
    '-c',
    `mkdir -p ${wrongCa} && cp ${dir}/other-ca/ca.pem ${wrongCa}/ && cp ${certs}/cert.pem ${certs}/key.pem ${wrongCa}/`,
  ])
  port = await freePort()
  const started = Date.now()
  daemon = await startSecondDaemon(
    dir,
    ['abigap-test/musl:latest'],
    [
      '-H',
      `tcp://127.0.0.1:${port}`,
      '--tlsverify',
      '--tlscacert',
      join(ca, 'ca.pem'),
      '--tlscert',
      join(ca, 'server.pem'),
      '--tlskey',
      join(ca, 'server-key.pem'),
    ],
  )
  console.log(`second dockerd with TLS up (image loaded) in ${Date.now() - started} ms`)
})
afterAll(async () => {
  await daemon?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('tcp:// with TLS', () => {
  test('DOCKER_TLS_VERIFY + DOCKER_CERT_PATH: connects, pings, probes and runs as on the local engine', async () => {
    const host = `tcp://127.0.0.1:${port}`
    const rt = await withEnv({ DOCKER_HOST: host, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certs }, () =>
      connectDocker(),
    )
    expect(rt.endpoint).toBe(host)
    expect((await rt.version()).engine).toBe('docker')
    const local = await requireDocker()
    const [remote, here] = await Promise.all([
      probeImage(rt, 'abigap-test/musl', { pull: 'never', cacheDir: null }),
      probeImage(local, 'abigap-test/musl', { pull: 'never', cacheDir: null }),
    ])
    const { digest: _r, ...r } = remote
    const { digest: _h, ...h } = here
    expect(r).toEqual(h)
    const bin = join(dir, 'nocgo')
    await sh(
      'go',
      ['build', '-o', bin, '.'],
      { CGO_ENABLED: '0', GOFLAGS: '-mod=mod', GOCACHE: join(dir, 'gocache') },
      join(PROGRAMS, 'plain'),
    )
    const [cell] = await runInTargets(
      rt,
      [{ image: 'abigap-test/musl', binaries: [{ id: 'nocgo', path: bin }], args: [], timeoutMs: 20_000 }],
      { pull: 'never', runId: `abigapenginestls${Date.now().toString(36)}` },
    )
    expect(cell!.run).toMatchObject({ outcome: 'ok', stdout: 'abigap-ok\n' })
  })

  test('a CA that did not sign the engine’s certificate: an infrastructure error naming the TLS failure', async () => {
    const err = await withEnv(
      { DOCKER_HOST: `tcp://127.0.0.1:${port}`, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: wrongCa },
      () => connectDocker(),
    ).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DockerUnavailableError)
    expect(classifyError(err)).toMatchObject({ kind: 'infrastructure', exitCode: 3 })
    expect((err as Error).message).toBe(
      `TLS connection to tcp://127.0.0.1:${port} failed (unable to verify the first certificate); check that ` +
        "DOCKER_CERT_PATH's ca.pem signed the engine's certificate and that cert.pem/key.pem are a client " +
        'certificate the engine accepts',
    )
  })

  test('without DOCKER_TLS_VERIFY against the TLS port: a clear infrastructure error', async () => {
    const err = await withEnv({ DOCKER_HOST: `tcp://127.0.0.1:${port}` }, () => connectDocker()).catch(
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(DockerUnavailableError)
    expect(classifyError(err)).toMatchObject({ kind: 'infrastructure', exitCode: 3 })
    expect((err as Error).message).toBe(
      `the engine at tcp://127.0.0.1:${port} speaks TLS but abigap connected without it (Client sent an HTTP ` +
        'request to an HTTPS server.); set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem)',
    )
  })
})
