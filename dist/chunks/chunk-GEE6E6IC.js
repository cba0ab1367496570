import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  ElfError,
  analyseElf,
  loaderFlavor
} from "./chunk-P3V4ORBC.js";
import {
  highestOf
} from "./chunk-3PTF46MJ.js";

// src/knowledge/arch.ts
function archOf(elf) {
  return elf.arch ?? archOfMachine(elf.machine, elf.class, elf.endian);
}
function archOfMachine(machine, elfClass, endian) {
  const m = machine.toLowerCase();
  if (m.includes("x86-64")) return elfClass === 64 ? "amd64" : "amd64p32";
  if (m === "aarch64") return "arm64";
  if (m === "arm") return "arm";
  if (m.includes("80386")) return "386";
  if (m.includes("s/390")) return "s390x";
  if (m === "powerpc64") return endian === "little" ? "ppc64le" : "ppc64";
  if (m === "powerpc") return "ppc";
  if (m.startsWith("mips"))
    return elfClass === 64 ? endian === "little" ? "mips64le" : "mips64" : endian === "little" ? "mipsle" : "mips";
  if (m.startsWith("risc-v")) return elfClass === 64 ? "riscv64" : "riscv32";
  return null;
}
function normaliseArch(arch) {
  const a = arch.toLowerCase().replace(/^linux\//, "").replace(/\/v\d+$/, "");
  const map = {
    x86_64: "amd64",
    "x86-64": "amd64",
    aarch64: "arm64",
    arm64v8: "arm64",
    i386: "386",
    i686: "386",
    x86: "386",
    armhf: "arm",
    armv7l: "arm",
    armv7: "arm",
    armel: "arm",
    arm32v7: "arm",
    powerpc64le: "ppc64le",
    ppc64el: "ppc64le",
    s390: "s390x",
    riscv: "riscv64"
  };
  return map[a] ?? a;
}
var GLIBC_LOADERS = {
  amd64: ["/lib64/ld-linux-x86-64.so.2"],
  arm64: ["/lib/ld-linux-aarch64.so.1"],
  arm: ["/lib/ld-linux-armhf.so.3", "/lib/ld-linux.so.3"],
  "386": ["/lib/ld-linux.so.2"],
  s390x: ["/lib/ld64.so.1"],
  ppc64le: ["/lib64/ld64.so.2"],
  ppc64: ["/lib64/ld64.so.1"],
  mips: ["/lib/ld.so.1"],
  mipsle: ["/lib/ld.so.1"],
  riscv64: ["/lib/ld-linux-riscv64-lp64d.so.1"]
};
var MUSL_ARCH_NAMES = {
  amd64: "x86_64",
  arm64: "aarch64",
  arm: "armhf",
  "386": "i386",
  s390x: "s390x",
  ppc64le: "powerpc64le",
  ppc64: "powerpc64",
  mips: "mips",
  mipsle: "mipsel",
  riscv64: "riscv64"
};
function muslLoader(arch) {
  const n = MUSL_ARCH_NAMES[arch];
  return n ? `/lib/ld-musl-${n}.so.1` : null;
}

// src/knowledge/types.ts
var CURRENT_PROFILE_VERSION = 2;

// src/elf/byte-source.ts
function bufferSource(bytes) {
  return {
    size: bytes.length,
    read(offset, length) {
      if (!(offset >= 0 && length >= 0 && offset + length <= bytes.length)) {
        throw new ElfError(
          "TRUNCATED",
          `read of ${length} bytes at ${offset} leaves the ${bytes.length}-byte file`,
          offset
        );
      }
      return bytes.subarray(offset, offset + length);
    }
  };
}

// src/knowledge/tree-paths.ts
function normalisePath(p) {
  const out = [];
  for (const part of p.split("/")) {
    if (!part || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}
function resolveInTree(tree, p, maxLinks = 40) {
  let pending = normalisePath(p).split("/").filter(Boolean);
  let done = [];
  let links = 0;
  while (pending.length) {
    const name = pending.shift();
    if (name === "..") {
      done.pop();
      continue;
    }
    if (name === ".") continue;
    const cur = "/" + [...done, name].join("/");
    const entry2 = tree.lstat(cur);
    if (!entry2) return null;
    if (entry2.type === "symlink") {
      if (++links > maxLinks) return null;
      const target = tree.readlink(cur);
      if (target === null || target === "") return null;
      const parts = target.split("/").filter((x) => x !== "");
      if (target.startsWith("/")) done = [];
      pending = [...parts, ...pending];
      continue;
    }
    if (pending.length && entry2.type !== "dir") return null;
    done.push(name);
  }
  const path = "/" + done.join("/");
  const entry = tree.lstat(path);
  return entry ? { path, entry } : null;
}
function readTextFile(tree, p, max = 256 * 1024) {
  const r = resolveInTree(tree, p);
  if (!r || r.entry.type !== "file" || r.entry.size > max) return null;
  const src = tree.open(r.path);
  if (!src) return null;
  try {
    return new TextDecoder("utf-8").decode(src.read(0, src.size));
  } catch {
    return null;
  }
}
var latin1 = new TextDecoder("latin1");
function scanSource(src, re, chunk = 1 << 20) {
  const overlap = 256;
  for (let off = 0; off < src.size; off += chunk - overlap) {
    const len = Math.min(chunk, src.size - off);
    let text;
    try {
      text = latin1.decode(src.read(off, len));
    } catch {
      return null;
    }
    const m = re.exec(text);
    if (m) return m;
    if (off + len >= src.size) break;
  }
  return null;
}

// src/knowledge/data/knowledge.json
var knowledge_default = {
  knowledgeVersion: 1,
  generatedBy: "scripts/gen-knowledge.mjs from scripts/knowledge/{distros.tsv,toolchains.tsv,libc-facts.json}",
  nodeSince: { GLIBC_ABI_DT_RELR: "2.36", GLIBC_ABI_DT_X86_64_PLT: "2.41", GLIBC_ABI_GNU2_TLS: "2.41" },
  lateNodes: { "libc.so.6": { "GLIBC_2.31": "2.34" } },
  glibc: {
    "386": {
      realUpTo: "2.36",
      source: "libc6-i386",
      libs: {
        "libc.so.6": [
          "GCC_3.0",
          "GLIBC_2.0",
          "GLIBC_2.1",
          "GLIBC_2.1.1",
          "GLIBC_2.1.2",
          "GLIBC_2.1.3",
          "GLIBC_2.2",
          "GLIBC_2.2.1",
          "GLIBC_2.2.2",
          "GLIBC_2.2.3",
          "GLIBC_2.2.4",
          "GLIBC_2.2.6",
          "GLIBC_2.3",
          "GLIBC_2.3.2",
          "GLIBC_2.3.3",
          "GLIBC_2.3.4",
          "GLIBC_2.4",
          "GLIBC_2.5",
          "GLIBC_2.6",
          "GLIBC_2.7",
          "GLIBC_2.8",
          "GLIBC_2.9",
          "GLIBC_2.10",
          "GLIBC_2.11",
          "GLIBC_2.12",
          "GLIBC_2.13",
          "GLIBC_2.14",
          "GLIBC_2.15",
          "GLIBC_2.16",
          "GLIBC_2.17",
          "GLIBC_2.18",
          "GLIBC_2.22",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.26",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.30",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.33",
          "GLIBC_2.34",
          "GLIBC_2.35",
          "GLIBC_2.36",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.41",
          "GLIBC_ABI_DT_RELR"
        ],
        "libm.so.6": [
          "GLIBC_2.0",
          "GLIBC_2.1",
          "GLIBC_2.2",
          "GLIBC_2.4",
          "GLIBC_2.15",
          "GLIBC_2.18",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.26",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.35",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.40",
          "GLIBC_2.41"
        ],
        "libpthread.so.0": [
          "GLIBC_2.0",
          "GLIBC_2.1",
          "GLIBC_2.1.1",
          "GLIBC_2.1.2",
          "GLIBC_2.2",
          "GLIBC_2.2.3",
          "GLIBC_2.2.6",
          "GLIBC_2.3.2",
          "GLIBC_2.3.3",
          "GLIBC_2.3.4",
          "GLIBC_2.4",
          "GLIBC_2.11",
          "GLIBC_2.12",
          "GLIBC_2.18",
          "GLIBC_2.28",
          "GLIBC_2.30",
          "GLIBC_2.31"
        ],
        "libdl.so.2": ["GLIBC_2.0", "GLIBC_2.1", "GLIBC_2.3.3", "GLIBC_2.3.4"],
        "librt.so.1": ["GLIBC_2.1", "GLIBC_2.2", "GLIBC_2.3.3", "GLIBC_2.3.4", "GLIBC_2.4", "GLIBC_2.7"],
        "libresolv.so.2": ["GLIBC_2.0", "GLIBC_2.2", "GLIBC_2.3.2", "GLIBC_2.9"],
        "libutil.so.1": ["GLIBC_2.0"],
        "libanl.so.1": ["GLIBC_2.2.3"]
      }
    },
    amd64: {
      realUpTo: "2.41",
      source: "debian:trixie image (glibc 2.41)",
      libs: {
        "libc.so.6": [
          "GLIBC_2.2.5",
          "GLIBC_2.2.6",
          "GLIBC_2.3",
          "GLIBC_2.3.2",
          "GLIBC_2.3.3",
          "GLIBC_2.3.4",
          "GLIBC_2.4",
          "GLIBC_2.5",
          "GLIBC_2.6",
          "GLIBC_2.7",
          "GLIBC_2.8",
          "GLIBC_2.9",
          "GLIBC_2.10",
          "GLIBC_2.11",
          "GLIBC_2.12",
          "GLIBC_2.13",
          "GLIBC_2.14",
          "GLIBC_2.15",
          "GLIBC_2.16",
          "GLIBC_2.17",
          "GLIBC_2.18",
          "GLIBC_2.22",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.26",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.30",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.33",
          "GLIBC_2.34",
          "GLIBC_2.35",
          "GLIBC_2.36",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.41",
          "GLIBC_ABI_DT_RELR",
          "GLIBC_ABI_DT_X86_64_PLT",
          "GLIBC_ABI_GNU2_TLS"
        ],
        "libm.so.6": [
          "GLIBC_2.2.5",
          "GLIBC_2.4",
          "GLIBC_2.15",
          "GLIBC_2.18",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.26",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.35",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.40",
          "GLIBC_2.41"
        ],
        "libpthread.so.0": [
          "GLIBC_2.2.5",
          "GLIBC_2.2.6",
          "GLIBC_2.3.2",
          "GLIBC_2.3.3",
          "GLIBC_2.3.4",
          "GLIBC_2.4",
          "GLIBC_2.11",
          "GLIBC_2.12",
          "GLIBC_2.18",
          "GLIBC_2.28",
          "GLIBC_2.30",
          "GLIBC_2.31"
        ],
        "libdl.so.2": ["GLIBC_2.2.5", "GLIBC_2.3.3", "GLIBC_2.3.4"],
        "librt.so.1": ["GLIBC_2.2.5", "GLIBC_2.3.3", "GLIBC_2.3.4", "GLIBC_2.4", "GLIBC_2.7"],
        "libresolv.so.2": ["GLIBC_2.2.5", "GLIBC_2.3.2", "GLIBC_2.9"],
        "libutil.so.1": ["GLIBC_2.2.5"],
        "libanl.so.1": ["GLIBC_2.2.5"]
      }
    },
    arm64: {
      realUpTo: "2.36",
      source: "libc6-arm64-cross",
      libs: {
        "libc.so.6": [
          "GLIBC_2.17",
          "GLIBC_2.18",
          "GLIBC_2.22",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.26",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.30",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.33",
          "GLIBC_2.34",
          "GLIBC_2.35",
          "GLIBC_2.36",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.41",
          "GLIBC_ABI_DT_RELR"
        ],
        "libm.so.6": [
          "GLIBC_2.17",
          "GLIBC_2.18",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.35",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.40",
          "GLIBC_2.41"
        ],
        "libpthread.so.0": ["GLIBC_2.17", "GLIBC_2.18", "GLIBC_2.28", "GLIBC_2.30", "GLIBC_2.31"],
        "libdl.so.2": ["GLIBC_2.17"],
        "librt.so.1": ["GLIBC_2.17"],
        "libresolv.so.2": ["GLIBC_2.17"],
        "libutil.so.1": ["GLIBC_2.17"],
        "libanl.so.1": ["GLIBC_2.17"]
      }
    },
    arm: {
      realUpTo: "2.36",
      source: "libc6-armhf-cross",
      libs: {
        "libc.so.6": [
          "GLIBC_2.4",
          "GLIBC_2.5",
          "GLIBC_2.6",
          "GLIBC_2.7",
          "GLIBC_2.8",
          "GLIBC_2.9",
          "GLIBC_2.10",
          "GLIBC_2.11",
          "GLIBC_2.12",
          "GLIBC_2.13",
          "GLIBC_2.14",
          "GLIBC_2.15",
          "GLIBC_2.16",
          "GLIBC_2.17",
          "GLIBC_2.18",
          "GLIBC_2.22",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.26",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.30",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.33",
          "GLIBC_2.34",
          "GLIBC_2.35",
          "GLIBC_2.36",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.41",
          "GLIBC_ABI_DT_RELR"
        ],
        "libm.so.6": [
          "GLIBC_2.4",
          "GLIBC_2.15",
          "GLIBC_2.18",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.35",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.40",
          "GLIBC_2.41"
        ],
        "libpthread.so.0": [
          "GLIBC_2.4",
          "GLIBC_2.11",
          "GLIBC_2.12",
          "GLIBC_2.18",
          "GLIBC_2.28",
          "GLIBC_2.30",
          "GLIBC_2.31"
        ],
        "libdl.so.2": ["GLIBC_2.4"],
        "librt.so.1": ["GLIBC_2.4", "GLIBC_2.7"],
        "libresolv.so.2": ["GLIBC_2.4", "GLIBC_2.9"],
        "libutil.so.1": ["GLIBC_2.4"],
        "libanl.so.1": ["GLIBC_2.4"]
      }
    },
    s390x: {
      realUpTo: "2.36",
      source: "libc6-s390x-cross",
      libs: {
        "libc.so.6": [
          "GCC_3.0",
          "GLIBC_2.2",
          "GLIBC_2.2.1",
          "GLIBC_2.2.2",
          "GLIBC_2.2.3",
          "GLIBC_2.2.4",
          "GLIBC_2.2.6",
          "GLIBC_2.3",
          "GLIBC_2.3.2",
          "GLIBC_2.3.3",
          "GLIBC_2.3.4",
          "GLIBC_2.4",
          "GLIBC_2.5",
          "GLIBC_2.6",
          "GLIBC_2.7",
          "GLIBC_2.8",
          "GLIBC_2.9",
          "GLIBC_2.10",
          "GLIBC_2.11",
          "GLIBC_2.12",
          "GLIBC_2.13",
          "GLIBC_2.14",
          "GLIBC_2.15",
          "GLIBC_2.16",
          "GLIBC_2.17",
          "GLIBC_2.18",
          "GLIBC_2.19",
          "GLIBC_2.22",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.26",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.30",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.33",
          "GLIBC_2.34",
          "GLIBC_2.35",
          "GLIBC_2.36",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.41",
          "GLIBC_ABI_DT_RELR"
        ],
        "libm.so.6": [
          "GLIBC_2.2",
          "GLIBC_2.4",
          "GLIBC_2.15",
          "GLIBC_2.18",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.35",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.40",
          "GLIBC_2.41"
        ],
        "libpthread.so.0": [
          "GLIBC_2.2",
          "GLIBC_2.2.3",
          "GLIBC_2.2.6",
          "GLIBC_2.3.2",
          "GLIBC_2.3.3",
          "GLIBC_2.3.4",
          "GLIBC_2.4",
          "GLIBC_2.11",
          "GLIBC_2.12",
          "GLIBC_2.18",
          "GLIBC_2.19",
          "GLIBC_2.28",
          "GLIBC_2.30",
          "GLIBC_2.31"
        ],
        "libdl.so.2": ["GLIBC_2.2", "GLIBC_2.3.3", "GLIBC_2.3.4"],
        "librt.so.1": ["GLIBC_2.2", "GLIBC_2.3.3", "GLIBC_2.3.4", "GLIBC_2.4", "GLIBC_2.7"],
        "libresolv.so.2": ["GLIBC_2.2", "GLIBC_2.3.2", "GLIBC_2.9"],
        "libutil.so.1": ["GLIBC_2.2"],
        "libanl.so.1": ["GLIBC_2.2.3"]
      }
    },
    ppc64: {
      realUpTo: "2.36",
      source: "libc6-ppc64-cross (big-endian)",
      libs: {
        "libc.so.6": [
          "GLIBC_2.3",
          "GLIBC_2.3.2",
          "GLIBC_2.3.3",
          "GLIBC_2.3.4",
          "GLIBC_2.4",
          "GLIBC_2.5",
          "GLIBC_2.6",
          "GLIBC_2.7",
          "GLIBC_2.8",
          "GLIBC_2.9",
          "GLIBC_2.10",
          "GLIBC_2.11",
          "GLIBC_2.12",
          "GLIBC_2.13",
          "GLIBC_2.14",
          "GLIBC_2.15",
          "GLIBC_2.16",
          "GLIBC_2.17",
          "GLIBC_2.18",
          "GLIBC_2.22",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.26",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.30",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.33",
          "GLIBC_2.34",
          "GLIBC_2.35",
          "GLIBC_2.36",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.41",
          "GLIBC_ABI_DT_RELR"
        ],
        "libm.so.6": [
          "GLIBC_2.3",
          "GLIBC_2.4",
          "GLIBC_2.15",
          "GLIBC_2.18",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.35",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.40",
          "GLIBC_2.41"
        ],
        "libpthread.so.0": [
          "GLIBC_2.3",
          "GLIBC_2.3.2",
          "GLIBC_2.3.3",
          "GLIBC_2.3.4",
          "GLIBC_2.4",
          "GLIBC_2.6",
          "GLIBC_2.11",
          "GLIBC_2.12",
          "GLIBC_2.18",
          "GLIBC_2.28",
          "GLIBC_2.30",
          "GLIBC_2.31"
        ],
        "libdl.so.2": ["GLIBC_2.3", "GLIBC_2.3.3", "GLIBC_2.3.4"],
        "librt.so.1": ["GLIBC_2.3", "GLIBC_2.3.3", "GLIBC_2.3.4", "GLIBC_2.4", "GLIBC_2.7"],
        "libresolv.so.2": ["GLIBC_2.3", "GLIBC_2.3.2", "GLIBC_2.9"],
        "libutil.so.1": ["GLIBC_2.3"],
        "libanl.so.1": ["GLIBC_2.3"]
      }
    },
    mips: {
      realUpTo: "2.36",
      source: "libc6-mips-cross",
      libs: {
        "libc.so.6": [
          "GCC_3.0",
          "GLIBC_2.0",
          "GLIBC_2.2",
          "GLIBC_2.2.1",
          "GLIBC_2.2.2",
          "GLIBC_2.2.3",
          "GLIBC_2.2.4",
          "GLIBC_2.2.6",
          "GLIBC_2.3",
          "GLIBC_2.3.2",
          "GLIBC_2.3.3",
          "GLIBC_2.3.4",
          "GLIBC_2.4",
          "GLIBC_2.5",
          "GLIBC_2.6",
          "GLIBC_2.7",
          "GLIBC_2.8",
          "GLIBC_2.9",
          "GLIBC_2.10",
          "GLIBC_2.11",
          "GLIBC_2.12",
          "GLIBC_2.13",
          "GLIBC_2.14",
          "GLIBC_2.15",
          "GLIBC_2.16",
          "GLIBC_2.17",
          "GLIBC_2.18",
          "GLIBC_2.19",
          "GLIBC_2.22",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.26",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.30",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.33",
          "GLIBC_2.34",
          "GLIBC_2.35",
          "GLIBC_2.36",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.41",
          "GLIBC_ABI_DT_RELR"
        ],
        "libm.so.6": [
          "GLIBC_2.0",
          "GLIBC_2.2",
          "GLIBC_2.4",
          "GLIBC_2.15",
          "GLIBC_2.18",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.35",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.40",
          "GLIBC_2.41"
        ],
        "libpthread.so.0": [
          "GLIBC_2.0",
          "GLIBC_2.2",
          "GLIBC_2.2.3",
          "GLIBC_2.2.6",
          "GLIBC_2.3.2",
          "GLIBC_2.3.3",
          "GLIBC_2.3.4",
          "GLIBC_2.4",
          "GLIBC_2.11",
          "GLIBC_2.12",
          "GLIBC_2.18",
          "GLIBC_2.28",
          "GLIBC_2.30",
          "GLIBC_2.31"
        ],
        "libdl.so.2": ["GLIBC_2.0", "GLIBC_2.2", "GLIBC_2.3.3", "GLIBC_2.3.4"],
        "librt.so.1": ["GLIBC_2.2", "GLIBC_2.3.3", "GLIBC_2.3.4", "GLIBC_2.4", "GLIBC_2.7"],
        "libresolv.so.2": ["GLIBC_2.0", "GLIBC_2.2", "GLIBC_2.3.2", "GLIBC_2.9"],
        "libutil.so.1": ["GLIBC_2.0"],
        "libanl.so.1": ["GLIBC_2.2.3"]
      }
    },
    ppc64le: {
      realUpTo: null,
      source: "inferred from the ppc64 (big-endian) libc: nodes from GLIBC_2.17 (the ppc64le base)",
      libs: {
        "libc.so.6": [
          "GLIBC_2.17",
          "GLIBC_2.18",
          "GLIBC_2.22",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.26",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.30",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.33",
          "GLIBC_2.34",
          "GLIBC_2.35",
          "GLIBC_2.36",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.41"
        ],
        "libm.so.6": [
          "GLIBC_2.17",
          "GLIBC_2.18",
          "GLIBC_2.23",
          "GLIBC_2.24",
          "GLIBC_2.25",
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.35",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.40",
          "GLIBC_2.41"
        ],
        "libpthread.so.0": ["GLIBC_2.17", "GLIBC_2.18", "GLIBC_2.28", "GLIBC_2.30", "GLIBC_2.31"],
        "libdl.so.2": ["GLIBC_2.17"],
        "librt.so.1": ["GLIBC_2.17"],
        "libresolv.so.2": ["GLIBC_2.17"],
        "libutil.so.1": ["GLIBC_2.17"],
        "libanl.so.1": ["GLIBC_2.17"]
      }
    },
    riscv64: {
      realUpTo: null,
      source: "inferred from the amd64 libc: nodes from GLIBC_2.27 (the riscv64 base)",
      libs: {
        "libc.so.6": [
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.30",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.33",
          "GLIBC_2.34",
          "GLIBC_2.35",
          "GLIBC_2.36",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.41"
        ],
        "libm.so.6": [
          "GLIBC_2.27",
          "GLIBC_2.28",
          "GLIBC_2.29",
          "GLIBC_2.31",
          "GLIBC_2.32",
          "GLIBC_2.35",
          "GLIBC_2.38",
          "GLIBC_2.39",
          "GLIBC_2.40",
          "GLIBC_2.41"
        ],
        "libpthread.so.0": ["GLIBC_2.27", "GLIBC_2.28", "GLIBC_2.30", "GLIBC_2.31"],
        "libdl.so.2": ["GLIBC_2.27"],
        "librt.so.1": ["GLIBC_2.27"],
        "libresolv.so.2": ["GLIBC_2.27"],
        "libutil.so.1": ["GLIBC_2.27"],
        "libanl.so.1": ["GLIBC_2.27"]
      }
    }
  },
  libstdcxx: {
    amd64: {
      realUpTo: "3.4.33",
      source: "debian:trixie image (glibc 2.41)",
      nodes: [
        "CXXABI_1.3",
        "CXXABI_1.3.1",
        "CXXABI_1.3.2",
        "CXXABI_1.3.3",
        "CXXABI_1.3.4",
        "CXXABI_1.3.5",
        "CXXABI_1.3.6",
        "CXXABI_1.3.7",
        "CXXABI_1.3.8",
        "CXXABI_1.3.9",
        "CXXABI_1.3.10",
        "CXXABI_1.3.11",
        "CXXABI_1.3.12",
        "CXXABI_1.3.13",
        "CXXABI_1.3.14",
        "CXXABI_1.3.15",
        "CXXABI_FLOAT128",
        "CXXABI_TM_1",
        "GLIBCXX_3.4",
        "GLIBCXX_3.4.1",
        "GLIBCXX_3.4.2",
        "GLIBCXX_3.4.3",
        "GLIBCXX_3.4.4",
        "GLIBCXX_3.4.5",
        "GLIBCXX_3.4.6",
        "GLIBCXX_3.4.7",
        "GLIBCXX_3.4.8",
        "GLIBCXX_3.4.9",
        "GLIBCXX_3.4.10",
        "GLIBCXX_3.4.11",
        "GLIBCXX_3.4.12",
        "GLIBCXX_3.4.13",
        "GLIBCXX_3.4.14",
        "GLIBCXX_3.4.15",
        "GLIBCXX_3.4.16",
        "GLIBCXX_3.4.17",
        "GLIBCXX_3.4.18",
        "GLIBCXX_3.4.19",
        "GLIBCXX_3.4.20",
        "GLIBCXX_3.4.21",
        "GLIBCXX_3.4.22",
        "GLIBCXX_3.4.23",
        "GLIBCXX_3.4.24",
        "GLIBCXX_3.4.25",
        "GLIBCXX_3.4.26",
        "GLIBCXX_3.4.27",
        "GLIBCXX_3.4.28",
        "GLIBCXX_3.4.29",
        "GLIBCXX_3.4.30",
        "GLIBCXX_3.4.31",
        "GLIBCXX_3.4.32",
        "GLIBCXX_3.4.33"
      ]
    },
    arm64: {
      realUpTo: "3.4.30",
      source: "libc6-arm64-cross",
      nodes: [
        "CXXABI_1.3",
        "CXXABI_1.3.1",
        "CXXABI_1.3.2",
        "CXXABI_1.3.3",
        "CXXABI_1.3.4",
        "CXXABI_1.3.5",
        "CXXABI_1.3.6",
        "CXXABI_1.3.7",
        "CXXABI_1.3.8",
        "CXXABI_1.3.9",
        "CXXABI_1.3.10",
        "CXXABI_1.3.11",
        "CXXABI_1.3.12",
        "CXXABI_1.3.13",
        "CXXABI_TM_1",
        "GLIBCXX_3.4",
        "GLIBCXX_3.4.1",
        "GLIBCXX_3.4.2",
        "GLIBCXX_3.4.3",
        "GLIBCXX_3.4.4",
        "GLIBCXX_3.4.5",
        "GLIBCXX_3.4.6",
        "GLIBCXX_3.4.7",
        "GLIBCXX_3.4.8",
        "GLIBCXX_3.4.9",
        "GLIBCXX_3.4.10",
        "GLIBCXX_3.4.11",
        "GLIBCXX_3.4.12",
        "GLIBCXX_3.4.13",
        "GLIBCXX_3.4.14",
        "GLIBCXX_3.4.15",
        "GLIBCXX_3.4.16",
        "GLIBCXX_3.4.17",
        "GLIBCXX_3.4.18",
        "GLIBCXX_3.4.19",
        "GLIBCXX_3.4.20",
        "GLIBCXX_3.4.21",
        "GLIBCXX_3.4.22",
        "GLIBCXX_3.4.23",
        "GLIBCXX_3.4.24",
        "GLIBCXX_3.4.25",
        "GLIBCXX_3.4.26",
        "GLIBCXX_3.4.27",
        "GLIBCXX_3.4.28",
        "GLIBCXX_3.4.29",
        "GLIBCXX_3.4.30"
      ]
    }
  },
  libgcc: {
    amd64: {
      realUpTo: "14.0.0",
      source: "debian:trixie image (glibc 2.41)",
      nodes: [
        "GCC_3.0",
        "GCC_3.3",
        "GCC_3.3.1",
        "GCC_3.4",
        "GCC_3.4.2",
        "GCC_3.4.4",
        "GCC_4.0.0",
        "GCC_4.2.0",
        "GCC_4.3.0",
        "GCC_4.7.0",
        "GCC_4.8.0",
        "GCC_7.0.0",
        "GCC_12.0.0",
        "GCC_13.0.0",
        "GCC_14.0.0"
      ]
    },
    arm64: {
      realUpTo: "11.0",
      source: "libc6-arm64-cross",
      nodes: [
        "GCC_3.0",
        "GCC_3.3",
        "GCC_3.3.1",
        "GCC_3.4",
        "GCC_3.4.2",
        "GCC_3.4.4",
        "GCC_4.0.0",
        "GCC_4.2.0",
        "GCC_4.3.0",
        "GCC_4.5.0",
        "GCC_4.7.0",
        "GCC_7.0.0",
        "GCC_11.0",
        "GLIBC_2.0"
      ]
    }
  },
  zlib: {
    amd64: {
      realUpTo: "1.2.12",
      source: "debian:bookworm image (glibc 2.36)",
      nodes: [
        "ZLIB_1.2.0",
        "ZLIB_1.2.0.2",
        "ZLIB_1.2.0.8",
        "ZLIB_1.2.2",
        "ZLIB_1.2.2.3",
        "ZLIB_1.2.2.4",
        "ZLIB_1.2.3.3",
        "ZLIB_1.2.3.4",
        "ZLIB_1.2.3.5",
        "ZLIB_1.2.5.1",
        "ZLIB_1.2.5.2",
        "ZLIB_1.2.7.1",
        "ZLIB_1.2.9",
        "ZLIB_1.2.12"
      ]
    }
  },
  baseLibraries: {
    deb: [
      "libc.so.6",
      "libm.so.6",
      "libpthread.so.0",
      "libdl.so.2",
      "librt.so.1",
      "libresolv.so.2",
      "libutil.so.1",
      "libanl.so.1",
      "libnss_files.so.2",
      "libnss_dns.so.2",
      "libthread_db.so.1",
      "libBrokenLocale.so.1",
      "libnsl.so.1",
      "libcrypt.so.1",
      "libgcc_s.so.1",
      "libstdc++.so.6",
      "libz.so.1",
      "libselinux.so.1",
      "liblzma.so.5",
      "libbz2.so.1.0",
      "libzstd.so.1",
      "libacl.so.1",
      "libattr.so.1",
      "libtinfo.so.6",
      "libpcre2-8.so.0",
      "libgmp.so.10",
      "libudev.so.1",
      "libsystemd.so.0",
      "libgcrypt.so.20",
      "libgpg-error.so.0",
      "liblz4.so.1",
      "libcap.so.2",
      "libseccomp.so.2",
      "libmd.so.0",
      "libsmartcols.so.1",
      "libblkid.so.1",
      "libmount.so.1",
      "libuuid.so.1",
      "libaudit.so.1",
      "libcap-ng.so.0",
      "libpam.so.0",
      "libdb-5.3.so",
      "libtasn1.so.6",
      "libnettle.so.8",
      "libhogweed.so.6",
      "libgnutls.so.30",
      "libp11-kit.so.0",
      "libffi.so.8",
      "libidn2.so.0",
      "libunistring.so.2",
      "libxxhash.so.0",
      "libsemanage.so.2",
      "libsepol.so.2",
      "libcrypto.so.3"
    ],
    el: [
      "libc.so.6",
      "libm.so.6",
      "libpthread.so.0",
      "libdl.so.2",
      "librt.so.1",
      "libresolv.so.2",
      "libutil.so.1",
      "libanl.so.1",
      "libnss_files.so.2",
      "libnss_dns.so.2",
      "libthread_db.so.1",
      "libBrokenLocale.so.1",
      "libcrypt.so.1",
      "libgcc_s.so.1",
      "libstdc++.so.6",
      "libz.so.1",
      "libselinux.so.1",
      "liblzma.so.5",
      "libbz2.so.1",
      "libzstd.so.1",
      "libacl.so.1",
      "libattr.so.1",
      "libcap.so.2",
      "libpcre2-8.so.0",
      "libssl.so.3",
      "libcrypto.so.3",
      "libffi.so.8",
      "libgmp.so.10",
      "libtinfo.so.6",
      "libuuid.so.1",
      "libblkid.so.1",
      "libmount.so.1",
      "libsqlite3.so.0",
      "libcurl.so.4",
      "libxml2.so.2",
      "libsolv.so.1",
      "libgpg-error.so.0",
      "libgcrypt.so.20",
      "libsmartcols.so.1",
      "liblz4.so.1",
      "libpopt.so.0",
      "libelf.so.1",
      "libexpat.so.1",
      "libjson-c.so.5",
      "libnghttp2.so.14",
      "libidn2.so.0",
      "libunistring.so.2",
      "libgpgme.so.11",
      "libassuan.so.0"
    ],
    el7: [
      "libc.so.6",
      "libm.so.6",
      "libpthread.so.0",
      "libdl.so.2",
      "librt.so.1",
      "libresolv.so.2",
      "libutil.so.1",
      "libanl.so.1",
      "libnss_files.so.2",
      "libnss_dns.so.2",
      "libthread_db.so.1",
      "libBrokenLocale.so.1",
      "libcrypt.so.1",
      "libgcc_s.so.1",
      "libstdc++.so.6",
      "libz.so.1",
      "libselinux.so.1",
      "liblzma.so.5",
      "libbz2.so.1",
      "libacl.so.1",
      "libattr.so.1",
      "libcap.so.2",
      "libpcre.so.1",
      "libssl.so.10",
      "libcrypto.so.10",
      "libffi.so.6",
      "libgmp.so.10",
      "libtinfo.so.5",
      "libuuid.so.1",
      "libblkid.so.1",
      "libmount.so.1",
      "libsqlite3.so.0",
      "libcurl.so.4",
      "libxml2.so.2",
      "libelf.so.1",
      "libexpat.so.1",
      "libnsl.so.1",
      "libpython2.7.so.1.0"
    ],
    rpm: [
      "libc.so.6",
      "libm.so.6",
      "libpthread.so.0",
      "libdl.so.2",
      "librt.so.1",
      "libresolv.so.2",
      "libutil.so.1",
      "libanl.so.1",
      "libnss_files.so.2",
      "libnss_dns.so.2",
      "libthread_db.so.1",
      "libBrokenLocale.so.1",
      "libcrypt.so.1",
      "libgcc_s.so.1",
      "libstdc++.so.6",
      "libz.so.1",
      "libselinux.so.1",
      "liblzma.so.5",
      "libbz2.so.1",
      "libzstd.so.1",
      "libacl.so.1",
      "libattr.so.1",
      "libcap.so.2",
      "libpcre2-8.so.0",
      "libssl.so.3",
      "libcrypto.so.3",
      "libgmp.so.10",
      "libuuid.so.1",
      "libblkid.so.1",
      "libmount.so.1",
      "libsqlite3.so.0",
      "libcurl.so.4",
      "libxml2.so.2",
      "libsolv.so.1",
      "libelf.so.1",
      "libexpat.so.1"
    ],
    alpine: ["libc.musl-$MUSLARCH.so.1", "libz.so.1", "libssl.so.3", "libcrypto.so.3", "libapk.so.2"],
    "distroless-base": [
      "libc.so.6",
      "libm.so.6",
      "libpthread.so.0",
      "libdl.so.2",
      "librt.so.1",
      "libresolv.so.2",
      "libutil.so.1",
      "libanl.so.1",
      "libssl.so.3",
      "libcrypto.so.3"
    ],
    "distroless-cc": [
      "libc.so.6",
      "libm.so.6",
      "libpthread.so.0",
      "libdl.so.2",
      "librt.so.1",
      "libresolv.so.2",
      "libutil.so.1",
      "libanl.so.1",
      "libssl.so.3",
      "libcrypto.so.3",
      "libgcc_s.so.1",
      "libstdc++.so.6",
      "libgomp.so.1"
    ],
    "busybox-glibc": [
      "libc.so.6",
      "libm.so.6",
      "libresolv.so.2",
      "libpthread.so.0",
      "libnss_files.so.2",
      "libnss_dns.so.2"
    ],
    none: []
  },
  images: [
    {
      image: "centos:7",
      aliases: ["centos:centos7"],
      distro: { id: "centos", name: "CentOS", version: "7" },
      libc: { flavor: "glibc", version: "2.17" },
      arch: ["amd64", "arm64", "ppc64le"],
      gccRuntime: "4.8.5",
      zlib: "1.2.7",
      libstdcxx: { glibcxx: "3.4.19", cxxabi: "1.3.7", from: "4.8.3" },
      base: "el7",
      kernel: "3.10.0",
      x86IsaBaseline: 1,
      eol: "2024-06-30 (RHEL7 ELS 2028-06-30)",
      confidence: "high",
      provenance: 'P6 rhubi-7/oraclelinux-7=2.17; ML "manylinux2014 (CentOS 7 based, glibc 2.17)"; EOLD centos.md; toolchain/kernel: memory (devtoolset not in base)',
      caveats: []
    },
    {
      image: "registry.access.redhat.com/ubi8/ubi",
      aliases: [
        "redhat/ubi8",
        "registry.access.redhat.com/ubi8/ubi-minimal",
        "registry.access.redhat.com/ubi8/ubi-micro",
        "registry.access.redhat.com/ubi8",
        "redhat/ubi8-minimal",
        "rhel:8"
      ],
      distro: { id: "rhel", name: "RHEL", version: "8" },
      libc: { flavor: "glibc", version: "2.28" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "8.5.0",
      zlib: "1.2.11",
      libstdcxx: { glibcxx: "3.4.25", cxxabi: "1.3.11", from: "8.1.0" },
      base: "el",
      kernel: "4.18.0",
      x86IsaBaseline: 1,
      eol: "2029-05-31 (ELS 2032/2033)",
      confidence: "high",
      provenance: "P6 rhubi-8.json; EOLD rhel.md; GW branch map; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "almalinux:8",
      aliases: ["almalinux:8-minimal"],
      distro: { id: "almalinux", name: "AlmaLinux", version: "8" },
      libc: { flavor: "glibc", version: "2.28" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "8.5.0",
      zlib: "1.2.11",
      libstdcxx: { glibcxx: "3.4.25", cxxabi: "1.3.11", from: "8.1.0" },
      base: "el",
      kernel: "4.18.0",
      x86IsaBaseline: 1,
      eol: "2029-05-31 (P6 lists 2029-03-01)",
      confidence: "high",
      provenance: "P6 almalinux-8.json; EOLD almalinux.md; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "rockylinux:8",
      aliases: ["rockylinux/rockylinux:8", "rockylinux:8-minimal"],
      distro: { id: "rocky", name: "Rocky Linux", version: "8" },
      libc: { flavor: "glibc", version: "2.28" },
      arch: ["amd64", "arm64"],
      gccRuntime: "8.5.0",
      zlib: "1.2.11",
      libstdcxx: { glibcxx: "3.4.25", cxxabi: "1.3.11", from: "8.1.0" },
      base: "el",
      kernel: "4.18.0",
      x86IsaBaseline: 1,
      eol: "2029-05-31",
      confidence: "high",
      provenance: "P6 rockylinux-8.json; EOLD rocky-linux.md; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "registry.access.redhat.com/ubi9/ubi",
      aliases: [
        "redhat/ubi9",
        "registry.access.redhat.com/ubi9/ubi-minimal",
        "registry.access.redhat.com/ubi9/ubi-micro",
        "registry.access.redhat.com/ubi9",
        "redhat/ubi9-minimal",
        "rhel:9"
      ],
      distro: { id: "rhel", name: "RHEL", version: "9" },
      libc: { flavor: "glibc", version: "2.34" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "11.5.0",
      zlib: "1.2.11",
      libstdcxx: { glibcxx: "3.4.29", cxxabi: "1.3.13", from: "11.1.0" },
      base: "el",
      kernel: "5.14.0",
      x86IsaBaseline: 2,
      eol: "2032-05-31 (ELS 2035/2036)",
      confidence: "high",
      provenance: "P6 rhubi-9.json; EOLD rhel.md; toolchain/kernel: memory; RHEL 9 requires x86-64-v2",
      caveats: []
    },
    {
      image: "almalinux:9",
      aliases: ["almalinux:9-minimal"],
      distro: { id: "almalinux", name: "AlmaLinux", version: "9" },
      libc: { flavor: "glibc", version: "2.34" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "11.5.0",
      zlib: "1.2.11",
      libstdcxx: { glibcxx: "3.4.29", cxxabi: "1.3.13", from: "11.1.0" },
      base: "el",
      kernel: "5.14.0",
      x86IsaBaseline: 2,
      eol: "2032-05-31",
      confidence: "high",
      provenance: "P6 almalinux-9.json; EOLD almalinux.md; toolchain/kernel: memory; RHEL 9 family requires x86-64-v2",
      caveats: []
    },
    {
      image: "rockylinux:9",
      aliases: ["rockylinux/rockylinux:9", "rockylinux:9-minimal"],
      distro: { id: "rocky", name: "Rocky Linux", version: "9" },
      libc: { flavor: "glibc", version: "2.34" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "11.5.0",
      zlib: "1.2.11",
      libstdcxx: { glibcxx: "3.4.29", cxxabi: "1.3.13", from: "11.1.0" },
      base: "el",
      kernel: "5.14.0",
      x86IsaBaseline: 2,
      eol: "2032-05-31",
      confidence: "high",
      provenance: "P6 rockylinux-9.json; EOLD rocky-linux.md; toolchain/kernel: memory; RHEL 9 family requires x86-64-v2",
      caveats: []
    },
    {
      image: "registry.access.redhat.com/ubi10/ubi",
      aliases: [
        "redhat/ubi10",
        "registry.access.redhat.com/ubi10/ubi-minimal",
        "registry.access.redhat.com/ubi10/ubi-micro",
        "registry.access.redhat.com/ubi10",
        "redhat/ubi10-minimal",
        "rhel:10"
      ],
      distro: { id: "rhel", name: "RHEL", version: "10" },
      libc: { flavor: "glibc", version: "2.39" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "14.2.0",
      zlib: "1.3.1",
      libstdcxx: { glibcxx: "3.4.33", cxxabi: "1.3.15", from: "14.1.0" },
      base: "el",
      kernel: "6.12.0",
      x86IsaBaseline: 3,
      eol: "2035-05-31",
      confidence: "high",
      provenance: "P6 rhubi-10.json; EOLD rhel.md; toolchain/kernel: memory; RHEL 10 requires x86-64-v3",
      caveats: []
    },
    {
      image: "almalinux:10",
      aliases: ["almalinux:10-minimal"],
      distro: { id: "almalinux", name: "AlmaLinux", version: "10" },
      libc: { flavor: "glibc", version: "2.39" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "14.2.0",
      zlib: "1.3.1",
      libstdcxx: { glibcxx: "3.4.33", cxxabi: "1.3.15", from: "14.1.0" },
      base: "el",
      kernel: "6.12.0",
      x86IsaBaseline: 3,
      eol: "2035-05-31",
      confidence: "high",
      provenance: "P6 almalinux-10.json; EOLD almalinux.md; toolchain/kernel: memory; AlmaLinux 10 default images are x86-64-v3 (a v2 variant exists)",
      caveats: []
    },
    {
      image: "rockylinux/rockylinux:10",
      aliases: ["rockylinux:10", "rockylinux/rockylinux:10-minimal"],
      distro: { id: "rocky", name: "Rocky Linux", version: "10" },
      libc: { flavor: "glibc", version: "2.39" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "14.2.0",
      zlib: "1.3.1",
      libstdcxx: { glibcxx: "3.4.33", cxxabi: "1.3.15", from: "14.1.0" },
      base: "el",
      kernel: "6.12.0",
      x86IsaBaseline: 3,
      eol: "2035-05-31",
      confidence: "high",
      provenance: "P6 rockylinux-10.json (image name from P6 rockylinux.py); EOLD; toolchain/kernel: memory; RHEL 10 family requires x86-64-v3",
      caveats: []
    },
    {
      image: "amazonlinux:2",
      aliases: [],
      distro: { id: "amzn", name: "Amazon Linux", version: "2" },
      libc: { flavor: "glibc", version: "2.26" },
      arch: ["amd64", "arm64"],
      gccRuntime: "7.3.1",
      zlib: "1.2.7",
      libstdcxx: { glibcxx: "3.4.24", cxxabi: "1.3.11", from: "7.2.0" },
      base: "el7",
      kernel: "4.14.0",
      x86IsaBaseline: 1,
      eol: "2026-06-30",
      confidence: "high",
      provenance: "P6 amazonlinux-2.json; EOLD amazon-linux.md; toolchain/kernel: memory (kernel 4.14 or 5.10)",
      caveats: []
    },
    {
      image: "amazonlinux:2023",
      aliases: [],
      distro: { id: "amzn", name: "Amazon Linux", version: "2023" },
      libc: { flavor: "glibc", version: "2.34" },
      arch: ["amd64", "arm64"],
      gccRuntime: "11.4.1",
      zlib: "1.2.11",
      libstdcxx: { glibcxx: "3.4.29", cxxabi: "1.3.13", from: "11.1.0" },
      base: "el",
      kernel: "6.1.0",
      x86IsaBaseline: 1,
      eol: "2029-06-30 (std support 2027-06-30; P6 says 2028-03-15)",
      confidence: "high",
      provenance: "P6 amazonlinux-2023.json; GW branch map; EOLD amazon-linux.md; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "ubuntu:16.04",
      aliases: ["ubuntu:xenial"],
      distro: { id: "ubuntu", name: "Ubuntu", version: "16.04 xenial" },
      libc: { flavor: "glibc", version: "2.23" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: "5.4.0",
      zlib: "1.2.8",
      libstdcxx: { glibcxx: "3.4.21", cxxabi: "1.3.9", from: "5.1.0" },
      base: "deb",
      kernel: "4.4.0",
      x86IsaBaseline: 1,
      eol: "2021-04-02 (ESM 2026-04-02)",
      confidence: "low",
      provenance: "NOT in P6; memory + GW (Ubuntu 16.04 listed in branch map) - verify: docker run ubuntu:16.04 ldd --version; EOLD ubuntu.md; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "ubuntu:18.04",
      aliases: ["ubuntu:bionic"],
      distro: { id: "ubuntu", name: "Ubuntu", version: "18.04 bionic" },
      libc: { flavor: "glibc", version: "2.27" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: "8.4.0",
      zlib: "1.2.11",
      libstdcxx: { glibcxx: "3.4.25", cxxabi: "1.3.11", from: "8.1.0" },
      base: "deb",
      kernel: "4.15.0",
      x86IsaBaseline: 1,
      eol: "2023-05-31 (ESM 2028-04-01)",
      confidence: "high",
      provenance: "P6 ubuntu-18.04.json; EOLD; toolchain/kernel: memory (libstdc++6 from gcc-8 in bionic-updates)",
      caveats: []
    },
    {
      image: "ubuntu:20.04",
      aliases: ["ubuntu:focal"],
      distro: { id: "ubuntu", name: "Ubuntu", version: "20.04 focal" },
      libc: { flavor: "glibc", version: "2.31" },
      arch: ["amd64", "arm64", "arm", "ppc64le", "s390x", "riscv64"],
      gccRuntime: "10.5.0",
      zlib: "1.2.11",
      libstdcxx: { glibcxx: "3.4.28", cxxabi: "1.3.12", from: "10.1.0" },
      base: "deb",
      kernel: "5.4.0",
      x86IsaBaseline: 1,
      eol: "2025-05-31 (ESM 2030-04-02)",
      confidence: "high",
      provenance: "P6 ubuntu-20.04.json; EOLD; toolchain/kernel: memory (libstdc++6 from gcc-10)",
      caveats: []
    },
    {
      image: "ubuntu:22.04",
      aliases: ["ubuntu:jammy"],
      distro: { id: "ubuntu", name: "Ubuntu", version: "22.04 jammy" },
      libc: { flavor: "glibc", version: "2.35" },
      arch: ["amd64", "arm64", "arm", "ppc64le", "s390x", "riscv64"],
      gccRuntime: "12.3.0",
      zlib: "1.2.11",
      libstdcxx: { glibcxx: "3.4.30", cxxabi: "1.3.13", from: "12.1.0" },
      base: "deb",
      kernel: "5.15.0",
      x86IsaBaseline: 1,
      eol: "2027-04-01 (ESM 2032-04-09)",
      confidence: "high",
      provenance: "P6 ubuntu-22.04.json; EOLD; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "ubuntu:24.04",
      aliases: ["ubuntu:noble"],
      distro: { id: "ubuntu", name: "Ubuntu", version: "24.04 noble" },
      libc: { flavor: "glibc", version: "2.39" },
      arch: ["amd64", "arm64", "arm", "ppc64le", "s390x", "riscv64"],
      gccRuntime: "14.2.0",
      zlib: "1.3",
      libstdcxx: { glibcxx: "3.4.33", cxxabi: "1.3.15", from: "14.1.0" },
      base: "deb",
      kernel: "6.8.0",
      x86IsaBaseline: 1,
      eol: "2029-05-31 (ESM 2034/2036)",
      confidence: "high",
      provenance: "P6 ubuntu-24.04.json; EOLD; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "ubuntu:26.04",
      aliases: ["ubuntu:resolute"],
      distro: { id: "ubuntu", name: "Ubuntu", version: "26.04 (released 2026-04-23)" },
      libc: { flavor: "glibc", version: "2.43" },
      arch: ["amd64", "arm64", "arm", "ppc64le", "s390x", "riscv64"],
      gccRuntime: "15.2.0",
      zlib: "1.3.1",
      libstdcxx: { glibcxx: "3.4.34", cxxabi: "1.3.16", from: "15.1.0" },
      base: "deb",
      kernel: "6.17.0",
      x86IsaBaseline: 1,
      eol: "2031-04-30 (ESM 2036-04-30)",
      confidence: "high",
      provenance: "P6 ubuntu-26.04.json; EOLD ubuntu.md; toolchain/kernel: memory, unverified",
      caveats: []
    },
    {
      image: "debian:stretch",
      aliases: ["debian:9", "debian:stretch-slim", "debian:9-slim"],
      distro: { id: "debian", name: "Debian", version: "9" },
      libc: { flavor: "glibc", version: "2.24" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: "6.3.0",
      zlib: "1.2.8",
      libstdcxx: { glibcxx: "3.4.22", cxxabi: "1.3.10", from: "6.1.0" },
      base: "deb",
      kernel: "4.9.0",
      x86IsaBaseline: 1,
      eol: "2020-07 (LTS 2022-06-30, ELTS 2027-06-30)",
      confidence: "high",
      provenance: "P6 debian-9.json + EOL.rst; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "debian:buster",
      aliases: ["debian:10", "debian:buster-slim", "debian:10-slim"],
      distro: { id: "debian", name: "Debian", version: "10" },
      libc: { flavor: "glibc", version: "2.28" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: "8.3.0",
      zlib: "1.2.11",
      libstdcxx: { glibcxx: "3.4.25", cxxabi: "1.3.11", from: "8.1.0" },
      base: "deb",
      kernel: "4.19.0",
      x86IsaBaseline: 1,
      eol: "2022-09-10 (LTS 2024-06-30, ELTS 2029-06-30)",
      confidence: "high",
      provenance: "P6 debian-10.json; EOLD debian.md; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "debian:bullseye",
      aliases: ["debian:11", "debian:bullseye-slim", "debian:11-slim"],
      distro: { id: "debian", name: "Debian", version: "11" },
      libc: { flavor: "glibc", version: "2.31" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: "10.2.1",
      zlib: "1.2.11",
      libstdcxx: { glibcxx: "3.4.28", cxxabi: "1.3.12", from: "10.1.0" },
      base: "deb",
      kernel: "5.10.0",
      x86IsaBaseline: 1,
      eol: "2024-08-14 (LTS 2026-08-31, ELTS 2031-06-30)",
      confidence: "high",
      provenance: "P6 debian-11.json; EOLD; GW; toolchain/kernel: libstdc++.so.6.0.28 read from a real bullseye root",
      caveats: []
    },
    {
      image: "debian:bookworm",
      aliases: ["debian:12", "debian:bookworm-slim", "debian:12-slim"],
      distro: { id: "debian", name: "Debian", version: "12" },
      libc: { flavor: "glibc", version: "2.36" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: "12.2.0",
      zlib: "1.2.13",
      libstdcxx: { glibcxx: "3.4.30", cxxabi: "1.3.13", from: "12.1.0" },
      base: "deb",
      kernel: "6.1.0",
      x86IsaBaseline: 1,
      eol: "2026-06-10/07-11 (LTS 2028-06-30, ELTS 2033-06-30)",
      confidence: "high",
      provenance: "P6 debian-12.json; EOLD; DL bookworm.lock libc6 2.36-9+deb12u14; toolchain/kernel: libstdc++.so.6.0.30 read from a real bookworm root",
      caveats: []
    },
    {
      image: "debian:trixie",
      aliases: ["debian:13", "debian:trixie-slim", "debian:13-slim"],
      distro: { id: "debian", name: "Debian", version: "13" },
      libc: { flavor: "glibc", version: "2.41" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x", "riscv64"],
      gccRuntime: "14.2.0",
      zlib: "1.3.1",
      libstdcxx: { glibcxx: "3.4.33", cxxabi: "1.3.15", from: "14.1.0" },
      base: "deb",
      kernel: "6.12.0",
      x86IsaBaseline: 1,
      eol: "2028-08-09 (LTS 2030-06-30, ELTS 2035-06-30)",
      confidence: "high",
      provenance: "P6 debian-13.json; EOLD; DL trixie.lock libc6 2.41-12+deb13u3; toolchain/kernel: libstdc++.so.6.0.33 read from a real trixie root",
      caveats: []
    },
    {
      image: "fedora:40",
      aliases: [],
      distro: { id: "fedora", name: "Fedora", version: "40" },
      libc: { flavor: "glibc", version: "2.39" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "14.2.1",
      zlib: "1.3.1",
      libstdcxx: { glibcxx: "3.4.33", cxxabi: "1.3.15", from: "14.1.0" },
      base: "rpm",
      kernel: "6.8.5",
      x86IsaBaseline: 1,
      eol: "2025-05-13",
      confidence: "high",
      provenance: "P6 fedora-40.json; EOLD; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "fedora:41",
      aliases: [],
      distro: { id: "fedora", name: "Fedora", version: "41" },
      libc: { flavor: "glibc", version: "2.40" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "14.2.1",
      zlib: "1.3.1",
      libstdcxx: { glibcxx: "3.4.33", cxxabi: "1.3.15", from: "14.1.0" },
      base: "rpm",
      kernel: "6.11.4",
      x86IsaBaseline: 1,
      eol: "2025-12-15",
      confidence: "high",
      provenance: "P6 fedora-41.json; EOLD; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "fedora:42",
      aliases: [],
      distro: { id: "fedora", name: "Fedora", version: "42" },
      libc: { flavor: "glibc", version: "2.41" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "15.1.1",
      zlib: "1.3.1",
      libstdcxx: { glibcxx: "3.4.34", cxxabi: "1.3.16", from: "15.1.0" },
      base: "rpm",
      kernel: "6.14.0",
      x86IsaBaseline: 1,
      eol: "2026-05-13/27",
      confidence: "high",
      provenance: "P6 fedora-42.json; EOLD; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "fedora:43",
      aliases: [],
      distro: { id: "fedora", name: "Fedora", version: "43" },
      libc: { flavor: "glibc", version: "2.42" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "15.2.1",
      zlib: "1.3.1",
      libstdcxx: { glibcxx: "3.4.34", cxxabi: "1.3.16", from: "15.1.0" },
      base: "rpm",
      kernel: "6.17.0",
      x86IsaBaseline: 1,
      eol: "2026-12-02/09",
      confidence: "high",
      provenance: "P6 fedora-43.json; EOLD; toolchain/kernel: memory, unverified",
      caveats: []
    },
    {
      image: "fedora:44",
      aliases: [],
      distro: { id: "fedora", name: "Fedora", version: "44" },
      libc: { flavor: "glibc", version: "2.43" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "16.0.1",
      zlib: "1.3.1",
      libstdcxx: { glibcxx: "3.4.34", cxxabi: "1.3.16", from: "15.1.0" },
      base: "rpm",
      kernel: "6.19.0",
      x86IsaBaseline: 1,
      eol: "2027-05-19/06-02",
      confidence: "high",
      provenance: "P6 fedora-44.json; EOLD; toolchain/kernel: memory, unverified",
      caveats: []
    },
    {
      image: "opensuse/leap:15.5",
      aliases: ["opensuse:leap-15.5"],
      distro: { id: "opensuse-leap", name: "openSUSE Leap", version: "15.5" },
      libc: { flavor: "glibc", version: "2.31" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "12.3.0",
      zlib: "1.2.13",
      libstdcxx: { glibcxx: "3.4.30", cxxabi: "1.3.13", from: "12.1.0" },
      base: "rpm",
      kernel: "5.14.21",
      x86IsaBaseline: 1,
      eol: "2024-12-31",
      confidence: "high",
      provenance: "P6 opensuse-15.5.json; EOLD opensuse.md; toolchain/kernel: memory (SUSE ships newer libstdc++6 than the system compiler)",
      caveats: []
    },
    {
      image: "opensuse/leap:15.6",
      aliases: ["opensuse:leap-15.6"],
      distro: { id: "opensuse-leap", name: "openSUSE Leap", version: "15.6" },
      libc: { flavor: "glibc", version: "2.38" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "13.3.0",
      zlib: "1.2.13",
      libstdcxx: { glibcxx: "3.4.32", cxxabi: "1.3.14", from: "13.2.0" },
      base: "rpm",
      kernel: "6.4.0",
      x86IsaBaseline: 1,
      eol: "2026-04-30",
      confidence: "high",
      provenance: "P6 opensuse-15.6.json; EOLD opensuse.md; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "opensuse/leap:16.0",
      aliases: ["opensuse:leap-16.0"],
      distro: { id: "opensuse-leap", name: "openSUSE Leap", version: "16.0" },
      libc: { flavor: "glibc", version: "2.40" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "15.1.1",
      zlib: "1.3.1",
      libstdcxx: { glibcxx: "3.4.34", cxxabi: "1.3.16", from: "15.1.0" },
      base: "rpm",
      kernel: "6.12.0",
      x86IsaBaseline: 2,
      eol: "2027-10-31",
      confidence: "high",
      provenance: "P6 opensuse-16.0.json; EOLD; toolchain/kernel: memory; SLE 16 requires x86-64-v2",
      caveats: []
    },
    {
      image: "registry.suse.com/bci/bci-base:15.6",
      aliases: [],
      distro: { id: "sles", name: "SLES", version: "15 SP6" },
      libc: { flavor: "glibc", version: "2.38" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "13.3.0",
      zlib: "1.2.13",
      libstdcxx: { glibcxx: "3.4.32", cxxabi: "1.3.14", from: "13.2.0" },
      base: "rpm",
      kernel: "6.4.0",
      x86IsaBaseline: 1,
      eol: "2025-12-31 (LTSS 2028-12-31)",
      confidence: "low",
      provenance: "inferred from Leap 15.6 (Leap 15.3+ reuses SLE binaries) - verify; EOLD sles.md; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "registry.suse.com/bci/bci-base:15.7",
      aliases: [],
      distro: { id: "sles", name: "SLES", version: "15 SP7" },
      libc: { flavor: "glibc", version: "2.38" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "13.3.0",
      zlib: "1.2.13",
      libstdcxx: { glibcxx: "3.4.32", cxxabi: "1.3.14", from: "13.2.0" },
      base: "rpm",
      kernel: "6.4.0",
      x86IsaBaseline: 1,
      eol: "2031-07-31 (LTSS 2034-07-31)",
      confidence: "low",
      provenance: "inferred, unverified; EOLD sles.md; toolchain/kernel: memory, unverified",
      caveats: []
    },
    {
      image: "registry.suse.com/bci/bci-base:15.5",
      aliases: [
        "registry.suse.com/bci/bci-base:15.2",
        "registry.suse.com/bci/bci-base:15.3",
        "registry.suse.com/bci/bci-base:15.4"
      ],
      distro: { id: "sles", name: "SLES", version: "15 SP2-SP5" },
      libc: { flavor: "glibc", version: "2.31" },
      arch: ["amd64", "arm64", "ppc64le", "s390x"],
      gccRuntime: "12.3.0",
      zlib: "1.2.13",
      libstdcxx: { glibcxx: "3.4.30", cxxabi: "1.3.13", from: "12.1.0" },
      base: "rpm",
      kernel: "5.14.21",
      x86IsaBaseline: 1,
      eol: "SP5: 2024-12-31 (LTSS 2027-12-31)",
      confidence: "low",
      provenance: "Leap 15.5=2.31 (P6); SP0/SP1 were 2.26 (memory, unverified); EOLD; toolchain/kernel: memory",
      caveats: []
    },
    {
      image: "alpine:3.12",
      aliases: [],
      distro: { id: "alpine", name: "Alpine", version: "3.12" },
      libc: { flavor: "musl", version: "1.1.24" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: null,
      zlib: "1.2.11",
      libstdcxx: null,
      base: "alpine",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "2022-05-01",
      confidence: "medium",
      provenance: "memory (3.13 release notes say musl upgraded to 1.2 => 3.12 was 1.1.x); EOLD alpine-linux.md; toolchain/kernel: libstdc++ is not in the base image (apk add libstdc++)",
      caveats: []
    },
    {
      image: "alpine:3.13",
      aliases: [],
      distro: { id: "alpine", name: "Alpine", version: "3.13" },
      libc: { flavor: "musl", version: "1.2.2" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: null,
      zlib: "1.2.11",
      libstdcxx: null,
      base: "alpine",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "2022-11-01",
      confidence: "high",
      provenance: "Alpine 3.13.0 release notes (musl 1.2; time64); musl 1.2.2 released 2021-01-15; EOLD",
      caveats: []
    },
    {
      image: "alpine:3.14",
      aliases: [],
      distro: { id: "alpine", name: "Alpine", version: "3.14" },
      libc: { flavor: "musl", version: "1.2.2" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: null,
      zlib: "1.2.12",
      libstdcxx: null,
      base: "alpine",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "2023-05-01",
      confidence: "medium",
      provenance: "memory/timeline (1.2.3 released 2022-04); EOLD",
      caveats: []
    },
    {
      image: "alpine:3.15",
      aliases: [],
      distro: { id: "alpine", name: "Alpine", version: "3.15" },
      libc: { flavor: "musl", version: "1.2.2" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: null,
      zlib: "1.2.12",
      libstdcxx: null,
      base: "alpine",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "2023-11-01",
      confidence: "medium",
      provenance: "memory/timeline; EOLD",
      caveats: []
    },
    {
      image: "alpine:3.16",
      aliases: [],
      distro: { id: "alpine", name: "Alpine", version: "3.16" },
      libc: { flavor: "musl", version: "1.2.3" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: null,
      zlib: "1.2.12",
      libstdcxx: null,
      base: "alpine",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "2024-05-23",
      confidence: "medium",
      provenance: "memory/timeline; EOLD",
      caveats: []
    },
    {
      image: "alpine:3.17",
      aliases: [],
      distro: { id: "alpine", name: "Alpine", version: "3.17" },
      libc: { flavor: "musl", version: "1.2.3" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: null,
      zlib: "1.2.13",
      libstdcxx: null,
      base: "alpine",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "2024-11-22",
      confidence: "medium",
      provenance: "memory/timeline; EOLD",
      caveats: []
    },
    {
      image: "alpine:3.18",
      aliases: [],
      distro: { id: "alpine", name: "Alpine", version: "3.18" },
      libc: { flavor: "musl", version: "1.2.4" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: null,
      zlib: "1.2.13",
      libstdcxx: null,
      base: "alpine",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "2025-05-09",
      confidence: "medium",
      provenance: "memory/timeline (1.2.4 released 2023-05-01; adds DNS TCP fallback); EOLD",
      caveats: []
    },
    {
      image: "alpine:3.19",
      aliases: [],
      distro: { id: "alpine", name: "Alpine", version: "3.19" },
      libc: { flavor: "musl", version: "1.2.4" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: null,
      zlib: "1.3.1",
      libstdcxx: null,
      base: "alpine",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "2025-11-01",
      confidence: "medium",
      provenance: "memory/timeline; EOLD",
      caveats: []
    },
    {
      image: "alpine:3.20",
      aliases: [],
      distro: { id: "alpine", name: "Alpine", version: "3.20" },
      libc: { flavor: "musl", version: "1.2.5" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x", "riscv64"],
      gccRuntime: null,
      zlib: "1.3.1",
      libstdcxx: null,
      base: "alpine",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "2026-04-01",
      confidence: "high",
      provenance: "docker-library/official-images#16415 (edge 2024-03-15 w/ musl 1.2.5); EOLD",
      caveats: []
    },
    {
      image: "alpine:3.21",
      aliases: [],
      distro: { id: "alpine", name: "Alpine", version: "3.21" },
      libc: { flavor: "musl", version: "1.2.5" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x", "riscv64"],
      gccRuntime: null,
      zlib: "1.3.1",
      libstdcxx: null,
      base: "alpine",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "2026-11-01",
      confidence: "medium",
      provenance: "memory/timeline; EOLD",
      caveats: []
    },
    {
      image: "alpine:3.22",
      aliases: [],
      distro: { id: "alpine", name: "Alpine", version: "3.22" },
      libc: { flavor: "musl", version: "1.2.5" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x", "riscv64"],
      gccRuntime: null,
      zlib: "1.3.1",
      libstdcxx: null,
      base: "alpine",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "2027-05-01",
      confidence: "medium",
      provenance: 'ML musllinux_1_2 "Alpine Linux 3.22 based"; memory; EOLD',
      caveats: []
    },
    {
      image: "alpine:3.23",
      aliases: [],
      distro: { id: "alpine", name: "Alpine", version: "3.23" },
      libc: { flavor: "musl", version: "1.2.5" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x", "riscv64"],
      gccRuntime: null,
      zlib: "1.3.1",
      libstdcxx: null,
      base: "alpine",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "2027-11-01",
      confidence: "high",
      provenance: "anza-xyz/agave#10963 (alpine 3.23.3 => musl 1.2.5); EOLD",
      caveats: []
    },
    {
      image: "alpine:3.24",
      aliases: [],
      distro: { id: "alpine", name: "Alpine", version: "3.24 (2026-06-09)" },
      libc: { flavor: "musl", version: "1.2.5" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x", "riscv64"],
      gccRuntime: null,
      zlib: "1.3.1",
      libstdcxx: null,
      base: "alpine",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "2028-06-01",
      confidence: "low",
      provenance: "musl 1.2.6 released 2026-03-20 (crosstool-ng#2491) - verify with apk info; EOLD",
      caveats: ["libc version uncertain: 1.2.5 or 1.2.6 (unverified)"]
    },
    {
      image: "gcr.io/distroless/static-debian12",
      aliases: [],
      distro: { id: "distroless", name: "distroless static", version: "debian12" },
      libc: { flavor: "none", version: null },
      arch: ["amd64", "arm64", "arm", "ppc64le", "s390x"],
      gccRuntime: null,
      zlib: null,
      libstdcxx: null,
      base: "none",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "~2026-09 (distroless policy)",
      confidence: "high",
      provenance: "DL base/README.md (static: ca-certs, passwd, tzdata, no libc); DL SUPPORT_POLICY.md; toolchain/kernel: DL README: no libc",
      caveats: []
    },
    {
      image: "gcr.io/distroless/static-debian13",
      aliases: [],
      distro: { id: "distroless", name: "distroless static", version: "debian13" },
      libc: { flavor: "none", version: null },
      arch: ["amd64", "arm64", "arm", "ppc64le", "s390x"],
      gccRuntime: null,
      zlib: null,
      libstdcxx: null,
      base: "none",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "Debian 14 release + 1y",
      confidence: "high",
      provenance: "DL README/SUPPORT_POLICY; toolchain/kernel: DL README: no libc",
      caveats: []
    },
    {
      image: "gcr.io/distroless/base-debian12",
      aliases: [],
      distro: { id: "distroless", name: "distroless base", version: "debian12" },
      libc: { flavor: "glibc", version: "2.36" },
      arch: ["amd64", "arm64", "arm", "ppc64le", "s390x"],
      gccRuntime: null,
      zlib: null,
      libstdcxx: null,
      base: "distroless-base",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "~2026-09",
      confidence: "high",
      provenance: "DL bookworm.lock.json libc6 2.36-9+deb12u14 (+libssl3 3.0); toolchain/kernel: DL base README: glibc, libssl3; no libgcc/libstdc++",
      caveats: []
    },
    {
      image: "gcr.io/distroless/base-debian13",
      aliases: [],
      distro: { id: "distroless", name: "distroless base", version: "debian13" },
      libc: { flavor: "glibc", version: "2.41" },
      arch: ["amd64", "arm64", "arm", "ppc64le", "s390x"],
      gccRuntime: null,
      zlib: null,
      libstdcxx: null,
      base: "distroless-base",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "Debian 14 release + 1y",
      confidence: "high",
      provenance: "DL trixie.lock.json libc6 2.41-12+deb13u3 (+libssl3t64 3.5); toolchain/kernel: DL base README",
      caveats: []
    },
    {
      image: "gcr.io/distroless/cc-debian12",
      aliases: [],
      distro: { id: "distroless", name: "distroless cc", version: "debian12" },
      libc: { flavor: "glibc", version: "2.36" },
      arch: ["amd64", "arm64", "arm", "ppc64le", "s390x"],
      gccRuntime: "12.2.0",
      zlib: null,
      libstdcxx: { glibcxx: "3.4.30", cxxabi: "1.3.13", from: "12.1.0" },
      base: "distroless-cc",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "~2026-09",
      confidence: "high",
      provenance: "DL bookworm.lock.json; cc/README.md; toolchain/kernel: DL cc README (libgcc-s1, libstdc++6 12.2)",
      caveats: []
    },
    {
      image: "gcr.io/distroless/cc-debian13",
      aliases: [],
      distro: { id: "distroless", name: "distroless cc", version: "debian13" },
      libc: { flavor: "glibc", version: "2.41" },
      arch: ["amd64", "arm64", "arm", "ppc64le", "s390x"],
      gccRuntime: "14.2.0",
      zlib: null,
      libstdcxx: { glibcxx: "3.4.33", cxxabi: "1.3.15", from: "14.1.0" },
      base: "distroless-cc",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "Debian 14 release + 1y",
      confidence: "high",
      provenance: "DL trixie.lock.json; toolchain/kernel: DL cc README (libstdc++6 14.2)",
      caveats: []
    },
    {
      image: "busybox:glibc",
      aliases: ["busybox:stable-glibc"],
      distro: { id: "busybox", name: "BusyBox (glibc variant)", version: "1.38.0" },
      libc: { flavor: "glibc", version: "2.41" },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: null,
      zlib: null,
      libstdcxx: null,
      base: "busybox-glibc",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "n/a (follows Debian 13)",
      confidence: "high",
      provenance: "BB latest/glibc/Dockerfile.builder (FROM debian:trixie-slim; dynamically linked, copies libc/libnss); toolchain/kernel: BB Dockerfile.builder copies libc, libm, libresolv, libnss_* from debian:trixie-slim",
      caveats: []
    },
    {
      image: "busybox:musl",
      aliases: ["busybox:stable-musl"],
      distro: { id: "busybox", name: "BusyBox (musl variant)", version: "1.38.0" },
      libc: { flavor: "none", version: null },
      arch: ["amd64", "arm64", "arm", "386", "ppc64le", "s390x"],
      gccRuntime: null,
      zlib: null,
      libstdcxx: null,
      base: "none",
      kernel: null,
      x86IsaBaseline: 1,
      eol: "n/a",
      confidence: "low",
      provenance: "BB latest/musl/Dockerfile.builder (FROM alpine:3.23; CONFIG_STATIC=y); toolchain/kernel: BB: static busybox, no musl loader shipped (verify)",
      caveats: ["the image's own tools are statically linked against musl; no musl loader or shared libc is shipped"]
    }
  ]
};

// src/knowledge/data/validators.ts
var validateProfile = validate10;
var schema11 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://abigap.dev/schemas/target-profile-2.json",
  title: "abigap target profile (profileVersion 2; version 1 files still load)",
  type: "object",
  required: [
    "profileVersion",
    "image",
    "aliases",
    "arch",
    "distro",
    "libc",
    "loaders",
    "libraries",
    "librariesComplete",
    "kernel",
    "x86IsaBaseline",
    "eol",
    "source",
    "confidence",
    "provenance"
  ],
  additionalProperties: false,
  properties: {
    profileVersion: { enum: [1, 2] },
    image: { type: "string", minLength: 1, maxLength: 512 },
    aliases: { type: "array", items: { type: "string", maxLength: 512 }, maxItems: 64 },
    arch: { type: "array", items: { type: "string", pattern: "^[a-z0-9]+$" }, minItems: 1, maxItems: 16 },
    distro: {
      oneOf: [
        { type: "null" },
        {
          type: "object",
          required: ["id", "name", "version"],
          additionalProperties: false,
          properties: { id: { type: "string" }, name: { type: "string" }, version: { type: "string" } }
        }
      ]
    },
    libc: {
      type: "object",
      required: ["flavor", "version"],
      additionalProperties: false,
      properties: {
        flavor: { enum: ["glibc", "musl", "none"] },
        version: { type: ["string", "null"], pattern: "^\\d+(\\.\\d+)*$" }
      }
    },
    loaders: { type: "array", items: { type: "string", pattern: "^/" }, maxItems: 64 },
    libraries: {
      type: "array",
      maxItems: 1e5,
      items: {
        type: "object",
        required: ["soname", "dirs", "versions"],
        additionalProperties: false,
        properties: {
          soname: { type: "string", minLength: 1, maxLength: 255 },
          dirs: { type: "array", items: { type: "string", pattern: "^/" } },
          versions: { type: "array", items: { type: "string", maxLength: 255 } },
          exports: { type: "array", maxItems: 2e5, items: { type: "string", minLength: 1, maxLength: 1024 } },
          provenance: { type: "string", maxLength: 2e3 },
          needed: { type: "array", maxItems: 4096, items: { type: "string", minLength: 1, maxLength: 4096 } },
          file: { type: "string", minLength: 1, maxLength: 4096 }
        }
      }
    },
    librariesComplete: { type: "boolean" },
    kernel: { type: ["string", "null"], pattern: "^\\d+(\\.\\d+)*$" },
    x86IsaBaseline: { type: ["integer", "null"], minimum: 1, maximum: 4 },
    eol: { type: ["string", "null"] },
    source: { enum: ["embedded", "rootfs", "file", "image"] },
    confidence: { enum: ["high", "medium", "low"] },
    provenance: { type: "string" },
    digest: { type: ["string", "null"] },
    caveats: { type: "array", items: { type: "string" } }
  }
};
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^[a-z0-9]+$", "u");
var pattern1 = new RegExp("^\\d+(\\.\\d+)*$", "u");
var pattern2 = new RegExp("^/", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.profileVersion === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "profileVersion" },
        message: "must have required property 'profileVersion'"
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.image === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "image" },
        message: "must have required property 'image'"
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.aliases === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "aliases" },
        message: "must have required property 'aliases'"
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.arch === void 0) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "arch" },
        message: "must have required property 'arch'"
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.distro === void 0) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "distro" },
        message: "must have required property 'distro'"
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.libc === void 0) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "libc" },
        message: "must have required property 'libc'"
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.loaders === void 0) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "loaders" },
        message: "must have required property 'loaders'"
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.libraries === void 0) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "libraries" },
        message: "must have required property 'libraries'"
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.librariesComplete === void 0) {
      const err8 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "librariesComplete" },
        message: "must have required property 'librariesComplete'"
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.kernel === void 0) {
      const err9 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kernel" },
        message: "must have required property 'kernel'"
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.x86IsaBaseline === void 0) {
      const err10 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "x86IsaBaseline" },
        message: "must have required property 'x86IsaBaseline'"
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.eol === void 0) {
      const err11 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "eol" },
        message: "must have required property 'eol'"
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err12 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "source" },
        message: "must have required property 'source'"
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.confidence === void 0) {
      const err13 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "confidence" },
        message: "must have required property 'confidence'"
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.provenance === void 0) {
      const err14 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "provenance" },
        message: "must have required property 'provenance'"
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err15 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties"
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.profileVersion !== void 0) {
      let data0 = data.profileVersion;
      if (!(data0 === 1 || data0 === 2)) {
        const err16 = {
          instancePath: instancePath + "/profileVersion",
          schemaPath: "#/properties/profileVersion/enum",
          keyword: "enum",
          params: { allowedValues: schema11.properties.profileVersion.enum },
          message: "must be equal to one of the allowed values"
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data1 = data.image;
      if (typeof data1 === "string") {
        if (data1.length > 512) {
          const err17 = {
            instancePath: instancePath + "/image",
            schemaPath: "#/properties/image/maxLength",
            keyword: "maxLength",
            params: { limit: 512 },
            message: "must NOT have more than 512 characters"
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err18 = {
            instancePath: instancePath + "/image",
            schemaPath: "#/properties/image/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters"
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = {
          instancePath: instancePath + "/image",
          schemaPath: "#/properties/image/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.aliases !== void 0) {
      let data2 = data.aliases;
      if (Array.isArray(data2)) {
        if (data2.length > 64) {
          const err20 = {
            instancePath: instancePath + "/aliases",
            schemaPath: "#/properties/aliases/maxItems",
            keyword: "maxItems",
            params: { limit: 64 },
            message: "must NOT have more than 64 items"
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (data3.length > 512) {
              const err21 = {
                instancePath: instancePath + "/aliases/" + i0,
                schemaPath: "#/properties/aliases/items/maxLength",
                keyword: "maxLength",
                params: { limit: 512 },
                message: "must NOT have more than 512 characters"
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = {
              instancePath: instancePath + "/aliases/" + i0,
              schemaPath: "#/properties/aliases/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + "/aliases",
          schemaPath: "#/properties/aliases/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.arch !== void 0) {
      let data4 = data.arch;
      if (Array.isArray(data4)) {
        if (data4.length > 16) {
          const err24 = {
            instancePath: instancePath + "/arch",
            schemaPath: "#/properties/arch/maxItems",
            keyword: "maxItems",
            params: { limit: 16 },
            message: "must NOT have more than 16 items"
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data4.length < 1) {
          const err25 = {
            instancePath: instancePath + "/arch",
            schemaPath: "#/properties/arch/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items"
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 === "string") {
            if (!pattern0.test(data5)) {
              const err26 = {
                instancePath: instancePath + "/arch/" + i1,
                schemaPath: "#/properties/arch/items/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z0-9]+$" },
                message: 'must match pattern "^[a-z0-9]+$"'
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + "/arch/" + i1,
              schemaPath: "#/properties/arch/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + "/arch",
          schemaPath: "#/properties/arch/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.distro !== void 0) {
      let data6 = data.distro;
      const _errs14 = errors;
      let valid5 = false;
      let passing0 = null;
      const _errs15 = errors;
      if (data6 !== null) {
        const err29 = {
          instancePath: instancePath + "/distro",
          schemaPath: "#/properties/distro/oneOf/0/type",
          keyword: "type",
          params: { type: "null" },
          message: "must be null"
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid0 = _errs15 === errors;
      if (_valid0) {
        valid5 = true;
        passing0 = 0;
      }
      const _errs17 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.id === void 0) {
          const err30 = {
            instancePath: instancePath + "/distro",
            schemaPath: "#/properties/distro/oneOf/1/required",
            keyword: "required",
            params: { missingProperty: "id" },
            message: "must have required property 'id'"
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data6.name === void 0) {
          const err31 = {
            instancePath: instancePath + "/distro",
            schemaPath: "#/properties/distro/oneOf/1/required",
            keyword: "required",
            params: { missingProperty: "name" },
            message: "must have required property 'name'"
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data6.version === void 0) {
          const err32 = {
            instancePath: instancePath + "/distro",
            schemaPath: "#/properties/distro/oneOf/1/required",
            keyword: "required",
            params: { missingProperty: "version" },
            message: "must have required property 'version'"
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "id" || key1 === "name" || key1 === "version")) {
            const err33 = {
              instancePath: instancePath + "/distro",
              schemaPath: "#/properties/distro/oneOf/1/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data6.id !== void 0) {
          if (typeof data6.id !== "string") {
            const err34 = {
              instancePath: instancePath + "/distro/id",
              schemaPath: "#/properties/distro/oneOf/1/properties/id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data6.name !== void 0) {
          if (typeof data6.name !== "string") {
            const err35 = {
              instancePath: instancePath + "/distro/name",
              schemaPath: "#/properties/distro/oneOf/1/properties/name/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data6.version !== void 0) {
          if (typeof data6.version !== "string") {
            const err36 = {
              instancePath: instancePath + "/distro/version",
              schemaPath: "#/properties/distro/oneOf/1/properties/version/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = {
          instancePath: instancePath + "/distro",
          schemaPath: "#/properties/distro/oneOf/1/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
      if (_valid0 && valid5) {
        valid5 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid5 = true;
          passing0 = 1;
        }
      }
      if (!valid5) {
        const err38 = {
          instancePath: instancePath + "/distro",
          schemaPath: "#/properties/distro/oneOf",
          keyword: "oneOf",
          params: { passingSchemas: passing0 },
          message: "must match exactly one schema in oneOf"
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      } else {
        errors = _errs14;
        if (vErrors !== null) {
          if (_errs14) {
            vErrors.length = _errs14;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.libc !== void 0) {
      let data10 = data.libc;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.flavor === void 0) {
          const err39 = {
            instancePath: instancePath + "/libc",
            schemaPath: "#/properties/libc/required",
            keyword: "required",
            params: { missingProperty: "flavor" },
            message: "must have required property 'flavor'"
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data10.version === void 0) {
          const err40 = {
            instancePath: instancePath + "/libc",
            schemaPath: "#/properties/libc/required",
            keyword: "required",
            params: { missingProperty: "version" },
            message: "must have required property 'version'"
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        for (const key2 in data10) {
          if (!(key2 === "flavor" || key2 === "version")) {
            const err41 = {
              instancePath: instancePath + "/libc",
              schemaPath: "#/properties/libc/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data10.flavor !== void 0) {
          let data11 = data10.flavor;
          if (!(data11 === "glibc" || data11 === "musl" || data11 === "none")) {
            const err42 = {
              instancePath: instancePath + "/libc/flavor",
              schemaPath: "#/properties/libc/properties/flavor/enum",
              keyword: "enum",
              params: { allowedValues: schema11.properties.libc.properties.flavor.enum },
              message: "must be equal to one of the allowed values"
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data10.version !== void 0) {
          let data12 = data10.version;
          if (typeof data12 !== "string" && data12 !== null) {
            const err43 = {
              instancePath: instancePath + "/libc/version",
              schemaPath: "#/properties/libc/properties/version/type",
              keyword: "type",
              params: { type: schema11.properties.libc.properties.version.type },
              message: "must be string,null"
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (typeof data12 === "string") {
            if (!pattern1.test(data12)) {
              const err44 = {
                instancePath: instancePath + "/libc/version",
                schemaPath: "#/properties/libc/properties/version/pattern",
                keyword: "pattern",
                params: { pattern: "^\\d+(\\.\\d+)*$" },
                message: 'must match pattern "^\\d+(\\.\\d+)*$"'
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
      } else {
        const err45 = {
          instancePath: instancePath + "/libc",
          schemaPath: "#/properties/libc/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.loaders !== void 0) {
      let data13 = data.loaders;
      if (Array.isArray(data13)) {
        if (data13.length > 64) {
          const err46 = {
            instancePath: instancePath + "/loaders",
            schemaPath: "#/properties/loaders/maxItems",
            keyword: "maxItems",
            params: { limit: 64 },
            message: "must NOT have more than 64 items"
          };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (typeof data14 === "string") {
            if (!pattern2.test(data14)) {
              const err47 = {
                instancePath: instancePath + "/loaders/" + i2,
                schemaPath: "#/properties/loaders/items/pattern",
                keyword: "pattern",
                params: { pattern: "^/" },
                message: 'must match pattern "^/"'
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = {
              instancePath: instancePath + "/loaders/" + i2,
              schemaPath: "#/properties/loaders/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = {
          instancePath: instancePath + "/loaders",
          schemaPath: "#/properties/loaders/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.libraries !== void 0) {
      let data15 = data.libraries;
      if (Array.isArray(data15)) {
        if (data15.length > 1e5) {
          const err50 = {
            instancePath: instancePath + "/libraries",
            schemaPath: "#/properties/libraries/maxItems",
            keyword: "maxItems",
            params: { limit: 1e5 },
            message: "must NOT have more than 100000 items"
          };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        const len3 = data15.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data16 = data15[i3];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.soname === void 0) {
              const err51 = {
                instancePath: instancePath + "/libraries/" + i3,
                schemaPath: "#/properties/libraries/items/required",
                keyword: "required",
                params: { missingProperty: "soname" },
                message: "must have required property 'soname'"
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data16.dirs === void 0) {
              const err52 = {
                instancePath: instancePath + "/libraries/" + i3,
                schemaPath: "#/properties/libraries/items/required",
                keyword: "required",
                params: { missingProperty: "dirs" },
                message: "must have required property 'dirs'"
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data16.versions === void 0) {
              const err53 = {
                instancePath: instancePath + "/libraries/" + i3,
                schemaPath: "#/properties/libraries/items/required",
                keyword: "required",
                params: { missingProperty: "versions" },
                message: "must have required property 'versions'"
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            for (const key3 in data16) {
              if (!(key3 === "soname" || key3 === "dirs" || key3 === "versions" || key3 === "exports" || key3 === "provenance" || key3 === "needed" || key3 === "file")) {
                const err54 = {
                  instancePath: instancePath + "/libraries/" + i3,
                  schemaPath: "#/properties/libraries/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key3 },
                  message: "must NOT have additional properties"
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data16.soname !== void 0) {
              let data17 = data16.soname;
              if (typeof data17 === "string") {
                if (data17.length > 255) {
                  const err55 = {
                    instancePath: instancePath + "/libraries/" + i3 + "/soname",
                    schemaPath: "#/properties/libraries/items/properties/soname/maxLength",
                    keyword: "maxLength",
                    params: { limit: 255 },
                    message: "must NOT have more than 255 characters"
                  };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                if (data17.length < 1) {
                  const err56 = {
                    instancePath: instancePath + "/libraries/" + i3 + "/soname",
                    schemaPath: "#/properties/libraries/items/properties/soname/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters"
                  };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = {
                  instancePath: instancePath + "/libraries/" + i3 + "/soname",
                  schemaPath: "#/properties/libraries/items/properties/soname/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data16.dirs !== void 0) {
              let data18 = data16.dirs;
              if (Array.isArray(data18)) {
                const len4 = data18.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data19 = data18[i4];
                  if (typeof data19 === "string") {
                    if (!pattern2.test(data19)) {
                      const err58 = {
                        instancePath: instancePath + "/libraries/" + i3 + "/dirs/" + i4,
                        schemaPath: "#/properties/libraries/items/properties/dirs/items/pattern",
                        keyword: "pattern",
                        params: { pattern: "^/" },
                        message: 'must match pattern "^/"'
                      };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                  } else {
                    const err59 = {
                      instancePath: instancePath + "/libraries/" + i3 + "/dirs/" + i4,
                      schemaPath: "#/properties/libraries/items/properties/dirs/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
              } else {
                const err60 = {
                  instancePath: instancePath + "/libraries/" + i3 + "/dirs",
                  schemaPath: "#/properties/libraries/items/properties/dirs/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array"
                };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data16.versions !== void 0) {
              let data20 = data16.versions;
              if (Array.isArray(data20)) {
                const len5 = data20.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data21 = data20[i5];
                  if (typeof data21 === "string") {
                    if (data21.length > 255) {
                      const err61 = {
                        instancePath: instancePath + "/libraries/" + i3 + "/versions/" + i5,
                        schemaPath: "#/properties/libraries/items/properties/versions/items/maxLength",
                        keyword: "maxLength",
                        params: { limit: 255 },
                        message: "must NOT have more than 255 characters"
                      };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  } else {
                    const err62 = {
                      instancePath: instancePath + "/libraries/" + i3 + "/versions/" + i5,
                      schemaPath: "#/properties/libraries/items/properties/versions/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
              } else {
                const err63 = {
                  instancePath: instancePath + "/libraries/" + i3 + "/versions",
                  schemaPath: "#/properties/libraries/items/properties/versions/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array"
                };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data16.exports !== void 0) {
              let data22 = data16.exports;
              if (Array.isArray(data22)) {
                if (data22.length > 2e5) {
                  const err64 = {
                    instancePath: instancePath + "/libraries/" + i3 + "/exports",
                    schemaPath: "#/properties/libraries/items/properties/exports/maxItems",
                    keyword: "maxItems",
                    params: { limit: 2e5 },
                    message: "must NOT have more than 200000 items"
                  };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                const len6 = data22.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data23 = data22[i6];
                  if (typeof data23 === "string") {
                    if (data23.length > 1024) {
                      const err65 = {
                        instancePath: instancePath + "/libraries/" + i3 + "/exports/" + i6,
                        schemaPath: "#/properties/libraries/items/properties/exports/items/maxLength",
                        keyword: "maxLength",
                        params: { limit: 1024 },
                        message: "must NOT have more than 1024 characters"
                      };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                    if (data23.length < 1) {
                      const err66 = {
                        instancePath: instancePath + "/libraries/" + i3 + "/exports/" + i6,
                        schemaPath: "#/properties/libraries/items/properties/exports/items/minLength",
                        keyword: "minLength",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 characters"
                      };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  } else {
                    const err67 = {
                      instancePath: instancePath + "/libraries/" + i3 + "/exports/" + i6,
                      schemaPath: "#/properties/libraries/items/properties/exports/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
              } else {
                const err68 = {
                  instancePath: instancePath + "/libraries/" + i3 + "/exports",
                  schemaPath: "#/properties/libraries/items/properties/exports/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array"
                };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data16.provenance !== void 0) {
              let data24 = data16.provenance;
              if (typeof data24 === "string") {
                if (data24.length > 2e3) {
                  const err69 = {
                    instancePath: instancePath + "/libraries/" + i3 + "/provenance",
                    schemaPath: "#/properties/libraries/items/properties/provenance/maxLength",
                    keyword: "maxLength",
                    params: { limit: 2e3 },
                    message: "must NOT have more than 2000 characters"
                  };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              } else {
                const err70 = {
                  instancePath: instancePath + "/libraries/" + i3 + "/provenance",
                  schemaPath: "#/properties/libraries/items/properties/provenance/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data16.needed !== void 0) {
              let data25 = data16.needed;
              if (Array.isArray(data25)) {
                if (data25.length > 4096) {
                  const err71 = {
                    instancePath: instancePath + "/libraries/" + i3 + "/needed",
                    schemaPath: "#/properties/libraries/items/properties/needed/maxItems",
                    keyword: "maxItems",
                    params: { limit: 4096 },
                    message: "must NOT have more than 4096 items"
                  };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
                const len7 = data25.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data26 = data25[i7];
                  if (typeof data26 === "string") {
                    if (data26.length > 4096) {
                      const err72 = {
                        instancePath: instancePath + "/libraries/" + i3 + "/needed/" + i7,
                        schemaPath: "#/properties/libraries/items/properties/needed/items/maxLength",
                        keyword: "maxLength",
                        params: { limit: 4096 },
                        message: "must NOT have more than 4096 characters"
                      };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                    if (data26.length < 1) {
                      const err73 = {
                        instancePath: instancePath + "/libraries/" + i3 + "/needed/" + i7,
                        schemaPath: "#/properties/libraries/items/properties/needed/items/minLength",
                        keyword: "minLength",
                        params: { limit: 1 },
                        message: "must NOT have fewer than 1 characters"
                      };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  } else {
                    const err74 = {
                      instancePath: instancePath + "/libraries/" + i3 + "/needed/" + i7,
                      schemaPath: "#/properties/libraries/items/properties/needed/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = {
                  instancePath: instancePath + "/libraries/" + i3 + "/needed",
                  schemaPath: "#/properties/libraries/items/properties/needed/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array"
                };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data16.file !== void 0) {
              let data27 = data16.file;
              if (typeof data27 === "string") {
                if (data27.length > 4096) {
                  const err76 = {
                    instancePath: instancePath + "/libraries/" + i3 + "/file",
                    schemaPath: "#/properties/libraries/items/properties/file/maxLength",
                    keyword: "maxLength",
                    params: { limit: 4096 },
                    message: "must NOT have more than 4096 characters"
                  };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
                if (data27.length < 1) {
                  const err77 = {
                    instancePath: instancePath + "/libraries/" + i3 + "/file",
                    schemaPath: "#/properties/libraries/items/properties/file/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters"
                  };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = {
                  instancePath: instancePath + "/libraries/" + i3 + "/file",
                  schemaPath: "#/properties/libraries/items/properties/file/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
          } else {
            const err79 = {
              instancePath: instancePath + "/libraries/" + i3,
              schemaPath: "#/properties/libraries/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = {
          instancePath: instancePath + "/libraries",
          schemaPath: "#/properties/libraries/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.librariesComplete !== void 0) {
      if (typeof data.librariesComplete !== "boolean") {
        const err81 = {
          instancePath: instancePath + "/librariesComplete",
          schemaPath: "#/properties/librariesComplete/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean"
        };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.kernel !== void 0) {
      let data29 = data.kernel;
      if (typeof data29 !== "string" && data29 !== null) {
        const err82 = {
          instancePath: instancePath + "/kernel",
          schemaPath: "#/properties/kernel/type",
          keyword: "type",
          params: { type: schema11.properties.kernel.type },
          message: "must be string,null"
        };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
      if (typeof data29 === "string") {
        if (!pattern1.test(data29)) {
          const err83 = {
            instancePath: instancePath + "/kernel",
            schemaPath: "#/properties/kernel/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d+(\\.\\d+)*$" },
            message: 'must match pattern "^\\d+(\\.\\d+)*$"'
          };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
      }
    }
    if (data.x86IsaBaseline !== void 0) {
      let data30 = data.x86IsaBaseline;
      if (!(typeof data30 == "number" && !(data30 % 1) && !isNaN(data30)) && data30 !== null) {
        const err84 = {
          instancePath: instancePath + "/x86IsaBaseline",
          schemaPath: "#/properties/x86IsaBaseline/type",
          keyword: "type",
          params: { type: schema11.properties.x86IsaBaseline.type },
          message: "must be integer,null"
        };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
      if (typeof data30 == "number") {
        if (data30 > 4 || isNaN(data30)) {
          const err85 = {
            instancePath: instancePath + "/x86IsaBaseline",
            schemaPath: "#/properties/x86IsaBaseline/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 4 },
            message: "must be <= 4"
          };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        if (data30 < 1 || isNaN(data30)) {
          const err86 = {
            instancePath: instancePath + "/x86IsaBaseline",
            schemaPath: "#/properties/x86IsaBaseline/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1"
          };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
      }
    }
    if (data.eol !== void 0) {
      let data31 = data.eol;
      if (typeof data31 !== "string" && data31 !== null) {
        const err87 = {
          instancePath: instancePath + "/eol",
          schemaPath: "#/properties/eol/type",
          keyword: "type",
          params: { type: schema11.properties.eol.type },
          message: "must be string,null"
        };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data32 = data.source;
      if (!(data32 === "embedded" || data32 === "rootfs" || data32 === "file" || data32 === "image")) {
        const err88 = {
          instancePath: instancePath + "/source",
          schemaPath: "#/properties/source/enum",
          keyword: "enum",
          params: { allowedValues: schema11.properties.source.enum },
          message: "must be equal to one of the allowed values"
        };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
    }
    if (data.confidence !== void 0) {
      let data33 = data.confidence;
      if (!(data33 === "high" || data33 === "medium" || data33 === "low")) {
        const err89 = {
          instancePath: instancePath + "/confidence",
          schemaPath: "#/properties/confidence/enum",
          keyword: "enum",
          params: { allowedValues: schema11.properties.confidence.enum },
          message: "must be equal to one of the allowed values"
        };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.provenance !== void 0) {
      if (typeof data.provenance !== "string") {
        const err90 = {
          instancePath: instancePath + "/provenance",
          schemaPath: "#/properties/provenance/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
    if (data.digest !== void 0) {
      let data35 = data.digest;
      if (typeof data35 !== "string" && data35 !== null) {
        const err91 = {
          instancePath: instancePath + "/digest",
          schemaPath: "#/properties/digest/type",
          keyword: "type",
          params: { type: schema11.properties.digest.type },
          message: "must be string,null"
        };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.caveats !== void 0) {
      let data36 = data.caveats;
      if (Array.isArray(data36)) {
        const len8 = data36.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data36[i8] !== "string") {
            const err92 = {
              instancePath: instancePath + "/caveats/" + i8,
              schemaPath: "#/properties/caveats/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
      } else {
        const err93 = {
          instancePath: instancePath + "/caveats",
          schemaPath: "#/properties/caveats/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
  } else {
    const err94 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object"
    };
    if (vErrors === null) {
      vErrors = [err94];
    } else {
      vErrors.push(err94);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validateKnowledge = validate11;
var schema12 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "abigap embedded knowledge (generated by scripts/gen-knowledge.mjs)",
  type: "object",
  required: [
    "knowledgeVersion",
    "nodeSince",
    "lateNodes",
    "glibc",
    "libstdcxx",
    "libgcc",
    "baseLibraries",
    "images",
    "zlib"
  ],
  properties: {
    knowledgeVersion: { const: 1 },
    nodeSince: { type: "object", additionalProperties: { type: "string" } },
    lateNodes: { type: "object", additionalProperties: { type: "object", additionalProperties: { type: "string" } } },
    glibc: {
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["realUpTo", "source", "libs"],
        properties: {
          realUpTo: { type: ["string", "null"] },
          source: { type: "string" },
          libs: {
            type: "object",
            required: ["libc.so.6"],
            additionalProperties: { type: "array", items: { type: "string" } }
          }
        }
      }
    },
    libstdcxx: {
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["realUpTo", "source", "nodes"],
        properties: {
          realUpTo: { type: "string" },
          source: { type: "string" },
          nodes: { type: "array", items: { type: "string" } }
        }
      }
    },
    libgcc: {
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["realUpTo", "source", "nodes"],
        properties: {
          realUpTo: { type: "string" },
          source: { type: "string" },
          nodes: { type: "array", items: { type: "string" } }
        }
      }
    },
    baseLibraries: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
    images: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["image", "aliases", "distro", "libc", "arch", "base", "confidence", "provenance", "caveats"],
        properties: {
          image: { type: "string", minLength: 1 },
          aliases: { type: "array", items: { type: "string" } },
          arch: { type: "array", items: { type: "string" }, minItems: 1 },
          libc: {
            type: "object",
            required: ["flavor", "version"],
            properties: { flavor: { enum: ["glibc", "musl", "none"] }, version: { type: ["string", "null"] } }
          },
          gccRuntime: { type: ["string", "null"] },
          base: { type: "string" },
          kernel: { type: ["string", "null"] },
          x86IsaBaseline: { type: ["integer", "null"] },
          confidence: { enum: ["high", "medium", "low"] },
          zlib: { type: ["string", "null"] }
        }
      }
    },
    zlib: {
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["realUpTo", "source", "nodes"],
        properties: {
          realUpTo: { type: "string" },
          source: { type: "string" },
          nodes: { type: "array", items: { type: "string" } }
        }
      }
    }
  }
};
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.knowledgeVersion === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "knowledgeVersion" },
        message: "must have required property 'knowledgeVersion'"
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.nodeSince === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "nodeSince" },
        message: "must have required property 'nodeSince'"
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.lateNodes === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "lateNodes" },
        message: "must have required property 'lateNodes'"
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.glibc === void 0) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "glibc" },
        message: "must have required property 'glibc'"
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.libstdcxx === void 0) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "libstdcxx" },
        message: "must have required property 'libstdcxx'"
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.libgcc === void 0) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "libgcc" },
        message: "must have required property 'libgcc'"
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.baseLibraries === void 0) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "baseLibraries" },
        message: "must have required property 'baseLibraries'"
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.images === void 0) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "images" },
        message: "must have required property 'images'"
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.zlib === void 0) {
      const err8 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "zlib" },
        message: "must have required property 'zlib'"
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.knowledgeVersion !== void 0) {
      if (1 !== data.knowledgeVersion) {
        const err9 = {
          instancePath: instancePath + "/knowledgeVersion",
          schemaPath: "#/properties/knowledgeVersion/const",
          keyword: "const",
          params: { allowedValue: 1 },
          message: "must be equal to constant"
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.nodeSince !== void 0) {
      let data1 = data.nodeSince;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key0 in data1) {
          if (typeof data1[key0] !== "string") {
            const err10 = {
              instancePath: instancePath + "/nodeSince/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/nodeSince/additionalProperties/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/nodeSince",
          schemaPath: "#/properties/nodeSince/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.lateNodes !== void 0) {
      let data3 = data.lateNodes;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key2 in data4) {
              if (typeof data4[key2] !== "string") {
                const err12 = {
                  instancePath: instancePath + "/lateNodes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/lateNodes/additionalProperties/additionalProperties/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = {
              instancePath: instancePath + "/lateNodes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/lateNodes/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/lateNodes",
          schemaPath: "#/properties/lateNodes/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.glibc !== void 0) {
      let data6 = data.glibc;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key3 in data6) {
          let data7 = data6[key3];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.realUpTo === void 0) {
              const err15 = {
                instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/glibc/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "realUpTo" },
                message: "must have required property 'realUpTo'"
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data7.source === void 0) {
              const err16 = {
                instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/glibc/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "source" },
                message: "must have required property 'source'"
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data7.libs === void 0) {
              const err17 = {
                instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/glibc/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "libs" },
                message: "must have required property 'libs'"
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data7.realUpTo !== void 0) {
              let data8 = data7.realUpTo;
              if (typeof data8 !== "string" && data8 !== null) {
                const err18 = {
                  instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/realUpTo",
                  schemaPath: "#/properties/glibc/additionalProperties/properties/realUpTo/type",
                  keyword: "type",
                  params: { type: schema12.properties.glibc.additionalProperties.properties.realUpTo.type },
                  message: "must be string,null"
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data7.source !== void 0) {
              if (typeof data7.source !== "string") {
                const err19 = {
                  instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/source",
                  schemaPath: "#/properties/glibc/additionalProperties/properties/source/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data7.libs !== void 0) {
              let data10 = data7.libs;
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10["libc.so.6"] === void 0) {
                  const err20 = {
                    instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/libs",
                    schemaPath: "#/properties/glibc/additionalProperties/properties/libs/required",
                    keyword: "required",
                    params: { missingProperty: "libc.so.6" },
                    message: "must have required property 'libc.so.6'"
                  };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                for (const key4 in data10) {
                  let data11 = data10[key4];
                  if (Array.isArray(data11)) {
                    const len0 = data11.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      if (typeof data11[i0] !== "string") {
                        const err21 = {
                          instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/libs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0,
                          schemaPath: "#/properties/glibc/additionalProperties/properties/libs/additionalProperties/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string"
                        };
                        if (vErrors === null) {
                          vErrors = [err21];
                        } else {
                          vErrors.push(err21);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err22 = {
                      instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/libs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/properties/glibc/additionalProperties/properties/libs/additionalProperties/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array"
                    };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = {
                  instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/libs",
                  schemaPath: "#/properties/glibc/additionalProperties/properties/libs/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object"
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = {
              instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/glibc/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + "/glibc",
          schemaPath: "#/properties/glibc/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.libstdcxx !== void 0) {
      let data13 = data.libstdcxx;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key5 in data13) {
          let data14 = data13[key5];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.realUpTo === void 0) {
              const err26 = {
                instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/libstdcxx/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "realUpTo" },
                message: "must have required property 'realUpTo'"
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data14.source === void 0) {
              const err27 = {
                instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/libstdcxx/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "source" },
                message: "must have required property 'source'"
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data14.nodes === void 0) {
              const err28 = {
                instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/libstdcxx/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "nodes" },
                message: "must have required property 'nodes'"
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data14.realUpTo !== void 0) {
              if (typeof data14.realUpTo !== "string") {
                const err29 = {
                  instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/realUpTo",
                  schemaPath: "#/properties/libstdcxx/additionalProperties/properties/realUpTo/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data14.source !== void 0) {
              if (typeof data14.source !== "string") {
                const err30 = {
                  instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/source",
                  schemaPath: "#/properties/libstdcxx/additionalProperties/properties/source/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data14.nodes !== void 0) {
              let data17 = data14.nodes;
              if (Array.isArray(data17)) {
                const len1 = data17.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data17[i1] !== "string") {
                    const err31 = {
                      instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/nodes/" + i1,
                      schemaPath: "#/properties/libstdcxx/additionalProperties/properties/nodes/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = {
                  instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/nodes",
                  schemaPath: "#/properties/libstdcxx/additionalProperties/properties/nodes/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array"
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = {
              instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/libstdcxx/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + "/libstdcxx",
          schemaPath: "#/properties/libstdcxx/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.libgcc !== void 0) {
      let data19 = data.libgcc;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key6 in data19) {
          let data20 = data19[key6];
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.realUpTo === void 0) {
              const err35 = {
                instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/libgcc/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "realUpTo" },
                message: "must have required property 'realUpTo'"
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data20.source === void 0) {
              const err36 = {
                instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/libgcc/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "source" },
                message: "must have required property 'source'"
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data20.nodes === void 0) {
              const err37 = {
                instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/libgcc/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "nodes" },
                message: "must have required property 'nodes'"
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data20.realUpTo !== void 0) {
              if (typeof data20.realUpTo !== "string") {
                const err38 = {
                  instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/realUpTo",
                  schemaPath: "#/properties/libgcc/additionalProperties/properties/realUpTo/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data20.source !== void 0) {
              if (typeof data20.source !== "string") {
                const err39 = {
                  instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/source",
                  schemaPath: "#/properties/libgcc/additionalProperties/properties/source/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data20.nodes !== void 0) {
              let data23 = data20.nodes;
              if (Array.isArray(data23)) {
                const len2 = data23.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (typeof data23[i2] !== "string") {
                    const err40 = {
                      instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/nodes/" + i2,
                      schemaPath: "#/properties/libgcc/additionalProperties/properties/nodes/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              } else {
                const err41 = {
                  instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/nodes",
                  schemaPath: "#/properties/libgcc/additionalProperties/properties/nodes/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array"
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = {
              instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/libgcc/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = {
          instancePath: instancePath + "/libgcc",
          schemaPath: "#/properties/libgcc/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.baseLibraries !== void 0) {
      let data25 = data.baseLibraries;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key7 in data25) {
          let data26 = data25[key7];
          if (Array.isArray(data26)) {
            const len3 = data26.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data26[i3] !== "string") {
                const err44 = {
                  instancePath: instancePath + "/baseLibraries/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3,
                  schemaPath: "#/properties/baseLibraries/additionalProperties/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = {
              instancePath: instancePath + "/baseLibraries/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/baseLibraries/additionalProperties/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array"
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = {
          instancePath: instancePath + "/baseLibraries",
          schemaPath: "#/properties/baseLibraries/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.images !== void 0) {
      let data28 = data.images;
      if (Array.isArray(data28)) {
        if (data28.length < 1) {
          const err47 = {
            instancePath: instancePath + "/images",
            schemaPath: "#/properties/images/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items"
          };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        const len4 = data28.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data29 = data28[i4];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.image === void 0) {
              const err48 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "image" },
                message: "must have required property 'image'"
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data29.aliases === void 0) {
              const err49 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "aliases" },
                message: "must have required property 'aliases'"
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data29.distro === void 0) {
              const err50 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "distro" },
                message: "must have required property 'distro'"
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data29.libc === void 0) {
              const err51 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "libc" },
                message: "must have required property 'libc'"
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data29.arch === void 0) {
              const err52 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "arch" },
                message: "must have required property 'arch'"
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data29.base === void 0) {
              const err53 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "base" },
                message: "must have required property 'base'"
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data29.confidence === void 0) {
              const err54 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "confidence" },
                message: "must have required property 'confidence'"
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data29.provenance === void 0) {
              const err55 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "provenance" },
                message: "must have required property 'provenance'"
              };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data29.caveats === void 0) {
              const err56 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "caveats" },
                message: "must have required property 'caveats'"
              };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data29.image !== void 0) {
              let data30 = data29.image;
              if (typeof data30 === "string") {
                if (data30.length < 1) {
                  const err57 = {
                    instancePath: instancePath + "/images/" + i4 + "/image",
                    schemaPath: "#/properties/images/items/properties/image/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters"
                  };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              } else {
                const err58 = {
                  instancePath: instancePath + "/images/" + i4 + "/image",
                  schemaPath: "#/properties/images/items/properties/image/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data29.aliases !== void 0) {
              let data31 = data29.aliases;
              if (Array.isArray(data31)) {
                const len5 = data31.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  if (typeof data31[i5] !== "string") {
                    const err59 = {
                      instancePath: instancePath + "/images/" + i4 + "/aliases/" + i5,
                      schemaPath: "#/properties/images/items/properties/aliases/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
              } else {
                const err60 = {
                  instancePath: instancePath + "/images/" + i4 + "/aliases",
                  schemaPath: "#/properties/images/items/properties/aliases/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array"
                };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data29.arch !== void 0) {
              let data33 = data29.arch;
              if (Array.isArray(data33)) {
                if (data33.length < 1) {
                  const err61 = {
                    instancePath: instancePath + "/images/" + i4 + "/arch",
                    schemaPath: "#/properties/images/items/properties/arch/minItems",
                    keyword: "minItems",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 items"
                  };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                const len6 = data33.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  if (typeof data33[i6] !== "string") {
                    const err62 = {
                      instancePath: instancePath + "/images/" + i4 + "/arch/" + i6,
                      schemaPath: "#/properties/images/items/properties/arch/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
              } else {
                const err63 = {
                  instancePath: instancePath + "/images/" + i4 + "/arch",
                  schemaPath: "#/properties/images/items/properties/arch/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array"
                };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data29.libc !== void 0) {
              let data35 = data29.libc;
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                if (data35.flavor === void 0) {
                  const err64 = {
                    instancePath: instancePath + "/images/" + i4 + "/libc",
                    schemaPath: "#/properties/images/items/properties/libc/required",
                    keyword: "required",
                    params: { missingProperty: "flavor" },
                    message: "must have required property 'flavor'"
                  };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data35.version === void 0) {
                  const err65 = {
                    instancePath: instancePath + "/images/" + i4 + "/libc",
                    schemaPath: "#/properties/images/items/properties/libc/required",
                    keyword: "required",
                    params: { missingProperty: "version" },
                    message: "must have required property 'version'"
                  };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                if (data35.flavor !== void 0) {
                  let data36 = data35.flavor;
                  if (!(data36 === "glibc" || data36 === "musl" || data36 === "none")) {
                    const err66 = {
                      instancePath: instancePath + "/images/" + i4 + "/libc/flavor",
                      schemaPath: "#/properties/images/items/properties/libc/properties/flavor/enum",
                      keyword: "enum",
                      params: {
                        allowedValues: schema12.properties.images.items.properties.libc.properties.flavor.enum
                      },
                      message: "must be equal to one of the allowed values"
                    };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data35.version !== void 0) {
                  let data37 = data35.version;
                  if (typeof data37 !== "string" && data37 !== null) {
                    const err67 = {
                      instancePath: instancePath + "/images/" + i4 + "/libc/version",
                      schemaPath: "#/properties/images/items/properties/libc/properties/version/type",
                      keyword: "type",
                      params: { type: schema12.properties.images.items.properties.libc.properties.version.type },
                      message: "must be string,null"
                    };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
              } else {
                const err68 = {
                  instancePath: instancePath + "/images/" + i4 + "/libc",
                  schemaPath: "#/properties/images/items/properties/libc/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object"
                };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data29.gccRuntime !== void 0) {
              let data38 = data29.gccRuntime;
              if (typeof data38 !== "string" && data38 !== null) {
                const err69 = {
                  instancePath: instancePath + "/images/" + i4 + "/gccRuntime",
                  schemaPath: "#/properties/images/items/properties/gccRuntime/type",
                  keyword: "type",
                  params: { type: schema12.properties.images.items.properties.gccRuntime.type },
                  message: "must be string,null"
                };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data29.base !== void 0) {
              if (typeof data29.base !== "string") {
                const err70 = {
                  instancePath: instancePath + "/images/" + i4 + "/base",
                  schemaPath: "#/properties/images/items/properties/base/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data29.kernel !== void 0) {
              let data40 = data29.kernel;
              if (typeof data40 !== "string" && data40 !== null) {
                const err71 = {
                  instancePath: instancePath + "/images/" + i4 + "/kernel",
                  schemaPath: "#/properties/images/items/properties/kernel/type",
                  keyword: "type",
                  params: { type: schema12.properties.images.items.properties.kernel.type },
                  message: "must be string,null"
                };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data29.x86IsaBaseline !== void 0) {
              let data41 = data29.x86IsaBaseline;
              if (!(typeof data41 == "number" && !(data41 % 1) && !isNaN(data41)) && data41 !== null) {
                const err72 = {
                  instancePath: instancePath + "/images/" + i4 + "/x86IsaBaseline",
                  schemaPath: "#/properties/images/items/properties/x86IsaBaseline/type",
                  keyword: "type",
                  params: { type: schema12.properties.images.items.properties.x86IsaBaseline.type },
                  message: "must be integer,null"
                };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data29.confidence !== void 0) {
              let data42 = data29.confidence;
              if (!(data42 === "high" || data42 === "medium" || data42 === "low")) {
                const err73 = {
                  instancePath: instancePath + "/images/" + i4 + "/confidence",
                  schemaPath: "#/properties/images/items/properties/confidence/enum",
                  keyword: "enum",
                  params: { allowedValues: schema12.properties.images.items.properties.confidence.enum },
                  message: "must be equal to one of the allowed values"
                };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data29.zlib !== void 0) {
              let data43 = data29.zlib;
              if (typeof data43 !== "string" && data43 !== null) {
                const err74 = {
                  instancePath: instancePath + "/images/" + i4 + "/zlib",
                  schemaPath: "#/properties/images/items/properties/zlib/type",
                  keyword: "type",
                  params: { type: schema12.properties.images.items.properties.zlib.type },
                  message: "must be string,null"
                };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
          } else {
            const err75 = {
              instancePath: instancePath + "/images/" + i4,
              schemaPath: "#/properties/images/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = {
          instancePath: instancePath + "/images",
          schemaPath: "#/properties/images/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.zlib !== void 0) {
      let data44 = data.zlib;
      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
        for (const key8 in data44) {
          let data45 = data44[key8];
          if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
            if (data45.realUpTo === void 0) {
              const err77 = {
                instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/zlib/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "realUpTo" },
                message: "must have required property 'realUpTo'"
              };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (data45.source === void 0) {
              const err78 = {
                instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/zlib/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "source" },
                message: "must have required property 'source'"
              };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data45.nodes === void 0) {
              const err79 = {
                instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/zlib/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "nodes" },
                message: "must have required property 'nodes'"
              };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data45.realUpTo !== void 0) {
              if (typeof data45.realUpTo !== "string") {
                const err80 = {
                  instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/realUpTo",
                  schemaPath: "#/properties/zlib/additionalProperties/properties/realUpTo/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data45.source !== void 0) {
              if (typeof data45.source !== "string") {
                const err81 = {
                  instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/source",
                  schemaPath: "#/properties/zlib/additionalProperties/properties/source/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data45.nodes !== void 0) {
              let data48 = data45.nodes;
              if (Array.isArray(data48)) {
                const len7 = data48.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  if (typeof data48[i7] !== "string") {
                    const err82 = {
                      instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/nodes/" + i7,
                      schemaPath: "#/properties/zlib/additionalProperties/properties/nodes/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
              } else {
                const err83 = {
                  instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/nodes",
                  schemaPath: "#/properties/zlib/additionalProperties/properties/nodes/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array"
                };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
          } else {
            const err84 = {
              instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/zlib/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = {
          instancePath: instancePath + "/zlib",
          schemaPath: "#/properties/zlib/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
  } else {
    const err86 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object"
    };
    if (vErrors === null) {
      vErrors = [err86];
    } else {
      vErrors.push(err86);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}

// src/knowledge/profile-schema.ts
function runValidator(fn, data, max = 10) {
  const v = fn;
  if (v(data)) return [];
  return (v.errors ?? []).slice(0, max).map((e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`);
}
function validateProfile2(data) {
  return runValidator(validateProfile, data);
}

// src/knowledge/knowledge-data.ts
var loaded = null;
function knowledgeData() {
  if (loaded) return loaded;
  const data = checkKnowledge(knowledge_default);
  loaded = data;
  return data;
}
function checkKnowledge(data) {
  const why = runValidator(validateKnowledge, data, 5);
  if (why.length) throw new Error(`embedded knowledge base is invalid: ${why.join("; ")}`);
  const k = data;
  for (const row of k.images) {
    if (!k.baseLibraries[row.base])
      throw new Error(`embedded knowledge base: ${row.image} names unknown base ${row.base}`);
    if (row.libc.flavor === "glibc" && !row.libc.version)
      throw new Error(`embedded knowledge base: ${row.image} lacks a glibc version`);
  }
  return k;
}

// src/knowledge/library-exports.ts
var EXPORT_BINDINGS = /* @__PURE__ */ new Set(["GLOBAL", "WEAK", "UNIQUE"]);
var NOT_EXPORTS = /* @__PURE__ */ new Set(["SECTION", "FILE"]);
var MAX_EXPORTS = 2e5;
function exportsOf(facts) {
  const out = /* @__PURE__ */ new Set();
  for (const s of facts.dynamicSymbols) {
    if (!s.defined || !s.name || !EXPORT_BINDINGS.has(s.binding) || NOT_EXPORTS.has(s.type)) continue;
    out.add(s.version ? `${s.name}@${s.version}` : s.name);
    if (out.size >= MAX_EXPORTS) break;
  }
  return [...out].sort();
}
function alwaysExported(soname) {
  return /^(libc\.so(\.6)?|ld-linux.*\.so\.\d|ld-musl-.+\.so\.1|libc\.musl-.+\.so\.1)$/.test(soname);
}

// src/knowledge/rootfs-profile.ts
var TRIPLETS = [
  "x86_64-linux-gnu",
  "aarch64-linux-gnu",
  "arm-linux-gnueabihf",
  "i386-linux-gnu",
  "s390x-linux-gnu",
  "powerpc64le-linux-gnu",
  "powerpc64-linux-gnu",
  "mips-linux-gnu",
  "riscv64-linux-gnu"
];
var STANDARD_DIRS = ["/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib", "/usr/local/lib64"];
var MAX_LIBRARIES = 2e4;
var MAX_CONF_DEPTH = 8;
var ID_ALIASES = {
  rocky: "rocky",
  "opensuse-leap": "opensuse-leap",
  sles: "sles",
  amzn: "amzn"
};
function knownRelease(id, version) {
  const want = ID_ALIASES[id] ?? id;
  const v = version.trim();
  if (!v) return null;
  const sp = /^(\d+)\.(\d+)$/.exec(v);
  for (const row of knowledgeData().images) {
    if (row.distro.id !== want) continue;
    const rv = row.distro.version.split(/\s+/)[0];
    if (rv === v || v.startsWith(`${rv}.`)) return row;
    if (want === "sles" && sp && row.distro.version === `${sp[1]} SP${sp[2]}`) return row;
  }
  return null;
}
function parseOsRelease(text) {
  const out = {};
  for (const line of text.split("\n")) {
    const m = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2].trim();
    if (v.startsWith('"') && v.endsWith('"') || v.startsWith("'") && v.endsWith("'")) v = v.slice(1, -1);
    out[m[1]] = v.replace(/\\(["'$`\\])/g, "$1").slice(0, 256);
  }
  return out;
}
function globLast(tree, pattern) {
  const i = pattern.lastIndexOf("/");
  const dir = pattern.slice(0, i) || "/";
  const base = pattern.slice(i + 1);
  if (!/[*?[]/.test(base)) return [pattern];
  const re = new RegExp(
    "^" + base.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$"
  );
  const r = resolveInTree(tree, dir);
  const names = r ? tree.list(r.path) ?? [] : [];
  return names.filter((n) => re.test(n)).sort().map((n) => normalisePath(`${dir}/${n}`));
}
function ldSoConfDirs(tree, file = "/etc/ld.so.conf", depth = 0, seen = /* @__PURE__ */ new Set()) {
  if (depth > MAX_CONF_DEPTH || seen.has(file)) return [];
  seen.add(file);
  const text = readTextFile(tree, file);
  if (text === null) return [];
  const dirs = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const inc = /^include\s+(.+)$/.exec(line);
    if (inc) {
      for (const pat of inc[1].split(/\s+/)) {
        const abs = pat.startsWith("/") ? pat : normalisePath(`${file.slice(0, file.lastIndexOf("/"))}/${pat}`);
        for (const f of globLast(tree, abs)) dirs.push(...ldSoConfDirs(tree, f, depth + 1, seen));
      }
      continue;
    }
    if (line.startsWith("hwcap")) continue;
    for (const d of line.split(/[:,\s]+/)) if (d.startsWith("/")) dirs.push(normalisePath(d));
  }
  return dirs;
}
function muslDirs(tree, arch) {
  const name = arch ? MUSL_ARCH_NAMES[arch] : null;
  const text = name ? readTextFile(tree, `/etc/ld-musl-${name}.path`) : null;
  if (text !== null)
    return text.split(/[:\n]+/).map((s) => s.trim()).filter((s) => s.startsWith("/")).map(normalisePath);
  return ["/lib", "/usr/local/lib", "/usr/lib"];
}
function analyse(tree, path) {
  const src = tree.open(path);
  if (!src) return null;
  return analyseElf(src, path);
}
function glibcVersion(tree, realPath, defs) {
  const base = realPath.slice(realPath.lastIndexOf("/") + 1);
  const m = /^libc-(\d+\.\d+)\.so$/.exec(base);
  if (m) return m[1];
  const src = tree.open(realPath);
  const banner = src ? scanSource(src, /release version (\d+\.\d+(?:\.\d+)?)[.,]/) : null;
  if (banner) return banner[1];
  return highestOf(defs, "GLIBC");
}
function muslVersion(tree, realPath) {
  const src = tree.open(realPath);
  if (!src) return null;
  const m = scanSource(src, /\0(1\.\d+\.\d+|0\.9\.\d+)\0/);
  return m ? m[1] : null;
}
function recordExports(byName, factsByReal, realOf, wanted, caveats) {
  const queue = wanted ? [...wanted, ...[...byName.keys()].filter(alwaysExported)] : [...byName.keys()];
  const done = /* @__PURE__ */ new Set();
  const byReal = /* @__PURE__ */ new Map();
  while (queue.length) {
    const name = queue.shift();
    if (done.has(name)) continue;
    done.add(name);
    const lib = byName.get(name);
    const facts = lib && factsByReal.get(realOf.get(name));
    if (!lib || !facts) continue;
    const real = realOf.get(name);
    lib.exports = byReal.get(real) ?? exportsOf(facts);
    byReal.set(real, lib.exports);
    if (lib.exports.length >= MAX_EXPORTS && !byReal.has(`${real}\0cut`))
      caveats.push(`${name} has more than ${MAX_EXPORTS} exports: the list is cut`);
    queue.push(...lib.needed ?? []);
  }
}
function profileFromTree(tree, meta) {
  const caveats = [];
  const osText = readTextFile(tree, "/etc/os-release") ?? readTextFile(tree, "/usr/lib/os-release");
  const os = osText ? parseOsRelease(osText) : {};
  const distro = os.ID ? { id: os.ID, name: os.NAME ?? os.PRETTY_NAME ?? os.ID, version: os.VERSION_ID ?? os.VERSION_CODENAME ?? "" } : null;
  if (!distro) caveats.push("no /etc/os-release: distribution unknown");
  const loaderCandidates = /* @__PURE__ */ new Set([...Object.values(GLIBC_LOADERS).flat()]);
  for (const dir of ["/lib", "/lib64"]) {
    const r = resolveInTree(tree, dir);
    for (const n of r && tree.list(r.path) || [])
      if (/^ld-(musl-.+|linux.*)\.so\.\d+$/.test(n)) loaderCandidates.add(`${dir}/${n}`);
  }
  for (const name of Object.values(MUSL_ARCH_NAMES)) loaderCandidates.add(`/lib/ld-musl-${name}.so.1`);
  const loaders = [];
  for (const p of [...loaderCandidates].sort()) {
    const r = resolveInTree(tree, p);
    if (!r || r.entry.type !== "file") continue;
    const facts = analyse(tree, r.path);
    const arch2 = facts?.elf ? archOf(facts.elf) : null;
    loaders.push({ path: p, real: r.path, facts, arch: arch2 });
  }
  let arch = meta.arch ?? loaders.find((l) => l.arch)?.arch ?? null;
  for (const p of ["/bin/sh", "/bin/busybox", "/usr/bin/env"]) {
    if (arch) break;
    const r = resolveInTree(tree, p);
    const f = r && r.entry.type === "file" ? analyse(tree, r.path) : null;
    if (f?.elf) arch = archOf(f.elf);
  }
  const dirs = [];
  const addDir = (d) => {
    const n = normalisePath(d);
    if (!dirs.includes(n)) dirs.push(n);
  };
  for (const d of ldSoConfDirs(tree)) addDir(d);
  for (const d of muslDirs(tree, arch)) addDir(d);
  for (const d of STANDARD_DIRS) {
    addDir(d);
    for (const t of TRIPLETS) addDir(`${d}/${t}`);
  }
  const byName = /* @__PURE__ */ new Map();
  const factsByReal = /* @__PURE__ */ new Map();
  const realOf = /* @__PURE__ */ new Map();
  let count = 0;
  for (const dir of dirs) {
    const rd = resolveInTree(tree, dir);
    if (!rd || rd.entry.type !== "dir") continue;
    for (const name of (tree.list(rd.path) ?? []).sort()) {
      if (!/\.so(\.[0-9][0-9A-Za-z.]*)?$/.test(name) && !/^ld-.*\.so/.test(name)) continue;
      const r = resolveInTree(tree, `${rd.path}/${name}`);
      if (!r || r.entry.type !== "file") continue;
      if (++count > MAX_LIBRARIES) break;
      let facts = factsByReal.get(r.path);
      if (facts === void 0) {
        facts = analyse(tree, r.path);
        factsByReal.set(r.path, facts);
      }
      if (!facts?.elf || facts.error) continue;
      const libArch = archOf(facts.elf);
      if (!arch && name === "libc.so.6") arch = libArch;
      if (arch && libArch !== arch) continue;
      const versions = facts.versionDefs.filter((d) => !d.base).map((d) => d.name);
      const lib = byName.get(name);
      if (lib) {
        if (!lib.dirs.includes(dir)) lib.dirs.push(dir);
      } else {
        const file = r.path.slice(r.path.lastIndexOf("/") + 1);
        byName.set(name, { soname: name, dirs: [dir], versions, needed: [...facts.needed], file });
        realOf.set(name, r.path);
      }
    }
  }
  if (count > MAX_LIBRARIES) caveats.push(`more than ${MAX_LIBRARIES} library files: the list is truncated`);
  recordExports(byName, factsByReal, realOf, meta.exportsFor, caveats);
  const ownLoaders = loaders.filter((l) => !arch || !l.arch || l.arch === arch);
  const musl = ownLoaders.find((l) => loaderFlavor(l.path) === "musl");
  const glibcLoader = ownLoaders.find((l) => loaderFlavor(l.path) === "glibc");
  const libc = byName.get("libc.so.6");
  let flavor = "none";
  let version = null;
  const realGlibc = !!libc && libc.versions.some((v) => v.startsWith("GLIBC_2"));
  if (libc && !realGlibc && musl) {
    flavor = "musl";
    version = muslVersion(tree, musl.real);
    caveats.push("libc.so.6 and the glibc loader path are a compatibility shim (gcompat) over musl, not glibc");
  } else if (libc && glibcLoader) {
    flavor = "glibc";
    version = glibcVersion(tree, realOf.get("libc.so.6"), libc.versions);
  } else if (musl) {
    flavor = "musl";
    version = muslVersion(tree, musl.real);
    if (!version) caveats.push("musl version not found in the loader");
  } else if (libc) {
    flavor = "glibc";
    version = glibcVersion(tree, realOf.get("libc.so.6"), libc.versions);
    caveats.push("libc.so.6 is present but no glibc loader was found");
  }
  if (!arch) caveats.push("architecture unknown (no loader or libc found); assumed from the caller or amd64");
  const known = distro ? knownRelease(distro.id, distro.version) : null;
  const finalArch = arch ?? "amd64";
  return {
    profileVersion: CURRENT_PROFILE_VERSION,
    image: meta.image,
    aliases: [],
    arch: [finalArch],
    distro,
    libc: { flavor, version },
    loaders: ownLoaders.map((l) => l.path),
    libraries: [...byName.values()].sort((a, b) => a.soname < b.soname ? -1 : 1),
    librariesComplete: true,
    kernel: known?.kernel ?? null,
    x86IsaBaseline: finalArch === "amd64" ? known?.x86IsaBaseline ?? null : null,
    eol: known?.eol ?? null,
    source: meta.source,
    confidence: "high",
    provenance: `read from the ${meta.source === "image" ? "image" : "root"} filesystem of ${meta.image}${distro ? ` (${os.PRETTY_NAME ?? distro.name})` : ""}` + (known ? `; kernel, x86-64 baseline and EOL from the embedded knowledge of ${known.image}` : ""),
    ...meta.digest !== void 0 ? { digest: meta.digest } : {},
    ...caveats.length ? { caveats } : {}
  };
}

export {
  archOf,
  normaliseArch,
  GLIBC_LOADERS,
  MUSL_ARCH_NAMES,
  muslLoader,
  validateProfile2 as validateProfile,
  knowledgeData,
  bufferSource,
  normalisePath,
  CURRENT_PROFILE_VERSION,
  profileFromTree
};
