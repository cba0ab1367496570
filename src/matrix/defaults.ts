// The matrix config's defaults, in one place: what parseMatrixConfig fills in for a key not written, and the config
// the action builds from its inputs alone (no file).
import type { MatrixAxes, MatrixConfig, TargetSpec } from './types.js'

/** The axes when none are written: cgo off and on, glibc, dynamic. */
export const DEFAULT_AXES: MatrixAxes = { cgo: [false, true], libc: ['glibc'], link: ['dynamic'], arch: null }

/** Every combination of the axes (nocgo, cgo-glibc, cgo-glibc-static, cgo-musl, cgo-musl-static). */
export const ALL_AXES: MatrixAxes = {
  cgo: [false, true],
  libc: ['glibc', 'musl'],
  link: ['dynamic', 'static'],
  arch: null,
}

/** A config with every default and the given package and targets; `file` names it in messages. */
export function defaultMatrixConfig(
  file: string,
  pkg: string,
  targets: TargetSpec[],
  axes: MatrixAxes = DEFAULT_AXES,
): MatrixConfig {
  return {
    file,
    package: pkg.trim(),
    workingDirectory: '.',
    goFlags: [],
    tags: [],
    ldflags: '',
    env: {},
    variants: null,
    axes: { ...axes, cgo: [...axes.cgo], libc: [...axes.libc], link: [...axes.link] },
    builder: 'host',
    builders: {},
    cc: {},
    targets,
    run: { args: [], timeoutMs: 10_000, successExitCodes: [0] },
    docker: { pull: 'missing', mode: 'auto' },
    modules: { download: false },
    build: { timeoutMs: 600_000, concurrency: null },
    positions: {},
  }
}
