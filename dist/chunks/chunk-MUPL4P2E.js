import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)

// src/elf/errors.ts
var ElfError = class extends Error {
  /** Machine-readable code, e.g. TRUNCATED. */
  code;
  /** File offset of the offending bytes, or null when not tied to one. */
  offset;
  constructor(code, message, offset = null) {
    super(message);
    this.name = "ElfError";
    this.code = code;
    this.offset = offset !== null && Number.isFinite(offset) ? offset : null;
  }
  /** The JSON-shaped form used in InspectedFile.error. */
  toInfo() {
    return { code: this.code, message: this.message, offset: this.offset };
  }
};
function errorInfo(err) {
  if (err instanceof ElfError) return err.toInfo();
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return { code: "INTERNAL", message, offset: null };
}

// src/elf/budget.ts
var DEFAULT_BUDGET = 5e7;
var Budget = class {
  left;
  constructor(units = DEFAULT_BUDGET) {
    this.left = units;
  }
  /** Charges `units` of work; throws ElfError('BUDGET_EXCEEDED') when the budget runs out. */
  spend(units, offset = null) {
    this.left -= units;
    if (!(this.left >= 0))
      throw new ElfError("BUDGET_EXCEEDED", "work budget exceeded (hostile or absurd tables)", offset);
  }
};

// src/elf/strings.ts
var MAX_STRING = 65536;
var utf8 = new TextDecoder("utf-8", { fatal: false });
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
var StringTable = class {
  bytes;
  whole;
  /** Byte positions of multi-byte sequence leads, and how many bytes were absorbed up to and including each. */
  leads = null;
  absorbed = null;
  cache = null;
  lookups = 0;
  safe;
  constructor(bytes) {
    this.bytes = bytes;
  }
  /** Size in bytes. */
  get size() {
    return this.bytes.length;
  }
  /** The NUL-terminated string at `offset` (running to the end of the table if unterminated), or null if out of range. */
  get(offset) {
    const b = this.bytes;
    if (!(offset >= 0 && offset < b.length)) return null;
    if (this.whole === void 0) {
      if (++this.lookups < 256) return this.slow(offset);
      this.prepare();
    }
    const whole = this.whole;
    if (whole != null) {
      let start = offset;
      const leads = this.leads;
      if (leads !== null) {
        if (b[offset] >= 128 && b[offset] < 192) return this.slow(offset);
        let lo = 0;
        let hi = leads.length;
        while (lo < hi) {
          const mid = lo + hi >>> 1;
          if (leads[mid] < offset) lo = mid + 1;
          else hi = mid;
        }
        if (lo > 0) start = offset - this.absorbed[lo - 1];
      }
      let end = whole.indexOf("\0", start);
      if (end < 0) end = whole.length;
      if (end - start > MAX_STRING) end = start + MAX_STRING;
      return whole.substring(start, end);
    }
    return this.slow(offset);
  }
  /**
   * True when every string of the table can be copied into JSON as raw bytes: valid UTF-8 without quotes,
   * backslashes or control characters (decodes the whole table once).
   */
  jsonSafe() {
    if (this.safe === void 0) {
      if (this.whole === void 0) this.prepare();
      this.safe = this.whole != null && !/["\\\x01-\x1f]/.test(this.whole);
    }
    return this.safe;
  }
  /** Decodes the one string at `offset` (non-fatal UTF-8, cached); offset must be in range. */
  slow(offset) {
    const b = this.bytes;
    const cache = this.cache ??= /* @__PURE__ */ new Map();
    const hit = cache.get(offset);
    if (hit !== void 0) return hit;
    let end = b.indexOf(0, offset);
    if (end < 0) end = b.length;
    if (end - offset > MAX_STRING) end = offset + MAX_STRING;
    const s = utf8.decode(b.subarray(offset, end));
    cache.set(offset, s);
    return s;
  }
  prepare() {
    const b = this.bytes;
    let s;
    try {
      s = strictUtf8.decode(b);
    } catch {
      this.whole = null;
      return;
    }
    this.whole = s;
    if (s.length === b.length) return;
    const leads = [];
    const absorbed = [];
    let total = 0;
    const re = /[^\x00-\x7f]/g;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      const ci = m.index;
      const c = s.charCodeAt(ci);
      leads.push(ci + total);
      if (c < 2048) total += 1;
      else if (c >= 55296 && c < 56320) {
        total += 2;
        re.lastIndex = ci + 2;
      } else total += 2;
      absorbed.push(total);
    }
    this.leads = Int32Array.from(leads);
    this.absorbed = Int32Array.from(absorbed);
  }
};

