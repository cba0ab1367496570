// CommonJS globals some bundled dependencies still read (ssh2's crypto code, via dockerode, reads __dirname at load).
// In an ESM bundle they do not exist; defining them on globalThis before Docker code loads keeps those reads working.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const g = globalThis as { __dirname?: string; __filename?: string }
g.__filename ??= fileURLToPath(import.meta.url)
g.__dirname ??= path.dirname(g.__filename)

/** True once the CommonJS globals are defined (import this module for its effect). */
export const nodeGlobalsReady = true
