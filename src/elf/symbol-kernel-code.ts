// The WebAssembly code of the symbol kernels (see symbol-kernel-layout.ts for the memory they work on), written with the
// small emitter of wasm-asm.ts. symbol-kernel-wasm.ts holds these bytes prebuilt; a unit test keeps the two in step.
import { ZERO_AT } from './symbol-kernel-layout.js'
import { FunctionBuilder, moduleBytes, op } from './wasm-asm.js'

const PREFETCH = 8
const C01 = 0x0101010101010101n
const C80 = 0x8080808080808080n

function jsonBody(): FunctionBuilder {
  const f = new FunctionBuilder(
    ['i', 'n', 'p', 'limit', 'symBase', 'entsize', 'infoAt', 'shndxAt', 'vsBase', 'vsCount', 'strBase', 'strLen'],
    [
      'vidTab',
      'defTab',
      'fragA',
      'fragB',
      'fragC',
      'cls',
      'bind',
      'type',
      'e',
      'nameOff',
      'info',
      'shndx',
      'vid',
      'k',
      'q',
      's',
      'c',
      't',
      'pf',
    ],
    ['w', 'x', 'y'],
  )
  // The table addresses live in the header of the JSON area (at mem[12]): vidTab, defTab, fragA, fragB, cls, fragC.
  f.i32(12).load32().tee('e').load32().set('vidTab')
  f.get('e').load32(4).set('defTab')
  f.get('e').load32(8).set('fragA')
  f.get('e').load32(12).set('fragB')
  f.get('e').load32(16).set('cls')
  f.get('e').load32(20).set('fragC')
  const swar = (c: number): void => {
    // y = w ^ (c repeated); x |= (y - 0x01..) & ~y  (high bit set in bytes of w equal to c, exact for the lowest)
    f.get('w')
      .i64(C01 * BigInt(c))
      .op(op.i64Xor)
      .set('y')
    f.get('x').get('y').i64(C01).op(op.i64Sub).get('y').i64(-1n).op(op.i64Xor, op.i64And, op.i64Or).set('x')
  }
  f.block('exit', () => {
    f.loop('top', () => {
      f.get('i', 'n').op(op.i32GeU).brIf('exit')
      f.get('p', 'limit').op(op.i32GeU).brIf('exit')
      f.get('symBase', 'i', 'entsize').op(op.i32Mul, op.i32Add).set('e')
      f.get('e').load32().set('nameOff')
      // Touch the name of a symbol a few entries ahead: names are scattered over the string table, and an early
      // independent load lets the processor overlap those cache misses.
      f.get('e', 'entsize').i32(PREFETCH).op(op.i32Mul, op.i32Add).get('e')
      f.get('i').i32(PREFETCH).op(op.i32Add).get('n').op(op.i32LtU, op.select).load32().set('c')
      f.get('strBase').get('c').i32(0).get('c', 'strLen').op(op.i32LtU, op.select, op.i32Add).load8()
      f.get('pf').op(op.i32Xor).set('pf')
      f.get('e', 'infoAt').op(op.i32Add).load8().set('info')
      f.get('e', 'shndxAt').op(op.i32Add).load16().set('shndx')
      // vid = vidTab[i < vsCount ? versym[i] : 0]
      f.get('vidTab')
      f.get('vsBase', 'i').i32(1).op(op.i32Shl, op.i32Add)
      f.i32(ZERO_AT).get('i', 'vsCount').op(op.i32LtU, op.select).load16()
      f.i32(1).op(op.i32Shl, op.i32Add).load16().set('vid')
      // k = vid*4 + defined*2 + (defined && nameOff == defTab[vid])
      f.get('shndx').i32(0).op(op.i32Ne).set('t')
      f.get('vid').i32(2).op(op.i32Shl).get('t').i32(1).op(op.i32Shl, op.i32Add)
      f.get('t', 'nameOff').get('defTab', 'vid').i32(2).op(op.i32Shl, op.i32Add).load32()
      f.op(op.i32Eq, op.i32And, op.i32Add).set('k')
      f.get('i')
        .i32(1)
        .op(op.i32GtU)
        .when(() => {
          f.get('p').i32(0x2c).store8()
          f.inc('p')
        })
      f.get('p').i64(0x3a22656d616e227bn).store64() // {"name":
      f.inc('p', 8)
      f.block('bail', () => {
        f.block('named', () => {
          f.get('nameOff', 'strLen').op(op.i32GeU).brIf('bail')
          // readelf shows an unnamed section symbol by its section's name: left to the caller
          f.get('info').i32(15).op(op.i32And).i32(3).op(op.i32Eq).get('nameOff').op(op.i32Eqz, op.i32And).brIf('bail')
          f.get('p').i32(0x22).store8()
          f.get('p').i32(1).op(op.i32Add).set('q')
          f.get('strBase', 'nameOff').op(op.i32Add).set('s')
          f.loop('word', () => {
            // Eight bytes at a time while none is NUL, a control character, '"', '\\' or non-ASCII.
            f.get('s').load64().set('w')
            f.get('w')
              .i64(C01 * 0x20n)
              .op(op.i64Sub)
              .get('w')
              .i64(-1n)
              .op(op.i64Xor, op.i64And)
              .set('x')
            swar(0x22)
            swar(0x5c)
            f.get('x', 'w').op(op.i64Or).i64(C80).op(op.i64And).set('x')
            f.get('q', 'w').store64()
            f.get('x')
              .op(op.i64Eqz)
              .when(() => {
                f.inc('q', 8)
                f.inc('s', 8)
                f.br('word')
              })
            f.get('x').op(op.i64Ctz, op.i32WrapI64).i32(3).op(op.i32ShrU).set('t')
            f.get('q', 't').op(op.i32Add).set('q')
            f.get('s', 't').op(op.i32Add).set('s')
            f.get('s').load8().set('c')
            f.get('cls', 'c').op(op.i32Add).load8().set('t')
            f.get('t').i32(1).op(op.i32Eq).brIf('named')
            f.get('t').i32(3).op(op.i32LtU).brIf('bail')
            // A UTF-8 lead byte: t - 2 continuation bytes, the first within [lo[c], hi[c]], the others 80..BF.
            f.get('s').load8(1).set('e')
            f.get('e').get('cls', 'c').op(op.i32Add).load8(256).op(op.i32LtU).brIf('bail')
            f.get('e').get('cls', 'c').op(op.i32Add).load8(512).op(op.i32GtU).brIf('bail')
            f.get('q', 'c').store8()
            f.get('q', 'e').store8(1)
            f.inc('q', 2)
            f.inc('s', 2)
            f.get('t').i32(3).op(op.i32Sub).set('t')
            f.loop('cont', () => {
              f.get('t').op(op.i32Eqz).brIf('word')
              f.get('s').load8().tee('e').i32(0xc0).op(op.i32And).i32(0x80).op(op.i32Ne).brIf('bail')
              f.get('q', 'e').store8()
              f.inc('q')
              f.inc('s')
              f.get('t').i32(1).op(op.i32Sub).set('t')
              f.br('cont')
            })
          })
        })
        // Names over 65536 bytes may be cut by the string table: left to the caller.
        f.get('q', 'p').op(op.i32Sub).i32(65537).op(op.i32GtU).brIf('bail')
        f.get('q').i32(0x22).store8()
        f.get('q').i32(1).op(op.i32Add).set('p')
        f.get('info').i32(4).op(op.i32ShrU).set('bind')
        f.get('info').i32(15).op(op.i32And).set('type')
        for (const [tab, idx] of [
          ['fragA', 'k'],
          ['fragB', 'bind'],
          ['fragC', 'type'],
        ]) {
          f.get(tab, idx).i32(3).op(op.i32Shl, op.i32Add).set('e')
          f.get('p').get('e').load32().get('e').load32(4).copy()
          f.get('p').get('e').load32(4).op(op.i32Add).set('p')
        }
        f.inc('i')
        f.br('top')
      })
      // bail: p is just after {"name": ; the caller writes this symbol and resumes at i + 1
      f.i32(0).get('p').store32()
      f.i32(4).i32(1).store32()
      f.get('i').op(op.ret)
    })
  })
  f.i32(0).get('p').store32()
  f.i32(4).i32(0).store32()
  f.i32(8).get('pf').store32()
  f.get('i')
  return f
}

