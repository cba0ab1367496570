// A ContainerRuntime in memory: images, containers and volumes as plain state, programs scripted by the binary's file
// name. The orchestration (runInTargets, runBuildContainer) runs against it unchanged, so its choices (one idle
// container or a fresh one per binary, replacing a damaged one, mapping faults to infrastructure errors) are tested
// without an engine. It models what the real engine and the idle program do that the run layer relies on: a kill ends
// a container with 137 and what runs in it, the idle program writes a record per file it is given (none found),
// answers each byte 1 on its stdin with the container's process count (leftovers show there) and runs what each run
// request (byte 2) names, closing its output with the request's nonce; the OOM killer is visible only on a
// container's state.
import { basename } from 'node:path'
import { Readable } from 'node:stream'
import type {
  AttachedStream,
  ContainerRuntime,
  ContainerSpec,
  ContainerState,
  ImageInfo,
  LabelledObject,
  Labels,
  OutputSink,
  PullEvent,
} from '../../src/docker/runtime.js'
import { idleHeader } from './idle-records.js'

/** What a scripted binary does when it runs. */
export interface FakeProgram {
  stdout?: string
  stderr?: string
  /** Exit status (default 0). */
  exitCode?: number
  /** Milliseconds it runs (default 1). */
  runMs?: number
  /** Runs until killed. */
  hang?: boolean
  /** Killed by the OOM killer: 137 with no kill from abigap; only a container's state says OOMKilled. */
  oom?: boolean
  /** Leaves a background process behind in the container. */
  leavesProcess?: boolean
  /** Bytes of stdout to write (for the output cap). */
  floodBytes?: number
}

/** Operations the fake can be told to fail, with the error it throws. */
export type FakeFault =
  'ping' | 'pull' | 'createVolume' | 'createContainer' | 'putArchive' | 'idleFork' | 'kill' | 'attach'

interface Proc {
  running: boolean
  exitCode: number | null
  end: (code: number | null, oom?: boolean) => void
  done: Promise<void>
}

interface FakeContainer {
  id: string
  spec: ContainerSpec
  running: boolean
  exitCode: number | null
  oomKilled: boolean
  started: boolean
  procs: number
  sinks: OutputSink[]
  waiters: ((code: number | null) => void)[]
  main: Proc | null
  children: Proc[]
  /** The idle program's stdout, in order: its start-read records come a moment after the start, the rest after them. */
  stdout: Promise<void>
}

/** The in-memory runtime; `log` records every operation as "op detail" for assertions. */
export class FakeRuntime implements ContainerRuntime {
  readonly endpoint = 'fake://engine'
  readonly log: string[] = []
  readonly programs = new Map<string, FakeProgram>()
  readonly images = new Map<string, ImageInfo>()
  readonly faults = new Map<FakeFault, Error>()
  readonly containers = new Map<string, FakeContainer>()
  readonly volumes = new Map<string, Labels>()
  /** What each getArchive call answers, in turn (a tar's bytes); when none is left, 404 as for a missing path. */
  readonly archives: Buffer[] = []
  /** Images a pull makes present. */
  readonly pullable = new Map<string, ImageInfo>()
  private next = 0

  /** Adds a local image of an architecture. */
  image(ref: string, arch = 'amd64'): this {
    this.images.set(ref, {
      id: `sha256:${ref
        .replace(/[^a-z0-9]/g, '')
        .padEnd(64, '0')
        .slice(0, 64)}`,
      repoDigests: [],
      arch,
      os: 'linux',
    })
    return this
  }

  /** Scripts what the binary with this file name does. */
  program(name: string, p: FakeProgram): this {
    this.programs.set(name, p)
    return this
  }

  /** Makes an operation throw. */
  fail(op: FakeFault, message: string): this {
    this.faults.set(op, new Error(message))
    return this
  }

  /** Operations of one kind, in order. */
  ops(kind: string): string[] {
    return this.log.filter((l) => l.split(' ')[0] === kind)
  }

  private fault(op: FakeFault): void {
    const e = this.faults.get(op)
    if (e) throw e
  }

  private get(id: string): FakeContainer {
    const c = this.containers.get(id)
    if (!c) throw Object.assign(new Error(`no such container: ${id}`), { statusCode: 404 })
    return c
  }

  async ping(): Promise<void> {
    this.fault('ping')
  }

  async version(): Promise<{ version: string; apiVersion: string }> {
    return { version: 'fake', apiVersion: '1.41' }
  }

