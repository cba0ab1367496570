// The action: inputs → config → runMatrix (phases as log groups) → annotations, summary, SARIF, outputs, artifacts,
// and the exit status. User mistakes and infrastructure errors each end in exactly one `::error::` line.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { classifyError, type ClassifiedError, type UserErrorCode } from '../errors/index.js'
import { ConfigError } from '../matrix/config-error.js'
import type { MatrixConfig } from '../matrix/types.js'
import type { RunMatrixOptions } from '../pipeline/run-matrix.js'
import {
  diffReports,
  evaluateReport,
  findingIdentity,
  infrastructureMessages,
  newGapIdentities,
  parseReportJson,
  ReportFileError,
  renderSummary,
  selectAnnotations,
  toSarif,
  workflowCommand,
  type MatrixReport,
} from '../report/index.js'
import { artifactNameFor, createArtifactStore, listFiles, type ArtifactStore } from './artifacts.js'
import { INPUT_ORIGIN, resolveConfig } from './config.js'
import { Inputs, Outputs, State } from './constants.js'
import { getInputs, InputError, type ActionInputs } from './inputs.js'
import { coreIO, type ActionIO } from './io.js'
import { checkGoForHostBuilds } from './preflight.js'
import { actionSinks, resumeCommands } from './sinks.js'

/** The pipeline entry the action calls (injected in tests). */
export type RunMatrixFn = (config: MatrixConfig, opts: RunMatrixOptions) => Promise<MatrixReport>

/** Dependencies of run(); every one defaults to the real thing. */
export interface ActionDeps {
  env: Record<string, string | undefined>
  io: ActionIO
  runMatrix: RunMatrixFn
  artifacts: ArtifactStore
}

