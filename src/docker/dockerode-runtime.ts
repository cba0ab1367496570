// The dockerode implementation of ContainerRuntime. Only this file (and connect.ts) touch dockerode, loaded lazily.
import type { Duplex, Readable } from 'node:stream'
import type Dockerode from 'dockerode'
import type {
  AttachedStream,
  ContainerRuntime,
  ContainerSpec,
  ContainerState,
  ImageInfo,
  LabelledObject,
  Labels,
  OutputSink,
  OutputStream,
  PathStat,
  PullEvent,
} from './runtime.js'
import type { RegistryAuth } from './registry-auth.js'
import { createDemuxer } from './demux.js'
import { InfrastructureError, errorMessage, errorStatus } from './errors.js'
import { explainEngineError } from './engine-check.js'

/** Wraps one dockerode client as a ContainerRuntime. */
export class DockerodeRuntime implements ContainerRuntime {
  constructor(
    private readonly docker: Dockerode,
    readonly endpoint: string,
  ) {
    this.local = endpoint.startsWith('unix://')
  }

  readonly local: boolean

  async ping(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
    })
    try {
      await Promise.race([this.docker.ping(), timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  async version(): Promise<{ version: string; apiVersion: string; engine: 'docker' | 'podman' }> {
    const v = await this.docker.version()
    const podman = (v.Components ?? []).some((c) => /podman/i.test(c.Name))
    return { version: v.Version, apiVersion: v.ApiVersion, engine: podman ? 'podman' : 'docker' }
  }

  async inspectImage(ref: string): Promise<ImageInfo | null> {
    try {
      const info = await this.docker.getImage(ref).inspect()
      const variant = (info as { Variant?: string }).Variant
      return {
        id: info.Id,
        repoDigests: info.RepoDigests ?? [],
        arch: info.Architecture,
        os: info.Os,
        ...(variant ? { variant } : {}),
      }
    } catch (err) {
      if (errorStatus(err) === 404) return null
      throw err
    }
  }

  async pullImage(
    ref: string,
    platform: string | undefined,
    onEvent: (e: PullEvent) => void,
    signal?: AbortSignal,
    auth?: RegistryAuth | null,
  ): Promise<void> {
    const stream = (await this.docker.pull(ref, {
      ...(platform ? { platform } : {}),
      ...(auth ? { authconfig: auth } : {}),
      ...(signal ? { abortSignal: signal } : {}),
    })) as NodeJS.ReadableStream
    await new Promise<void>((resolve, reject) => {
      let buffered = ''
      const onAbort = () => reject(new Error('pull cancelled'))
      signal?.addEventListener('abort', onAbort, { once: true })
      const emitLine = (line: string) => {
        if (!line.trim()) return
        try {
          onEvent(JSON.parse(line) as PullEvent)
        } catch {
          onEvent({ error: `unreadable pull event: ${line.slice(0, 200)}` })
        }
      }
      stream.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8')
        let nl: number
        while ((nl = buffered.indexOf('\n')) >= 0) {
          emitLine(buffered.slice(0, nl))
          buffered = buffered.slice(nl + 1)
        }
      })
      stream.on('end', () => {
        emitLine(buffered)
        signal?.removeEventListener('abort', onAbort)
        resolve()
      })
      stream.on('error', (err: Error) => {
        signal?.removeEventListener('abort', onAbort)
        reject(err)
      })
    })
  }

  async createVolume(name: string, labels: Labels): Promise<void> {
    await this.docker.createVolume({ Name: name, Labels: labels })
  }

  async removeVolume(name: string): Promise<void> {
    try {
      await this.docker.getVolume(name).remove({ force: true })
    } catch (err) {
      if (errorStatus(err) !== 404) throw err
    }
  }

  async listVolumes(label: string): Promise<LabelledObject[]> {
    const res = await this.docker.listVolumes({ filters: JSON.stringify({ label: [label] }) })
    return (res.Volumes ?? []).map((v) => ({ id: v.Name, name: v.Name, labels: (v.Labels as Labels | null) ?? {} }))
  }

  async createContainer(spec: ContainerSpec): Promise<string> {
    const l = spec.limits
    const body = {
      Image: spec.image,
      Entrypoint: spec.entrypoint,
      Cmd: spec.cmd,
      Env: spec.env,
      User: l.user,
      Labels: spec.labels,
      ...(spec.workdir ? { WorkingDir: spec.workdir } : {}),
      AttachStdin: spec.stdin === true,
      AttachStdout: true,
      AttachStderr: true,
      Tty: false,
      OpenStdin: spec.stdin === true,
      StdinOnce: false,
      // no network is NetworkMode none (a private namespace with only loopback), as `docker run --network none`;
      // NetworkDisabled would also drop the /etc/hosts the engine writes, so a program could not resolve localhost
      HostConfig: {
        NetworkMode: l.network ? 'bridge' : 'none',
        ReadonlyRootfs: l.readOnlyRootfs,
        CapDrop: ['ALL'],
        SecurityOpt: ['no-new-privileges'],
        Privileged: false,
        PidsLimit: l.pidsLimit,
        Memory: l.memoryBytes,
        MemorySwap: l.memoryBytes,
        NanoCpus: l.nanoCpus,
        Ulimits: Object.entries(l.ulimits).map(([Name, v]) => ({ Name, Soft: v, Hard: v })),
        Tmpfs: l.tmpfs,
        Init: l.init,
        AutoRemove: false,
        ...(spec.logs === false ? { LogConfig: { Type: 'none', Config: {} } } : {}),
        Mounts: spec.mounts.map((m) =>
          'bind' in m
            ? { Type: 'bind', Source: m.bind, Target: m.target, ReadOnly: m.readOnly }
            : { Type: 'volume', Source: m.volume, Target: m.target, ReadOnly: m.readOnly },
        ),
      },
    }
    try {
      const container = await this.docker.createContainer({
        _query: { name: spec.name, ...(spec.platform ? { platform: spec.platform } : {}) },
        _body: body,
      } as unknown as Dockerode.ContainerCreateOptions)
      return container.id
    } catch (err) {
      const message = errorMessage(err)
      const explained = explainEngineError(message)
      if (explained === message) throw err
      throw new InfrastructureError(explained, { cause: err })
    }
  }

  async putArchive(id: string, path: string, tar: Buffer | NodeJS.ReadableStream): Promise<void> {
    try {
      await this.docker.getContainer(id).putArchive(tar as unknown as string, { path })
    } catch (err) {
      // a refused upload leaves a streamed payload unread: close it, so its open files go with it
      if (!Buffer.isBuffer(tar)) (tar as Partial<Readable>).destroy?.()
      throw err
    }
  }

  async statPath(id: string, path: string): Promise<PathStat | null> {
    let res: NodeJS.ReadableStream & { headers?: Record<string, string | undefined> }
    try {
      res = (await this.docker.getContainer(id).infoArchive({ path })) as unknown as typeof res
    } catch (err) {
      if (errorStatus(err) === 404) return null
      throw err
    }
    res.resume()
    const header = res.headers?.['x-docker-container-path-stat']
    if (!header) throw new Error('the engine sent no path stat')
    const stat = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as {
      linkTarget?: unknown
      mode?: unknown
      size?: unknown
    }
    if (typeof stat.mode !== 'number') throw new Error('the engine sent no file mode')
    return pathStatOf(stat.mode, stat.size, stat.linkTarget)
  }

  async getArchive(id: string, path: string): Promise<NodeJS.ReadableStream> {
    return (await this.docker.getContainer(id).getArchive({ path })) as unknown as NodeJS.ReadableStream
  }

  async attach(id: string, sink: OutputSink, stdin = false): Promise<AttachedStream> {
    // stdin needs the hijacked connection (an HTTP body would reach the container chunk-encoded). dockerode sends the
    // options as the request's body too, which Podman hands to the container's stdin: the idle program ignores it
    const stream = (await this.docker
      .getContainer(id)
      .attach({ stream: true, stdin, hijack: stdin, stdout: true, stderr: true, logs: false })) as unknown as Duplex
    return {
      ...wrapStream(stream, sink),
      write: (data) => {
        if (!stdin) throw new Error('attached without stdin')
        stream.write(data)
      },
    }
  }

  async wait(id: string): Promise<number | null> {
    const res = (await this.docker.getContainer(id).wait({ condition: 'next-exit' })) as { StatusCode?: number }
    return typeof res.StatusCode === 'number' ? res.StatusCode : null
  }

  async start(id: string): Promise<void> {
    await this.docker.getContainer(id).start()
  }

  async inspectContainer(id: string): Promise<ContainerState> {
    const info = await this.docker.getContainer(id).inspect()
    const s = info.State
    return {
      running: s.Running || s.Restarting,
      exitCode: typeof s.ExitCode === 'number' ? s.ExitCode : null,
      oomKilled: s.OOMKilled,
      error: s.Error ?? '',
    }
  }

  async kill(id: string, signal = 'SIGKILL'): Promise<void> {
    try {
      await this.docker.getContainer(id).kill({ signal })
    } catch (err) {
      const status = errorStatus(err)
      if (status !== 404 && status !== 409 && status !== 304) throw err
    }
  }

  async removeContainer(id: string): Promise<void> {
    try {
      await this.docker.getContainer(id).remove({ force: true, v: true })
    } catch (err) {
      const status = errorStatus(err)
      // 404: already gone; 409: removal already in progress.
      if (status !== 404 && status !== 409) throw err
    }
  }

  async listContainers(label: string): Promise<LabelledObject[]> {
    const list = await this.docker.listContainers({ all: true, filters: JSON.stringify({ label: [label] }) })
    return list.map((c) => ({ id: c.Id, name: (c.Names[0] ?? '').replace(/^\//, ''), labels: c.Labels ?? {} }))
  }
}

function wrapStream(stream: NodeJS.ReadableStream, sink: OutputSink): OutputStream {
  const feed = createDemuxer(sink)
  const done = new Promise<void>((resolve) => {
    stream.on('data', (chunk: Buffer) => feed(chunk))
    stream.on('end', () => resolve())
    stream.on('close', () => resolve())
    stream.on('error', () => resolve())
  })
  return {
    done,
    destroy: () => {
      const s = stream as unknown as { destroy?: () => void }
      s.destroy?.()
    },
  }
}

/**
 * A stat from Go's os.FileMode bits (dir 1<<31, symlink 1<<27; no type bit: a regular file). Podman fills linkTarget
 * for every path (its own resolved path), Docker only for links: only a symlink keeps it.
 */
export function pathStatOf(mode: number, size: unknown, linkTarget: unknown): PathStat {
  const bit = (n: number) => Math.floor(mode / 2 ** n) % 2 === 1
  const special = [26, 25, 24, 21, 19].some(bit) // device, named pipe, socket, char device, irregular
  const type = bit(31) ? 'dir' : bit(27) ? 'symlink' : special ? 'other' : 'file'
  return {
    type,
    size: type === 'file' && typeof size === 'number' && size >= 0 ? size : 0,
    linkTarget: type === 'symlink' && typeof linkTarget === 'string' ? linkTarget : '',
  }
}
