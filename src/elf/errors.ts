import type { ElfErrorInfo } from './types.js'

/** Error codes the ELF and Go build-info parsers report. */
export type ElfErrorCode =
  | 'NOT_ELF'
  | 'TRUNCATED'
  | 'BAD_CLASS'
  | 'BAD_DATA'
  | 'BAD_VERSION'
  | 'BAD_HEADER'
  | 'BAD_TABLE'
  | 'BAD_OFFSET'
  | 'BAD_DYNAMIC'
  | 'BAD_SYMTAB'
  | 'BAD_STRTAB'
  | 'BAD_VERSION_CHAIN'
  | 'BAD_NOTE'
  | 'BAD_BUILDINFO'
  | 'UNMAPPED_ADDRESS'
  | 'BUDGET_EXCEEDED'
  | 'IO_ERROR'
  | 'NOT_FOUND'
  | 'NOT_REGULAR'
  | 'TOO_LARGE'
  | 'INTERNAL'

/** A typed parse error carrying the byte offset (in the file) where it happened. */
export class ElfError extends Error {
  /** Machine-readable code, e.g. TRUNCATED. */
  readonly code: ElfErrorCode
  /** File offset of the offending bytes, or null when not tied to one. */
  readonly offset: number | null

  constructor(code: ElfErrorCode, message: string, offset: number | null = null) {
    super(message)
    this.name = 'ElfError'
    this.code = code
    this.offset = offset !== null && Number.isFinite(offset) ? offset : null
  }

  /** The JSON-shaped form used in InspectedFile.error. */
  toInfo(): ElfErrorInfo {
    return { code: this.code, message: this.message, offset: this.offset }
  }
}

/** Converts anything thrown into an ElfErrorInfo (unexpected exceptions become INTERNAL). */
export function errorInfo(err: unknown): ElfErrorInfo {
  if (err instanceof ElfError) return err.toInfo()
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err)
  return { code: 'INTERNAL', message, offset: null }
}
