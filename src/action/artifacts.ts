// Artifacts: @actions/artifact when the runner gives a runtime token, otherwise a local directory (said in the log).
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Where artifacts go. */
export interface ArtifactStore {
  readonly kind: 'github' | 'directory'
  /** Uploads files (absolute paths under root); returns a description of where they went. */
  upload(name: string, files: string[], root: string): Promise<string>
}

/** The unique artifact name for this run and shard (GitHub rejects duplicates within a run). */
export function artifactNameFor(
  base: string,
  shard: { index: number; count: number } | null,
  attempt: string | undefined,
): string {
  const parts = [base]
  if (shard) parts.push(`shard-${shard.index}-of-${shard.count}`)
  if (attempt && attempt !== '1') parts.push(`attempt-${attempt}`)
  return parts.join('-')
}

/** The GitHub artifact service when ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are set, else a directory under RUNNER_TEMP. */
export function createArtifactStore(env: Record<string, string | undefined>, runnerTemp: string): ArtifactStore {
  if (env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL) {
    return {
      kind: 'github',
      async upload(name, files, root) {
        const { DefaultArtifactClient } = await import('@actions/artifact')
        const res = await new DefaultArtifactClient().uploadArtifact(name, files, root, { retentionDays: 14 })
        return `artifact '${name}' (id ${res.id ?? '?'}, ${res.size ?? '?'} bytes)`
      },
    }
  }
  const dir = path.join(runnerTemp, 'abigap-artifacts')
  return {
    kind: 'directory',
    async upload(name, files, root) {
      const dest = path.join(dir, name)
      for (const f of files) {
        const to = path.join(dest, path.relative(root, f))
        mkdirSync(path.dirname(to), { recursive: true })
        copyFileSync(f, to)
      }
      return `directory ${dest} (no ACTIONS_RUNTIME_TOKEN: not running under GitHub Actions, artifacts kept locally)`
    },
  }
}

/** Every regular file under dir (recursive). */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...listFiles(p))
    else if (e.isFile() && statSync(p).size > 0) out.push(p)
  }
  return out.sort()
}
