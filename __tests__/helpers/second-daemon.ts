// A second Docker engine for tests: its own socket, data root, exec root and bridge, stopped and cleaned after.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { openSync, readFileSync } from 'node:fs'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { connectDocker } from '../../src/docker/connect.js'
import type { ContainerRuntime } from '../../src/docker/runtime.js'

/** Resolves with a child process's exit code (-1 when a signal ended it). */
export function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code, sig) => resolve(code ?? (sig ? -1 : null))))
}

/** A second engine started by a test. */
export interface SecondDaemon {
  sock: string
  /** SIGKILL dockerd and its containerd (an engine crash): the containers' shims live on, as after a real crash. */
  kill(): void
  restart(): Promise<ContainerRuntime>
  stop(): Promise<void>
}

/**
 * A second dockerd on its own socket, data root and bridge (never `--bridge none`: that deletes docker0), with
 * `images` of the main engine loaded into it; `extraArgs` go to dockerd (e.g. a TLS tcp:// listener).
 */
export async function startSecondDaemon(
  base: string,
  images: string[] = ['abigap-test/musl:latest'],
  extraArgs: string[] = [],
): Promise<SecondDaemon> {
  const root = join(base, 'd2')
  const sock = join(root, 'docker.sock')
  const bridge = `abg${process.pid % 100000}`
  await mkdir(root, { recursive: true })
  execFileSync('sh', ['-c', `ip link show ${bridge} >/dev/null 2>&1 || ip link add ${bridge} type bridge`])
  let proc: ChildProcess | null = null
  const logFd = openSync(join(base, 'dockerd2.log'), 'a')
  const start = async (): Promise<ContainerRuntime> => {
    proc = spawn(
      'dockerd',
      [
        '-H',
        `unix://${sock}`,
        '--data-root',
        join(root, 'data'),
        '--exec-root',
        join(root, 'exec'),
        '--pidfile',
        join(root, 'pid'),
        '-b',
        bridge,
        '--iptables=false',
        '--ip-masq=false',
        '--ip-forward=false',
        ...extraArgs,
      ],
      { stdio: ['ignore', logFd, logFd], detached: true },
    )
    const end = Date.now() + 30_000
    for (;;) {
      try {
        return await connectDocker({ host: `unix://${sock}`, pingTimeoutMs: 1000 })
      } catch (err) {
        if (Date.now() > end) {
          const log = await readFile(join(base, 'dockerd2.log'), 'utf8').catch(() => '')
          throw new Error(`second dockerd did not answer: ${(err as Error).message}\n${log.slice(-3000)}`)
        }
        await new Promise((r) => setTimeout(r, 200))
      }
    }
  }
  await start()
  for (const image of images) execFileSync('sh', ['-c', `docker save ${image} | docker -H unix://${sock} load -q`])
  return {
    sock,
    kill: () => {
      // dockerd and its containerd (which runs in its own session); the container shims live on
      const containerd = Number(readFileSync(join(root, 'exec', 'containerd', 'containerd.pid'), 'utf8').trim())
      if (proc?.pid) process.kill(proc.pid, 'SIGKILL')
      if (containerd > 0) process.kill(containerd, 'SIGKILL')
    },
    restart: async () => {
      await new Promise((r) => setTimeout(r, 300))
      // stale pid files (a killed containerd may linger as a zombie) would make dockerd wait for a dead containerd
      await Promise.all(
        [sock, join(root, 'pid'), join(root, 'exec', 'containerd', 'containerd.pid')].map((f) =>
          rm(f, { force: true }),
        ),
      )
      return start()
    },
    stop: async () => {
      const p = proc
      if (p && p.exitCode === null && p.signalCode === null) {
        const gone = exitOf(p)
        p.kill('SIGTERM')
        let timer: NodeJS.Timeout | undefined
        await Promise.race([gone, new Promise((r) => (timer = setTimeout(r, 20_000)))])
        clearTimeout(timer)
      }
      await teardownProcessesUnder(root)
      const mounts = (await readFile('/proc/mounts', 'utf8'))
        .split('\n')
        .map((l) => l.split(' ')[1] ?? '')
        .filter((m) => m.startsWith(root))
        .sort()
        .reverse()
      for (const m of mounts) execFileSync('umount', ['-l', m])
      execFileSync('sh', ['-c', `ip link del ${bridge} 2>/dev/null || true`])
      await rm(root, { recursive: true, force: true })
    },
  }
}

/** Kills what is left of a daemon rooted at `root`: processes naming it (dockerd, containerd, shims) and their containers' processes. */
async function teardownProcessesUnder(root: string): Promise<void> {
  const pids: number[] = []
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')
    if (!cmdline.includes(root)) continue
    pids.push(Number(entry))
    const id = /-id\0([0-9a-f]{64})/.exec(cmdline)?.[1]
    if (id) {
      const procs = await readFile(`/sys/fs/cgroup/pids/docker/${id}/cgroup.procs`, 'utf8').catch(() => '')
      pids.push(...procs.split('\n').filter(Boolean).map(Number))
    }
  }
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // gone already
    }
  }
  if (pids.length) await new Promise((r) => setTimeout(r, 500))
}
