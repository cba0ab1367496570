import { pendingSymbolTable } from './analyse.js'
import { writeDynamicSymbolsJson } from './symbol-table.js'
import type { InspectedFile } from './types.js'

const PLACEHOLDER = '\u0000abigap:dynamicSymbols\u0000'
const MARK = `"dynamicSymbols":${JSON.stringify(PLACEHOLDER)}`
const enc = new TextEncoder()

/**
 * Writes the `abigap inspect --json` document (schemaVersion 1) to `sink` in order: JSON.stringify({ schemaVersion:
 * 1, files }) plus a newline, byte for byte; undecoded symbol tables are streamed from raw bytes. A chunk is only
 * valid during the call (its memory may be reused for the next one).
 */
export function writeInspectDocument(files: InspectedFile[], sink: (chunk: Uint8Array) => void): void {
  let text = '{"schemaVersion":1,"files":['
  files.forEach((file, i) => {
    if (i > 0) text += ','
    const table = pendingSymbolTable(file)
    if (table === null) {
      text += JSON.stringify(file)
      return
    }
    const copy: Record<string, unknown> = {}
    for (const k of Object.keys(file)) copy[k] = k === 'dynamicSymbols' ? PLACEHOLDER : file[k as keyof InspectedFile]
    const json = JSON.stringify(copy)
    const at = json.indexOf(MARK)
    const key = '"dynamicSymbols":'
    sink(enc.encode(text + json.slice(0, at + key.length)))
    writeDynamicSymbolsJson(table, sink)
    text = json.slice(at + MARK.length)
  })
  sink(enc.encode(text + ']}\n'))
}

/** The `abigap inspect --json` document (see writeInspectDocument) as chunks to write in order. */
export function inspectDocument(files: InspectedFile[]): (string | Uint8Array)[] {
  const chunks: Uint8Array[] = []
  writeInspectDocument(files, (chunk) => chunks.push(chunk.slice()))
  return chunks
}
