import { pendingSymbolTable } from './analyse.js'
import { dynamicSymbolsJson } from './symbol-table.js'
import type { InspectedFile } from './types.js'

const PLACEHOLDER = '\u0000abigap:dynamicSymbols\u0000'
const MARK = `"dynamicSymbols":${JSON.stringify(PLACEHOLDER)}`

/**
 * The `abigap inspect --json` document (schemaVersion 1) as chunks to write in order. Equal to
 * JSON.stringify({ schemaVersion: 1, files }) plus a newline; undecoded symbol tables are streamed from raw bytes.
 */
export function inspectDocument(files: InspectedFile[]): (string | Uint8Array)[] {
  const chunks: (string | Uint8Array)[] = ['{"schemaVersion":1,"files":[']
  files.forEach((file, i) => {
    if (i > 0) chunks.push(',')
    const table = pendingSymbolTable(file)
    if (table === null) {
      chunks.push(JSON.stringify(file))
      return
    }
    const copy: Record<string, unknown> = {}
    for (const k of Object.keys(file)) copy[k] = k === 'dynamicSymbols' ? PLACEHOLDER : file[k as keyof InspectedFile]
    const text = JSON.stringify(copy)
    const at = text.indexOf(MARK)
    const key = '"dynamicSymbols":'
    chunks.push(text.slice(0, at + key.length), dynamicSymbolsJson(table), text.slice(at + MARK.length))
  })
  chunks.push(']}\n')
  return chunks
}