/** Runs the action; sets outputs, summary and the exit status through io. Never throws. */
export async function run(deps: Partial<ActionDeps> = {}): Promise<void> {
  const env = deps.env ?? process.env
  const io = deps.io ?? coreIO()
  if (!deps.io) installCrashHandlers(io)
  let inputs: ActionInputs
  try {
    inputs = getInputs(env)
  } catch (e) {
    return fail(io, e, process.cwd())
  }
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd())
  const runnerTemp = env.RUNNER_TEMP ?? os.tmpdir()
  const controller = new AbortController()
  let removeSignalHandlers: () => void = () => undefined
  try {
    const resolved = resolveConfig(inputs, workspace, env)
    checkGoForHostBuilds(resolved.plan, env.PATH)
    let baseline: MatrixReport | null = null
    if (inputs.baseline) baseline = readReport(path.resolve(workspace, inputs.baseline), 'baseline')

    if (inputs.baselineRef) {
      // a ref the checkout lacks fails before anything is built
      const { resolveBaselineRef } = await import('../pipeline/baseline-ref.js')
      await resolveBaselineRef(resolved.config, inputs.baselineRef, resolved.cwd)
    }

    // the session: this step's every container and volume carries it, and the post step sweeps by it
    const sessionId = `gh${env.GITHUB_RUN_ID ?? 'local'}-${randomBytes(4).toString('hex')}`
    io.saveState(State.sessionId, sessionId)
    if (inputs.dockerHost) io.saveState(State.dockerHost, inputs.dockerHost)
    const { installSignalCleanup } = await import('../docker/cleanup.js')
    removeSignalHandlers = installSignalCleanup(controller, { log: (l) => io.info(l) })

    mkdirSync(runnerTemp, { recursive: true })
    const outDir = mkdtempSync(path.join(runnerTemp, 'abigap-'))
    const sinks = actionSinks(io)
    const runMatrix = deps.runMatrix ?? (await import('../pipeline/run-matrix.js')).runMatrix
    // the head's run and the baseline's share one session: the same engine, plan, labels and environment
    const session = {
      cwd: resolved.cwd,
      sinks,
      signal: controller.signal,
      docker: resolved.config.docker.mode,
      plan: resolved.plan,
      ...(inputs.dockerHost ? { dockerHost: inputs.dockerHost } : {}),
      sessionId,
      deps: { env },
    }
    const report = await runMatrix(resolved.config, { ...session, outDir })
    if (inputs.baselineRef && !controller.signal.aborted) {
      const { attachBaselineDiff } = await import('../pipeline/baseline-ref.js')
      await attachBaselineDiff(report, resolved.config, inputs.baselineRef, session)
    }
    if (controller.signal.aborted) report.infrastructureErrors.push('cancelled')

    const mapPath = pathMapper(workspace, resolved.moduleRoot, resolved.ownFiles)
    const publishStarted = Date.now()
    io.startGroup('abigap: annotations, summary, artifacts')
    if (baseline) report.diff = diffReports(baseline, report)
    const evaluation = evaluateReport(report, inputs.failOn, report.diff ?? null)
    report.verdict = evaluation.verdict
    const reportPath = path.join(outDir, 'report.json')
    writeFileSync(reportPath, JSON.stringify(report, null, 2) + '\n')

    // Annotations: none when the run hit an infrastructure error (nothing is claimed then).
    let overflow: ReturnType<typeof selectAnnotations>['overflow'] = []
    if (evaluation.verdict !== 'error' && inputs.annotations) {
      const only = inputs.failOn === 'regression' && report.diff ? newGapIdentities(report.diff) : null
      const selection = selectAnnotations(report, {
        mapPath,
        ...(only ? { include: (f) => only.has(findingIdentity(f)) } : {}),
      })
      overflow = selection.overflow
      for (const a of selection) {
        io.write(
          workflowCommand(
            a.severity,
            { file: a.file, line: a.line, endLine: a.endLine, col: a.column, endColumn: a.endColumn, title: a.title },
            a.message,
          ) + '\n',
        )
      }
      io.info(
        `abigap: ${selection.length} annotation(s)${overflow.length ? `, ${overflow.length} more listed in the job summary` : ''}`,
      )
    }
    const summary = renderSummary(report, { overflow, verdict: evaluation.verdict, verdictNote: evaluation.reason })
    writeFileSync(path.join(outDir, 'summary.md'), summary)
    await io.appendSummary(summary)

    let sarifPath = ''
    if (inputs.sarifFile) {
      sarifPath = path.resolve(workspace, inputs.sarifFile)
      const sarif = JSON.stringify(toSarif(report, { mapPath }), null, 2) + '\n'
      writeSarifFile(sarifPath, sarif)
      writeFileSync(path.join(outDir, 'report.sarif'), sarif)
    }
    io.setOutput(Outputs.verdict, evaluation.verdict)
    io.setOutput(Outputs.report, reportPath)
    io.setOutput(Outputs.floor, JSON.stringify(floorOutput(report)))
    io.setOutput(Outputs.sarif, sarifPath)
    io.setOutput(Outputs.summary, evaluation.reason)

    if (inputs.uploadArtifacts) {
      const store = deps.artifacts ?? createArtifactStore(env, runnerTemp)
      const name = artifactNameFor(inputs.artifactName, inputs.shard, env.GITHUB_RUN_ATTEMPT)
      try {
        io.info(`abigap: artifacts → ${await store.upload(name, listFiles(outDir), outDir)}`)
      } catch (e) {
        io.write(workflowCommand('warning', { title: 'abigap: artifact upload failed' }, (e as Error).message) + '\n')
      }
    }
    io.endGroup()
    io.info(`abigap: publishing took ${Date.now() - publishStarted} ms`)

    if (evaluation.verdict === 'error') {
      const infra = infrastructureMessages(report)
      io.setFailed(`abigap: infrastructure error, no ABI verdict: ${infra.join('; ') || evaluation.reason}`)
    } else if (evaluation.verdict === 'fail') {
      io.setFailed(`abigap: ${evaluation.reason}`)
    } else {
      io.info(`abigap: ${evaluation.reason}`)
    }
  } catch (e) {
    return fail(io, e, workspace)
  } finally {
    removeSignalHandlers()
  }
}

/** What a user error is about, when its message alone does not say it. */
const USER_CONTEXT: Partial<Record<UserErrorCode, string>> = { baseline: 'baseline-ref: ' }