function badNamesBody(): FunctionBuilder {
  const f = new FunctionBuilder(['symBase', 'entsize', 'n', 'strLen'], ['i', 'bad'], [])
  f.i32(1).set('i')
  f.block('exit', () => {
    f.loop('top', () => {
      f.get('i', 'n').op(op.i32GeU).brIf('exit')
      f.get('bad').get('symBase', 'i', 'entsize').op(op.i32Mul, op.i32Add).load32().get('strLen').op(op.i32GeU)
      f.op(op.i32Add).set('bad')
      f.inc('i')
      f.br('top')
    })
  })
  f.get('bad')
  return f
}

/** Indices of undefined symbols whose .gnu.version value is flagged in `flags` (65536 bytes), up to `max` of them. */
function undefinedBody(): FunctionBuilder {
  const f = new FunctionBuilder(
    ['i', 'n', 'symBase', 'entsize', 'shndxAt', 'vsBase', 'vsCount', 'flags', 'out', 'max'],
    ['found', 'v'],
    [],
  )
  f.block('exit', () => {
    f.loop('top', () => {
      f.get('i', 'n').op(op.i32GeU).brIf('exit')
      f.get('i', 'vsCount').op(op.i32GeU).brIf('exit')
      f.get('found', 'max').op(op.i32GeU).brIf('exit')
      f.block('next', () => {
        f.get('vsBase', 'i').i32(1).op(op.i32Shl, op.i32Add).load16().tee('v').op(op.i32Eqz).brIf('next')
        f.get('flags', 'v').op(op.i32Add).load8().op(op.i32Eqz).brIf('next')
        f.get('symBase', 'i', 'entsize').op(op.i32Mul, op.i32Add).get('shndxAt').op(op.i32Add).load16().brIf('next')
        f.get('out', 'found').i32(2).op(op.i32Shl, op.i32Add).get('i').store32()
        f.inc('found')
      })
      f.inc('i')
      f.br('top')
    })
  })
  f.i32(8).get('i').store32()
  f.get('found')
  return f
}

/** Reads one byte per cache line of [from, to) (brings a table into the caches ahead of random access). */
function touchBody(): FunctionBuilder {
  const f = new FunctionBuilder(['from', 'to'], ['x'], [])
  f.block('exit', () => {
    f.loop('top', () => {
      f.get('from', 'to').op(op.i32GeU).brIf('exit')
      f.get('x').get('from').load8().op(op.i32Xor).set('x')
      f.inc('from', 64)
      f.br('top')
    })
  })
  f.get('x')
  return f
}

/** The kernel module as the emitter builds it (the source of truth for KERNEL_WASM, which a unit test checks). */
export function kernelModuleBytes(): Uint8Array {
  return moduleBytes([
    { name: 'json', params: 12, body: jsonBody() },
    { name: 'bad', params: 4, body: badNamesBody() },
    { name: 'undef', params: 10, body: undefinedBody() },
    { name: 'touch', params: 2, body: touchBody() },
  ])
}
