/** The part of the WebAssembly API the kernels use (the project's type libraries do not declare it). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer
  grow(pages: number): number
}
/** A compiled module (opaque). */
export interface WasmModule {
  readonly kind?: 'module'
}
/** WebAssembly's constructors. */
export interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule
  Instance: new (mod: WasmModule, imports: object) => { exports: unknown }
  Memory: new (d: { initial: number }) => WasmMemory
}

/** The global WebAssembly object, or null where there is none. */
export function wasmApi(): WasmApi | null {
  return (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly ?? null
}

const PAGE = 65536
/** Bytes at the start of an arena kept for kernel results (and zero words the kernels may read). */
export const ARENA_RESERVED = 64
/** Zero bytes kept after every allocation: a terminator for an unterminated last string, room for 8-byte reads. */
export const ARENA_PAD = 16
const MAX_ARENA = 2 ** 31

const arenas = new WeakMap<ArrayBuffer, WasmArena>()

/**
 * A bump allocator over one WebAssembly memory of fixed size (never grown, so views stay valid). Large tables read
 * into it can be handed to the symbol kernels without a copy; untouched pages cost nothing.
 */
export class WasmArena {
  readonly memory: WasmMemory
  private next = ARENA_RESERVED

  private constructor(memory: WasmMemory) {
    this.memory = memory
  }

  /** An arena of about `bytes` bytes, or null where WebAssembly or that much memory is not available. */
  static create(bytes: number): WasmArena | null {
    const api = wasmApi()
    if (api === null || !(bytes > 0) || bytes > MAX_ARENA) return null
    try {
      const arena = new WasmArena(new api.Memory({ initial: Math.ceil(bytes / PAGE) }))
      arenas.set(arena.memory.buffer, arena)
      return arena
    } catch {
      return null
    }
  }

  /** Bytes left to allocate. */
  get free(): number {
    return this.memory.buffer.byteLength - this.next
  }

  /** `length` zero-filled bytes (8-aligned, followed by ARENA_PAD zero bytes), or null when the arena is full. */
  alloc(length: number): Uint8Array | null {
    const at = this.next
    const end = (at + length + ARENA_PAD + 7) & ~7
    if (!(length >= 0) || end > this.memory.buffer.byteLength) return null
    this.next = end
    return new Uint8Array(this.memory.buffer, at, length)
  }
}

/** The arena `bytes` lives in, if any. */
export function arenaOf(bytes: Uint8Array): WasmArena | null {
  return arenas.get(bytes.buffer as ArrayBuffer) ?? null
}