  async inspectImage(ref: string): Promise<ImageInfo | null> {
    return this.images.get(ref) ?? null
  }

  async pullImage(ref: string, _platform: string | undefined, onEvent: (e: PullEvent) => void): Promise<void> {
    this.log.push(`pull ${ref}`)
    this.fault('pull')
    const img = this.pullable.get(ref)
    if (!img) {
      onEvent({ error: `pull access denied for ${ref}, repository does not exist` })
      return
    }
    this.images.set(ref, img)
    onEvent({ status: 'Downloaded newer image' })
  }

  async createVolume(name: string, labels: Labels): Promise<void> {
    this.fault('createVolume')
    this.volumes.set(name, labels)
  }

  async removeVolume(name: string): Promise<void> {
    this.volumes.delete(name)
  }

  async listVolumes(label: string): Promise<LabelledObject[]> {
    return [...this.volumes].filter(([, l]) => matches(l, label)).map(([name, labels]) => ({ id: name, name, labels }))
  }

  async createContainer(spec: ContainerSpec): Promise<string> {
    this.fault('createContainer')
    const id = `c${++this.next}`
    this.log.push(`create ${id} ${spec.entrypoint[0] ?? ''}`)
    this.containers.set(id, {
      id,
      spec,
      running: false,
      exitCode: null,
      oomKilled: false,
      started: false,
      procs: 0,
      sinks: [],
      waiters: [],
      main: null,
      children: [],
      stdout: Promise.resolve(),
    })
    return id
  }

  async putArchive(id: string, path: string, tar: Buffer | NodeJS.ReadableStream): Promise<void> {
    this.get(id)
    this.log.push(`put ${id} ${path}`)
    // the engine reads the whole archive (or drops it on a fault): a stream left open would read its files after the
    // test removed them and fail with an unhandled error
    const stream = Buffer.isBuffer(tar) ? null : (tar as NodeJS.ReadableStream & { destroy?: () => void })
    try {
      this.fault('putArchive')
    } catch (err) {
      stream?.destroy?.()
      throw err
    }
    if (stream) for await (const chunk of stream) void chunk
  }

  async getArchive(): Promise<NodeJS.ReadableStream> {
    const next = this.archives.shift()
    if (!next) throw Object.assign(new Error('no such file'), { statusCode: 404 })
    return Readable.from([next])
  }

  async attach(id: string, sink: OutputSink, stdin = false): Promise<AttachedStream> {
    this.fault('attach')
    const c = this.get(id)
    c.sinks.push(sink)
    let ended: () => void = () => undefined
    const done = new Promise<void>((r) => (ended = r))
    c.waiters.push(() => ended())
    const write = (data: Buffer): void => {
      if (!stdin || !c.spec.stdin) throw new Error('attached without stdin')
      if (!c.running || !isIdle(c)) return
      // the idle program answers each byte 1 with the container's process count, runs what each byte 2 asks for
      // (a whole request per write, as abigap sends it), and ignores the others
      for (let i = 0; i < data.length; i++) {
        if (data[i] === 1) this.idleStdout(c, sink, idleHeader(BigInt(c.procs)))
        if (data[i] !== 2) continue
        const size = data.readUInt32LE(i + 1)
        this.idleRun(c, data.subarray(i + 5, i + 5 + size), sink)
        i += 4 + size
      }
    }
    return { done, destroy: () => ended(), write }
  }

  async wait(id: string): Promise<number | null> {
    const c = this.get(id)
    return new Promise((r) => c.waiters.push(r))
  }

  async start(id: string): Promise<void> {
    const c = this.get(id)
    this.log.push(`start ${id}`)
    c.started = true
    c.running = true
    const entry = c.spec.entrypoint[0] ?? ''
    if (isIdle(c)) {
      c.procs = c.spec.limits.init ? 2 : 1 // the idle program, and docker-init if it is not the init
      // each file the idle program is given: not found (-ENOENT), a record of its own, written as its stdin fills
      const records = c.spec.cmd.map(() => idleHeader(-2n))
      c.stdout = new Promise((r) => setTimeout(r, 5)).then(() =>
        records.forEach((b) => c.sinks.forEach((k) => k('stdout', b))),
      )
      return
    }
    c.procs = c.spec.limits.init ? 2 : 1
    c.main = this.spawn(
      entry,
      (s, b) => c.sinks.forEach((k) => k(s, b)),
      (code, oom) => this.exit(c, code, oom ?? false),
    )
  }

