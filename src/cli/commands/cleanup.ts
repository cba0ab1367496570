// `abigap cleanup`: removes containers and volumes abigap left behind (by label), optionally the build caches.
import { Command, CommanderError } from 'commander'
import { ExitCode } from '../../errors/index.js'
import { reportingErrors, usageError } from '../command.js'

/** Runs `abigap cleanup [--run ID] [--caches] [--host URL]`. */
export const run = reportingErrors(cleanupCommand)

async function cleanupCommand(argv: string[]): Promise<number> {
  const program = new Command('abigap cleanup')
    .description('remove containers and volumes abigap left behind')
    .option('--run <id>', 'only the objects of this run id (one call) or session id (a whole invocation)')
    .option('--caches', 'also remove build-cache volumes')
    .option('--host <url>', 'Docker endpoint (default: DOCKER_HOST or unix:///var/run/docker.sock)')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, writeOut: (s) => process.stdout.write(s) })
  try {
    program.parse(argv, { from: 'user' })
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? ExitCode.ok : usageError(err.message)
    throw err
  }
  if (program.args.length) return usageError(`cleanup takes no arguments (got '${program.args[0]}')`)
  const o = program.opts<{ run?: string; caches?: boolean; host?: string }>()
  const docker = await import('../../docker/index.js')
  // no engine: DockerUnavailableError, an infrastructure error (exit 3)
  const rt = await docker.connectDocker(o.host ? { host: o.host } : {})
  let removed = await docker.sweepContainers(rt, o.run)
  if (o.caches) removed += await docker.sweepCaches(rt)
  process.stdout.write(`removed ${removed} abigap object(s)${o.run ? ` of run or session ${o.run}` : ''}\n`)
  return ExitCode.ok
}