// src/elf/view.ts
var TWO32 = 4294967296;
var View = class {
  bytes;
  little;
  /** File offset of bytes[0] (for error offsets). */
  base;
  dv;
  constructor(bytes, little, base) {
    this.bytes = bytes;
    this.little = little;
    this.base = base;
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  /** Number of bytes in the view. */
  get length() {
    return this.bytes.length;
  }
  /** Throws TRUNCATED unless [at, at+len) lies inside the view. */
  need(at, len, what) {
    if (!(at >= 0 && len >= 0 && at + len <= this.bytes.length)) {
      throw new ElfError("TRUNCATED", `${what} at ${this.base + at} runs past the end of its table`, this.base + at);
    }
  }
  /** Unsigned byte. */
  u8(at) {
    return this.dv.getUint8(at);
  }
  /** Unsigned 16-bit in the file's byte order. */
  u16(at) {
    return this.dv.getUint16(at, this.little);
  }
  /** Unsigned 32-bit in the file's byte order. */
  u32(at) {
    return this.dv.getUint32(at, this.little);
  }
  /** Unsigned 64-bit as an exact number, or Infinity when ≥ 2^53. */
  u64(at) {
    const a = this.dv.getUint32(at, this.little);
    const b = this.dv.getUint32(at + 4, this.little);
    const hi = this.little ? b : a;
    const lo = this.little ? a : b;
    if (hi >= 2097152) return Infinity;
    return hi * TWO32 + lo;
  }
  /** A word of the file's class: u32 for ELF32, u64 for ELF64. */
  word(at, is64) {
    return is64 ? this.u64(at) : this.u32(at);
  }
};
function readView(src, offset, length, little, what) {
  if (!(offset >= 0 && length >= 0 && offset + length <= src.size)) {
    throw new ElfError(
      "TRUNCATED",
      `${what} (${fmt(length)} bytes at offset ${fmt(offset)}) lies outside the ${src.size}-byte file`,
      Number.isFinite(offset) ? offset : null
    );
  }
  return new View(src.read(offset, length), little, offset);
}
function fmt(n) {
  return Number.isFinite(n) ? String(n) : ">= 2^53";
}

// src/elf/layout.ts
var PT_LOAD = 1;
var PT_DYNAMIC = 2;
var PT_INTERP = 3;
var PT_NOTE = 4;
var SHT_SYMTAB = 2;
var SHT_STRTAB = 3;
var SHT_DYNAMIC = 6;
var SHT_NOTE = 7;
var SHT_NOBITS = 8;
var SHT_DYNSYM = 11;
var SHT_GNU_VERDEF = 1879048189;
var SHT_GNU_VERNEED = 1879048190;
var SHT_GNU_VERSYM = 1879048191;
var MAX_SHSTRTAB = 1 << 20;
function readLayout(src, budget) {
  if (src.size < 16) throw new ElfError("NOT_ELF", `not an ELF file (${src.size} bytes, too short)`, 0);
  const ident = src.read(0, 16);
  if (ident[0] !== 127 || ident[1] !== 69 || ident[2] !== 76 || ident[3] !== 70) {
    throw new ElfError("NOT_ELF", "not an ELF file (bad magic)", 0);
  }
  const cls = ident[4];
  if (cls !== 1 && cls !== 2) throw new ElfError("BAD_CLASS", `invalid ELF class ${cls}`, 4);
  const data = ident[5];
  if (data !== 1 && data !== 2) throw new ElfError("BAD_DATA", `invalid ELF data encoding ${data}`, 5);
  if (ident[6] !== 1) throw new ElfError("BAD_VERSION", `unsupported ELF ident version ${ident[6]}`, 6);
  const is64 = cls === 2;
  const little = data === 1;
  const ehsize = is64 ? 64 : 52;
  if (src.size < ehsize) {
    throw new ElfError("TRUNCATED", `file of ${src.size} bytes is shorter than the ${ehsize}-byte ELF header`, 0);
  }
  const h = readView(src, 0, ehsize, little, "ELF header");
  const type = h.u16(16);
  const machine = h.u16(18);
  const version = h.u32(20);
  if (version !== 1) throw new ElfError("BAD_VERSION", `unsupported e_version ${version}`, 20);
  const entry = h.word(24, is64);
  const phoff = is64 ? h.u64(32) : h.u32(28);
  const shoff = is64 ? h.u64(40) : h.u32(32);
  const o = is64 ? 52 : 40;
  const phentsize = h.u16(o + 2);
  let phnum = h.u16(o + 4);
  const shentsize = h.u16(o + 6);
  let shnum = h.u16(o + 8);
  let shstrndx = h.u16(o + 10);
  const layout = {
    src,
    is64,
    little,
    osabi: ident[7],
    type,
    machine,
    entry,
    phdrs: [],
    sections: [],
    warnings: [],
    tableError: null
  };
  const fail = (e) => {
    if (!(e instanceof ElfError)) throw e;
    if (layout.tableError === null) layout.tableError = e;
    else layout.warnings.push(`${e.code}: ${e.message}`);
  };
  const shdrSize = is64 ? 64 : 40;
  let sec0 = null;
  if (shoff !== 0) {
    try {
      if (shentsize < shdrSize) {
        throw new ElfError(
          "BAD_HEADER",
          `e_shentsize ${shentsize} is smaller than a section header (${shdrSize})`,
          o + 6
        );
      }
      sec0 = parseSection(readView(src, shoff, shdrSize, little, "section header 0"), 0, is64);
      if (shnum === 0) shnum = sec0.size;
      if (shstrndx === 65535) shstrndx = sec0.link;
      if (phnum === 65535) phnum = sec0.info;
    } catch (e) {
      fail(e);
      shnum = 0;
    }
  } else if (shnum !== 0) {
    layout.warnings.push(`e_shoff is 0 but e_shnum is ${shnum}: ignoring section headers`);
    shnum = 0;
  }
  if (phnum > 0) {
    try {
      const phdrSize = is64 ? 56 : 32;
      if (phentsize < phdrSize) {
        throw new ElfError(
          "BAD_HEADER",
          `e_phentsize ${phentsize} is smaller than a program header (${phdrSize})`,
          o + 2
        );
      }
      const v = readTable(src, phoff, phnum, phentsize, little, "program header table");
      budget.spend(phnum, phoff);
      for (let i = 0; i < phnum; i++) layout.phdrs.push(parseProgram(v, i * phentsize, is64));
    } catch (e) {
      fail(e);
    }
  }
  if (shnum > 0 && sec0 !== null) {
    try {
      const v = readTable(src, shoff, shnum, shentsize, little, "section header table");
      budget.spend(shnum, shoff);
      const secs = [];
      for (let i = 0; i < shnum; i++) secs.push(parseSection(v, i * shentsize, is64, i));
      layout.sections = secs;
      nameSections(layout, shstrndx);
    } catch (e) {
      fail(e);
    }
  }
  return layout;
}
function readTable(src, off, num, entsize, little, what) {
  const total = num * entsize;
  if (!(off >= 0 && off < src.size && total <= src.size - off)) {
    throw new ElfError(
      "TRUNCATED",
      `${what} (${num} \xD7 ${entsize} bytes at offset ${Number.isFinite(off) ? off : ">= 2^53"}) lies outside the ${src.size}-byte file`,
      Number.isFinite(off) ? off : null
    );
  }
  return readView(src, off, total, little, what);
}
function parseProgram(v, at, is64) {
  if (is64) {
    return {
      type: v.u32(at),
      flags: v.u32(at + 4),
      offset: v.u64(at + 8),
      vaddr: v.u64(at + 16),
      filesz: v.u64(at + 32),
      memsz: v.u64(at + 40),
      align: v.u64(at + 48)
    };
  }
  return {
    type: v.u32(at),
    offset: v.u32(at + 4),
    vaddr: v.u32(at + 8),
    filesz: v.u32(at + 16),
    memsz: v.u32(at + 20),
    flags: v.u32(at + 24),
    align: v.u32(at + 28)
  };
}
function parseSection(v, at, is64, index = 0) {
  if (is64) {
    return {
      index,
      name: "",
      nameOff: v.u32(at),
      type: v.u32(at + 4),
      flags: v.u64(at + 8),
      addr: v.u64(at + 16),
      offset: v.u64(at + 24),
      size: v.u64(at + 32),
      link: v.u32(at + 40),
      info: v.u32(at + 44),
      entsize: v.u64(at + 56)
    };
  }
  return {
    index,
    name: "",
    nameOff: v.u32(at),
    type: v.u32(at + 4),
    flags: v.u32(at + 8),
    addr: v.u32(at + 12),
    offset: v.u32(at + 16),
    size: v.u32(at + 20),
    link: v.u32(at + 24),
    info: v.u32(at + 28),
    entsize: v.u32(at + 36)
  };
}
function nameSections(layout, shstrndx) {
  const secs = layout.sections;
  if (shstrndx === 0) return;
  if (shstrndx >= secs.length) {
    layout.warnings.push(`e_shstrndx ${shstrndx} is not below the section count ${secs.length}: sections have no names`);
    return;
  }
  const s = secs[shstrndx];
  if (s.type !== SHT_STRTAB) {
    layout.warnings.push(`section ${shstrndx} named by e_shstrndx is not a string table: sections have no names`);
    return;
  }
  const table = new StringTable(sectionBytes(layout, s, MAX_SHSTRTAB).bytes);
  for (const sec of secs) {
    const off = sec.nameOff;
    const name = table.get(off);
    if (name === null) layout.warnings.push(`section ${sec.index} has a name offset ${off} past .shstrtab`);
    sec.name = name ?? "";
  }
}
function sectionBytes(layout, s, cap = Infinity) {
  if (s.type === SHT_NOBITS) return new View(new Uint8Array(0), layout.little, 0);
  if (!(s.size <= cap)) {
    throw new ElfError("BAD_TABLE", `section ${s.index} (${s.name}) is larger than ${cap} bytes`, s.offset);
  }
  return readView(layout.src, s.offset, s.size, layout.little, `section ${s.index} (${s.name || "unnamed"})`);
}
function vaddrToOffset(layout, addr, len, what) {
  for (const p of layout.phdrs) {
    if (p.type !== PT_LOAD || !(p.filesz > 0)) continue;
    if (addr >= p.vaddr && addr - p.vaddr < p.filesz && len <= p.filesz - (addr - p.vaddr)) {
      return p.offset + (addr - p.vaddr);
    }
  }
  throw new ElfError(
    "UNMAPPED_ADDRESS",
    `${what}: address 0x${Number.isFinite(addr) ? addr.toString(16) : "?"} (+${len}) is not inside any PT_LOAD segment's file data`,
    null
  );
}
function mappedExtent(layout, addr) {
  for (const p of layout.phdrs) {
    if (p.type !== PT_LOAD || !(p.filesz > 0)) continue;
    if (addr >= p.vaddr && addr - p.vaddr < p.filesz) {
      return { offset: p.offset + (addr - p.vaddr), length: p.filesz - (addr - p.vaddr) };
    }
  }
  return null;
}

// src/elf/dynamic.ts
var DT = {
  NULL: 0,
  NEEDED: 1,
  HASH: 4,
  STRTAB: 5,
  SYMTAB: 6,
  STRSZ: 10,
  SYMENT: 11,
  SONAME: 14,
  RPATH: 15,
  BIND_NOW: 24,
  RUNPATH: 29,
  FLAGS: 30,
  GNU_HASH: 1879047925,
  VERSYM: 1879048176,
  FLAGS_1: 1879048187,
  VERDEF: 1879048188,
  VERDEFNUM: 1879048189,
  VERNEED: 1879048190,
  VERNEEDNUM: 1879048191
};
var MAX_DYNAMIC_STRTAB = 256 << 20;
function readDynamic(layout, budget, warnings) {
  const entSize = layout.is64 ? 16 : 8;
  let view = null;
  const seg = layout.phdrs.find((p) => p.type === PT_DYNAMIC);
  const sec = layout.sections.find((s) => s.type === SHT_DYNAMIC);
  if (seg && seg.filesz > 0) {
    view = readView(layout.src, seg.offset, seg.filesz - seg.filesz % entSize, layout.little, "PT_DYNAMIC segment");
  } else if (sec && sec.size > 0) {
    view = sectionBytes(layout, sec);
  }
  if (!view) return null;
  if (seg && sec && sec.offset !== seg.offset) {
    warnings.push(
      `PT_DYNAMIC (offset ${seg.offset}) and the .dynamic section (offset ${sec.offset}) disagree; using PT_DYNAMIC`
    );
  }
  const count = Math.floor(view.length / entSize);
  budget.spend(count, view.base);
  const info = {
    needed: [],
    soname: null,
    rpath: null,
    runpath: null,
    flags: 0,
    flags1: 0,
    bindNowTag: false,
    values: /* @__PURE__ */ new Map(),
    strtab: null
  };
  const strOffsets = [];
  let terminated = false;
  for (let i = 0; i < count; i++) {
    const at = i * entSize;
    const tag = layout.is64 ? view.u64(at) : view.u32(at);
    const val = layout.is64 ? view.u64(at + 8) : view.u32(at + 4);
    if (tag === DT.NULL) {
      terminated = true;
      break;
    }
    switch (tag) {
      case DT.NEEDED:
      case DT.SONAME:
      case DT.RPATH:
      case DT.RUNPATH:
        strOffsets.push([tag, val]);
        break;
      case DT.FLAGS:
        info.flags = val;
        break;
      case DT.FLAGS_1:
        info.flags1 = val;
        break;
      case DT.BIND_NOW:
        info.bindNowTag = true;
        break;
      default:
        if (!info.values.has(tag)) info.values.set(tag, val);
    }
  }
  if (!terminated) warnings.push("dynamic section has no DT_NULL terminator");
  info.strtab = dynamicStrings(layout, info, sec?.link, warnings);
  for (const [tag, off] of strOffsets) {
    const s = info.strtab ? info.strtab.get(off) : null;
    if (s === null) {
      warnings.push(`dynamic entry ${tagName(tag)} points at string offset ${off} outside .dynstr`);
      continue;
    }
    if (tag === DT.NEEDED) info.needed.push(s);
    else if (tag === DT.SONAME) info.soname ??= s;
    else if (tag === DT.RPATH) info.rpath ??= s;
    else info.runpath ??= s;
  }
  return info;
}
function tagName(tag) {
  return tag === DT.NEEDED ? "DT_NEEDED" : tag === DT.SONAME ? "DT_SONAME" : tag === DT.RPATH ? "DT_RPATH" : "DT_RUNPATH";
}
function dynamicStrings(layout, info, link, warnings) {
  if (link !== void 0 && link > 0 && link < layout.sections.length) {
    const s = layout.sections[link];
    if (s.type === SHT_STRTAB) {
      try {
        return new StringTable(sectionBytes(layout, s, MAX_DYNAMIC_STRTAB).bytes);
      } catch (e) {
        if (!(e instanceof ElfError)) throw e;
        warnings.push(`.dynstr: ${e.message}`);
      }
    }
  }
  return stringsByAddress(layout, info, warnings);
}
function stringsByAddress(layout, info, warnings) {
  const addr = info.values.get(DT.STRTAB);
  const size = info.values.get(DT.STRSZ);
  if (addr === void 0 || size === void 0) return null;
  if (!(size <= MAX_DYNAMIC_STRTAB)) {
    warnings.push(`DT_STRSZ ${size} is implausibly large`);
    return null;
  }
  try {
    const off = vaddrToOffset(layout, addr, size, "DT_STRTAB");
    return new StringTable(readView(layout.src, off, size, layout.little, "DT_STRTAB").bytes);
  } catch (e) {
    if (!(e instanceof ElfError)) throw e;
    warnings.push(`${e.code}: ${e.message}`);
    return null;
  }
}

// src/elf/machines.ts
var MACHINE_NAMES = {
  0: "None",
  1: "WE32100",
  2: "Sparc",
  3: "Intel 80386",
  4: "MC68000",
  5: "MC88000",
  6: "Intel MCU",
  7: "Intel 80860",
  8: "MIPS R3000",
  9: "IBM System/370",
  10: "MIPS R4000 big-endian",
  11: "Sparc v9 (old)",
  15: "HPPA",
  17: "Fujitsu VPP500",
  18: "Sparc v8+",
  19: "Intel 80960",
  20: "PowerPC",
  21: "PowerPC64",
  22: "IBM S/390",
  23: "SPU",
  36: "Renesas V850 (using RH850 ABI)",
  37: "Fujitsu FR20",
  38: "TRW RH32",
  39: "MCORE",
  40: "ARM",
  41: "Digital Alpha (old)",
  42: "Renesas / SuperH SH",
  43: "Sparc v9",
  44: "Siemens Tricore",
  45: "ARC",
  46: "Renesas H8/300",
  47: "Renesas H8/300H",
  48: "Renesas H8S",
  49: "Renesas H8/500",
  50: "Intel IA-64",
  51: "Stanford MIPS-X",
  52: "Motorola Coldfire",
  53: "Motorola MC68HC12 Microcontroller",
  54: "Fujitsu Multimedia Accelerator",
  55: "Siemens PCP",
  56: "Sony nCPU embedded RISC processor",
  57: "Denso NDR1 microprocesspr",
  58: "Motorola Star*Core processor",
  59: "Toyota ME16 processor",
  60: "STMicroelectronics ST100 processor",
  61: "Advanced Logic Corp. TinyJ embedded processor",
  62: "Advanced Micro Devices X86-64",
  63: "Sony DSP processor",
  64: "Digital Equipment Corp. PDP-10",
  65: "Digital Equipment Corp. PDP-11",
  66: "Siemens FX66 microcontroller",
  67: "STMicroelectronics ST9+ 8/16 bit microcontroller",
  68: "STMicroelectronics ST7 8-bit microcontroller",
  69: "Motorola MC68HC16 Microcontroller",
  70: "Motorola MC68HC11 Microcontroller",
  71: "Motorola MC68HC08 Microcontroller",
  72: "Motorola MC68HC05 Microcontroller",
  73: "Silicon Graphics SVx",
  74: "STMicroelectronics ST19 8-bit microcontroller",
  75: "Digital VAX",
  76: "Axis Communications 32-bit embedded processor",
  77: "Infineon Technologies 32-bit embedded cpu",
  78: "Element 14 64-bit DSP processor",
  79: "LSI Logic's 16-bit DSP processor",
  80: "Donald Knuth's educational 64-bit processor",
  81: "Harvard Universitys's machine-independent object format",
  82: "Vitesse Prism",
  83: "Atmel AVR 8-bit microcontroller",
  84: "Fujitsu FR30",
  85: "d10v",
  86: "d30v",
  87: "Renesas V850",
  88: "Renesas M32R (formerly Mitsubishi M32r)",
  89: "mn10300",
  90: "mn10200",
  91: "picoJava",
  92: "OpenRISC 1000",
  93: "ARCompact",
  94: "Tensilica Xtensa Processor",
  95: "Alphamosaic VideoCore processor",
  96: "Thompson Multimedia General Purpose Processor",
  97: "National Semiconductor 32000 series",
  98: "Tenor Network TPC processor",
  99: "Trebia SNP 1000 processor",
  100: "STMicroelectronics ST200 microcontroller",
  101: "Ubicom IP2xxx 8-bit microcontrollers",
  102: "MAX Processor",
  103: "National Semiconductor CompactRISC",
  104: "Fujitsu F2MC16",
  105: "Texas Instruments msp430 microcontroller",
  106: "Analog Devices Blackfin",
  107: "S1C33 Family of Seiko Epson processors",
  108: "Sharp embedded microprocessor",
  109: "Arca RISC microprocessor",
  110: "Unicore",
  111: "eXcess 16/32/64-bit configurable embedded CPU",
  112: "Icera Semiconductor Inc. Deep Execution Processor",
  113: "Altera Nios II",
  114: "National Semiconductor CRX microprocessor",
  115: "Motorola XGATE embedded processor",
  116: "Infineon Technologies xc16x",
  117: "Renesas M16C series microprocessors",
  118: "Microchip Technology dsPIC30F Digital Signal Controller",
  119: "Freescale Communication Engine RISC core",
  120: "Renesas M32c",
  131: "Altium TSK3000 core",
  132: "Freescale RS08 embedded processor",
  134: "Cyan Technology eCOG2 microprocessor",
  135: "SUNPLUS S+Core",
  136: "New Japan Radio (NJR) 24-bit DSP Processor",
  137: "Broadcom VideoCore III processor",
  138: "Lattice Mico32",
  139: "Seiko Epson C17 family",
  140: "Texas Instruments TMS320C6000 DSP family",
  141: "Texas Instruments TMS320C2000 DSP family",
  142: "Texas Instruments TMS320C55x DSP family",
  144: "TI PRU I/O processor",
  160: "STMicroelectronics 64bit VLIW Data Signal Processor",
  161: "Cypress M8C microprocessor",
  162: "Renesas R32C series microprocessors",
  163: "NXP Semiconductors TriMedia architecture family",
  164: "QUALCOMM DSP6 Processor",
  165: "Intel 8051 and variants",
  166: "STMicroelectronics STxP7x family",
  167: "Andes Technology compact code size embedded RISC processor family",
  168: "Cyan Technology eCOG1X family",
  169: "Dallas Semiconductor MAXQ30 Core microcontrollers",
  170: "New Japan Radio (NJR) 16-bit DSP Processor",
  171: "M2000 Reconfigurable RISC Microprocessor",
  172: "Cray Inc. NV2 vector architecture",
  173: "Renesas RX",
  174: "Imagination Technologies Meta processor architecture",
  175: "MCST Elbrus general purpose hardware architecture",
  176: "Cyan Technology eCOG16 family",
  177: "Xilinx MicroBlaze",
  178: "Freescale Extended Time Processing Unit",
  179: "Infineon Technologies SLE9X core",
  180: "Intel L1OM",
  181: "Intel K1OM",
  182: "Intel (reserved)",
  183: "AArch64",
  184: "ARM (reserved)",
  185: "Atmel Corporation 32-bit microprocessor",
  186: "STMicroeletronics STM8 8-bit microcontroller",
  187: "Tilera TILE64 multicore architecture family",
  188: "Tilera TILEPro multicore architecture family",
  189: "Xilinx MicroBlaze",
  190: "NVIDIA CUDA architecture",
  191: "Tilera TILE-Gx multicore architecture family",
  192: "CloudShield architecture family",
  193: "KIPO-KAIST Core-A 1st generation processor family",
  194: "KIPO-KAIST Core-A 2nd generation processor family",
  195: "ARCv2",
  196: "Open8 8-bit RISC soft processor core",
  197: "Renesas RL78",
  198: "Broadcom VideoCore V processor",
  199: "Renesas 78K0R",
  200: "Freescale 56800EX Digital Signal Controller (DSC)",
  201: "Beyond BA1 CPU architecture",
  202: "Beyond BA2 CPU architecture",
  203: "XMOS xCORE processor family",
  204: "Microchip 8-bit PIC(r) family",
  205: "Intel Graphics Technology",
  210: "KM211 KM32 32-bit processor",
  211: "KM211 KMX32 32-bit processor",
  212: "KM211 KMX16 16-bit processor",
  213: "KM211 KMX8 8-bit processor",
  214: "KM211 KVARC processor",
  215: "Paneve CDP architecture family",
  216: "Cognitive Smart Memory Processor",
  217: "Bluechip Systems CoolEngine",
  218: "Nanoradio Optimized RISC",
  219: "CSR Kalimba architecture family",
  220: "Zilog Z80",
  221: "CDS VISIUMcore processor",
  222: "FTDI Chip FT32",
  223: "Moxie",
  224: "AMD GPU",
  243: "RISC-V",
  244: "Lanai 32-bit processor",
  245: "CEVA Processor Architecture Family",
  246: "CEVA X2 Processor Family",
  247: "Linux BPF",
  248: "Graphcore Intelligent Processing Unit",
  249: "Imagination Technologies",
  250: "Netronome Flow Processor",
  251: "NEC Vector Engine",
  252: "C-SKY",
  253: "Synopsys ARCv2.3 64-bit",
  254: "MOS Technology MCS 6502 processor",
  255: "Synopsys ARCv2.3 32-bit",
  256: "Kalray VLIW core of the MPPA processor family",
  257: "WDC 65816/65C816",
  258: "LoongArch",
  259: "ChipON KungFu32",
  4183: "Atmel AVR 8-bit microcontroller",
  4643: "Adapteva EPIPHANY",
  9520: "Morpho Techologies MT processor",
  13104: "Fujitsu FR30",
  16727: "Web Assembly",
  18056: "Infineon Technologies xc16x",
  19951: "Freescale S12Z",
  21569: "Fujitsu FR-V",
  23205: "OpenDLX",
  30288: "d10v",
  30326: "d30v",
  33303: "Ubicom IP2xxx 8-bit microcontrollers",
  36902: "Alpha",
  36929: "Renesas M32R (formerly Mitsubishi M32r)",
  36992: "Renesas V850",
  41872: "IBM S/390",
  43975: "Tensilica Xtensa Processor",
  44357: "Sanyo XStormy16 CPU core",
  47787: "Xilinx MicroBlaze",
  48879: "mn10300",
  57005: "mn10200",
  61453: "Toshiba MeP Media Engine",
  65200: "Altera Nios",
  65210: "Vitesse IQ2000",
  65211: "Altera Nios"
};

// src/elf/names.ts
function machineName(machine) {
  return MACHINE_NAMES[machine] ?? `<unknown>: 0x${machine.toString(16)}`;
}
var OSABIS = {
  0: "UNIX - System V",
  1: "UNIX - HP-UX",
  2: "UNIX - NetBSD",
  3: "UNIX - GNU",
  6: "UNIX - Solaris",
  7: "UNIX - AIX",
  8: "UNIX - IRIX",
  9: "UNIX - FreeBSD",
  10: "UNIX - TRU64",
  11: "Novell - Modesto",
  12: "UNIX - OpenBSD",
  13: "VMS - OpenVMS",
  14: "HP - Non-Stop Kernel",
  15: "AROS",
  16: "FenixOS",
  17: "Nuxi CloudABI",
  18: "Stratus Technologies OpenVOS"
};
function osabiName(osabi) {
  return OSABIS[osabi] ?? `<unknown: ${osabi.toString(16)}>`;
}
function typeName(type) {
  switch (type) {
    case 0:
      return "NONE";
    case 1:
      return "REL";
    case 2:
      return "EXEC";
    case 3:
      return "DYN";
    case 4:
      return "CORE";
    default:
      return `0x${type.toString(16)}`;
  }
}
var BINDINGS = ["LOCAL", "GLOBAL", "WEAK"];
var TYPES = ["NOTYPE", "OBJECT", "FUNC", "SECTION", "FILE", "COMMON", "TLS"];
function bindingName(bind) {
  if (bind < 3) return BINDINGS[bind];
  if (bind === 10) return "UNIQUE";
  return String(bind);
}
function symbolTypeName(type) {
  if (type < 7) return TYPES[type];
  if (type === 10) return "IFUNC";
  return String(type);
}
var INFO_BINDING = Array.from({ length: 256 }, (_, i) => bindingName(i >> 4));
var INFO_TYPE = Array.from({ length: 256 }, (_, i) => symbolTypeName(i & 15));

// src/elf/notes.ts
var MAX_NOTES = 1 << 20;
var ABI_OS = ["Linux", "Hurd", "Solaris", "FreeBSD", "NetBSD", "Syllable", "NaCl"];
var NT_GNU_ABI_TAG = 1;
var NT_GNU_BUILD_ID = 3;
var NT_GNU_PROPERTY_TYPE_0 = 5;
var GNU_PROPERTY_X86_ISA_1_NEEDED = 3221258242;
function readNotes(layout, budget, warnings) {
  const facts = { abiTag: null, buildId: null, x86IsaLevel: null };
  const ranges = [];
  for (const p of layout.phdrs)
    if (p.type === PT_NOTE) ranges.push({ offset: p.offset, size: p.filesz, align: p.align });
  if (ranges.length === 0) {
    for (const s of layout.sections) if (s.type === SHT_NOTE) ranges.push({ offset: s.offset, size: s.size, align: 4 });
  }
  let total = 0;
  for (const r of ranges) {
    if (!(r.size > 0)) continue;
    total += r.size;
    if (!(total <= MAX_NOTES)) {
      warnings.push("notes larger than 1 MiB in total: the rest were skipped");
      break;
    }
    try {
      const v = readView(layout.src, r.offset, r.size, layout.little, "note segment");
      walkNotes(v, r.align === 8 ? 8 : 4, layout, facts, budget);
    } catch (e) {
      if (!(e instanceof ElfError) || e.code === "BUDGET_EXCEEDED") throw e;
      warnings.push(`notes: ${e.message}`);
    }
  }
  return facts;
}
function walkNotes(v, align, layout, facts, budget) {
  const pad = (n) => n + align - 1 & ~(align - 1);
  let off = 0;
  while (off + 12 <= v.length) {
    budget.spend(1, v.base + off);
    const namesz = v.u32(off);
    const descsz = v.u32(off + 4);
    const type = v.u32(off + 8);
    const nameAt = off + 12;
    const descAt = nameAt + (namesz + 3 & ~3);
    if (!(namesz <= v.length && descsz <= v.length && descAt + descsz <= v.length)) {
      throw new ElfError("BAD_NOTE", `note at ${v.base + off} runs past its segment`, v.base + off);
    }
    const isGnu = namesz === 4 && v.u8(nameAt) === 71 && v.u8(nameAt + 1) === 78 && v.u8(nameAt + 2) === 85 && v.u8(nameAt + 3) === 0;
    if (isGnu) {
      if (type === NT_GNU_ABI_TAG && descsz >= 16 && !facts.abiTag) {
        const os = v.u32(descAt);
        facts.abiTag = {
          os: ABI_OS[os] ?? `os-${os}`,
          kernel: `${v.u32(descAt + 4)}.${v.u32(descAt + 8)}.${v.u32(descAt + 12)}`
        };
      } else if (type === NT_GNU_BUILD_ID && descsz > 0 && descsz <= 256 && !facts.buildId) {
        let hex = "";
        for (let i = 0; i < descsz; i++)
          hex += v.u8(descAt + i).toString(16).padStart(2, "0");
        facts.buildId = hex;
      } else if (type === NT_GNU_PROPERTY_TYPE_0 && (layout.machine === 62 || layout.machine === 3)) {
        readProperties(v, descAt, descsz, layout.is64 ? 8 : 4, facts, budget);
      }
    }
    off = descAt + pad(descsz);
  }
}
function readProperties(v, at, size, align, facts, budget) {
  let off = at;
  const end = at + size;
  while (off + 8 <= end) {
    budget.spend(1, v.base + off);
    const type = v.u32(off);
    const datasz = v.u32(off + 4);
    if (!(off + 8 + datasz <= end)) return;
    if (type === GNU_PROPERTY_X86_ISA_1_NEEDED && datasz >= 4) {
      const bits = v.u32(off + 8);
      facts.x86IsaLevel = bits === 0 ? null : 32 - Math.clz32(bits);
    }
    off += 8 + (datasz + align - 1 & ~(align - 1));
  }
}

// src/elf/requires.ts
var FAMILY = /^(.+)_(\d+(?:\.\d+)*)$/;
function splitVersion(name) {
  const m = FAMILY.exec(name);
  return m ? { family: m[1], version: m[2] } : null;
}
function compareVersions(a, b) {
  const x = typeof a === "string" ? a.split(".").map((n) => Number.parseInt(n, 10) || 0) : a;
  const y = typeof b === "string" ? b.split(".").map((n) => Number.parseInt(n, 10) || 0) : b;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}
function computeRequires(needs, boundTo) {
  const best = /* @__PURE__ */ new Map();
  for (const need of needs) {
    for (const v of need.versions) {
      if (v.weak) continue;
      const sv = splitVersion(v.name);
      if (!sv) continue;
      const cur = best.get(sv.family);
      if (cur === void 0 || compareVersions(sv.version, cur) > 0) best.set(sv.family, sv.version);
    }
  }
  const requires = {};
  const requiredBy = {};
  const nodes = /* @__PURE__ */ new Set();
  for (const [family, version] of best) {
    requires[family] = version;
    nodes.add(`${family}_${version}`);
  }
  const bound = boundTo(nodes);
  for (const [family, version] of best) requiredBy[family] = bound.get(`${family}_${version}`) ?? [];
  return { requires, requiredBy };
}

// src/elf/wasm-arena.ts
function wasmApi() {
  return globalThis.WebAssembly ?? null;
}
var PAGE = 65536;
var ARENA_RESERVED = 64;
var ARENA_PAD = 16;
var MAX_ARENA = 2 ** 31;
var arenas = /* @__PURE__ */ new WeakMap();
var WasmArena = class _WasmArena {
  memory;
  next = ARENA_RESERVED;
  constructor(memory) {
    this.memory = memory;
  }
  /** An arena of about `bytes` bytes, or null where WebAssembly or that much memory is not available. */
  static create(bytes) {
    const api = wasmApi();
    if (api === null || !(bytes > 0) || bytes > MAX_ARENA) return null;
    try {
      const arena = new _WasmArena(new api.Memory({ initial: Math.ceil(bytes / PAGE) }));
      arenas.set(arena.memory.buffer, arena);
      return arena;
    } catch {
      return null;
    }
  }
  /** Bytes left to allocate. */
  get free() {
    return this.memory.buffer.byteLength - this.next;
  }
  /** `length` zero-filled bytes (8-aligned, followed by ARENA_PAD zero bytes), or null when the arena is full. */
  alloc(length) {
    const at = this.next;
    const end = at + length + ARENA_PAD + 7 & ~7;
    if (!(length >= 0) || end > this.memory.buffer.byteLength) return null;
    this.next = end;
    return new Uint8Array(this.memory.buffer, at, length);
  }
};
function arenaOf(bytes) {
  return arenas.get(bytes.buffer) ?? null;
}

// src/elf/symbol-kernel-layout.ts
var HEADER = ARENA_RESERVED;
var ZERO_AT = 48;
var CLS_SIZE = 768;
var KERNEL_CHUNK = 1 << 18;

// src/elf/symbol-kernel-wasm.ts
var KERNEL_WASM = "AGFzbQEAAAABLQRgDH9/f39/f39/f39/fwF/YAR/f39/AX9gCn9/f39/f39/f38Bf2ACf38BfwIKAQFtA21lbQIAAAMFBAABAgMHHgQEanNvbgAAA2JhZAABBXVuZGVmAAIFdG91Y2gAAwqqCATRBgITfwN+QQwoAAAiFCgAACEMIBQoAAQhDSAUKAAIIQ4gFCgADCEPIBQoABAhESAUKAAUIRACQANAIAAgAU8NASACIANPDQEgBCAAIAVsaiEUIBQoAAAhFSAUIAVBCGxqIBQgAEEIaiABSRsoAAAhHCAKIBxBACAcIAtJG2otAAAgHnMhHiAUIAZqLQAAIRYgFCAHai8AACEXIAwgCCAAQQF0akEwIAAgCUkbLwAAQQF0ai8AACEYIBdBAEchHSAYQQJ0IB1BAXRqIB0gFSANIBhBAnRqKAAARnFqIRkgAEEBSwRAIAJBLDoAACACQQFqIQILIAJC+8S4i9atmZE6NwAAIAJBCGohAgJAAkAgFSALTw0BIBZBD3FBA0YgFUVxDQEgAkEiOgAAIAJBAWohGiAKIBVqIRsDQCAbKQAAIR8gH0KgwICBgoSIkCB9IB9Cf4WDISAgH0KixIiRosSIkSKFISEgICAhQoGChIiQoMCAAX0gIUJ/hYOEISAgH0LcuPHixYuXrtwAhSEhICAgIUKBgoSIkKDAgAF9ICFCf4WDhCEgICAgH4RCgIGChIiQoMCAf4MhICAaIB83AAAgIFAEQCAaQQhqIRogG0EIaiEbDAELICB6p0EDdiEdIBogHWohGiAbIB1qIRsgGy0AACEcIBEgHGotAAAhHSAdQQFGDQEgHUEDSQ0CIBstAAEhFCAUIBEgHGotAIACSQ0CIBQgESAcai0AgARLDQIgGiAcOgAAIBogFDoAASAaQQJqIRogG0ECaiEbIB1BA2shHQNAIB1FDQEgGy0AACIUQcABcUGAAUcNAyAaIBQ6AAAgGkEBaiEaIBtBAWohGyAdQQFrIR0MAAsLCyAaIAJrQYGABEsNACAaQSI6AAAgGkEBaiECIBZBBHYhEiAWQQ9xIRMgDiAZQQN0aiEUIAIgFCgAACAUKAAE/AoAACACIBQoAARqIQIgDyASQQN0aiEUIAIgFCgAACAUKAAE/AoAACACIBQoAARqIQIgECATQQN0aiEUIAIgFCgAACAUKAAE/AoAACACIBQoAARqIQIgAEEBaiEADAELQQAgAjYAAEEEQQE2AAAgAA8LC0EAIAI2AABBBEEANgAAQQggHjYAACAACzUCAn8AfkEBIQQCQANAIAQgAk8NASAFIAAgBCABbGooAAAgA09qIQUgBEEBaiEEDAALCyAFC3UCAn8AfgJAA0AgACABTw0BIAAgBk8NASAKIAlPDQECQCAFIABBAXRqLwAAIgtFDQAgByALai0AAEUNACACIAAgA2xqIARqLwAADQAgCCAKQQJ0aiAANgAAIApBAWohCgsgAEEBaiEADAALC0EIIAA2AAAgCgspAgF/AH4CQANAIAAgAU8NASACIAAtAABzIQIgAEHAAGohAAwACwsgAgs=";

// src/elf/symbol-kernel.ts
var compiled;
function kernelModule() {
  if (compiled === void 0) {
    const api = wasmApi();
    if (api === null) return compiled = null;
    try {
      compiled = new api.Module(Uint8Array.from(atob(KERNEL_WASM), (c) => c.charCodeAt(0)));
    } catch {
      compiled = null;
    }
  }
  return compiled ?? null;
}
var SymbolKernel = class _SymbolKernel {
  mem;
  u8;
  fns;
  t;
  symAt;
  vsAt;
  strAt;
  /** The arena the tables live in, or null for a memory of the kernel's own (scratch space then grows it). */
  arena;
  top;
  scratchAt = -1;
  scratchSize = 0;
  constructor(t, mem, fns, arena, at) {
    this.t = t;
    this.mem = mem;
    this.u8 = new Uint8Array(mem.buffer);
    this.fns = fns;
    this.arena = arena;
    [this.symAt, this.vsAt, this.strAt, this.top] = at;
  }
  /** A kernel over `t`, or null where WebAssembly or the memory is not available. */
  static create(t) {
    const mod = kernelModule();
    const api = wasmApi();
    if (mod === null || api === null) return null;
    const arena = arenaOf(t.sym);
    try {
      if (arena !== null && arena.free >= 2 * t.str.length + KERNEL_CHUNK + (1 << 20)) {
        const inArena = (b) => {
          if (arenaOf(b) === arena) return b;
          const copy = arena.alloc(b.length);
          copy?.set(b);
          return copy;
        };
        const str2 = inArena(t.str);
        const versym = t.versym ? inArena(t.versym.subarray(0, t.versymCount * 2)) : null;
        if (str2 !== null && (t.versym === null || versym !== null)) {
          const mem2 = arena.memory;
          const fns2 = new api.Instance(mod, { m: { mem: mem2 } }).exports;
          const at = [t.sym.byteOffset, versym ? versym.byteOffset : ZERO_AT, str2.byteOffset, 0];
          return new _SymbolKernel(t, mem2, fns2, arena, at);
        }
      }
      const align = (n) => n + 7 & ~7;
      const symAt = HEADER;
      const vsAt = align(symAt + t.count * t.entsize);
      const strAt = align(vsAt + t.versymCount * 2);
      const top = align(strAt + t.str.length + ARENA_PAD);
      const mem = new api.Memory({ initial: Math.ceil(top / 65536) });
      const fns = new api.Instance(mod, { m: { mem } }).exports;
      const u8 = new Uint8Array(mem.buffer);
      u8.set(t.sym.subarray(0, t.count * t.entsize), symAt);
      if (t.versym) u8.set(t.versym.subarray(0, t.versymCount * 2), vsAt);
      u8.set(t.str, strAt);
      return new _SymbolKernel(t, mem, fns, null, [symAt, vsAt, strAt, top]);
    } catch {
      return null;
    }
  }
  /** Whether the kernel works in the arena the symbol table was read into (rather than on copies). */
  get inPlace() {
    return this.arena !== null;
  }
  /** Number of symbols (null symbol excluded) whose st_name is outside the string table. */
  badNames() {
    return this.fns.bad(this.symAt, this.t.entsize, this.t.count, this.t.str.length);
  }
  /** Indices of undefined symbols whose .gnu.version value v has flags[v] set, in file order (null: no memory). */
  undefinedWithFlags(flags) {
    const need = 65536 + 4096 * 4;
    const flagsAt = this.scratch(need);
    if (flagsAt < 0) return null;
    this.u8.set(flags.subarray(0, 65536), flagsAt);
    const outAt = flagsAt + 65536;
    const dv = new DataView(this.mem.buffer);
    const found = [];
    const { count, entsize, is64, versymCount } = this.t;
    for (let i = 1; i < count; ) {
      const n = this.fns.undef(
        i,
        count,
        this.symAt,
        entsize,
        is64 ? 6 : 14,
        this.vsAt,
        versymCount,
        flagsAt,
        outAt,
        4096
      );
      for (let k = 0; k < n; k++) found.push(dv.getUint32(outAt + k * 4, true));
      const next = dv.getUint32(8, true);
      if (next <= i && n === 0) break;
      i = next;
      if (n < 4096) break;
    }
    return found;
  }
  /**
   * Streams the JSON array of every symbol to `sink` in chunks of about KERNEL_CHUNK bytes (views of one buffer).
   * False, having written nothing, when the memory cannot hold the output buffer.
   */
  writeJson(plan, sink) {
    const vids = plan.defNameOff.length;
    const frags = [...plan.fragA, ...plan.fragB, ...plan.fragC];
    const fragBytes = frags.reduce((a, b) => a + b.length, 0);
    const longest = (list) => list.reduce((a, b) => Math.max(a, b.length), 0);
    const maxFrag = longest(plan.fragA) + longest(plan.fragB) + longest(plan.fragC);
    const tablesSize = 24 + 131072 + vids * 4 + vids * 4 * 8 + 32 * 8 + CLS_SIZE + fragBytes + 8;
    const slack = this.t.str.length + 16 + maxFrag + 64;
    const base = this.scratch(tablesSize + KERNEL_CHUNK + slack);
    if (base < 0) return false;
    const u8 = this.u8;
    const dv = new DataView(this.mem.buffer);
    const vidAt = base + 24;
    const defAt = vidAt + 131072;
    const faAt = defAt + vids * 4;
    const fbAt = faAt + vids * 32;
    const fcAt = fbAt + 16 * 8;
    const clsAt = fcAt + 16 * 8;
    let fragAt = clsAt + CLS_SIZE;
    const outAt = fragAt + fragBytes + 7 & ~7;
    u8.fill(0, vidAt, vidAt + 131072);
    for (const [v, id] of plan.classOf) dv.setUint16(vidAt + v * 2, id, true);
    plan.defNameOff.forEach((off, id) => dv.setInt32(defAt + id * 4, off, true));
    const put = (tab, list) => list.forEach((b, j) => {
      u8.set(b, fragAt);
      dv.setUint32(tab + j * 8, fragAt, true);
      dv.setUint32(tab + j * 8 + 4, b.length, true);
      fragAt += b.length;
    });
    put(faAt, plan.fragA);
    put(fbAt, plan.fragB);
    put(fcAt, plan.fragC);
    for (let c = 0; c < 256; c++) {
      let cls = 2;
      let lo = 128;
      let hi = 191;
      if (c === 0) cls = 1;
      else if (c >= 32 && c < 128 && c !== 34 && c !== 92) cls = 0;
      else if (c >= 194 && c <= 223) cls = 3;
      else if (c >= 224 && c <= 239) {
        cls = 4;
        if (c === 224) lo = 160;
        if (c === 237) hi = 159;
      } else if (c >= 240 && c <= 244) {
        cls = 5;
        if (c === 240) lo = 144;
        if (c === 244) hi = 143;
      }
      u8[clsAt + c] = cls;
      u8[clsAt + 256 + c] = lo;
      u8[clsAt + 512 + c] = hi;
    }
    dv.setUint32(12, base, true);
    dv.setUint32(base, vidAt, true);
    dv.setUint32(base + 4, defAt, true);
    dv.setUint32(base + 8, faAt, true);
    dv.setUint32(base + 12, fbAt, true);
    dv.setUint32(base + 16, clsAt, true);
    dv.setUint32(base + 20, fcAt, true);
    const { count, entsize, is64, versymCount } = this.t;
    const limit = outAt + KERNEL_CHUNK;
    u8[8] = this.fns.touch(this.strAt, this.strAt + this.t.str.length);
    u8[outAt] = 91;
    let p = outAt + 1;
    let i = 1;
    for (; ; ) {
      i = this.fns.json(
        i,
        count,
        p,
        limit,
        this.symAt,
        entsize,
        is64 ? 4 : 12,
        is64 ? 6 : 14,
        this.vsAt,
        versymCount,
        this.strAt,
        this.t.str.length
      );
      p = dv.getUint32(0, true);
      if (dv.getUint32(4, true) === 1) {
        const bytes = plan.slow(i);
        if (p + bytes.length <= limit + slack) {
          u8.set(bytes, p);
          p += bytes.length;
        } else {
          sink(u8.subarray(outAt, p));
          sink(bytes);
          p = outAt;
        }
        i++;
        continue;
      }
      if (i >= count) break;
      sink(u8.subarray(outAt, p));
      p = outAt;
    }
    u8[p++] = 93;
    sink(u8.subarray(outAt, p));
    return true;
  }
  /** Address of a scratch area of `size` bytes (reused between calls), or -1 when the memory cannot provide one. */
  scratch(size) {
    if (this.scratchAt >= 0 && this.scratchSize >= size) return this.scratchAt;
    if (this.arena !== null) {
      const area = this.arena.alloc(size);
      if (area === null) return -1;
      this.scratchAt = area.byteOffset;
    } else {
      const need = this.top + size;
      const have = this.mem.buffer.byteLength;
      try {
        if (need > have) this.mem.grow(Math.ceil((need - have) / 65536));
      } catch {
        return -1;
      }
      this.scratchAt = this.top;
    }
    this.scratchSize = size;
    this.u8 = new Uint8Array(this.mem.buffer);
    return this.scratchAt;
  }
};

// src/elf/symbol-table.ts
var DynamicSymbolTable = class {
  parts;
  dv;
  vdv;
  needMemo = /* @__PURE__ */ new Map();
  cached = null;
  kernelState;
  /** Symbols whose name offset is outside the string table (after materialisation). */
  badNames = 0;
  constructor(parts) {
    this.parts = parts;
    this.dv = new DataView(parts.bytes.buffer, parts.bytes.byteOffset, parts.bytes.byteLength);
    this.vdv = parts.versym ? new DataView(parts.versym.buffer, parts.versym.byteOffset, parts.versym.byteLength) : null;
  }
  /** The WebAssembly kernel over this table (large little-endian tables only), created on first use. */
  kernel() {
    if (this.kernelState === void 0) {
      const { bytes, little, is64, entsize, count, strings, versym, versymCount } = this.parts;
      this.kernelState = little && strings !== null && count >= KERNEL_MIN && bytes.length >= count * entsize ? SymbolKernel.create({ sym: bytes, entsize, is64, count, versym, versymCount, str: strings.bytes }) : null;
    }
    return this.kernelState;
  }
  /** How many symbols have a name offset outside the string table (a cheap scan of st_name only). */
  countBadNames() {
    const kernel = this.kernel();
    if (kernel !== null) return kernel.badNames();
    const { little, entsize, count, strings } = this.parts;
    const size = strings ? strings.size : 0;
    let bad = 0;
    for (let i = 1; i < count; i++) if (this.dv.getUint32(i * entsize, little) >= size) bad++;
    return bad;
  }
  /** Number of undefined symbols (st_shndx 0), the null symbol excluded, without decoding any. */
  countUndefined() {
    const { little, is64, entsize, count } = this.parts;
    const at = is64 ? 6 : 14;
    let n = 0;
    for (let i = 1; i < count; i++) if (this.dv.getUint16(i * entsize + at, little) === 0) n++;
    return n;
  }
  /** Number of symbols, the null symbol excluded. */
  get length() {
    return this.parts.count - 1;
  }
  /** Whether toArray() has run. */
  get materialised() {
    return this.cached !== null;
  }
  /** st_name, st_info and st_shndx of symbol i. */
  raw(i) {
    const at = i * this.parts.entsize;
    const is64 = this.parts.is64;
    return {
      nameOff: this.dv.getUint32(at, this.parts.little),
      info: this.parts.bytes[at + (is64 ? 4 : 12)],
      shndx: this.dv.getUint16(at + (is64 ? 6 : 14), this.parts.little)
    };
  }
  /** Raw .gnu.version value of symbol i (0 when absent). */
  versym(i) {
    return this.vdv !== null && i < this.parts.versymCount ? this.vdv.getUint16(i * 2, this.parts.little) : 0;
  }
  /** The version-need name for a raw .gnu.version value (memoised), or null. */
  needName(vers) {
    let need = this.needMemo.get(vers);
    if (need === void 0) {
      need = this.parts.versions?.needByOther.get(vers) ?? null;
      this.needMemo.set(vers, need);
    }
    return need;
  }
  /**
   * readelf's get_symbol_version_string: a defined symbol is matched against .gnu.version_d first (the base version
   * and a version named like the symbol itself give none), then everything against .gnu.version_r, which readelf
   * prints with a single '@'. Returns [version, hidden].
   */
  version(vers, nameOff, shndx) {
    if (vers === 0) return [null, false];
    const v = this.parts.versions;
    if (v === null) return [null, false];
    if (shndx !== 0 && vers !== 32769 && v.hasDef) {
      const def = v.defByIndex.get(vers & 32767);
      if (def !== void 0) {
        if (def.ndx === 1 && def.flags === 1) return [null, false];
        if (def.nameOff !== nameOff && def.nameOff >= 0) return [def.name, (vers & 32768) !== 0];
      }
    }
    if (v.hasNeed) {
      const need = this.needName(vers);
      if (need !== null) return [need, true];
    }
    return [null, false];
  }
  /** The needed file a version came from: only versions resolved through .gnu.version_r (printed with '@') have one. */
  libraryOf(vers, version, hidden) {
    if (version === null || !hidden) return null;
    const v = this.parts.versions;
    if (v === null || v.needByOther.get(vers) !== version) return null;
    return v.needFileByOther.get(vers) ?? null;
  }
  /** Name of symbol i (readelf shows an unnamed section symbol by its section's name); null when out of range. */
  name(nameOff, info, shndx) {
    if ((info & 15) === 3 && nameOff === 0 && shndx < this.parts.sectionNames.length)
      return this.parts.sectionNames[shndx];
    return this.parts.strings !== null ? this.parts.strings.get(nameOff) : null;
  }
  /** Every symbol as a DynamicSymbol (file order, null symbol skipped); built once. */
  toArray() {
    if (this.cached !== null) return this.cached;
    const { bytes, little, is64, entsize, count } = this.parts;
    const dv = this.dv;
    const infoAt = is64 ? 4 : 12;
    const shndxAt = is64 ? 6 : 14;
    const out = [];
    let bad = 0;
    for (let i = 1; i < count; i++) {
      const at = i * entsize;
      const nameOff = dv.getUint32(at, little);
      const info = bytes[at + infoAt];
      const shndx = dv.getUint16(at + shndxAt, little);
      let name = this.name(nameOff, info, shndx);
      if (name === null) {
        bad++;
        name = "";
      }
      const vers = this.versym(i);
      const [version, hidden] = this.version(vers, nameOff, shndx);
      out.push({
        name,
        version,
        hidden,
        library: this.libraryOf(vers, version, hidden),
        defined: shndx !== 0,
        binding: INFO_BINDING[info],
        type: INFO_TYPE[info]
      });
    }
    this.badNames = bad;
    this.cached = out;
    return out;
  }
  /** Names of undefined symbols bound to each of `nodes` (version node names), in file order, deduplicated. */
  undefinedWithVersion(nodes) {
    const out = /* @__PURE__ */ new Map();
    if (nodes.size === 0) return out;
    const { count } = this.parts;
    const seen = /* @__PURE__ */ new Set();
    const kernel = this.kernel();
    let candidates = null;
    if (kernel !== null) {
      const flags = new Uint8Array(65536);
      for (const [vers, need] of this.parts.versions?.needByOther ?? [])
        if (vers > 0 && vers < 65536 && need !== null && nodes.has(need)) flags[vers] = 1;
      candidates = kernel.undefinedWithFlags(flags);
    }
    for (const i of candidates ?? range(1, count)) {
      const vers = this.versym(i);
      if (vers === 0) continue;
      const r = this.raw(i);
      if (r.shndx !== 0) continue;
      const need = this.needName(vers);
      if (need === null || !nodes.has(need)) continue;
      const name = this.name(r.nameOff, r.info, r.shndx) ?? "";
      const key = `${need}\0${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let list = out.get(need);
      if (!list) out.set(need, list = []);
      list.push(name);
    }
    return out;
  }
};
function* range(from, to) {
  for (let i = from; i < to; i++) yield i;
}
var KERNEL_MIN = 2048;
var enc = new TextEncoder();
function jsonPlan(table) {
  const v = table.parts.versions;
  const values = [0];
  if (v !== null) {
    for (const k of v.needByOther.keys()) values.push(k);
    for (const d of v.defByIndex.keys()) values.push(d, d | 32768);
  }
  const classOf = /* @__PURE__ */ new Map();
  const defNameOff = [];
  const fragA = [];
  for (const vers of values) {
    if (!(vers >= 0 && vers < 65536) || classOf.has(vers)) continue;
    const id = defNameOff.length;
    classOf.set(vers, id);
    const def = v !== null && v.hasDef && vers !== 32769 ? v.defByIndex.get(vers & 32767) : void 0;
    const off = def !== void 0 && !(def.ndx === 1 && def.flags === 1) && def.nameOff >= 0 ? def.nameOff : -1;
    defNameOff.push(off);
    for (const defined of [false, true])
      for (const same of [false, true]) {
        const [version, hidden] = table.version(vers, same ? off : -1, defined ? 1 : 0);
        const library = table.libraryOf(vers, version, hidden);
        fragA.push(
          enc.encode(
            `,"version":${JSON.stringify(version)},"hidden":${hidden},"library":${JSON.stringify(library)},"defined":${defined},"binding":`
          )
        );
      }
  }
  classOf.delete(0);
  const halves = Array.from({ length: 16 }, (_, x) => x);
  const fragB = halves.map((b) => enc.encode(`${JSON.stringify(INFO_BINDING[b << 4])},"type":`));
  const fragC = halves.map((t) => enc.encode(`${JSON.stringify(INFO_TYPE[t])}}`));
  const slow = (i) => {
    const { nameOff, info, shndx } = table.raw(i);
    const vers = table.versym(i);
    const [version, hidden] = table.version(vers, nameOff, shndx);
    const library = table.libraryOf(vers, version, hidden);
    return enc.encode(
      `${JSON.stringify(table.name(nameOff, info, shndx) ?? "")},"version":${JSON.stringify(version)},"hidden":${hidden},"library":${JSON.stringify(library)},"defined":${shndx !== 0},"binding":${JSON.stringify(INFO_BINDING[info])},"type":${JSON.stringify(INFO_TYPE[info])}}`
    );
  };
  return { classOf, defNameOff, fragA, fragB, fragC, slow };
}

// src/elf/symbols.ts
var MAX_SYMTAB = 512 << 20;
function readDynamicSymbols(layout, dyn, versions, budget, warnings) {
  const table = locateSymbols(layout, dyn, warnings);
  if (!table || table.count <= 1) return null;
  budget.spend(table.count, table.view.base);
  const versym = versions ? readVersym(layout, dyn, table.count, warnings) : null;
  const result = new DynamicSymbolTable({
    bytes: table.view.bytes,
    little: layout.little,
    is64: layout.is64,
    entsize: table.entsize,
    count: table.count,
    strings: table.strings,
    versym: versym ? versym.view.bytes : null,
    versymCount: versym ? versym.count : 0,
    versions,
    sectionNames: layout.sections.map((s) => s.name)
  });
  const bad = result.countBadNames();
  if (bad > 0) warnings.push(`${bad} dynamic symbol name(s) point outside the string table`);
  return result;
}
function locateSymbols(layout, dyn, warnings) {
  const std = layout.is64 ? 24 : 16;
  const sec = layout.sections.find((s) => s.type === SHT_DYNSYM);
  if (sec) {
    if (!(sec.size > 0)) return null;
    let entsize = sec.entsize;
    if (entsize !== std) {
      warnings.push(`.dynsym sh_entsize ${entsize} is not ${std}; using ${std}`);
      entsize = std;
    }
    if (sec.size % entsize !== 0) warnings.push(`.dynsym size ${sec.size} is not a multiple of ${entsize}`);
    const view = sectionBytes(layout, sec, MAX_SYMTAB);
    let strings = null;
    const link = sec.link;
    if (link > 0 && link < layout.sections.length && layout.sections[link].type === SHT_STRTAB) {
      const ls = layout.sections[link];
      strings = dyn?.strtab && dyn.strtab.size === ls.size ? dyn.strtab : new StringTable(sectionBytes(layout, ls, MAX_SYMTAB).bytes);
    } else {
      warnings.push(`.dynsym sh_link ${link} is not a string table; using .dynstr`);
      strings = dyn?.strtab ?? null;
    }
    return { view, count: Math.floor(view.length / entsize), entsize, strings };
  }
  if (layout.sections.length > 0 || !dyn) return null;
  const addr = dyn.values.get(DT.SYMTAB);
  if (addr === void 0) return null;
  const count = symbolCount(layout, dyn, warnings);
  if (count === null) {
    warnings.push("DT_SYMTAB without DT_HASH/DT_GNU_HASH: symbol count unknown; dynamic symbols skipped");
    return null;
  }
  if (count === 0) return null;
  const len = count * std;
  const off = vaddrToOffset(layout, addr, len, "DT_SYMTAB");
  return { view: readView(layout.src, off, len, layout.little, "DT_SYMTAB"), count, entsize: std, strings: dyn.strtab };
}
function symbolCount(layout, dyn, warnings) {
  const hash = dyn.values.get(DT.HASH);
  if (hash !== void 0) {
    const off = vaddrToOffset(layout, hash, 8, "DT_HASH");
    return readView(layout.src, off, 8, layout.little, "DT_HASH").u32(4);
  }
  const gnu = dyn.values.get(DT.GNU_HASH);
  if (gnu === void 0) return null;
  const ext = mappedExtent(layout, gnu);
  if (!ext || ext.length < 16) throw new ElfError("UNMAPPED_ADDRESS", "DT_GNU_HASH is not mapped", null);
  const v = readView(layout.src, ext.offset, Math.min(ext.length, MAX_SYMTAB), layout.little, "DT_GNU_HASH");
  const nbuckets = v.u32(0);
  const symoffset = v.u32(4);
  const bloomSize = v.u32(8);
  const word = layout.is64 ? 8 : 4;
  const bucketsAt = 16 + bloomSize * word;
  v.need(bucketsAt, nbuckets * 4, "DT_GNU_HASH buckets");
  let max = 0;
  for (let i = 0; i < nbuckets; i++) max = Math.max(max, v.u32(bucketsAt + i * 4));
  if (max === 0) return symoffset;
  if (max < symoffset) throw new ElfError("BAD_TABLE", "DT_GNU_HASH bucket below symoffset", v.base + bucketsAt);
  const chainAt = bucketsAt + nbuckets * 4;
  for (let i = max; ; i++) {
    const at = chainAt + (i - symoffset) * 4;
    v.need(at, 4, "DT_GNU_HASH chain");
    if (v.u32(at) & 1) return i + 1;
    if (i - max > 1 << 24) {
      warnings.push("DT_GNU_HASH chain does not end");
      return null;
    }
  }
}
function readVersym(layout, dyn, count, warnings) {
  const sec = layout.sections.find((s) => s.type === SHT_GNU_VERSYM);
  try {
    let view = null;
    if (sec) {
      if (!(sec.size > 0)) return null;
      view = sectionBytes(layout, sec, MAX_SYMTAB);
    } else if (layout.sections.length === 0 && dyn) {
      const addr = dyn.values.get(DT.VERSYM);
      if (addr === void 0) return null;
      const off = vaddrToOffset(layout, addr, count * 2, "DT_VERSYM");
      view = readView(layout.src, off, count * 2, layout.little, "DT_VERSYM");
    }
    if (!view) return null;
    const n = Math.floor(view.length / 2);
    if (n !== count) warnings.push(`.gnu.version has ${n} entries but .dynsym has ${count} symbols`);
    return { view, count: n };
  } catch (e) {
    if (!(e instanceof ElfError)) throw e;
    warnings.push(`.gnu.version unreadable (${e.code}): ${e.message}`);
    return null;
  }
}

// src/elf/versions.ts
var VER_FLG_BASE = 1;
var VER_FLG_WEAK = 2;
var MAX_VERSION_TABLE = 16 << 20;
function readVersionTables(layout, dyn, budget, warnings) {
  const t = {
    needs: [],
    defs: [],
    needByOther: /* @__PURE__ */ new Map(),
    needFileByOther: /* @__PURE__ */ new Map(),
    defByIndex: /* @__PURE__ */ new Map(),
    hasNeed: false,
    hasDef: false
  };
  const needSrc = locate(layout, dyn, SHT_GNU_VERNEED, DT.VERNEED, DT.VERNEEDNUM, warnings);
  const defSrc = locate(layout, dyn, SHT_GNU_VERDEF, DT.VERDEF, DT.VERDEFNUM, warnings);
  let firstError = null;
  if (needSrc) {
    t.hasNeed = true;
    try {
      walkNeeds(needSrc, t, budget, warnings);
    } catch (e) {
      firstError = e;
    }
  }
  if (defSrc) {
    t.hasDef = true;
    try {
      walkDefs(defSrc, t, budget, warnings);
    } catch (e) {
      firstError ??= e;
    }
  }
  if (firstError) throw firstError;
  return t;
}
function locate(layout, dyn, shType, addrTag, numTag, warnings) {
  const what = shType === SHT_GNU_VERNEED ? ".gnu.version_r" : ".gnu.version_d";
  const sec = layout.sections.find((s) => s.type === shType);
  if (sec) {
    if (!(sec.size > 0)) return null;
    return {
      view: sectionBytes(layout, sec, MAX_VERSION_TABLE),
      count: sec.info,
      strings: linkedStrings(layout, sec, dyn, warnings),
      what
    };
  }
  if (layout.sections.length > 0 || !dyn) return null;
  const addr = dyn.values.get(addrTag);
  if (addr === void 0) return null;
  const ext = mappedExtent(layout, addr);
  if (!ext)
    throw new ElfError("UNMAPPED_ADDRESS", `${what}: DT address 0x${addr.toString(16)} is not in any PT_LOAD`, null);
  const len = Math.min(ext.length, MAX_VERSION_TABLE);
  return {
    view: readView(layout.src, ext.offset, len, layout.little, what),
    count: dyn.values.get(numTag) ?? 0,
    strings: dyn.strtab,
    what
  };
}
function linkedStrings(layout, sec, dyn, warnings) {
  const link = sec.link;
  if (link > 0 && link < layout.sections.length && link !== sec.index && layout.sections[link].type === SHT_STRTAB) {
    if (dyn?.strtab && layout.sections.find((s) => s.index === link && s.type === SHT_STRTAB)) {
      const s = layout.sections[link];
      if (dyn.strtab.size === s.size) return dyn.strtab;
    }
    try {
      return new StringTable(sectionBytes(layout, layout.sections[link], 256 << 20).bytes);
    } catch (e) {
      if (!(e instanceof ElfError)) throw e;
      warnings.push(`${sec.name}: linked string table unreadable: ${e.message}`);
    }
  } else {
    warnings.push(`${sec.name || "version section"}: sh_link ${link} is not a string table; using .dynstr`);
  }
  return dyn?.strtab ?? null;
}
function str(src, off, warnings) {
  const s = src.strings ? src.strings.get(off) : null;
  if (s === null) warnings.push(`${src.what}: name offset ${off} is outside the string table`);
  return s;
}
function walkNeeds(src, t, budget, warnings) {
  const v = src.view;
  const maxRecords = Math.floor(v.length / 16);
  const count = Math.min(src.count, maxRecords);
  if (src.count > maxRecords) warnings.push(`${src.what}: count ${src.count} exceeds what the table can hold`);
  let off = 0;
  for (let i = 0; i < count; i++) {
    budget.spend(1, v.base + off);
    v.need(off, 16, `${src.what} entry ${i}`);
    const version = v.u16(off);
    const cnt = v.u16(off + 2);
    const file = str(src, v.u32(off + 4), warnings) ?? "";
    const aux = v.u32(off + 8);
    const next = v.u32(off + 12);
    if (version !== 1) warnings.push(`${src.what}: entry ${i} has vn_version ${version}`);
    const need = { file, versions: [] };
    t.needs.push(need);
    let a = off + aux;
    for (let j = 0; j < cnt; j++) {
      budget.spend(1, v.base + a);
      if (!(a + 16 <= v.length)) {
        throw new ElfError(
          "BAD_VERSION_CHAIN",
          `${src.what}: auxiliary entry ${j} of ${file} lies outside the section`,
          v.base + a
        );
      }
      const flags = v.u16(a + 4);
      const other = v.u16(a + 6);
      const name = str(src, v.u32(a + 8), warnings);
      const anext = v.u32(a + 12);
      need.versions.push({ name: name ?? "", weak: (flags & VER_FLG_WEAK) !== 0 });
      if (!t.needByOther.has(other)) {
        t.needByOther.set(other, name);
        t.needFileByOther.set(other, file);
      }
      if (anext === 0) {
        if (j < cnt - 1) warnings.push(`${src.what}: aux chain of ${file} ends after ${j + 1} of ${cnt} entries`);
        break;
      }
      if (anext < 16)
        throw new ElfError(
          "BAD_VERSION_CHAIN",
          `${src.what}: vna_next ${anext} is smaller than an entry`,
          v.base + a + 12
        );
      a += anext;
    }
    if (next === 0) {
      if (i < count - 1) warnings.push(`${src.what}: chain ends after ${i + 1} of ${count} entries`);
      break;
    }
    if (next < 16)
      throw new ElfError(
        "BAD_VERSION_CHAIN",
        `${src.what}: vn_next ${next} is smaller than an entry`,
        v.base + off + 12
      );
    off += next;
  }
}
function walkDefs(src, t, budget, warnings) {
  const v = src.view;
  const maxRecords = Math.floor(v.length / 20);
  const count = Math.min(src.count, maxRecords);
  if (src.count > maxRecords) warnings.push(`${src.what}: count ${src.count} exceeds what the table can hold`);
  let off = 0;
  for (let i = 0; i < count; i++) {
    budget.spend(1, v.base + off);
    v.need(off, 20, `${src.what} entry ${i}`);
    const version = v.u16(off);
    const flags = v.u16(off + 2);
    const ndx = v.u16(off + 4);
    const cnt = v.u16(off + 6);
    const aux = v.u32(off + 12);
    const next = v.u32(off + 16);
    if (version !== 1) warnings.push(`${src.what}: entry ${i} has vd_version ${version}`);
    let nameOff = -1;
    let name = null;
    if (cnt > 0) {
      const a = off + aux;
      if (!(a + 8 <= v.length)) {
        throw new ElfError(
          "BAD_VERSION_CHAIN",
          `${src.what}: auxiliary entry of definition ${ndx} lies outside the section`,
          v.base + a
        );
      }
      nameOff = v.u32(a);
      name = str(src, nameOff, warnings);
    } else {
      warnings.push(`${src.what}: definition ${ndx} has vd_cnt 0`);
    }
    t.defs.push({ name: name ?? "", base: (flags & VER_FLG_BASE) !== 0 });
    if (!t.defByIndex.has(ndx)) t.defByIndex.set(ndx, { ndx, flags, nameOff, name });
    if (next === 0) {
      if (i < count - 1) warnings.push(`${src.what}: chain ends after ${i + 1} of ${count} entries`);
      break;
    }
    if (next < 20)
      throw new ElfError(
        "BAD_VERSION_CHAIN",
        `${src.what}: vd_next ${next} is smaller than an entry`,
        v.base + off + 16
      );
    off += next;
  }
}

// src/elf/analyse.ts
var DF_BIND_NOW = 8;
var DF_1_NOW = 1;
var DF_1_PIE = 134217728;
var MAX_INTERP = 4096;
var MAX_WARNINGS = 100;
function emptyElfFacts(path, size) {
  return {
    path,
    size,
    error: null,
    elf: null,
    linkage: null,
    interpreter: null,
    soname: null,
    needed: [],
    rpath: [],
    runpath: [],
    versionNeeds: [],
    versionDefs: [],
    dynamicSymbols: [],
    requires: {},
    requiredBy: {},
    abiTag: null,
    buildId: null,
    x86IsaLevel: null,
    pie: false,
    bindNow: false,
    stripped: false,
    warnings: []
  };
}
function readElfInto(source, out, opts = {}) {
  try {
    out.size = source.size;
  } catch {
    out.size = 0;
  }
  const reading = {
    file: out,
    layout: null,
    complete: false,
    warnings: [],
    record(e) {
      if (out.error === null) out.error = errorInfo(e);
      else reading.warnings.push(`${errorInfo(e).code}: ${errorInfo(e).message}`);
    }
  };
  const budget = new Budget(opts.budget);
  try {
    reading.layout = readLayout(source, budget);
  } catch (e) {
    reading.record(e);
    return reading;
  }
  reading.complete = readFacts(reading.layout, budget, out, reading);
  return reading;
}
function finishElfFacts(reading) {
  const { file: out, warnings } = reading;
  out.warnings = warnings.length > MAX_WARNINGS ? [...warnings.slice(0, MAX_WARNINGS), `${warnings.length - MAX_WARNINGS} more warnings`] : warnings;
  return out;
}
function readFacts(layout, budget, out, reading) {
  const { warnings, record } = reading;
  const fatal = (e) => {
    record(e);
    return e instanceof ElfError && e.code === "BUDGET_EXCEEDED";
  };
  try {
    warnings.push(...layout.warnings);
    if (layout.tableError) record(layout.tableError);
    out.elf = {
      class: layout.is64 ? 64 : 32,
      endian: layout.little ? "little" : "big",
      type: typeName(layout.type),
      machine: machineName(layout.machine),
      osabi: osabiName(layout.osabi)
    };
    out.stripped = !layout.sections.some((s) => s.type === SHT_SYMTAB);
    out.interpreter = readInterpreter(layout, warnings);
    let dyn = null;
    try {
      dyn = readDynamic(layout, budget, warnings);
    } catch (e) {
      if (fatal(e)) return false;
    }
    if (dyn) {
      out.needed = dyn.needed;
      out.soname = dyn.soname;
      out.rpath = dyn.rpath !== null ? dyn.rpath.split(":") : [];
      out.runpath = dyn.runpath !== null ? dyn.runpath.split(":") : [];
      out.bindNow = (dyn.flags & DF_BIND_NOW) !== 0 || (dyn.flags1 & DF_1_NOW) !== 0 || dyn.bindNowTag;
    }
    let versions = null;
    try {
      versions = readVersionTables(layout, dyn, budget, warnings);
      out.versionNeeds = versions.needs;
      out.versionDefs = versions.defs;
    } catch (e) {
      if (fatal(e)) return false;
    }
    let table = null;
    try {
      table = readDynamicSymbols(layout, dyn, versions, budget, warnings);
      if (table) attachSymbols(out, table);
    } catch (e) {
      if (fatal(e)) return false;
    }
    const req = computeRequires(out.versionNeeds, (nodes) => table ? table.undefinedWithVersion(nodes) : /* @__PURE__ */ new Map());
    out.requires = req.requires;
    out.requiredBy = req.requiredBy;
    try {
      const notes = readNotes(layout, budget, warnings);
      out.abiTag = notes.abiTag;
      out.buildId = notes.buildId;
      out.x86IsaLevel = notes.x86IsaLevel;
    } catch (e) {
      if (fatal(e)) return false;
    }
    const isDyn = layout.type === 3;
    const pieFlag = dyn !== null && (dyn.flags1 & DF_1_PIE) !== 0;
    if (out.interpreter !== null) out.linkage = "dynamic";
    else if (layout.type === 2) out.linkage = "static";
    else if (isDyn) {
      const looksStaticPie = out.needed.length === 0 && out.soname === null && layout.entry !== 0;
      out.linkage = pieFlag || looksStaticPie ? "static-pie" : "dynamic";
    }
    out.pie = isDyn && (pieFlag || out.interpreter !== null || out.linkage === "static-pie");
  } catch (e) {
    record(e);
  }
  return true;
}
var tables = /* @__PURE__ */ new WeakMap();
function pendingSymbolTable(file) {
  const t = tables.get(file);
  return t && !t.materialised ? t : null;
}
function attachSymbols(out, table) {
  tables.set(out, table);
  Object.defineProperty(out, "dynamicSymbols", {
    enumerable: true,
    configurable: true,
    get() {
      return table.toArray();
    },
    set(value) {
      tables.delete(out);
      Object.defineProperty(out, "dynamicSymbols", { value, writable: true, enumerable: true, configurable: true });
    }
  });
}
function readInterpreter(layout, warnings) {
  const p = layout.phdrs.find((ph) => ph.type === PT_INTERP);
  if (!p) return null;
  if (!(p.filesz > 0 && p.offset <= layout.src.size && p.filesz <= layout.src.size - p.offset)) {
    warnings.push("PT_INTERP lies outside the file");
    return null;
  }
  const bytes = layout.src.read(p.offset, Math.min(p.filesz, MAX_INTERP));
  let end = bytes.indexOf(0);
  if (end < 0) end = bytes.length;
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, end));
}

// src/knowledge/versions.ts
function parseNode(name) {
  const m = /^([A-Za-z_]+?)_(\d+(?:\.\d+)*)$/.exec(name);
  if (!m) return { family: name, numbers: null };
  return { family: m[1], numbers: m[2].split(".").map(Number) };
}
function nodeVersion(name) {
  const p = parseNode(name);
  return p.numbers ? p.numbers.join(".") : null;
}
function sortNodes(nodes) {
  return [...new Set(nodes)].sort((a, b) => {
    const x = parseNode(a);
    const y = parseNode(b);
    if (x.family !== y.family) return x.family < y.family ? -1 : 1;
    if (!x.numbers || !y.numbers) return x.numbers ? -1 : y.numbers ? 1 : a < b ? -1 : 1;
    return compareVersions(x.numbers, y.numbers);
  });
}
function highestOf(nodes, family) {
  let best = null;
  for (const n of nodes) {
    const p = parseNode(n);
    if (p.family === family && p.numbers && (!best || compareVersions(p.numbers, best) > 0)) best = p.numbers;
  }
  return best ? best.join(".") : null;
}

// src/binary/libc-names.ts
var GLIBC_LIBRARY = /^(libc|libm|libpthread|libdl|librt|libresolv|libutil|libanl)\.so|^ld-linux/;
var MUSL_LIBC = /^(libc\.so|libc\.musl-[\w-]+\.so\.1|ld-musl-[\w-]+\.so\.1)$/;
function isGlibcLibrary(soname) {
  return GLIBC_LIBRARY.test(soname);
}
function isMuslLibc(soname) {
  return MUSL_LIBC.test(soname);
}

// src/binary/libc.ts
function loaderFlavor(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (/^ld-musl-.*\.so\.1$/.test(base)) return "musl";
  if (/^(ld-linux.*\.so\.\d+|ld64\.so\.[12]|ld\.so\.1)$/.test(base)) return "glibc";
  return "other";
}
function inferLibc(e) {
  if (e.interpreter !== null) {
    const flavor = loaderFlavor(e.interpreter);
    if (flavor !== "other") return flavor;
  }
  for (const n of e.needed) {
    if (n === "libc.so.6" || n === "libc.so.6.1" || n === "libc.so.0.3") return "glibc";
    if (isMuslLibc(n)) return "musl";
  }
  if (e.needNames.some((n) => n.startsWith("GLIBC_")) || e.defNames.some((n) => n.startsWith("GLIBC_"))) return "glibc";
  if (e.soname !== null) {
    if (isMuslLibc(e.soname)) return "musl";
    if (e.soname === "libc.so.6" || e.soname.startsWith("ld-linux")) return "glibc";
  }
  if (e.interpreter !== null) return "unknown";
  if (e.linkage === "static" || e.linkage === "static-pie") {
    if (e.abiTag !== null) return "glibc";
    if (e.go !== null) {
      if (e.go.settings["CGO_ENABLED"] === "1" && e.sectionNames.has(".init")) return "musl";
      return "none";
    }
  }
  return "unknown";
}

// src/gobuildinfo/elf-exe.ts
function elfExeData(layout) {
  return {
    dataStart() {
      const sec = layout.sections.find((s) => s.name === ".go.buildinfo");
      if (sec) return sec.addr;
      const seg = layout.phdrs.find((p) => p.type === PT_LOAD && (p.flags & 3) === 2);
      return seg ? seg.vaddr : null;
    },
    readData(addr, size) {
      for (const p of layout.phdrs) {
        if (p.type !== PT_LOAD || !(p.filesz > 0)) continue;
        if (addr >= p.vaddr && addr - p.vaddr < p.filesz) {
          const n = Math.min(size, p.filesz - (addr - p.vaddr));
          const off = p.offset + (addr - p.vaddr);
          if (!(off >= 0 && off + n <= layout.src.size)) return null;
          return layout.src.read(off, n);
        }
      }
      return null;
    }
  };
}

// src/gobuildinfo/unquote.ts
function goUnquote(lit) {
  if (lit.length < 2) return null;
  const q = lit[0];
  if (q !== lit[lit.length - 1]) return null;
  const body = lit.slice(1, -1);
  if (q === "`") return body.includes("`") ? null : body.replace(/\r/g, "");
  if (q !== '"') return null;
  let out = "";
  const bytes = [];
  const flush = () => {
    if (bytes.length) {
      out += new TextDecoder("utf-8", { fatal: false }).decode(Uint8Array.from(bytes));
      bytes.length = 0;
    }
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"' || c === "\n") return null;
    if (c !== "\\") {
      flush();
      out += c;
      continue;
    }
    const e = body[++i];
    const simple = {
      a: "\x07",
      b: "\b",
      f: "\f",
      n: "\n",
      r: "\r",
      t: "	",
      v: "\v",
      "\\": "\\",
      '"': '"'
    };
    if (e in simple) {
      flush();
      out += simple[e];
    } else if (e === "x" || e >= "0" && e <= "7") {
      const hex = e === "x";
      const digits = hex ? body.slice(i + 1, i + 3) : body.slice(i, i + 3);
      if (!(hex ? /^[0-9a-fA-F]{2}$/ : /^[0-7]{3}$/).test(digits)) return null;
      const v = parseInt(digits, hex ? 16 : 8);
      if (v > 255) return null;
      bytes.push(v);
      i += hex ? 2 : 2;
    } else if (e === "u" || e === "U") {
      const n = e === "u" ? 4 : 8;
      const digits = body.slice(i + 1, i + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(digits)) return null;
      const cp = parseInt(digits, 16);
      if (cp > 1114111 || cp >= 55296 && cp < 57344) return null;
      flush();
      out += String.fromCodePoint(cp);
      i += n;
    } else {
      return null;
    }
  }
  flush();
  return out;
}

// src/gobuildinfo/modinfo.ts
var MAX_LINES = 1e5;
function parseModInfo(version, text, problems = []) {
  const info = { version, path: "", main: { path: "", version: "" }, settings: {}, deps: [] };
  let last = null;
  let start = 0;
  for (let n = 0; n < MAX_LINES; n++) {
    const end = text.indexOf("\n", start);
    if (end < 0) break;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.startsWith("path	")) {
      info.path = line.slice(5);
    } else if (line.startsWith("mod	")) {
      const m = moduleLine(line.slice(4), problems);
      if (m) info.main = m;
      last = m;
    } else if (line.startsWith("dep	")) {
      const m = moduleLine(line.slice(4), problems);
      if (m) info.deps.push(m);
      last = m;
    } else if (line.startsWith("=>	")) {
      const elem = line.slice(3).split("	");
      if (elem.length !== 3 || last === null) {
        problems.push(`go buildinfo: bad replacement line ${JSON.stringify(line.slice(0, 200))}`);
      } else {
        last.replace = withSum({ path: elem[0], version: elem[1] }, elem[2]);
      }
      last = null;
    } else if (line.startsWith("build	")) {
      const kv = buildLine(line.slice(6));
      if (kv) info.settings[kv[0]] = kv[1];
      else problems.push(`go buildinfo: bad build line ${JSON.stringify(line.slice(0, 200))}`);
    }
  }
  return info;
}
function withSum(m, sum) {
  if (sum) m.sum = sum;
  return m;
}
function moduleLine(rest, problems) {
  const elem = rest.split("	");
  if (elem.length !== 2 && elem.length !== 3) {
    problems.push(`go buildinfo: expected 2 or 3 columns in module line, got ${elem.length}`);
    return null;
  }
  return withSum({ path: elem[0], version: elem[1] }, elem[2]);
}
function buildLine(kv) {
  if (kv.length < 1 || kv[0] === "=") return null;
  let key;
  let raw;
  if (kv[0] === '"' || kv[0] === "`") {
    const end = quotedPrefixEnd(kv);
    if (end < 0) return null;
    const k = goUnquote(kv.slice(0, end));
    if (k === null || kv[end] !== "=") return null;
    key = k;
    raw = kv.slice(end + 1);
  } else {
    const eq = kv.indexOf("=");
    if (eq < 0) return null;
    key = kv.slice(0, eq);
    raw = kv.slice(eq + 1);
  }
  if (raw.length > 0 && (raw[0] === '"' || raw[0] === "`")) {
    const v = goUnquote(raw);
    return v === null ? null : [key, v];
  }
  return [key, raw];
}
function quotedPrefixEnd(s) {
  const q = s[0];
  for (let i = 1; i < s.length; i++) {
    if (q === '"' && s[i] === "\\") {
      i++;
      continue;
    }
    if (s[i] === q) return i + 1;
  }
  return -1;
}