  private exit(c: FakeContainer, code: number | null, oom: boolean): void {
    if (!c.running) return
    c.running = false
    c.exitCode = code
    c.oomKilled = oom
    c.procs = 0
    for (const e of c.children) e.end(137)
    for (const w of c.waiters.splice(0)) w(code)
  }

  /** Starts a scripted program; `exit` is told how it ended. */
  private spawn(
    path: string,
    out: OutputSink,
    exit: (code: number | null, oom?: boolean) => void,
    onLeftover?: () => void,
  ): Proc {
    const p = this.programs.get(basename(path))
    let resolveDone: () => void = () => undefined
    const proc: Proc = {
      running: true,
      exitCode: null,
      done: new Promise<void>((r) => (resolveDone = r)),
      end: (code, oom) => {
        if (!proc.running) return
        proc.running = false
        proc.exitCode = code
        resolveDone()
        exit(code, oom)
      },
    }
    setTimeout(() => {
      if (!proc.running) return
      if (!p) {
        out('stderr', Buffer.from(`exec: "${path}": stat ${path}: no such file or directory\n`))
        proc.end(127)
        return
      }
      if (p.stdout) out('stdout', Buffer.from(p.stdout))
      if (p.stderr) out('stderr', Buffer.from(p.stderr))
      if (p.floodBytes) out('stdout', Buffer.alloc(p.floodBytes, 0x41))
      if (p.leavesProcess) onLeftover?.()
      if (p.hang) return
      setTimeout(() => proc.end(p.oom ? 137 : (p.exitCode ?? 0), p.oom), p.runMs ?? 1)
    }, 1)
    return proc
  }

  async inspectContainer(id: string): Promise<ContainerState> {
    const c = this.get(id)
    return {
      running: c.running,
      exitCode: c.started && !c.running ? c.exitCode : null,
      oomKilled: c.oomKilled,
      error: '',
    }
  }

  async kill(id: string): Promise<void> {
    this.log.push(`kill ${id}`)
    this.fault('kill')
    const c = this.get(id)
    c.main?.end(137)
    this.exit(c, 137, false)
  }

  async removeContainer(id: string): Promise<void> {
    const c = this.containers.get(id)
    if (!c) return
    this.log.push(`remove ${id}`)
    this.exit(c, 137, false)
    this.containers.delete(id)
  }

  async listContainers(label: string): Promise<LabelledObject[]> {
    return [...this.containers.values()]
      .filter((c) => matches(c.spec.labels, label))
      .map((c) => ({ id: c.id, name: c.spec.name, labels: c.spec.labels }))
  }

  /** Writes to an idle container's stdout after all it wrote before. */
  private idleStdout(c: FakeContainer, sink: OutputSink, chunk: Buffer): void {
    c.stdout = c.stdout.then(() => sink('stdout', chunk))
  }

  /** The idle program's run of one request: the program, then the markers with its report (none when killed). */
  private idleRun(c: FakeContainer, body: Buffer, sink: OutputSink): void {
    const nonce = body.subarray(0, 16)
    const path = body.subarray(16).toString().split('\0')[0] ?? ''
    this.log.push(`run ${c.id} ${basename(path)}`)
    const report = (pid: number, exec: number, access: number, wait: number): void => {
      const r = Buffer.alloc(32)
      ;[pid, exec, access, wait].forEach((v, k) => r.writeBigInt64LE(BigInt(v), k * 8))
      this.idleStdout(c, sink, Buffer.concat([nonce, r]))
      sink('stderr', Buffer.from(nonce)) // stderr is a pipe of its own: it may overtake stdout
    }
    if (this.faults.has('idleFork')) return report(-11, 0, 0, 0) // EAGAIN: no child made
    if (!this.programs.has(basename(path))) return report(100, -2, -2, 0) // not there: execve and faccessat fail
    c.procs++
    const proc = this.spawn(
      path,
      (kind, chunk) => (kind === 'stdout' ? this.idleStdout(c, sink, chunk) : sink(kind, chunk)),
      (code) => {
        c.procs--
        if (c.running) report(100, 0, 0, code !== null && code > 128 ? code - 128 : (code ?? 0) << 8)
      },
      () => c.procs++,
    )
    c.children.push(proc)
  }
}

function isIdle(c: FakeContainer): boolean {
  return (c.spec.entrypoint[0] ?? '').includes('/.idle-')
}

function matches(labels: Labels, filter: string): boolean {
  const [k, v] = filter.split('=')
  return k !== undefined && k in labels && (v === undefined || labels[k] === v)
}
