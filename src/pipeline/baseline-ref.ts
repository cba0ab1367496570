// Regression mode from a base ref: the same matrix built at another commit of the same repository, in a temporary
// `git worktree` (removed afterwards), with static verdicts only; its report is the baseline of the head's diff.
import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, realpathSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { ConfigError } from '../matrix/config-error.js'
import type { MatrixConfig } from '../matrix/types.js'
import { diffReports } from '../report/diff.js'
import type { MatrixReport } from '../report/types.js'
import { BaselineRefError } from './baseline-error.js'
import { resolveModule } from './preflight.js'
import { runMatrix, type RunMatrixOptions } from './run-matrix.js'
import type { PipelineSinks } from './sinks.js'

const execFileAsync = promisify(execFile)

export { BaselineRefError }

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', ['-C', cwd, ...args], { maxBuffer: 16 << 20 })
    return stdout.trim()
  } catch (e) {
    const err = e as { code?: string | number; stderr?: string; message: string }
    if (err.code === 'ENOENT') throw new BaselineRefError('git is not installed: regression mode from a ref needs it')
    throw new BaselineRefError(`git ${args.join(' ')}: ${(err.stderr ?? err.message).trim().slice(0, 500)}`)
  }
}

/** Sinks that name the baseline in every group and line, so its build never reads as the head's. */
function baselineSinks(inner: PipelineSinks, ref: string): PipelineSinks {
  return {
    log: (line) => inner.log(`[baseline ${ref}] ${line}`),
    group: (name, fn) => inner.group(`baseline ${ref}: ${name}`, fn),
    ...(inner.progress ? { progress: (line: string) => inner.progress?.(`[baseline ${ref}] ${line}`) } : {}),
  }
}

/** Where a base ref lives: the repository holding the module, and the commit the ref names (checked before any build). */
export async function resolveBaselineRef(
  config: MatrixConfig,
  ref: string,
  cwd: string,
): Promise<{ top: string; moduleRoot: string; commit: string }> {
  if (!ref || ref.startsWith('-') || /[\s\0]/.test(ref)) throw new BaselineRefError(`'${ref}' is not a git ref`)
  // a missing module is the config's mistake (a ConfigError at its line), reported as for the head
  const moduleRoot = realpathSync(resolveModule(config, cwd).moduleRoot)
  const top = realpathSync(await git(moduleRoot, ['rev-parse', '--show-toplevel']))
  try {
    return { top, moduleRoot, commit: await git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) }
  } catch {
    throw new BaselineRefError(
      `'${ref}' is not a commit of the repository at ${top} (a shallow checkout lacks the base: fetch it, e.g. actions/checkout with fetch-depth: 0)`,
    )
  }
}

/**
 * Builds and checks the same matrix at `ref` (static verdicts: nothing is run) in a temporary worktree of the
 * repository holding the module, and returns that report. The worktree is removed in every case.
 */
export async function matrixAtRef(
  config: MatrixConfig,
  ref: string,
  opts: Omit<RunMatrixOptions, 'outDir' | 'noRun'>,
): Promise<MatrixReport> {
  const { top, moduleRoot, commit } = await resolveBaselineRef(config, ref, opts.cwd)
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'abigap-baseline-'))
  const tree = path.join(tmp, 'tree')
  let added = false
  // a signal ends the process through process.exit (after the container sweep): the worktree goes then too
  const onExit = (): void => {
    if (added) spawnSync('git', ['-C', top, 'worktree', 'remove', '--force', tree], { stdio: 'ignore' })
    rmSync(tmp, { recursive: true, force: true })
    if (added) spawnSync('git', ['-C', top, 'worktree', 'prune'], { stdio: 'ignore' })
  }
  process.once('exit', onExit)
  try {
    await git(top, ['worktree', 'add', '--detach', '--quiet', tree, commit])
    added = true
    const baseConfig: MatrixConfig = {
      ...config,
      workingDirectory: path.join(tree, path.relative(top, moduleRoot)),
    }
    const sinks = baselineSinks(opts.sinks, ref)
    sinks.log(`building the same matrix at ${ref} (${commit.slice(0, 12)}) in a temporary worktree`)
    try {
      return await runMatrix(baseConfig, { ...opts, cwd: tree, sinks, noRun: true })
    } catch (e) {
      if (e instanceof ConfigError)
        throw new BaselineRefError(`the matrix does not fit ${ref}: ${e.message}`, { cause: e })
      throw e
    }
  } finally {
    process.removeListener('exit', onExit)
    if (added) await git(top, ['worktree', 'remove', '--force', tree]).catch(() => undefined)
    rmSync(tmp, { recursive: true, force: true })
    if (added) await git(top, ['worktree', 'prune']).catch(() => undefined)
  }
}

/** Builds the matrix at `ref` and attaches diffReports(base, head) to the head report (returned for chaining). */
export async function attachBaselineDiff(
  head: MatrixReport,
  config: MatrixConfig,
  ref: string,
  opts: Omit<RunMatrixOptions, 'outDir' | 'noRun'>,
): Promise<MatrixReport> {
  const base = await matrixAtRef(config, ref, opts)
  // without a sound baseline there is no regression verdict: its infrastructure errors are the head's too
  for (const e of base.infrastructureErrors) head.infrastructureErrors.push(`baseline ${ref}: ${e}`)
  head.diff = diffReports(base, head)
  return head
}
