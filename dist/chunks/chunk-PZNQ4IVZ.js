import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  muslFloor
} from "./chunk-K7JWVYMN.js";
import {
  ElfError,
  WasmArena,
  emptyInspectedFile,
  errorInfo,
  inspectBinary,
  isMuslLibc
} from "./chunk-MUPL4P2E.js";

// src/abi/musl-floor.ts
function muslFloorOf(facts) {
  if (!facts.elf || facts.libc !== "musl" || facts.interpreter === null) return null;
  const names = facts.dynamicSymbols.filter((s) => !s.defined && s.binding !== "WEAK" && s.name).map((s) => s.name);
  const floor = muslFloor(names);
  const onlyLibc = facts.needed.every(isMuslLibc);
  return onlyLibc ? floor : { ...floor, missing: [] };
}
function describeMuslNeed(floor, max = 4) {
  const oldest = floor.symbols.length === 0;
  const syms = floor.symbols.length > max ? `${floor.symbols.slice(0, max).join(", ")}, \u2026` : floor.symbols.join(", ");
  const need = oldest ? `musl (${floor.version} or older suffices)` : `musl \u2265 ${floor.version} (${syms})`;
  return floor.missing.length ? `${need}; no musl release exports ${floor.missing.slice(0, max).join(", ")}` : need;
}

// src/io/inspect-file.ts
import { statSync } from "node:fs";

// src/io/file-source.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var BLOCK = 64 * 1024;
var MAX_BLOCKS = 8;
var ARENA_MIN = 1 << 20;
function openFileSource(path) {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  let size;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new ElfError("NOT_REGULAR", `${path} is not a regular file`, null);
    size = st.size;
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  return fdSource(fd, size);
}
function fdSource(fd, size) {
  const blocks = /* @__PURE__ */ new Map();
  let closed = false;
  let arena;
  const allocate = (length) => {
    if (length >= ARENA_MIN) {
      if (arena === void 0) arena = WasmArena.create(Math.floor(size / 4) + (8 << 20));
      const buf = arena?.alloc(length);
      if (buf) return buf;
    }
    return new Uint8Array(length);
  };
  const readExact = (offset, length) => {
    const buf = allocate(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, buf, done, length - done, offset + done);
      if (n <= 0)
        throw new ElfError(
          "TRUNCATED",
          `file ended at ${offset + done} while reading ${length} bytes at ${offset}`,
          offset + done
        );
      done += n;
    }
    return buf;
  };
  const block = (index) => {
    let b = blocks.get(index);
    if (b) {
      blocks.delete(index);
      blocks.set(index, b);
      return b;
    }
    const start = index * BLOCK;
    b = readExact(start, Math.min(BLOCK, size - start));
    blocks.set(index, b);
    if (blocks.size > MAX_BLOCKS) blocks.delete(blocks.keys().next().value);
    return b;
  };
  return {
    size,
    read(offset, length) {
      if (closed) throw new ElfError("IO_ERROR", "read from a closed file", offset);
      if (!(offset >= 0 && length >= 0 && offset + length <= size)) {
        throw new ElfError(
          "TRUNCATED",
          `read of ${length} bytes at ${offset} leaves the ${size}-byte file`,
          Number.isFinite(offset) ? offset : null
        );
      }
      if (length === 0) return new Uint8Array(0);
      const first = Math.floor(offset / BLOCK);
      const last = Math.floor((offset + length - 1) / BLOCK);
      if (first === last && length <= BLOCK / 4) {
        const b = block(first);
        const at = offset - first * BLOCK;
        return b.subarray(at, at + length);
      }
      return readExact(offset, length);
    },
    close() {
      if (!closed) {
        closed = true;
        closeSync(fd);
      }
    }
  };
}

// src/io/inspect-file.ts
var MAX_INSPECT_SIZE = 8 * 1024 ** 3;
function inspectFile(path) {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = e.code;
    const out = emptyInspectedFile(path, 0);
    out.error = code === "ENOENT" || code === "ENOTDIR" ? { code: "NOT_FOUND", message: "no such file", offset: null } : { code: "IO_ERROR", message: `cannot stat: ${code ?? String(e)}`, offset: null };
    return out;
  }
  if (!st.isFile()) {
    const out = emptyInspectedFile(path, 0);
    const kind = st.isDirectory() ? "a directory" : st.isFIFO() ? "a FIFO" : st.isSocket() ? "a socket" : "not a regular file";
    out.error = { code: "NOT_REGULAR", message: `${kind}, not an ELF file`, offset: null };
    return out;
  }
  if (st.size > MAX_INSPECT_SIZE) {
    const out = emptyInspectedFile(path, st.size);
    out.error = {
      code: "TOO_LARGE",
      message: `${st.size} bytes is above the ${MAX_INSPECT_SIZE}-byte limit`,
      offset: null
    };
    return out;
  }
  let src;
  try {
    src = openFileSource(path);
  } catch (e) {
    const out = emptyInspectedFile(path, st.size);
    const code = e.code;
    out.error = code ? { code: "IO_ERROR", message: `cannot open: ${code}`, offset: null } : errorInfo(e);
    return out;
  }
  try {
    return inspectBinary(src, path);
  } finally {
    src.close();
  }
}

export {
  muslFloorOf,
  describeMuslNeed,
  openFileSource,
  inspectFile
};
