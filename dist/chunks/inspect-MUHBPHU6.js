import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  describeMuslNeed,
  inspectFile,
  muslFloorOf
} from "./chunk-PZNQ4IVZ.js";
import "./chunk-K7JWVYMN.js";
import {
  INFO_BINDING,
  INFO_TYPE,
  jsonPlan,
  pendingSymbolTable
} from "./chunk-MUPL4P2E.js";
import {
  parseCommandLine,
  printOut,
  reportingErrors,
  safeText
} from "./chunk-L37ITCKO.js";
import {
  ExitCode
} from "./chunk-7SNLVPQW.js";
import "./chunk-JQT2NS4W.js";
import "./chunk-IBEVECVS.js";
import "./chunk-54MS2K6W.js";

// src/cli/commands/inspect.ts
import { fstatSync } from "node:fs";

// src/elf/json.ts
var PLACEHOLDER = "\0abigap:dynamicSymbols\0";
var MARK = `"dynamicSymbols":${JSON.stringify(PLACEHOLDER)}`;
var enc = new TextEncoder();
function writeInspectDocument(files, sink) {
  let text = '{"schemaVersion":1,"files":[';
  files.forEach((file, i) => {
    if (i > 0) text += ",";
    const table = pendingSymbolTable(file);
    if (table === null) {
      text += JSON.stringify(file);
      return;
    }
    const copy = {};
    for (const k of Object.keys(file)) copy[k] = k === "dynamicSymbols" ? PLACEHOLDER : file[k];
    const json = JSON.stringify(copy);
    const at = json.indexOf(MARK);
    const key = '"dynamicSymbols":';
    sink(enc.encode(text + json.slice(0, at + key.length)));
    writeDynamicSymbolsJson(table, sink);
    text = json.slice(at + MARK.length);
  });
  sink(enc.encode(text + "]}\n"));
}
var CHUNK = 1 << 18;
var MAX_FAST_NAME = 65536;
var OPEN = enc.encode('{"name":');
var ChunkWriter = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  buf = new Uint8Array(CHUNK);
  pos = 0;
  /** Makes room for n more bytes (flushing what is buffered). */
  room(n) {
    if (this.pos + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = new Uint8Array(n);
  }
  put(b) {
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  flush() {
    if (this.pos > 0) this.sink(this.buf.subarray(0, this.pos));
    this.pos = 0;
  }
};
function writeDynamicSymbolsJson(table, sink) {
  const kernel = table.kernel();
  if (kernel === null || !kernel.writeJson(jsonPlan(table), sink)) writePlain(table, sink);
}
function writePlain(table, sink) {
  const { bytes, little, is64, entsize, count, strings, versions } = table.parts;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const infoAt = is64 ? 4 : 12;
  const shndxAt = is64 ? 6 : 14;
  const str = strings ? strings.bytes : new Uint8Array(0);
  const strLen = str.length;
  const safe = strings !== null && count > 4096 && strings.jsonSafe();
  const hasDef = versions !== null && versions.hasDef;
  const defNameOff = /* @__PURE__ */ new Map();
  const tails = /* @__PURE__ */ new Map();
  const out = new ChunkWriter(sink);
  out.buf[out.pos++] = 91;
  for (let i = 1; i < count; i++) {
    const at = i * entsize;
    const nameOff = dv.getUint32(at, little);
    const info = bytes[at + infoAt];
    const shndx = dv.getUint16(at + shndxAt, little);
    out.room(OPEN.length + 1);
    if (i > 1) out.buf[out.pos++] = 44;
    out.buf.set(OPEN, out.pos);
    out.pos += OPEN.length;
    let fast = nameOff < strLen && !((info & 15) === 3 && nameOff === 0) && (str[nameOff] & 192) !== 128;
    if (fast) {
      let end = str.indexOf(0, nameOff);
      if (end < 0) end = strLen;
      const len = end - nameOff;
      fast = len <= MAX_FAST_NAME && (safe || plainAscii(str, nameOff, end));
      if (fast) {
        out.room(len + 2);
        const b = out.buf;
        let p = out.pos;
        b[p++] = 34;
        if (len > 24) b.set(str.subarray(nameOff, end), p);
        else for (let k = 0; k < len; k++) b[p + k] = str[nameOff + k];
        p += len;
        b[p++] = 34;
        out.pos = p;
      }
    }
    if (!fast) out.put(enc.encode(JSON.stringify(table.name(nameOff, info, shndx) ?? "")));
    const vers = table.versym(i);
    let same = 0;
    if (hasDef && shndx !== 0 && vers !== 0) {
      let off = defNameOff.get(vers);
      if (off === void 0) {
        const def = vers !== 32769 ? versions.defByIndex.get(vers & 32767) : void 0;
        off = def !== void 0 && def.nameOff >= 0 ? def.nameOff : -1;
        defNameOff.set(vers, off);
      }
      if (off === nameOff) same = 1;
    }
    const key = ((vers * 2 + same) * 2 + (shndx !== 0 ? 1 : 0)) * 256 + info;
    let tail = tails.get(key);
    if (tail === void 0) tails.set(key, tail = tailOf(table, vers, nameOff, shndx, info));
    out.put(tail);
  }
  out.room(1);
  out.buf[out.pos++] = 93;
  out.flush();
}
function tailOf(table, vers, nameOff, shndx, info) {
  const [version, hidden] = table.version(vers, nameOff, shndx);
  const library = table.libraryOf(vers, version, hidden);
  return enc.encode(
    `,"version":${JSON.stringify(version)},"hidden":${hidden},"library":${JSON.stringify(library)},"defined":${shndx !== 0},"binding":${JSON.stringify(INFO_BINDING[info])},"type":${JSON.stringify(INFO_TYPE[info])}}`
  );
}
function plainAscii(str, from, to) {
  for (let k = from; k < to; k++) {
    const c = str[k];
    if (c < 32 || c === 34 || c === 92 || c >= 128) return false;
  }
  return true;
}

// src/cli/commands/inspect.ts
function describe(f) {
  const lines = [`${safeText(f.path)}:`];
  const add = (label, value) => {
    lines.push(`  ${label.padEnd(12)}${value}`);
  };
  if (f.elf) {
    add(
      "format",
      `ELF${f.elf.class} ${f.elf.endian}-endian ${f.elf.type} ${f.elf.machine}${f.elf.arch ? ` (${f.elf.arch})` : ""}, ${f.elf.osabi}`
    );
    add(
      "linkage",
      `${f.linkage ?? "n/a"}${f.pie ? ", PIE" : ""}${f.bindNow ? ", BIND_NOW" : ""}${f.stripped ? ", stripped" : ""}`
    );
    add("libc", f.libc + (f.abiTag ? ` (ABI tag ${safeText(f.abiTag.os)} \u2265 ${safeText(f.abiTag.kernel)})` : ""));
    if (f.interpreter !== null) add("loader", safeText(f.interpreter));
    if (f.soname !== null) add("soname", safeText(f.soname));
    if (f.needed.length) add("needs", f.needed.map((n) => safeText(n)).join(", "));
    if (f.rpath.length) add("rpath", f.rpath.map((n) => safeText(n)).join(":"));
    if (f.runpath.length) add("runpath", f.runpath.map((n) => safeText(n)).join(":"));
    for (const [family, version] of Object.entries(f.requires)) {
      const by = f.requiredBy[family] ?? [];
      const shown = by.slice(0, 5).map((n) => safeText(n, 80)).join(", ");
      add(
        family === "GLIBC" ? "glibc" : "requires",
        `${safeText(family)} ${safeText(version)}${by.length ? ` (set by ${shown}${by.length > 5 ? `, +${by.length - 5} more` : ""})` : ""}`
      );
    }
    const musl = muslFloorOf(f);
    if (musl) add("musl", `needs ${describeMuslNeed(musl)}`);
    if (f.versionDefs.length) add("defines", `${f.versionDefs.length} version node(s)`);
    const table = pendingSymbolTable(f);
    const total = table ? table.length : f.dynamicSymbols.length;
    const undefinedCount = table ? table.countUndefined() : f.dynamicSymbols.filter((s) => !s.defined).length;
    add("symbols", `${total} dynamic (${undefinedCount} undefined)`);
    if (f.x86IsaLevel !== null) add("x86 ISA", f.x86IsaLevel === 1 ? "baseline" : `x86-64-v${f.x86IsaLevel}`);
    if (f.buildId !== null) add("build-id", f.buildId);
    if (f.go) {
      const cgo = f.go.settings["CGO_ENABLED"];
      add(
        "go",
        `${safeText(f.go.version)}${cgo !== void 0 ? `, CGO_ENABLED=${safeText(cgo)}` : ""}${f.go.path ? `, ${safeText(f.go.path)}` : ""}`
      );
    }
  }
  if (f.error)
    add(
      "error",
      `${f.error.code}: ${safeText(f.error.message)}${f.error.offset !== null ? ` (at offset ${f.error.offset})` : ""}`
    );
  for (const w of f.warnings.slice(0, 5)) add("warning", safeText(w));
  if (f.warnings.length > 5) add("warning", `\u2026 ${f.warnings.length - 5} more`);
  return lines.join("\n");
}
function stdoutSink() {
  let synchronous = false;
  try {
    const st = fstatSync(1);
    synchronous = st.isFile() || st.isCharacterDevice();
  } catch {
    synchronous = false;
  }
  return synchronous ? (chunk) => void process.stdout.write(chunk) : (chunk) => void process.stdout.write(Buffer.from(chunk));
}
function plainArguments(argv) {
  const files = [];
  let json = false;
  for (const a of argv) {
    if (a === "--json") json = true;
    else if (a.length > 0 && !a.startsWith("-")) files.push(a);
    else return null;
  }
  return files.length > 0 ? { files, json } : null;
}
async function parseArguments(argv) {
  const { Command } = await import("./esm-FGOZYW5J.js");
  const cmd = new Command("abigap inspect").description("ELF facts: linkage, loader, needed libraries, symbol versions, Go build info").option("--json", "print one JSON document (schemaVersion 1)").argument("<file...>", "files to analyse");
  const ended = parseCommandLine(cmd, argv);
  if (ended !== null) return ended;
  return { files: cmd.processedArgs[0], json: Boolean(cmd.opts().json) };
}
var run = reportingErrors(inspectCommand);
async function inspectCommand(argv) {
  const args = plainArguments(argv) ?? await parseArguments(argv);
  if (typeof args === "number") return args;
  const { files, json } = args;
  const results = files.map((f) => inspectFile(f));
  if (json) {
    writeInspectDocument(results, stdoutSink());
  } else {
    printOut(results.map(describe).join("\n\n") + "\n");
  }
  return results.some((r) => r.error !== null) ? ExitCode.findings : ExitCode.ok;
}
export {
  describe,
  run
};