/**
 * Ends the step for anything thrown, as classifyError says: exactly one `::error::` line for the user's mistake
 * (input, config, missing tool, report file, base ref), an infrastructure fault (no ABI verdict) or a bug (its stack
 * logged first).
 */
function fail(io: ActionIO, e: unknown, workspace: string): void {
  io.setOutput(Outputs.verdict, 'error')
  const c = classifyError(e)
  if (c.error instanceof ConfigError) {
    failOnConfig(io, c.error, workspace)
    return
  }
  io.setFailed(failureLine(io, c))
}

/** The one `::error::` message of a classified error (a bug's stack goes to the log, not into the error line). */
function failureLine(io: ActionIO, c: ClassifiedError): string {
  if (c.kind === 'user') return `abigap: ${(c.code && USER_CONTEXT[c.code]) ?? ''}${c.message}`
  if (c.kind === 'infrastructure') return `abigap: infrastructure error, no ABI verdict: ${c.message}`
  if (c.stack) io.info(c.stack)
  return `abigap: internal error: ${c.message} (please report this)`
}

/** A config mistake: every problem, and an annotation at its line when the config is a file of the repository. */
function failOnConfig(io: ActionIO, e: ConfigError, workspace: string): void {
  const fromInput = e.file === INPUT_ORIGIN.configYaml || e.file === INPUT_ORIGIN.targets
  const real = e.file && !fromInput && existsSync(path.resolve(workspace, e.file)) ? e.file : undefined
  const text = e.problems
    // Inline inputs have no file to point at: name the key (= the input) instead of a line of generated YAML.
    .map((p) =>
      p.file === INPUT_ORIGIN.targets && p.key
        ? `'${p.key}': ${p.message}`
        : `${p.file}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ''}${p.message}`,
    )
    .join('\n')
  io.setFailed(`abigap: invalid matrix config: ${text}`, {
    title: 'abigap: invalid matrix config',
    ...(real ? { file: real, line: e.line, column: e.column } : {}),
  })
}

/** Writes the `sarif-file` input's file (its folders made): a path that cannot be written is the input's mistake. */
function writeSarifFile(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message
    throw new InputError(Inputs.sarifFile, `cannot write ${file}: ${why}`)
  }
}

/** Reads a saved matrix report with a clear message when it is missing or not a report. */
function readReport(file: string, what: string): MatrixReport {
  if (!existsSync(file)) throw new ReportFileError(`${what}: no such file: ${file}`)
  try {
    return parseReportJson(readFileSync(file, 'utf8'), file)
  } catch (e) {
    throw new ReportFileError(`${what}: ${(e as Error).message}`)
  }
}

/** Maps report paths (module-relative, or workspace-relative for the config/workflow files) to repository paths. */
function pathMapper(workspace: string, moduleRoot: string, ownFiles: Set<string>): (file: string) => string | null {
  return (file: string) => {
    if (ownFiles.has(file)) return file
    const abs = path.isAbsolute(file) ? file : path.resolve(moduleRoot, file)
    const rel = path.relative(workspace, abs)
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null
    return rel.split(path.sep).join('/')
  }
}

/** The `floor` output: per variant, the libc it needs ({"cgo-glibc":{"flavor":"glibc","version":"2.34"}}). */
function floorOutput(report: MatrixReport): Record<string, { flavor: string; version: string | null } | null> {
  const out: Record<string, { flavor: string; version: string | null } | null> = {}
  for (const v of report.variants) out[v.name] = report.builds.find((b) => b.variant === v.name)?.floor ?? null
  return out
}

let crashed = false
/** A crash in a library callback still ends in one `::error::` line, never a bare stack trace. */
function installCrashHandlers(io: ActionIO): void {
  const handler = (e: unknown) => {
    if (crashed) return
    crashed = true
    resumeCommands(io)
    io.setFailed(failureLine(io, classifyError(e)))
    process.exit(1)
  }
  process.on('uncaughtException', handler)
  process.on('unhandledRejection', handler)
}
