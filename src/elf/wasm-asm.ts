/** A minimal WebAssembly binary emitter: one module, i32/i64 locals, structured control flow with named labels. */

/** Unsigned LEB128. */
function uleb(n: number): number[] {
  const out: number[] = []
  do {
    let b = n & 0x7f
    n >>>= 7
    if (n !== 0) b |= 0x80
    out.push(b)
  } while (n !== 0)
  return out
}

/** Signed LEB128 of a 64-bit value. */
function sleb(v: bigint): number[] {
  const out: number[] = []
  for (;;) {
    const b = Number(v & 0x7fn)
    v >>= 7n
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) {
      out.push(b)
      return out
    }
    out.push(b | 0x80)
  }
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()]
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body]
const name = (s: string): number[] => vec([...s].map((c) => [c.charCodeAt(0)]))

/** Opcodes used by the kernels (numeric instructions take their operands from the stack). */
export const op = {
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Mul: 0x6c,
  i32And: 0x71,
  i32Or: 0x72,
  i32Xor: 0x73,
  i32Shl: 0x74,
  i32ShrU: 0x76,
  i32Eqz: 0x45,
  i32Eq: 0x46,
  i32Ne: 0x47,
  i32LtU: 0x49,
  i32GtU: 0x4b,
  i32LeU: 0x4d,
  i32GeU: 0x4f,
  i64Eqz: 0x50,
  i64Ctz: 0x7a,
  i64Sub: 0x7d,
  i64And: 0x83,
  i64Or: 0x84,
  i64Xor: 0x85,
  i32WrapI64: 0xa7,
  select: 0x1b,
  ret: 0x0f,
} as const

/** Builds one function body; locals are named, labels resolve to branch depths. */
export class FunctionBuilder {
  readonly code: number[] = []
  private readonly locals = new Map<string, number>()
  private readonly labels: (string | null)[] = []
  readonly i32Locals: number
  readonly i64Locals: number

  constructor(params: string[], i32Locals: string[], i64Locals: string[]) {
    for (const p of [...params, ...i32Locals, ...i64Locals]) this.locals.set(p, this.locals.size)
    this.i32Locals = i32Locals.length
    this.i64Locals = i64Locals.length
  }

  private index(l: string): number {
    const i = this.locals.get(l)
    if (i === undefined) throw new Error(`wasm: unknown local ${l}`)
    return i
  }

  /** Raw opcodes. */
  op(...codes: number[]): this {
    this.code.push(...codes)
    return this
  }
  /** local.get of each named local, in order. */
  get(...ls: string[]): this {
    for (const l of ls) this.code.push(0x20, ...uleb(this.index(l)))
    return this
  }
  /** local.set. */
  set(l: string): this {
    this.code.push(0x21, ...uleb(this.index(l)))
    return this
  }
  /** local.tee. */
  tee(l: string): this {
    this.code.push(0x22, ...uleb(this.index(l)))
    return this
  }
  /** i32.const. */
  i32(n: number): this {
    this.code.push(0x41, ...sleb(BigInt(n | 0)))
    return this
  }
  /** i64.const. */
  i64(n: bigint): this {
    this.code.push(0x42, ...sleb(BigInt.asIntN(64, n)))
    return this
  }
  /** local = local + n. */
  inc(l: string, n = 1): this {
    return this.get(l).i32(n).op(op.i32Add).set(l)
  }
  load8(offset = 0): this {
    this.code.push(0x2d, 0, ...uleb(offset))
    return this
  }
  load16(offset = 0): this {
    this.code.push(0x2f, 0, ...uleb(offset))
    return this
  }
  load32(offset = 0): this {
    this.code.push(0x28, 0, ...uleb(offset))
    return this
  }
  load64(offset = 0): this {
    this.code.push(0x29, 0, ...uleb(offset))
    return this
  }
  store8(offset = 0): this {
    this.code.push(0x3a, 0, ...uleb(offset))
    return this
  }
  store32(offset = 0): this {
    this.code.push(0x36, 0, ...uleb(offset))
    return this
  }
  store64(offset = 0): this {
    this.code.push(0x37, 0, ...uleb(offset))
    return this
  }
  /** memory.copy (dst, src, len on the stack). */
  copy(): this {
    this.code.push(0xfc, 10, 0, 0)
    return this
  }
  private nest(kind: number, label: string | null, body: () => void): this {
    this.code.push(kind, 0x40)
    this.labels.push(label)
    body()
    this.labels.pop()
    this.code.push(0x0b)
    return this
  }
  /** block (a forward branch target). */
  block(label: string, body: () => void): this {
    return this.nest(0x02, label, body)
  }
  /** loop (a backward branch target). */
  loop(label: string, body: () => void): this {
    return this.nest(0x03, label, body)
  }
  /** if (condition on the stack), no else. */
  when(body: () => void): this {
    return this.nest(0x04, null, body)
  }
  private depth(label: string): number {
    const i = this.labels.lastIndexOf(label)
    if (i < 0) throw new Error(`wasm: unknown label ${label}`)
    return this.labels.length - 1 - i
  }
  br(label: string): this {
    this.code.push(0x0c, ...uleb(this.depth(label)))
    return this
  }
  brIf(label: string): this {
    this.code.push(0x0d, ...uleb(this.depth(label)))
    return this
  }
}

/** A function to export: its name, parameter count (all i32), one i32 result, and its body. */
export interface ExportedFunction {
  name: string
  params: number
  body: FunctionBuilder
}

/** The bytes of a module importing memory `m.mem` and exporting `fns`. */
export function moduleBytes(fns: ExportedFunction[]): Uint8Array {
  const I32 = 0x7f
  const I64 = 0x7e
  const types = section(1, vec(fns.map((f) => [0x60, ...vec(Array.from({ length: f.params }, () => [I32])), 1, I32])))
  const imports = section(2, vec([[...name('m'), ...name('mem'), 0x02, 0x00, 0x00]]))
  const funcs = section(3, vec(fns.map((_, i) => uleb(i))))
  const exports = section(7, vec(fns.map((f, i) => [...name(f.name), 0x00, ...uleb(i)])))
  const bodies = fns.map((f) => {
    const b = f.body
    const locals = vec([
      [...uleb(b.i32Locals), I32],
      [...uleb(b.i64Locals), I64],
    ])
    const code = [...locals, ...b.code, 0x0b]
    return [...uleb(code.length), ...code]
  })
  const code = section(10, vec(bodies))
  return new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...types,
    ...imports,
    ...funcs,
    ...exports,
    ...code,
  ])
}
