// Finds the sources of a binary's Go dependencies in the module cache and indexes them (origins: module@version with
// file:line for a dependency's C).
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { DependencySource } from '../abi/origins.js'
import type { InspectedFile } from '../binary/types.js'
import { indexSource } from './source-index.js'

const MAX_DEPENDENCIES = 200

/** The module cache directory: GOMODCACHE, else the first GOPATH entry's pkg/mod, else ~/go/pkg/mod. */
export function moduleCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GOMODCACHE) return env.GOMODCACHE
  const gopath = (env.GOPATH ?? '').split(path.delimiter).find(Boolean)
  return path.join(gopath ?? path.join(os.homedir(), 'go'), 'pkg', 'mod')
}

/** A module path as the cache spells it on disk: each upper-case letter becomes "!" and its lower case. */
export function escapeModulePath(p: string): string {
  return p.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`)
}

/**
 * Indexes the cached source of each dependency in the binary's build info (replacements followed) that is in the
 * module cache; dependencies not there are left out (their symbols stay unattributed, never guessed).
 */
export async function dependencySources(
  facts: InspectedFile,
  cacheDir = moduleCacheDir(),
): Promise<DependencySource[]> {
  const out: DependencySource[] = []
  for (const d of (facts.go?.deps ?? []).slice(0, MAX_DEPENDENCIES)) {
    const mod = d.replace && d.replace.version ? d.replace : d
    if (!mod.version || mod.version === '(devel)') continue
    const dir = path.join(cacheDir, `${escapeModulePath(mod.path)}@${mod.version}`)
    if (!existsSync(dir)) continue
    try {
      out.push({ module: mod.path, version: mod.version, index: await indexSource(dir) })
    } catch {
      // an unreadable cache entry leaves that dependency unattributed
    }
  }
  return out
}
