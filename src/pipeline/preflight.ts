import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigError } from '../matrix/config-error.js'
import type { MatrixConfig } from '../matrix/types.js'

function problem(config: MatrixConfig, key: string, message: string): ConfigError {
  const pos = config.positions[key]
  return new ConfigError([{ file: config.file, key, line: pos?.line ?? 1, column: pos?.column ?? 1, message }])
}

/** Resolves the module root and checks that the package exists; a mistake is a ConfigError at the key's line. */
export function resolveModule(config: MatrixConfig, cwd: string): { moduleRoot: string; goMod: string } {
  const moduleRoot = path.resolve(cwd, config.workingDirectory)
  if (!existsSync(moduleRoot) || !statSync(moduleRoot).isDirectory()) {
    throw problem(config, 'working-directory', `no such directory: ${config.workingDirectory}`)
  }
  let dir = moduleRoot
  let goMod: string | null = null
  for (;;) {
    if (existsSync(path.join(dir, 'go.mod'))) {
      goMod = path.join(dir, 'go.mod')
      break
    }
    const up = path.dirname(dir)
    if (up === dir) break
    dir = up
  }
  if (!goMod) {
    throw problem(
      config,
      config.positions['working-directory'] ? 'working-directory' : 'package',
      `no go.mod in ${config.workingDirectory} or above: abigap builds Go modules (run 'go mod init')`,
    )
  }
  const pkg = config.package
  if (pkg.endsWith('/...') || pkg === '...' || /\s/.test(pkg)) {
    throw problem(config, 'package', `package must name one main package (e.g. ./cmd/server), not '${pkg}'`)
  }
  if (pkg === '.' || pkg.startsWith('./') || pkg.startsWith('../')) {
    const pkgDir = path.resolve(moduleRoot, pkg)
    if (!existsSync(pkgDir) || !statSync(pkgDir).isDirectory()) {
      throw problem(config, 'package', `package ${pkg} not found: no directory ${path.relative(cwd, pkgDir) || '.'}`)
    }
    if (!hasGoFiles(pkgDir)) {
      throw problem(config, 'package', `package ${pkg} has no .go files`)
    }
  }
  return { moduleRoot, goMod }
}

function hasGoFiles(dir: string): boolean {
  try {
    return readdirSync(dir).some((f) => f.endsWith('.go'))
  } catch {
    return false
  }
}
