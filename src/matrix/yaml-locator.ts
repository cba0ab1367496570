import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml'
import type { ConfigPosition } from './types.js'

/** A path into the parsed document: mapping keys and sequence indexes. */
export type KeyPath = (string | number)[]

/** Formats a key path as "variants[0].cgo". */
export function formatKeyPath(path: KeyPath): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`
    else out += out ? `.${seg}` : seg
  }
  return out
}

/** Parses an ajv instancePath ("/variants/0/cgo") into a key path. */
export function parsePointer(pointer: string): KeyPath {
  if (!pointer) return []
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}

/** Finds line:column of key paths in a YAML document (1-based). */
export class YamlLocator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    readonly file: string,
  ) {}

  /** Position of a byte offset. */
  at(offset: number): ConfigPosition {
    const { line, col } = this.lines.linePos(offset)
    return { file: this.file, line, column: col }
  }

  /** The node at a path (the value), or null. */
  node(path: KeyPath): Node | null {
    if (path.length === 0) return (this.doc.contents as Node | null) ?? null
    const n = this.doc.getIn(path, true)
    return n && typeof n === 'object' && 'range' in n ? (n as Node) : null
  }

  /** Position of the value at a path; falls back to the nearest ancestor that exists. */
  value(path: KeyPath): ConfigPosition {
    for (let i = path.length; i >= 0; i--) {
      const n = this.node(path.slice(0, i))
      if (n?.range) return this.at(n.range[0])
    }
    return { file: this.file, line: 1, column: 1 }
  }

  /** Position of the key of `key` inside the mapping at `parent` (the value's position when absent). */
  key(parent: KeyPath, key: string): ConfigPosition {
    const map = this.node(parent)
    if (map && isMap(map)) {
      for (const item of map.items) {
        if (isPair(item) && isScalar(item.key) && String(item.key.value) === key && item.key.range) {
          return this.at(item.key.range[0])
        }
      }
    }
    return this.value(parent)
  }

  /** Position of an item of the sequence at `parent`. */
  item(parent: KeyPath, index: number): ConfigPosition {
    const seq = this.node(parent)
    if (seq && isSeq(seq)) {
      const it = seq.items[index] as Node | undefined
      if (it?.range) return this.at(it.range[0])
    }
    return this.value(parent)
  }
}
