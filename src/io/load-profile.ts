import { readFileSync, statSync } from 'node:fs'
import { parseProfileJson, ProfileError } from '../knowledge/index.js'
import type { TargetProfile } from '../knowledge/types.js'

const MAX_PROFILE_BYTES = 64 * 1024 * 1024

/** Reads and validates a saved profile JSON file; the result's source is 'file'. Throws ProfileError. */
export function loadProfileFile(path: string): TargetProfile {
  let text: string
  try {
    const st = statSync(path)
    if (!st.isFile()) throw new ProfileError(`${path}: not a regular file`, path)
    if (st.size > MAX_PROFILE_BYTES)
      throw new ProfileError(`${path}: ${st.size} bytes is too large for a profile`, path)
    text = readFileSync(path, 'utf8')
  } catch (e) {
    if (e instanceof ProfileError) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new ProfileError(
      `cannot read profile ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(e))}`,
      path,
    )
  }
  const p = parseProfileJson(text, path)
  const caveats = [...(p.caveats ?? [])]
  if (p.profileVersion === 1)
    caveats.push(
      'profile format 1 records no exported symbols: whether each symbol a binary needs is defined stays unknown (re-create it with abigap profile)',
    )
  return {
    ...p,
    source: 'file',
    provenance: `${path} (saved ${p.source} profile: ${p.provenance})`,
    ...(caveats.length ? { caveats } : {}),
  }
}