// src/gobuildinfo/read.ts
var MAGIC = [255, 32, 71, 111, 32, 98, 117, 105, 108, 100, 105, 110, 102, 58];
var ALIGN = 16;
var HEADER2 = 32;
var SCAN = 64 * 1024;
var MAX_STRING2 = 16 << 20;
var latin = new TextDecoder("utf-8", { fatal: false });
function readGoBuildInfo(exe, problems = []) {
  const start = exe.dataStart();
  if (start === null) return null;
  const window = exe.readData(start, SCAN);
  if (!window) return null;
  const at = findMagic(window);
  if (at < 0) return null;
  const base = start + at;
  const head = window.subarray(at, at + HEADER2);
  const ptrSize = head[14];
  const flags = head[15];
  let version;
  let mod;
  if (flags & 2) {
    const rest = readInline(exe, base + HEADER2, window.subarray(at + HEADER2));
    if (!rest) {
      problems.push("go buildinfo: inline strings run past the data");
      return null;
    }
    ;
    [version, mod] = rest;
  } else {
    if (ptrSize !== 4 && ptrSize !== 8) {
      problems.push(`go buildinfo: pointer size ${ptrSize} is neither 4 nor 8`);
      return null;
    }
    const big = flags !== 0;
    const vAddr = readPtr(head, 16, ptrSize, big);
    const mAddr = readPtr(head, 16 + ptrSize, ptrSize, big);
    version = readGoString(exe, vAddr, ptrSize, big);
    mod = readGoString(exe, mAddr, ptrSize, big) ?? "";
  }
  if (!version) return null;
  if (mod !== null && mod.length >= 33 && mod[mod.length - 17] === "\n") mod = mod.slice(16, mod.length - 16);
  else mod = "";
  return parseModInfo(version, mod, problems);
}
function findMagic(data) {
  for (let i = 0; i + HEADER2 <= data.length; i += ALIGN) {
    let ok = true;
    for (let j = 0; j < MAGIC.length; j++) {
      if (data[i + j] !== MAGIC[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return i;
  }
  return -1;
}
function readPtr(b, at, size, big) {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (size === 4) return dv.getUint32(at, !big);
  const hi = dv.getUint32(big ? at : at + 4, !big);
  const lo = dv.getUint32(big ? at + 4 : at, !big);
  return hi >= 2097152 ? Infinity : hi * 4294967296 + lo;
}
function readGoString(exe, addr, ptrSize, big) {
  if (!Number.isFinite(addr)) return null;
  const hdr = exe.readData(addr, 2 * ptrSize);
  if (!hdr || hdr.length < 2 * ptrSize) return null;
  const dataAddr = readPtr(hdr, 0, ptrSize, big);
  const len = readPtr(hdr, ptrSize, ptrSize, big);
  if (!Number.isFinite(dataAddr) || !(len <= MAX_STRING2)) return null;
  if (len === 0) return "";
  const data = exe.readData(dataAddr, len);
  if (!data || data.length < len) return null;
  return latin.decode(data);
}
function readInline(exe, addr, initial) {
  let data = initial;
  const out = [];
  let pos = 0;
  for (let k = 0; k < 2; k++) {
    const v = uvarint(data, pos);
    if (!v) return null;
    const [len, n] = v;
    if (!(len <= MAX_STRING2)) return null;
    if (pos + n + len > data.length) {
      const more = exe.readData(addr, pos + n + len);
      if (!more || more.length < pos + n + len) return null;
      data = more;
    }
    out.push(latin.decode(data.subarray(pos + n, pos + n + len)));
    pos += n + len;
  }
  return [out[0], out[1]];
}
function uvarint(b, at) {
  let x = 0;
  let mul = 1;
  for (let i = 0; i < 10 && at + i < b.length; i++) {
    const c = b[at + i];
    x += (c & 127) * mul;
    if (c < 128) return x > Number.MAX_SAFE_INTEGER ? null : [x, i + 1];
    mul *= 128;
  }
  return null;
}

// src/binary/arch.ts
function goArchOfMachine(machine, is64, little) {
  switch (machine) {
    case 62:
      return is64 ? "amd64" : "amd64p32";
    case 3:
      return "386";
    case 183:
      return "arm64";
    case 40:
      return "arm";
    case 21:
      return little ? "ppc64le" : "ppc64";
    case 20:
      return "ppc";
    case 22:
      return "s390x";
    case 8:
      return is64 ? little ? "mips64le" : "mips64" : little ? "mipsle" : "mips";
    case 243:
      return is64 ? "riscv64" : "riscv32";
    case 258:
      return "loong64";
    default:
      return null;
  }
}

// src/binary/inspect.ts
function emptyInspectedFile(path, size) {
  const { warnings, ...elf } = emptyElfFacts(path, size);
  return { ...elf, libc: "unknown", go: null, warnings };
}
function inspectBinary(source, path, opts = {}) {
  const reading = readElfInto(source, emptyInspectedFile(path, 0), opts);
  const { file: out, layout } = reading;
  if (layout === null) return finishElfFacts(reading);
  const arch = goArchOfMachine(layout.machine, layout.is64, layout.little);
  if (arch && out.elf) out.elf.arch = arch;
  if (!reading.complete) return finishElfFacts(reading);
  try {
    try {
      out.go = readGoBuildInfo(elfExeData(layout), reading.warnings);
    } catch (e) {
      reading.record(e);
    }
    out.libc = inferLibc({
      interpreter: out.interpreter,
      needed: out.needed,
      soname: out.soname,
      needNames: out.versionNeeds.flatMap((n) => n.versions.map((v) => v.name)),
      defNames: out.versionDefs.map((d) => d.name),
      abiTag: out.abiTag,
      go: out.go,
      linkage: out.linkage,
      sectionNames: new Set(layout.sections.map((s) => s.name))
    });
  } catch (e) {
    reading.record(e);
  }
  return finishElfFacts(reading);
}

export {
  compareVersions,
  parseNode,
  nodeVersion,
  sortNodes,
  highestOf,
  isGlibcLibrary,
  isMuslLibc,
  loaderFlavor,
  ElfError,
  errorInfo,
  INFO_BINDING,
  INFO_TYPE,
  WasmArena,
  jsonPlan,
  pendingSymbolTable,
  emptyInspectedFile,
  inspectBinary
};
