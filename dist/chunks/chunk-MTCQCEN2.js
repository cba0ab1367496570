import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  highestOf,
  inspectBinary,
  isMuslLibc,
  loaderFlavor
} from "./chunk-MUPL4P2E.js";

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
  generatedBy: "scripts/gen-knowledge.mjs from scripts/knowledge/{distros.tsv,toolchains.tsv,libc-facts.json,root-facts.json}",
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
      "libanl.so.1"
    ],
    el: [
      "libc.so.6",
      "libm.so.6",
      "libpthread.so.0",
      "libdl.so.2",
      "librt.so.1",
      "libresolv.so.2",
      "libutil.so.1",
      "libanl.so.1"
    ],
    el7: [
      "libc.so.6",
      "libm.so.6",
      "libpthread.so.0",
      "libdl.so.2",
      "librt.so.1",
      "libresolv.so.2",
      "libutil.so.1",
      "libanl.so.1"
    ],
    rpm: [
      "libc.so.6",
      "libm.so.6",
      "libpthread.so.0",
      "libdl.so.2",
      "librt.so.1",
      "libresolv.so.2",
      "libutil.so.1",
      "libanl.so.1"
    ],
    alpine: ["libc.musl-$MUSLARCH.so.1"],
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
      "libstdc++.so.6"
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
  baseProvenance: {
    deb: "shipped by glibc itself (Debian/Ubuntu package libc6, RPM package glibc; glibc's own shared objects, present in every release)",
    el: "shipped by glibc itself (Debian/Ubuntu package libc6, RPM package glibc; glibc's own shared objects, present in every release)",
    el7: "shipped by glibc itself (Debian/Ubuntu package libc6, RPM package glibc; glibc's own shared objects, present in every release)",
    rpm: "shipped by glibc itself (Debian/Ubuntu package libc6, RPM package glibc; glibc's own shared objects, present in every release)",
    alpine: "package musl (the libc of every Alpine image; /lib/ld-musl-$MUSLARCH.so.1 and its libc.musl link)",
    "distroless-base": "distroless base/README.md and {bookworm,trixie}.lock.json: libc6 and libssl3",
    "distroless-cc": "distroless cc/README.md and {bookworm,trixie}.lock.json: libc6, libssl3, libgcc-s1, libstdc++6",
    "busybox-glibc": "docker-library busybox latest/glibc/Dockerfile.builder (copies these from debian:trixie-slim)",
    none: "no libc, no shared libraries (static image)"
  },
  roots: {
    "debian:11": {
      source: "debootstrap --variant=minbase bullseye (test-world image abigap-test/bullseye)",
      glibc: "2.31",
      libraries: {
        "ld-linux-x86-64.so.2": ["GLIBC_2.2.5", "GLIBC_2.3", "GLIBC_2.4"],
        "libBrokenLocale.so.1": ["GLIBC_2.2.5"],
        "libSegFault.so": [],
        "libacl.so.1": ["ACL_1.0", "ACL_1.1", "ACL_1.2"],
        "libanl.so.1": ["GLIBC_2.2.5"],
        "libapt-pkg.so.6.0": ["APTPKG_6.0"],
        "libapt-private.so.0.0": ["APTPRIVATE_0.0"],
        "libattr.so.1": ["ATTR_1.0", "ATTR_1.1", "ATTR_1.2", "ATTR_1.3"],
        "libaudit.so.1": [],
        "libblkid.so.1": [
          "BLKID_1.0",
          "BLKID_2.15",
          "BLKID_2.17",
          "BLKID_2.18",
          "BLKID_2.20",
          "BLKID_2.21",
          "BLKID_2.23",
          "BLKID_2.25",
          "BLKID_2.30",
          "BLKID_2_31",
          "BLKID_2_36"
        ],
        "libbz2.so.1.0": [],
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
          "GLIBC_2.30"
        ],
        "libcap-ng.so.0": [],
        "libcom_err.so.2": [],
        "libcrypt.so.1": ["GLIBC_2.2.5", "XCRYPT_2.0", "XCRYPT_4.3", "XCRYPT_4.4"],
        "libcrypto.so.1.1": [
          "OPENSSL_1_1_0",
          "OPENSSL_1_1_0a",
          "OPENSSL_1_1_0c",
          "OPENSSL_1_1_0d",
          "OPENSSL_1_1_0f",
          "OPENSSL_1_1_0g",
          "OPENSSL_1_1_0h",
          "OPENSSL_1_1_0i",
          "OPENSSL_1_1_0j",
          "OPENSSL_1_1_1",
          "OPENSSL_1_1_1b",
          "OPENSSL_1_1_1c",
          "OPENSSL_1_1_1d",
          "OPENSSL_1_1_1e",
          "OPENSSL_1_1_1h"
        ],
        "libdb-5.3.so": ["DB5_3"],
        "libdebconfclient.so.0": [],
        "libdl.so.2": ["GLIBC_2.2.5", "GLIBC_2.3.3", "GLIBC_2.3.4"],
        "libe2p.so.2": [],
        "libext2fs.so.2": [],
        "libffi.so.7": [
          "LIBFFI_BASE_7.0",
          "LIBFFI_BASE_7.1",
          "LIBFFI_COMPLEX_7.0",
          "LIBFFI_CLOSURE_7.0",
          "LIBFFI_GO_CLOSURE_7.0"
        ],
        "libgcc_s.so.1": [
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
          "GCC_7.0.0"
        ],
        "libgcrypt.so.20": ["GCRYPT_1.6"],
        "libgmp.so.10": [],
        "libgnutls.so.30": [
          "GNUTLS_3_4",
          "GNUTLS_3_6_0",
          "GNUTLS_3_6_2",
          "GNUTLS_3_6_3",
          "GNUTLS_3_6_4",
          "GNUTLS_3_6_5",
          "GNUTLS_3_6_6",
          "GNUTLS_3_6_8",
          "GNUTLS_3_6_9",
          "GNUTLS_3_6_10",
          "GNUTLS_3_6_12",
          "GNUTLS_3_6_13",
          "GNUTLS_3_6_14",
          "GNUTLS_3_7_0",
          "GNUTLS_FIPS140_3_4",
          "GNUTLS_PRIVATE_3_4"
        ],
        "libgpg-error.so.0": ["GPG_ERROR_1.0"],
        "libgssapi_krb5.so.2": ["gssapi_krb5_2_MIT", "HIDDEN"],
        "libhogweed.so.6": ["HOGWEED_6", "HOGWEED_INTERNAL_6_4"],
        "libidn2.so.0": ["IDN2_0.0.0", "IDN2_2.1.0"],
        "libk5crypto.so.3": ["k5crypto_3_MIT", "HIDDEN"],
        "libkeyutils.so.1": [
          "KEYUTILS_0.3",
          "KEYUTILS_1.0",
          "KEYUTILS_1.3",
          "KEYUTILS_1.4",
          "KEYUTILS_1.5",
          "KEYUTILS_1.6",
          "KEYUTILS_1.7",
          "KEYUTILS_1.8",
          "KEYUTILS_1.9"
        ],
        "libkrb5.so.3": ["krb5_3_MIT", "HIDDEN"],
        "libkrb5support.so.0": ["krb5support_0_MIT", "HIDDEN"],
        "liblz4.so.1": [],
        "liblzma.so.5": ["XZ_5.0", "XZ_5.2"],
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
          "GLIBC_2.31"
        ],
        "libmemusage.so": [],
        "libmount.so.1": [
          "MOUNT_2.19",
          "MOUNT_2.20",
          "MOUNT_2.21",
          "MOUNT_2.22",
          "MOUNT_2.23",
          "MOUNT_2.24",
          "MOUNT_2.25",
          "MOUNT_2.26",
          "MOUNT_2.28",
          "MOUNT_2.30",
          "MOUNT_2.33",
          "MOUNT_2.34",
          "MOUNT_2_35"
        ],
        "libmvec.so.1": ["GLIBC_2.22"],
        "libnettle.so.8": ["NETTLE_8", "NETTLE_INTERNAL_8_4"],
        "libnsl.so.1": ["GLIBC_2.2.5"],
        "libnsl.so.2": ["LIBNSL_1.0", "LIBNSL_1.0.1", "LIBNSL_1.0.2", "LIBNSL_PRIVATE"],
        "libnss_compat.so.2": [],
        "libnss_dns.so.2": [],
        "libnss_files.so.2": [],
        "libnss_hesiod.so.2": [],
        "libp11-kit.so.0": ["LIBP11_KIT_1.0"],
        "libpam.so.0": [
          "LIBPAM_1.0",
          "LIBPAM_EXTENSION_1.0",
          "LIBPAM_EXTENSION_1.1",
          "LIBPAM_EXTENSION_1.1.1",
          "LIBPAM_MODUTIL_1.0",
          "LIBPAM_MODUTIL_1.1",
          "LIBPAM_MODUTIL_1.1.3",
          "LIBPAM_MODUTIL_1.1.9",
          "LIBPAM_MODUTIL_1.3.2",
          "LIBPAM_1.4"
        ],
        "libpam_misc.so.0": ["LIBPAM_MISC_1.0"],
        "libpamc.so.0": ["LIBPAMC_1.0"],
        "libpcprofile.so": [],
        "libpcre.so.3": [],
        "libpcre2-8.so.0": [],
        "libpcreposix.so.3": [],
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
        "libresolv.so.2": ["GLIBC_2.2.5", "GLIBC_2.3.2", "GLIBC_2.9"],
        "librt.so.1": ["GLIBC_2.2.5", "GLIBC_2.3.3", "GLIBC_2.3.4", "GLIBC_2.4", "GLIBC_2.7"],
        "libseccomp.so.2": [],
        "libselinux.so.1": ["LIBSELINUX_1.0"],
        "libsemanage.so.1": ["LIBSEMANAGE_1.0", "LIBSEMANAGE_1.1"],
        "libsepol.so.1": ["LIBSEPOL_1.0", "LIBSEPOL_1.1", "LIBSEPOL_3.0"],
        "libsmartcols.so.1": [
          "SMARTCOLS_2.25",
          "SMARTCOLS_2.27",
          "SMARTCOLS_2.28",
          "SMARTCOLS_2.29",
          "SMARTCOLS_2.30",
          "SMARTCOLS_2.31",
          "SMARTCOLS_2.33",
          "SMARTCOLS_2.34",
          "SMARTCOLS_2.35"
        ],
        "libss.so.2": [],
        "libssl.so.1.1": ["OPENSSL_1_1_0", "OPENSSL_1_1_0d", "OPENSSL_1_1_1", "OPENSSL_1_1_1a"],
        "libstdc++.so.6": [
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
          "CXXABI_TM_1",
          "CXXABI_FLOAT128"
        ],
        "libsystemd.so.0": [
          "LIBSYSTEMD_209",
          "LIBSYSTEMD_211",
          "LIBSYSTEMD_213",
          "LIBSYSTEMD_214",
          "LIBSYSTEMD_216",
          "LIBSYSTEMD_217",
          "LIBSYSTEMD_219",
          "LIBSYSTEMD_220",
          "LIBSYSTEMD_221",
          "LIBSYSTEMD_222",
          "LIBSYSTEMD_226",
          "LIBSYSTEMD_227",
          "LIBSYSTEMD_229",
          "LIBSYSTEMD_230",
          "LIBSYSTEMD_231",
          "LIBSYSTEMD_232",
          "LIBSYSTEMD_233",
          "LIBSYSTEMD_234",
          "LIBSYSTEMD_236",
          "LIBSYSTEMD_237",
          "LIBSYSTEMD_238",
          "LIBSYSTEMD_239",
          "LIBSYSTEMD_240",
          "LIBSYSTEMD_241",
          "LIBSYSTEMD_243",
          "LIBSYSTEMD_245",
          "LIBSYSTEMD_246",
          "LIBSYSTEMD_247"
        ],
        "libtasn1.so.6": ["LIBTASN1_0_3", "LIBTASN1_4_16_0"],
        "libthread_db.so.1": ["GLIBC_2.2.5", "GLIBC_2.3", "GLIBC_2.3.3"],
        "libtic.so.6": [
          "NCURSES6_TIC_5.0.19991023",
          "NCURSES6_TIC_5.1.20000708",
          "NCURSES6_TIC_5.5.20051010",
          "NCURSES6_TIC_5.7.20081102",
          "NCURSES6_TIC_5.9.20150530",
          "NCURSES6_TIC_6.1.20171230",
          "NCURSES6_TINFO_5.0.19991023",
          "NCURSES6_TINFO_5.1.20000708",
          "NCURSES6_TINFO_5.2.20001021",
          "NCURSES6_TINFO_5.3.20021019",
          "NCURSES6_TINFO_5.4.20040208",
          "NCURSES6_TINFO_5.5.20051010",
          "NCURSES6_TINFO_5.6.20061217",
          "NCURSES6_TINFO_5.7.20081102",
          "NCURSES6_TINFO_5.8.20110226",
          "NCURSES6_TINFO_5.9.20150530",
          "NCURSES6_TINFO_6.1.20171230",
          "NCURSES6_TINFO_6.2.20200212",
          "NCURSES6_TINFO_6.2.current",
          "NCURSESW6_5.1.20000708",
          "NCURSESW6_5.3.20021019",
          "NCURSESW6_5.4.20040208",
          "NCURSESW6_5.5.20051010",
          "NCURSESW6_5.6.20061217",
          "NCURSESW6_5.7.20081102",
          "NCURSESW6_5.8.20110226",
          "NCURSESW6_5.9.20150530",
          "NCURSESW6_6.1.20171230",
          "NCURSESW6_6.2.20200212"
        ],
        "libtinfo.so.6": [
          "NCURSES6_TIC_5.0.19991023",
          "NCURSES6_TIC_5.1.20000708",
          "NCURSES6_TIC_5.5.20051010",
          "NCURSES6_TIC_5.7.20081102",
          "NCURSES6_TIC_5.9.20150530",
          "NCURSES6_TIC_6.1.20171230",
          "NCURSES6_TINFO_5.0.19991023",
          "NCURSES6_TINFO_5.1.20000708",
          "NCURSES6_TINFO_5.2.20001021",
          "NCURSES6_TINFO_5.3.20021019",
          "NCURSES6_TINFO_5.4.20040208",
          "NCURSES6_TINFO_5.5.20051010",
          "NCURSES6_TINFO_5.6.20061217",
          "NCURSES6_TINFO_5.7.20081102",
          "NCURSES6_TINFO_5.8.20110226",
          "NCURSES6_TINFO_5.9.20150530",
          "NCURSES6_TINFO_6.1.20171230",
          "NCURSES6_TINFO_6.2.20200212",
          "NCURSES6_TINFO_6.2.current",
          "NCURSESW6_5.1.20000708",
          "NCURSESW6_5.3.20021019",
          "NCURSESW6_5.4.20040208",
          "NCURSESW6_5.5.20051010",
          "NCURSESW6_5.6.20061217",
          "NCURSESW6_5.7.20081102",
          "NCURSESW6_5.8.20110226",
          "NCURSESW6_5.9.20150530",
          "NCURSESW6_6.1.20171230",
          "NCURSESW6_6.2.20200212"
        ],
        "libtirpc.so.3": ["TIRPC_0.3.0", "TIRPC_0.3.1", "TIRPC_0.3.2", "TIRPC_0.3.3", "TIRPC_PRIVATE"],
        "libudev.so.1": ["LIBUDEV_183", "LIBUDEV_189", "LIBUDEV_196", "LIBUDEV_199", "LIBUDEV_215", "LIBUDEV_247"],
        "libunistring.so.2": [],
        "libutil.so.1": ["GLIBC_2.2.5"],
        "libuuid.so.1": ["UUID_1.0", "UUID_2.20", "UUID_2.31", "UUID_2.36", "UUIDD_PRIVATE"],
        "libxxhash.so.0": [],
        "libz.so.1": [
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
          "ZLIB_1.2.9"
        ],
        "libzstd.so.1": []
      },
      absent: {
        "libanl.so.1": "__libanl_version_placeholder@GLIBC_2.2.5",
        "libc.so.6": "GLIBC_2.31 GLIBC_2.32 GLIBC_2.33 GLIBC_2.34 GLIBC_2.35 GLIBC_2.36 GLIBC_2.38 GLIBC_2.39 GLIBC_2.41 GLIBC_ABI_DT_RELR GLIBC_ABI_DT_X86_64_PLT GLIBC_ABI_GNU2_TLS pthread_sigqueue@GLIBC_2.11 pthread_getname_np@GLIBC_2.12 pthread_mutex_consistent@GLIBC_2.12 pthread_mutexattr_getrobust@GLIBC_2.12 pthread_mutexattr_setrobust@GLIBC_2.12 pthread_setname_np@GLIBC_2.12 pthread_getattr_default_np@GLIBC_2.18 pthread_setattr_default_np@GLIBC_2.18 __dn_comp@GLIBC_2.2.5 __dn_expand@GLIBC_2.2.5 __dn_skipname@GLIBC_2.2.5 __pthread_getspecific@GLIBC_2.2.5 __pthread_key_create@GLIBC_2.2.5 __pthread_mutex_destroy@GLIBC_2.2.5 __pthread_mutex_init@GLIBC_2.2.5 __pthread_mutex_lock@GLIBC_2.2.5 __pthread_mutex_trylock@GLIBC_2.2.5 __pthread_mutex_unlock@GLIBC_2.2.5 __pthread_mutexattr_destroy@GLIBC_2.2.5 __pthread_mutexattr_init@GLIBC_2.2.5 __pthread_mutexattr_settype@GLIBC_2.2.5 __pthread_once@GLIBC_2.2.5 __pthread_rwlock_destroy@GLIBC_2.2.5 __pthread_rwlock_init@GLIBC_2.2.5 __pthread_rwlock_rdlock@GLIBC_2.2.5 __pthread_rwlock_tryrdlock@GLIBC_2.2.5 __pthread_rwlock_trywrlock@GLIBC_2.2.5 __pthread_rwlock_unlock@GLIBC_2.2.5 __pthread_rwlock_wrlock@GLIBC_2.2.5 __pthread_setspecific@GLIBC_2.2.5 __res_dnok@GLIBC_2.2.5 __res_hnok@GLIBC_2.2.5 __res_mailok@GLIBC_2.2.5 __res_mkquery@GLIBC_2.2.5 __res_nmkquery@GLIBC_2.2.5 __res_nquery@GLIBC_2.2.5 __res_nquerydomain@GLIBC_2.2.5 __res_nsearch@GLIBC_2.2.5 __res_nsend@GLIBC_2.2.5 __res_ownok@GLIBC_2.2.5 __res_query@GLIBC_2.2.5 __res_querydomain@GLIBC_2.2.5 __res_search@GLIBC_2.2.5 __res_send@GLIBC_2.2.5 _pthread_cleanup_pop@GLIBC_2.2.5 _pthread_cleanup_pop_restore@GLIBC_2.2.5 _pthread_cleanup_push@GLIBC_2.2.5 _pthread_cleanup_push_defer@GLIBC_2.2.5 aio_cancel@GLIBC_2.2.5 aio_cancel64@GLIBC_2.2.5 aio_error@GLIBC_2.2.5 aio_error64@GLIBC_2.2.5 aio_fsync@GLIBC_2.2.5 aio_fsync64@GLIBC_2.2.5 aio_init@GLIBC_2.2.5 aio_read@GLIBC_2.2.5 aio_read64@GLIBC_2.2.5 aio_return@GLIBC_2.2.5 aio_return64@GLIBC_2.2.5 aio_suspend@GLIBC_2.2.5 aio_suspend64@GLIBC_2.2.5 aio_write@GLIBC_2.2.5 aio_write64@GLIBC_2.2.5 dladdr@GLIBC_2.2.5 dlclose@GLIBC_2.2.5 dlerror@GLIBC_2.2.5 dlopen@GLIBC_2.2.5 dlsym@GLIBC_2.2.5 dlvsym@GLIBC_2.2.5 forkpty@GLIBC_2.2.5 gai_cancel@GLIBC_2.2.5 gai_error@GLIBC_2.2.5 gai_suspend@GLIBC_2.2.5 getaddrinfo_a@GLIBC_2.2.5 lio_listio@GLIBC_2.2.5 lio_listio64@GLIBC_2.2.5 login@GLIBC_2.2.5 login_tty@GLIBC_2.2.5 logout@GLIBC_2.2.5 logwtmp@GLIBC_2.2.5 openpty@GLIBC_2.2.5 pthread_atfork@GLIBC_2.2.5 pthread_attr_getguardsize@GLIBC_2.2.5 pthread_attr_getstack@GLIBC_2.2.5 pthread_attr_getstackaddr@GLIBC_2.2.5 pthread_attr_getstacksize@GLIBC_2.2.5 pthread_attr_setguardsize@GLIBC_2.2.5 pthread_attr_setstack@GLIBC_2.2.5 pthread_attr_setstackaddr@GLIBC_2.2.5 pthread_attr_setstacksize@GLIBC_2.2.5 pthread_barrier_destroy@GLIBC_2.2.5 pthread_barrier_init@GLIBC_2.2.5 pthread_barrier_wait@GLIBC_2.2.5 pthread_barrierattr_destroy@GLIBC_2.2.5 pthread_barrierattr_init@GLIBC_2.2.5 pthread_barrierattr_setpshared@GLIBC_2.2.5 pthread_cancel@GLIBC_2.2.5 pthread_condattr_getpshared@GLIBC_2.2.5 pthread_condattr_setpshared@GLIBC_2.2.5 pthread_create@GLIBC_2.2.5 pthread_detach@GLIBC_2.2.5 pthread_getattr_np@GLIBC_2.2.5 pthread_getconcurrency@GLIBC_2.2.5 pthread_getcpuclockid@GLIBC_2.2.5 pthread_getspecific@GLIBC_2.2.5 pthread_join@GLIBC_2.2.5 pthread_key_create@GLIBC_2.2.5 pthread_key_delete@GLIBC_2.2.5 pthread_kill@GLIBC_2.2.5 pthread_kill_other_threads_np@GLIBC_2.2.5 pthread_mutex_timedlock@GLIBC_2.2.5 pthread_mutex_trylock@GLIBC_2.2.5 pthread_mutexattr_destroy@GLIBC_2.2.5 pthread_mutexattr_getkind_np@GLIBC_2.2.5 pthread_mutexattr_getpshared@GLIBC_2.2.5 pthread_mutexattr_gettype@GLIBC_2.2.5 pthread_mutexattr_init@GLIBC_2.2.5 pthread_mutexattr_setkind_np@GLIBC_2.2.5 pthread_mutexattr_setpshared@GLIBC_2.2.5 pthread_mutexattr_settype@GLIBC_2.2.5 pthread_once@GLIBC_2.2.5 pthread_rwlock_destroy@GLIBC_2.2.5 pthread_rwlock_init@GLIBC_2.2.5 pthread_rwlock_rdlock@GLIBC_2.2.5 pthread_rwlock_timedrdlock@GLIBC_2.2.5 pthread_rwlock_timedwrlock@GLIBC_2.2.5 pthread_rwlock_tryrdlock@GLIBC_2.2.5 pthread_rwlock_trywrlock@GLIBC_2.2.5 pthread_rwlock_unlock@GLIBC_2.2.5 pthread_rwlock_wrlock@GLIBC_2.2.5 pthread_rwlockattr_destroy@GLIBC_2.2.5 pthread_rwlockattr_getkind_np@GLIBC_2.2.5 pthread_rwlockattr_getpshared@GLIBC_2.2.5 pthread_rwlockattr_init@GLIBC_2.2.5 pthread_rwlockattr_setkind_np@GLIBC_2.2.5 pthread_rwlockattr_setpshared@GLIBC_2.2.5 pthread_setconcurrency@GLIBC_2.2.5 pthread_setspecific@GLIBC_2.2.5 pthread_sigmask@GLIBC_2.2.5 pthread_spin_destroy@GLIBC_2.2.5 pthread_spin_init@GLIBC_2.2.5 pthread_spin_lock@GLIBC_2.2.5 pthread_spin_trylock@GLIBC_2.2.5 pthread_spin_unlock@GLIBC_2.2.5 pthread_testcancel@GLIBC_2.2.5 pthread_yield@GLIBC_2.2.5 sem_close@GLIBC_2.2.5 sem_destroy@GLIBC_2.2.5 sem_getvalue@GLIBC_2.2.5 sem_init@GLIBC_2.2.5 sem_open@GLIBC_2.2.5 sem_post@GLIBC_2.2.5 sem_timedwait@GLIBC_2.2.5 sem_trywait@GLIBC_2.2.5 sem_unlink@GLIBC_2.2.5 sem_wait@GLIBC_2.2.5 shm_open@GLIBC_2.2.5 shm_unlink@GLIBC_2.2.5 timer_create@GLIBC_2.2.5 timer_delete@GLIBC_2.2.5 timer_getoverrun@GLIBC_2.2.5 timer_gettime@GLIBC_2.2.5 timer_settime@GLIBC_2.2.5 __isnanf128@GLIBC_2.26 call_once@GLIBC_2.28 cnd_broadcast@GLIBC_2.28 cnd_destroy@GLIBC_2.28 cnd_init@GLIBC_2.28 cnd_signal@GLIBC_2.28 cnd_timedwait@GLIBC_2.28 cnd_wait@GLIBC_2.28 mtx_destroy@GLIBC_2.28 mtx_init@GLIBC_2.28 mtx_lock@GLIBC_2.28 mtx_timedlock@GLIBC_2.28 mtx_trylock@GLIBC_2.28 mtx_unlock@GLIBC_2.28 thrd_create@GLIBC_2.28 thrd_detach@GLIBC_2.28 thrd_exit@GLIBC_2.28 thrd_join@GLIBC_2.28 tss_create@GLIBC_2.28 tss_delete@GLIBC_2.28 tss_get@GLIBC_2.28 tss_set@GLIBC_2.28 __pthread_cleanup_routine@GLIBC_2.3.3 __pthread_register_cancel@GLIBC_2.3.3 __pthread_register_cancel_defer@GLIBC_2.3.3 __pthread_unregister_cancel@GLIBC_2.3.3 __pthread_unregister_cancel_restore@GLIBC_2.3.3 __pthread_unwind_next@GLIBC_2.3.3 dladdr1@GLIBC_2.3.3 dlinfo@GLIBC_2.3.3 pthread_attr_getaffinity_np@GLIBC_2.3.3 pthread_attr_setaffinity_np@GLIBC_2.3.3 pthread_barrierattr_getpshared@GLIBC_2.3.3 pthread_condattr_getclock@GLIBC_2.3.3 pthread_condattr_setclock@GLIBC_2.3.3 pthread_getaffinity_np@GLIBC_2.3.3 pthread_setaffinity_np@GLIBC_2.3.3 pthread_timedjoin_np@GLIBC_2.3.3 pthread_tryjoin_np@GLIBC_2.3.3 timer_create@GLIBC_2.3.3 timer_delete@GLIBC_2.3.3 timer_getoverrun@GLIBC_2.3.3 timer_gettime@GLIBC_2.3.3 timer_settime@GLIBC_2.3.3 dlmopen@GLIBC_2.3.4 mq_close@GLIBC_2.3.4 mq_getattr@GLIBC_2.3.4 mq_notify@GLIBC_2.3.4 mq_open@GLIBC_2.3.4 mq_receive@GLIBC_2.3.4 mq_send@GLIBC_2.3.4 mq_setattr@GLIBC_2.3.4 mq_timedreceive@GLIBC_2.3.4 mq_timedsend@GLIBC_2.3.4 mq_unlink@GLIBC_2.3.4 pthread_attr_getaffinity_np@GLIBC_2.3.4 pthread_attr_setaffinity_np@GLIBC_2.3.4 pthread_getaffinity_np@GLIBC_2.3.4 pthread_setaffinity_np@GLIBC_2.3.4 pthread_setschedprio@GLIBC_2.3.4 pthread_cond_clockwait@GLIBC_2.30 pthread_mutex_clocklock@GLIBC_2.30 pthread_rwlock_clockrdlock@GLIBC_2.30 pthread_rwlock_clockwrlock@GLIBC_2.30 sem_clockwait@GLIBC_2.30 pthread_clockjoin_np@GLIBC_2.31 __libc_single_threaded@GLIBC_2.32 pthread_attr_getsigmask_np@GLIBC_2.32 pthread_attr_setaffinity_np@GLIBC_2.32 pthread_attr_setsigmask_np@GLIBC_2.32 pthread_getaffinity_np@GLIBC_2.32 pthread_getattr_np@GLIBC_2.32 pthread_sigmask@GLIBC_2.32 sigabbrev_np@GLIBC_2.32 sigdescr_np@GLIBC_2.32 strerrordesc_np@GLIBC_2.32 strerrorname_np@GLIBC_2.32 __x86_get_cpuid_feature_leaf@GLIBC_2.33 fstat@GLIBC_2.33 fstat64@GLIBC_2.33 fstatat@GLIBC_2.33 fstatat64@GLIBC_2.33 lstat@GLIBC_2.33 lstat64@GLIBC_2.33 mallinfo2@GLIBC_2.33 mknod@GLIBC_2.33 mknodat@GLIBC_2.33 stat@GLIBC_2.33 stat64@GLIBC_2.33 _Fork@GLIBC_2.34 __isnanf128@GLIBC_2.34 __libc_start_main@GLIBC_2.34 __mq_open_2@GLIBC_2.34 __pthread_cleanup_routine@GLIBC_2.34 __pthread_key_create@GLIBC_2.34 __pthread_register_cancel@GLIBC_2.34 __pthread_register_cancel_defer@GLIBC_2.34 __pthread_unregister_cancel@GLIBC_2.34 __pthread_unregister_cancel_restore@GLIBC_2.34 __pthread_unwind_next@GLIBC_2.34 _pthread_cleanup_pop@GLIBC_2.34 _pthread_cleanup_push@GLIBC_2.34 aio_cancel@GLIBC_2.34 aio_cancel64@GLIBC_2.34 aio_error@GLIBC_2.34 aio_error64@GLIBC_2.34 aio_fsync@GLIBC_2.34 aio_fsync64@GLIBC_2.34 aio_init@GLIBC_2.34 aio_read@GLIBC_2.34 aio_read64@GLIBC_2.34 aio_return@GLIBC_2.34 aio_return64@GLIBC_2.34 aio_suspend@GLIBC_2.34 aio_suspend64@GLIBC_2.34 aio_write@GLIBC_2.34 aio_write64@GLIBC_2.34 call_once@GLIBC_2.34 close_range@GLIBC_2.34 closefrom@GLIBC_2.34 cnd_broadcast@GLIBC_2.34 cnd_destroy@GLIBC_2.34 cnd_init@GLIBC_2.34 cnd_signal@GLIBC_2.34 cnd_timedwait@GLIBC_2.34 cnd_wait@GLIBC_2.34 dladdr@GLIBC_2.34 dladdr1@GLIBC_2.34 dlclose@GLIBC_2.34 dlerror@GLIBC_2.34 dlinfo@GLIBC_2.34 dlmopen@GLIBC_2.34 dlopen@GLIBC_2.34 dlsym@GLIBC_2.34 dlvsym@GLIBC_2.34 dn_comp@GLIBC_2.34 dn_expand@GLIBC_2.34 dn_skipname@GLIBC_2.34 execveat@GLIBC_2.34 forkpty@GLIBC_2.34 gai_cancel@GLIBC_2.34 gai_error@GLIBC_2.34 gai_suspend@GLIBC_2.34 getaddrinfo_a@GLIBC_2.34 lio_listio@GLIBC_2.34 lio_listio64@GLIBC_2.34 login@GLIBC_2.34 login_tty@GLIBC_2.34 logout@GLIBC_2.34 logwtmp@GLIBC_2.34 mq_close@GLIBC_2.34 mq_getattr@GLIBC_2.34 mq_notify@GLIBC_2.34 mq_open@GLIBC_2.34 mq_receive@GLIBC_2.34 mq_send@GLIBC_2.34 mq_setattr@GLIBC_2.34 mq_timedreceive@GLIBC_2.34 mq_timedsend@GLIBC_2.34 mq_unlink@GLIBC_2.34 mtx_destroy@GLIBC_2.34 mtx_init@GLIBC_2.34 mtx_lock@GLIBC_2.34 mtx_timedlock@GLIBC_2.34 mtx_trylock@GLIBC_2.34 mtx_unlock@GLIBC_2.34 ns_name_compress@GLIBC_2.34 ns_name_ntop@GLIBC_2.34 ns_name_pack@GLIBC_2.34 ns_name_pton@GLIBC_2.34 ns_name_skip@GLIBC_2.34 ns_name_uncompress@GLIBC_2.34 ns_name_unpack@GLIBC_2.34 openpty@GLIBC_2.34 posix_spawn_file_actions_addclosefrom_np@GLIBC_2.34 pthread_attr_getaffinity_np@GLIBC_2.34 pthread_attr_getguardsize@GLIBC_2.34 pthread_attr_getstack@GLIBC_2.34 pthread_attr_getstackaddr@GLIBC_2.34 pthread_attr_getstacksize@GLIBC_2.34 pthread_attr_setguardsize@GLIBC_2.34 pthread_attr_setstack@GLIBC_2.34 pthread_attr_setstackaddr@GLIBC_2.34 pthread_attr_setstacksize@GLIBC_2.34 pthread_barrier_destroy@GLIBC_2.34 pthread_barrier_init@GLIBC_2.34 pthread_barrier_wait@GLIBC_2.34 pthread_barrierattr_destroy@GLIBC_2.34 pthread_barrierattr_getpshared@GLIBC_2.34 pthread_barrierattr_init@GLIBC_2.34 pthread_barrierattr_setpshared@GLIBC_2.34 pthread_cancel@GLIBC_2.34 pthread_clockjoin_np@GLIBC_2.34 pthread_cond_clockwait@GLIBC_2.34 pthread_condattr_getclock@GLIBC_2.34 pthread_condattr_getpshared@GLIBC_2.34 pthread_condattr_setclock@GLIBC_2.34 pthread_condattr_setpshared@GLIBC_2.34 pthread_create@GLIBC_2.34 pthread_detach@GLIBC_2.34 pthread_getattr_default_np@GLIBC_2.34 pthread_getconcurrency@GLIBC_2.34 pthread_getcpuclockid@GLIBC_2.34 pthread_getname_np@GLIBC_2.34 pthread_getspecific@GLIBC_2.34 pthread_join@GLIBC_2.34 pthread_key_create@GLIBC_2.34 pthread_key_delete@GLIBC_2.34 pthread_kill@GLIBC_2.34 pthread_mutex_clocklock@GLIBC_2.34 pthread_mutex_consistent@GLIBC_2.34 pthread_mutex_getprioceiling@GLIBC_2.34 pthread_mutex_setprioceiling@GLIBC_2.34 pthread_mutex_timedlock@GLIBC_2.34 pthread_mutex_trylock@GLIBC_2.34 pthread_mutexattr_destroy@GLIBC_2.34 pthread_mutexattr_getprioceiling@GLIBC_2.34 pthread_mutexattr_getprotocol@GLIBC_2.34 pthread_mutexattr_getpshared@GLIBC_2.34 pthread_mutexattr_getrobust@GLIBC_2.34 pthread_mutexattr_gettype@GLIBC_2.34 pthread_mutexattr_init@GLIBC_2.34 pthread_mutexattr_setprioceiling@GLIBC_2.34 pthread_mutexattr_setprotocol@GLIBC_2.34 pthread_mutexattr_setpshared@GLIBC_2.34 pthread_mutexattr_setrobust@GLIBC_2.34 pthread_mutexattr_settype@GLIBC_2.34 pthread_once@GLIBC_2.34 pthread_rwlock_clockrdlock@GLIBC_2.34 pthread_rwlock_clockwrlock@GLIBC_2.34 pthread_rwlock_destroy@GLIBC_2.34 pthread_rwlock_init@GLIBC_2.34 pthread_rwlock_rdlock@GLIBC_2.34 pthread_rwlock_timedrdlock@GLIBC_2.34 pthread_rwlock_timedwrlock@GLIBC_2.34 pthread_rwlock_tryrdlock@GLIBC_2.34 pthread_rwlock_trywrlock@GLIBC_2.34 pthread_rwlock_unlock@GLIBC_2.34 pthread_rwlock_wrlock@GLIBC_2.34 pthread_rwlockattr_destroy@GLIBC_2.34 pthread_rwlockattr_getkind_np@GLIBC_2.34 pthread_rwlockattr_getpshared@GLIBC_2.34 pthread_rwlockattr_init@GLIBC_2.34 pthread_rwlockattr_setkind_np@GLIBC_2.34 pthread_rwlockattr_setpshared@GLIBC_2.34 pthread_setaffinity_np@GLIBC_2.34 pthread_setattr_default_np@GLIBC_2.34 pthread_setconcurrency@GLIBC_2.34 pthread_setname_np@GLIBC_2.34 pthread_setschedprio@GLIBC_2.34 pthread_setspecific@GLIBC_2.34 pthread_sigqueue@GLIBC_2.34 pthread_spin_destroy@GLIBC_2.34 pthread_spin_init@GLIBC_2.34 pthread_spin_lock@GLIBC_2.34 pthread_spin_trylock@GLIBC_2.34 pthread_spin_unlock@GLIBC_2.34 pthread_testcancel@GLIBC_2.34 pthread_timedjoin_np@GLIBC_2.34 pthread_tryjoin_np@GLIBC_2.34 res_dnok@GLIBC_2.34 res_hnok@GLIBC_2.34 res_mailok@GLIBC_2.34 res_mkquery@GLIBC_2.34 res_nmkquery@GLIBC_2.34 res_nquery@GLIBC_2.34 res_nquerydomain@GLIBC_2.34 res_nsearch@GLIBC_2.34 res_nsend@GLIBC_2.34 res_ownok@GLIBC_2.34 res_query@GLIBC_2.34 res_querydomain@GLIBC_2.34 res_search@GLIBC_2.34 res_send@GLIBC_2.34 sem_clockwait@GLIBC_2.34 sem_close@GLIBC_2.34 sem_destroy@GLIBC_2.34 sem_getvalue@GLIBC_2.34 sem_init@GLIBC_2.34 sem_open@GLIBC_2.34 sem_post@GLIBC_2.34 sem_timedwait@GLIBC_2.34 sem_trywait@GLIBC_2.34 sem_unlink@GLIBC_2.34 sem_wait@GLIBC_2.34 shm_open@GLIBC_2.34 shm_unlink@GLIBC_2.34 thrd_create@GLIBC_2.34 thrd_detach@GLIBC_2.34 thrd_exit@GLIBC_2.34 thrd_join@GLIBC_2.34 timer_create@GLIBC_2.34 timer_delete@GLIBC_2.34 timer_getoverrun@GLIBC_2.34 timer_gettime@GLIBC_2.34 timer_settime@GLIBC_2.34 timespec_getres@GLIBC_2.34 tss_create@GLIBC_2.34 tss_delete@GLIBC_2.34 tss_get@GLIBC_2.34 tss_set@GLIBC_2.34 __memcmpeq@GLIBC_2.35 _dl_find_object@GLIBC_2.35 epoll_pwait2@GLIBC_2.35 posix_spawn_file_actions_addtcsetpgrp_np@GLIBC_2.35 arc4random@GLIBC_2.36 arc4random_buf@GLIBC_2.36 arc4random_uniform@GLIBC_2.36 c8rtomb@GLIBC_2.36 fsconfig@GLIBC_2.36 fsmount@GLIBC_2.36 fsopen@GLIBC_2.36 fspick@GLIBC_2.36 mbrtoc8@GLIBC_2.36 mount_setattr@GLIBC_2.36 move_mount@GLIBC_2.36 open_tree@GLIBC_2.36 pidfd_getfd@GLIBC_2.36 pidfd_open@GLIBC_2.36 pidfd_send_signal@GLIBC_2.36 process_madvise@GLIBC_2.36 process_mrelease@GLIBC_2.36 __isoc23_fscanf@GLIBC_2.38 __isoc23_fwscanf@GLIBC_2.38 __isoc23_scanf@GLIBC_2.38 __isoc23_sscanf@GLIBC_2.38 __isoc23_strtoimax@GLIBC_2.38 __isoc23_strtol@GLIBC_2.38 __isoc23_strtol_l@GLIBC_2.38 __isoc23_strtoll@GLIBC_2.38 __isoc23_strtoll_l@GLIBC_2.38 __isoc23_strtoul@GLIBC_2.38 __isoc23_strtoul_l@GLIBC_2.38 __isoc23_strtoull@GLIBC_2.38 __isoc23_strtoull_l@GLIBC_2.38 __isoc23_strtoumax@GLIBC_2.38 __isoc23_swscanf@GLIBC_2.38 __isoc23_vfscanf@GLIBC_2.38 __isoc23_vfwscanf@GLIBC_2.38 __isoc23_vscanf@GLIBC_2.38 __isoc23_vsscanf@GLIBC_2.38 __isoc23_vswscanf@GLIBC_2.38 __isoc23_vwscanf@GLIBC_2.38 __isoc23_wcstoimax@GLIBC_2.38 __isoc23_wcstol@GLIBC_2.38 __isoc23_wcstol_l@GLIBC_2.38 __isoc23_wcstoll@GLIBC_2.38 __isoc23_wcstoll_l@GLIBC_2.38 __isoc23_wcstoul@GLIBC_2.38 __isoc23_wcstoul_l@GLIBC_2.38 __isoc23_wcstoull@GLIBC_2.38 __isoc23_wcstoull_l@GLIBC_2.38 __isoc23_wcstoumax@GLIBC_2.38 __isoc23_wscanf@GLIBC_2.38 __strlcat_chk@GLIBC_2.38 __strlcpy_chk@GLIBC_2.38 __wcslcat_chk@GLIBC_2.38 __wcslcpy_chk@GLIBC_2.38 strlcat@GLIBC_2.38 strlcpy@GLIBC_2.38 wcslcat@GLIBC_2.38 wcslcpy@GLIBC_2.38 pidfd_getpid@GLIBC_2.39 pidfd_spawn@GLIBC_2.39 pidfd_spawnp@GLIBC_2.39 posix_spawnattr_getcgroup_np@GLIBC_2.39 posix_spawnattr_setcgroup_np@GLIBC_2.39 stdc_bit_ceil_uc@GLIBC_2.39 stdc_bit_ceil_ui@GLIBC_2.39 stdc_bit_ceil_ul@GLIBC_2.39 stdc_bit_ceil_ull@GLIBC_2.39 stdc_bit_ceil_us@GLIBC_2.39 stdc_bit_floor_uc@GLIBC_2.39 stdc_bit_floor_ui@GLIBC_2.39 stdc_bit_floor_ul@GLIBC_2.39 stdc_bit_floor_ull@GLIBC_2.39 stdc_bit_floor_us@GLIBC_2.39 stdc_bit_width_uc@GLIBC_2.39 stdc_bit_width_ui@GLIBC_2.39 stdc_bit_width_ul@GLIBC_2.39 stdc_bit_width_ull@GLIBC_2.39 stdc_bit_width_us@GLIBC_2.39 stdc_count_ones_uc@GLIBC_2.39 stdc_count_ones_ui@GLIBC_2.39 stdc_count_ones_ul@GLIBC_2.39 stdc_count_ones_ull@GLIBC_2.39 stdc_count_ones_us@GLIBC_2.39 stdc_count_zeros_uc@GLIBC_2.39 stdc_count_zeros_ui@GLIBC_2.39 stdc_count_zeros_ul@GLIBC_2.39 stdc_count_zeros_ull@GLIBC_2.39 stdc_count_zeros_us@GLIBC_2.39 stdc_first_leading_one_uc@GLIBC_2.39 stdc_first_leading_one_ui@GLIBC_2.39 stdc_first_leading_one_ul@GLIBC_2.39 stdc_first_leading_one_ull@GLIBC_2.39 stdc_first_leading_one_us@GLIBC_2.39 stdc_first_leading_zero_uc@GLIBC_2.39 stdc_first_leading_zero_ui@GLIBC_2.39 stdc_first_leading_zero_ul@GLIBC_2.39 stdc_first_leading_zero_ull@GLIBC_2.39 stdc_first_leading_zero_us@GLIBC_2.39 stdc_first_trailing_one_uc@GLIBC_2.39 stdc_first_trailing_one_ui@GLIBC_2.39 stdc_first_trailing_one_ul@GLIBC_2.39 stdc_first_trailing_one_ull@GLIBC_2.39 stdc_first_trailing_one_us@GLIBC_2.39 stdc_first_trailing_zero_uc@GLIBC_2.39 stdc_first_trailing_zero_ui@GLIBC_2.39 stdc_first_trailing_zero_ul@GLIBC_2.39 stdc_first_trailing_zero_ull@GLIBC_2.39 stdc_first_trailing_zero_us@GLIBC_2.39 stdc_has_single_bit_uc@GLIBC_2.39 stdc_has_single_bit_ui@GLIBC_2.39 stdc_has_single_bit_ul@GLIBC_2.39 stdc_has_single_bit_ull@GLIBC_2.39 stdc_has_single_bit_us@GLIBC_2.39 stdc_leading_ones_uc@GLIBC_2.39 stdc_leading_ones_ui@GLIBC_2.39 stdc_leading_ones_ul@GLIBC_2.39 stdc_leading_ones_ull@GLIBC_2.39 stdc_leading_ones_us@GLIBC_2.39 stdc_leading_zeros_uc@GLIBC_2.39 stdc_leading_zeros_ui@GLIBC_2.39 stdc_leading_zeros_ul@GLIBC_2.39 stdc_leading_zeros_ull@GLIBC_2.39 stdc_leading_zeros_us@GLIBC_2.39 stdc_trailing_ones_uc@GLIBC_2.39 stdc_trailing_ones_ui@GLIBC_2.39 stdc_trailing_ones_ul@GLIBC_2.39 stdc_trailing_ones_ull@GLIBC_2.39 stdc_trailing_ones_us@GLIBC_2.39 stdc_trailing_zeros_uc@GLIBC_2.39 stdc_trailing_zeros_ui@GLIBC_2.39 stdc_trailing_zeros_ul@GLIBC_2.39 stdc_trailing_zeros_ull@GLIBC_2.39 stdc_trailing_zeros_us@GLIBC_2.39 lio_listio@GLIBC_2.4 lio_listio64@GLIBC_2.4 pthread_mutex_consistent_np@GLIBC_2.4 pthread_mutex_getprioceiling@GLIBC_2.4 pthread_mutex_setprioceiling@GLIBC_2.4 pthread_mutexattr_getprioceiling@GLIBC_2.4 pthread_mutexattr_getprotocol@GLIBC_2.4 pthread_mutexattr_getrobust_np@GLIBC_2.4 pthread_mutexattr_setprioceiling@GLIBC_2.4 pthread_mutexattr_setprotocol@GLIBC_2.4 pthread_mutexattr_setrobust_np@GLIBC_2.4 sched_getattr@GLIBC_2.41 sched_setattr@GLIBC_2.41 __mq_open_2@GLIBC_2.7 ns_name_compress@GLIBC_2.9 ns_name_ntop@GLIBC_2.9 ns_name_pack@GLIBC_2.9 ns_name_pton@GLIBC_2.9 ns_name_skip@GLIBC_2.9 ns_name_uncompress@GLIBC_2.9 ns_name_unpack@GLIBC_2.9 __file_change_detection_for_fp@GLIBC_PRIVATE __file_change_detection_for_path@GLIBC_PRIVATE __file_change_detection_for_stat@GLIBC_PRIVATE __file_is_unchanged@GLIBC_PRIVATE __fstat64@GLIBC_PRIVATE __libc_dlerror_result@GLIBC_PRIVATE __libc_dn_expand@GLIBC_PRIVATE __libc_dn_skipname@GLIBC_PRIVATE __libc_early_init@GLIBC_PRIVATE __libc_ns_makecanon@GLIBC_PRIVATE __libc_ns_samename@GLIBC_PRIVATE __libc_res_dnok@GLIBC_PRIVATE __libc_res_hnok@GLIBC_PRIVATE __libc_res_nameinquery@GLIBC_PRIVATE __libc_res_queriesmatch@GLIBC_PRIVATE __libc_scratch_buffer_dupfree@GLIBC_PRIVATE __libc_sigaction@GLIBC_PRIVATE __libc_unwind_link_get@GLIBC_PRIVATE __lll_lock_wait_private@GLIBC_PRIVATE __lll_lock_wake_private@GLIBC_PRIVATE __nptl_create_event@GLIBC_PRIVATE __nptl_death_event@GLIBC_PRIVATE __nptl_last_event@GLIBC_PRIVATE __nptl_nthreads@GLIBC_PRIVATE __nptl_rtld_global@GLIBC_PRIVATE __nptl_threads_events@GLIBC_PRIVATE __nptl_version@GLIBC_PRIVATE __ns_name_compress@GLIBC_PRIVATE __ns_name_ntop@GLIBC_PRIVATE __ns_name_pack@GLIBC_PRIVATE __ns_name_pton@GLIBC_PRIVATE __ns_name_skip@GLIBC_PRIVATE __ns_name_uncompress@GLIBC_PRIVATE __ns_name_unpack@GLIBC_PRIVATE __nss_database_get@GLIBC_PRIVATE __nss_files_data_endent@GLIBC_PRIVATE __nss_files_data_open@GLIBC_PRIVATE __nss_files_data_put@GLIBC_PRIVATE __nss_files_data_setent@GLIBC_PRIVATE __nss_files_fopen@GLIBC_PRIVATE __nss_parse_line_result@GLIBC_PRIVATE __nss_readline@GLIBC_PRIVATE __pthread_get_minstack@GLIBC_PRIVATE __pthread_keys@GLIBC_PRIVATE __res_context_hostalias@GLIBC_PRIVATE __res_context_mkquery@GLIBC_PRIVATE __res_context_query@GLIBC_PRIVATE __res_context_search@GLIBC_PRIVATE __res_context_send@GLIBC_PRIVATE __res_get_nsaddr@GLIBC_PRIVATE __res_nopt@GLIBC_PRIVATE __shm_get_name@GLIBC_PRIVATE _nss_dns_getcanonname_r@GLIBC_PRIVATE _nss_dns_gethostbyaddr2_r@GLIBC_PRIVATE _nss_dns_gethostbyaddr_r@GLIBC_PRIVATE _nss_dns_gethostbyname2_r@GLIBC_PRIVATE _nss_dns_gethostbyname3_r@GLIBC_PRIVATE _nss_dns_gethostbyname4_r@GLIBC_PRIVATE _nss_dns_gethostbyname_r@GLIBC_PRIVATE _nss_dns_getnetbyaddr_r@GLIBC_PRIVATE _nss_dns_getnetbyname_r@GLIBC_PRIVATE _nss_files_endaliasent@GLIBC_PRIVATE _nss_files_endetherent@GLIBC_PRIVATE _nss_files_endgrent@GLIBC_PRIVATE _nss_files_endhostent@GLIBC_PRIVATE _nss_files_endnetent@GLIBC_PRIVATE _nss_files_endnetgrent@GLIBC_PRIVATE _nss_files_endprotoent@GLIBC_PRIVATE _nss_files_endpwent@GLIBC_PRIVATE _nss_files_endrpcent@GLIBC_PRIVATE _nss_files_endservent@GLIBC_PRIVATE _nss_files_endsgent@GLIBC_PRIVATE _nss_files_endspent@GLIBC_PRIVATE _nss_files_getaliasbyname_r@GLIBC_PRIVATE _nss_files_getaliasent_r@GLIBC_PRIVATE _nss_files_getetherent_r@GLIBC_PRIVATE _nss_files_getgrent_r@GLIBC_PRIVATE _nss_files_getgrgid_r@GLIBC_PRIVATE _nss_files_getgrnam_r@GLIBC_PRIVATE _nss_files_gethostbyaddr_r@GLIBC_PRIVATE _nss_files_gethostbyname2_r@GLIBC_PRIVATE _nss_files_gethostbyname3_r@GLIBC_PRIVATE _nss_files_gethostbyname4_r@GLIBC_PRIVATE _nss_files_gethostbyname_r@GLIBC_PRIVATE _nss_files_gethostent_r@GLIBC_PRIVATE _nss_files_gethostton_r@GLIBC_PRIVATE _nss_files_getnetbyaddr_r@GLIBC_PRIVATE _nss_files_getnetbyname_r@GLIBC_PRIVATE _nss_files_getnetent_r@GLIBC_PRIVATE _nss_files_getnetgrent_r@GLIBC_PRIVATE _nss_files_getntohost_r@GLIBC_PRIVATE _nss_files_getprotobyname_r@GLIBC_PRIVATE _nss_files_getprotobynumber_r@GLIBC_PRIVATE _nss_files_getprotoent_r@GLIBC_PRIVATE _nss_files_getpwent_r@GLIBC_PRIVATE _nss_files_getpwnam_r@GLIBC_PRIVATE _nss_files_getpwuid_r@GLIBC_PRIVATE _nss_files_getrpcbyname_r@GLIBC_PRIVATE _nss_files_getrpcbynumber_r@GLIBC_PRIVATE _nss_files_getrpcent_r@GLIBC_PRIVATE _nss_files_getservbyname_r@GLIBC_PRIVATE _nss_files_getservbyport_r@GLIBC_PRIVATE _nss_files_getservent_r@GLIBC_PRIVATE _nss_files_getsgent_r@GLIBC_PRIVATE _nss_files_getsgnam_r@GLIBC_PRIVATE _nss_files_getspent_r@GLIBC_PRIVATE _nss_files_getspnam_r@GLIBC_PRIVATE _nss_files_init@GLIBC_PRIVATE _nss_files_initgroups_dyn@GLIBC_PRIVATE _nss_files_parse_etherent@GLIBC_PRIVATE _nss_files_parse_netent@GLIBC_PRIVATE _nss_files_parse_protoent@GLIBC_PRIVATE _nss_files_parse_rpcent@GLIBC_PRIVATE _nss_files_parse_servent@GLIBC_PRIVATE _nss_files_setaliasent@GLIBC_PRIVATE _nss_files_setetherent@GLIBC_PRIVATE _nss_files_setgrent@GLIBC_PRIVATE _nss_files_sethostent@GLIBC_PRIVATE _nss_files_setnetent@GLIBC_PRIVATE _nss_files_setnetgrent@GLIBC_PRIVATE _nss_files_setprotoent@GLIBC_PRIVATE _nss_files_setpwent@GLIBC_PRIVATE _nss_files_setrpcent@GLIBC_PRIVATE _nss_files_setservent@GLIBC_PRIVATE _nss_files_setsgent@GLIBC_PRIVATE _nss_files_setspent@GLIBC_PRIVATE _nss_netgroup_parseline@GLIBC_PRIVATE _thread_db___nptl_last_event@GLIBC_PRIVATE _thread_db___nptl_nthreads@GLIBC_PRIVATE _thread_db___nptl_rtld_global@GLIBC_PRIVATE _thread_db___pthread_keys@GLIBC_PRIVATE _thread_db_const_thread_area@GLIBC_PRIVATE _thread_db_dtv_dtv@GLIBC_PRIVATE _thread_db_dtv_slotinfo_gen@GLIBC_PRIVATE _thread_db_dtv_slotinfo_list_len@GLIBC_PRIVATE _thread_db_dtv_slotinfo_list_next@GLIBC_PRIVATE _thread_db_dtv_slotinfo_list_slotinfo@GLIBC_PRIVATE _thread_db_dtv_slotinfo_map@GLIBC_PRIVATE _thread_db_dtv_t_counter@GLIBC_PRIVATE _thread_db_dtv_t_pointer_val@GLIBC_PRIVATE _thread_db_link_map_l_tls_modid@GLIBC_PRIVATE _thread_db_link_map_l_tls_offset@GLIBC_PRIVATE _thread_db_list_t_next@GLIBC_PRIVATE _thread_db_list_t_prev@GLIBC_PRIVATE _thread_db_pthread_cancelhandling@GLIBC_PRIVATE _thread_db_pthread_dtvp@GLIBC_PRIVATE _thread_db_pthread_eventbuf@GLIBC_PRIVATE _thread_db_pthread_eventbuf_eventmask@GLIBC_PRIVATE _thread_db_pthread_eventbuf_eventmask_event_bits@GLIBC_PRIVATE _thread_db_pthread_key_data_data@GLIBC_PRIVATE _thread_db_pthread_key_data_level2_data@GLIBC_PRIVATE _thread_db_pthread_key_data_seq@GLIBC_PRIVATE _thread_db_pthread_key_struct_destr@GLIBC_PRIVATE _thread_db_pthread_key_struct_seq@GLIBC_PRIVATE _thread_db_pthread_list@GLIBC_PRIVATE _thread_db_pthread_nextevent@GLIBC_PRIVATE _thread_db_pthread_report_events@GLIBC_PRIVATE _thread_db_pthread_schedparam_sched_priority@GLIBC_PRIVATE _thread_db_pthread_schedpolicy@GLIBC_PRIVATE _thread_db_pthread_specific@GLIBC_PRIVATE _thread_db_pthread_start_routine@GLIBC_PRIVATE _thread_db_pthread_tid@GLIBC_PRIVATE _thread_db_rtld_global__dl_stack_used@GLIBC_PRIVATE _thread_db_rtld_global__dl_stack_user@GLIBC_PRIVATE _thread_db_rtld_global__dl_tls_dtv_slotinfo_list@GLIBC_PRIVATE _thread_db_sizeof_dtv_slotinfo@GLIBC_PRIVATE _thread_db_sizeof_dtv_slotinfo_list@GLIBC_PRIVATE _thread_db_sizeof_list_t@GLIBC_PRIVATE _thread_db_sizeof_pthread@GLIBC_PRIVATE _thread_db_sizeof_pthread_key_data@GLIBC_PRIVATE _thread_db_sizeof_pthread_key_data_level2@GLIBC_PRIVATE _thread_db_sizeof_pthread_key_struct@GLIBC_PRIVATE _thread_db_sizeof_td_eventbuf_t@GLIBC_PRIVATE _thread_db_sizeof_td_thr_events_t@GLIBC_PRIVATE _thread_db_td_eventbuf_t_eventdata@GLIBC_PRIVATE _thread_db_td_eventbuf_t_eventnum@GLIBC_PRIVATE _thread_db_td_thr_events_t_event_bits@GLIBC_PRIVATE",
        "libdl.so.2": "__libdl_version_placeholder@GLIBC_2.2.5 __libdl_version_placeholder@GLIBC_2.3.3 __libdl_version_placeholder@GLIBC_2.3.4",
        "libgcc_s.so.1": "GCC_12.0.0 GCC_13.0.0 GCC_14.0.0 __divhc3@GCC_12.0.0 __eqhf2@GCC_12.0.0 __extendhfdf2@GCC_12.0.0 __extendhfsf2@GCC_12.0.0 __extendhftf2@GCC_12.0.0 __extendhfxf2@GCC_12.0.0 __fixhfti@GCC_12.0.0 __fixunshfti@GCC_12.0.0 __floattihf@GCC_12.0.0 __floatuntihf@GCC_12.0.0 __mulhc3@GCC_12.0.0 __nehf2@GCC_12.0.0 __truncdfhf2@GCC_12.0.0 __truncsfhf2@GCC_12.0.0 __trunctfhf2@GCC_12.0.0 __truncxfhf2@GCC_12.0.0 __extendbfsf2@GCC_13.0.0 __floattibf@GCC_13.0.0 __floatuntibf@GCC_13.0.0 __truncdfbf2@GCC_13.0.0 __trunchfbf2@GCC_13.0.0 __truncsfbf2@GCC_13.0.0 __trunctfbf2@GCC_13.0.0 __truncxfbf2@GCC_13.0.0 __divmodbitint4@GCC_14.0.0 __fixdfbitint@GCC_14.0.0 __fixsfbitint@GCC_14.0.0 __fixtfbitint@GCC_14.0.0 __fixxfbitint@GCC_14.0.0 __floatbitintbf@GCC_14.0.0 __floatbitintdf@GCC_14.0.0 __floatbitinthf@GCC_14.0.0 __floatbitintsf@GCC_14.0.0 __floatbitinttf@GCC_14.0.0 __floatbitintxf@GCC_14.0.0 __gcc_nested_func_ptr_created@GCC_14.0.0 __gcc_nested_func_ptr_deleted@GCC_14.0.0 __hardcfr_check@GCC_14.0.0 __mulbitint3@GCC_14.0.0 __strub_enter@GCC_14.0.0 __strub_leave@GCC_14.0.0 __strub_update@GCC_14.0.0 __extendsfdf2@GCC_3.0 __truncdfsf2@GCC_3.0",
        "libm.so.6": "GLIBC_2.32 GLIBC_2.35 GLIBC_2.38 GLIBC_2.39 GLIBC_2.40 GLIBC_2.41 exp10f@GLIBC_2.32 dfmal@GLIBC_2.35 dsqrtl@GLIBC_2.35 f32fmaf128@GLIBC_2.35 f32fmaf32x@GLIBC_2.35 f32fmaf64@GLIBC_2.35 f32fmaf64x@GLIBC_2.35 f32sqrtf128@GLIBC_2.35 f32sqrtf32x@GLIBC_2.35 f32sqrtf64@GLIBC_2.35 f32sqrtf64x@GLIBC_2.35 f32xfmaf128@GLIBC_2.35 f32xfmaf64@GLIBC_2.35 f32xfmaf64x@GLIBC_2.35 f32xsqrtf128@GLIBC_2.35 f32xsqrtf64@GLIBC_2.35 f32xsqrtf64x@GLIBC_2.35 f64fmaf128@GLIBC_2.35 f64fmaf64x@GLIBC_2.35 f64sqrtf128@GLIBC_2.35 f64sqrtf64x@GLIBC_2.35 f64xfmaf128@GLIBC_2.35 f64xsqrtf128@GLIBC_2.35 ffma@GLIBC_2.35 ffmal@GLIBC_2.35 fmaximum@GLIBC_2.35 fmaximum_mag@GLIBC_2.35 fmaximum_mag_num@GLIBC_2.35 fmaximum_mag_numf@GLIBC_2.35 fmaximum_mag_numf128@GLIBC_2.35 fmaximum_mag_numf32@GLIBC_2.35 fmaximum_mag_numf32x@GLIBC_2.35 fmaximum_mag_numf64@GLIBC_2.35 fmaximum_mag_numf64x@GLIBC_2.35 fmaximum_mag_numl@GLIBC_2.35 fmaximum_magf@GLIBC_2.35 fmaximum_magf128@GLIBC_2.35 fmaximum_magf32@GLIBC_2.35 fmaximum_magf32x@GLIBC_2.35 fmaximum_magf64@GLIBC_2.35 fmaximum_magf64x@GLIBC_2.35 fmaximum_magl@GLIBC_2.35 fmaximum_num@GLIBC_2.35 fmaximum_numf@GLIBC_2.35 fmaximum_numf128@GLIBC_2.35 fmaximum_numf32@GLIBC_2.35 fmaximum_numf32x@GLIBC_2.35 fmaximum_numf64@GLIBC_2.35 fmaximum_numf64x@GLIBC_2.35 fmaximum_numl@GLIBC_2.35 fmaximumf@GLIBC_2.35 fmaximumf128@GLIBC_2.35 fmaximumf32@GLIBC_2.35 fmaximumf32x@GLIBC_2.35 fmaximumf64@GLIBC_2.35 fmaximumf64x@GLIBC_2.35 fmaximuml@GLIBC_2.35 fminimum@GLIBC_2.35 fminimum_mag@GLIBC_2.35 fminimum_mag_num@GLIBC_2.35 fminimum_mag_numf@GLIBC_2.35 fminimum_mag_numf128@GLIBC_2.35 fminimum_mag_numf32@GLIBC_2.35 fminimum_mag_numf32x@GLIBC_2.35 fminimum_mag_numf64@GLIBC_2.35 fminimum_mag_numf64x@GLIBC_2.35 fminimum_mag_numl@GLIBC_2.35 fminimum_magf@GLIBC_2.35 fminimum_magf128@GLIBC_2.35 fminimum_magf32@GLIBC_2.35 fminimum_magf32x@GLIBC_2.35 fminimum_magf64@GLIBC_2.35 fminimum_magf64x@GLIBC_2.35 fminimum_magl@GLIBC_2.35 fminimum_num@GLIBC_2.35 fminimum_numf@GLIBC_2.35 fminimum_numf128@GLIBC_2.35 fminimum_numf32@GLIBC_2.35 fminimum_numf32x@GLIBC_2.35 fminimum_numf64@GLIBC_2.35 fminimum_numf64x@GLIBC_2.35 fminimum_numl@GLIBC_2.35 fminimumf@GLIBC_2.35 fminimumf128@GLIBC_2.35 fminimumf32@GLIBC_2.35 fminimumf32x@GLIBC_2.35 fminimumf64@GLIBC_2.35 fminimumf64x@GLIBC_2.35 fminimuml@GLIBC_2.35 fsqrt@GLIBC_2.35 fsqrtl@GLIBC_2.35 hypot@GLIBC_2.35 hypotf@GLIBC_2.35 fmod@GLIBC_2.38 fmodf@GLIBC_2.38 exp10@GLIBC_2.39 exp10m1@GLIBC_2.40 exp10m1f@GLIBC_2.40 exp10m1f128@GLIBC_2.40 exp10m1f32@GLIBC_2.40 exp10m1f32x@GLIBC_2.40 exp10m1f64@GLIBC_2.40 exp10m1f64x@GLIBC_2.40 exp10m1l@GLIBC_2.40 exp2m1@GLIBC_2.40 exp2m1f@GLIBC_2.40 exp2m1f128@GLIBC_2.40 exp2m1f32@GLIBC_2.40 exp2m1f32x@GLIBC_2.40 exp2m1f64@GLIBC_2.40 exp2m1f64x@GLIBC_2.40 exp2m1l@GLIBC_2.40 log10p1@GLIBC_2.40 log10p1f@GLIBC_2.40 log10p1f128@GLIBC_2.40 log10p1f32@GLIBC_2.40 log10p1f32x@GLIBC_2.40 log10p1f64@GLIBC_2.40 log10p1f64x@GLIBC_2.40 log10p1l@GLIBC_2.40 log2p1@GLIBC_2.40 log2p1f@GLIBC_2.40 log2p1f128@GLIBC_2.40 log2p1f32@GLIBC_2.40 log2p1f32x@GLIBC_2.40 log2p1f64@GLIBC_2.40 log2p1f64x@GLIBC_2.40 log2p1l@GLIBC_2.40 logp1@GLIBC_2.40 logp1f@GLIBC_2.40 logp1f128@GLIBC_2.40 logp1f32@GLIBC_2.40 logp1f32x@GLIBC_2.40 logp1f64@GLIBC_2.40 logp1f64x@GLIBC_2.40 logp1l@GLIBC_2.40 acospi@GLIBC_2.41 acospif@GLIBC_2.41 acospif128@GLIBC_2.41 acospif32@GLIBC_2.41 acospif32x@GLIBC_2.41 acospif64@GLIBC_2.41 acospif64x@GLIBC_2.41 acospil@GLIBC_2.41 asinpi@GLIBC_2.41 asinpif@GLIBC_2.41 asinpif128@GLIBC_2.41 asinpif32@GLIBC_2.41 asinpif32x@GLIBC_2.41 asinpif64@GLIBC_2.41 asinpif64x@GLIBC_2.41 asinpil@GLIBC_2.41 atan2pi@GLIBC_2.41 atan2pif@GLIBC_2.41 atan2pif128@GLIBC_2.41 atan2pif32@GLIBC_2.41 atan2pif32x@GLIBC_2.41 atan2pif64@GLIBC_2.41 atan2pif64x@GLIBC_2.41 atan2pil@GLIBC_2.41 atanpi@GLIBC_2.41 atanpif@GLIBC_2.41 atanpif128@GLIBC_2.41 atanpif32@GLIBC_2.41 atanpif32x@GLIBC_2.41 atanpif64@GLIBC_2.41 atanpif64x@GLIBC_2.41 atanpil@GLIBC_2.41 cospi@GLIBC_2.41 cospif@GLIBC_2.41 cospif128@GLIBC_2.41 cospif32@GLIBC_2.41 cospif32x@GLIBC_2.41 cospif64@GLIBC_2.41 cospif64x@GLIBC_2.41 cospil@GLIBC_2.41 sinpi@GLIBC_2.41 sinpif@GLIBC_2.41 sinpif128@GLIBC_2.41 sinpif32@GLIBC_2.41 sinpif32x@GLIBC_2.41 sinpif64@GLIBC_2.41 sinpif64x@GLIBC_2.41 sinpil@GLIBC_2.41 tanpi@GLIBC_2.41 tanpif@GLIBC_2.41 tanpif128@GLIBC_2.41 tanpif32@GLIBC_2.41 tanpif32x@GLIBC_2.41 tanpif64@GLIBC_2.41 tanpif64x@GLIBC_2.41 tanpil@GLIBC_2.41",
        "libpthread.so.0": "__libpthread_version_placeholder@GLIBC_2.11 __libpthread_version_placeholder@GLIBC_2.12 __libpthread_version_placeholder@GLIBC_2.18 __libpthread_version_placeholder@GLIBC_2.2.5 __libpthread_version_placeholder@GLIBC_2.28 __libpthread_version_placeholder@GLIBC_2.3.2 __libpthread_version_placeholder@GLIBC_2.3.3 __libpthread_version_placeholder@GLIBC_2.3.4 __libpthread_version_placeholder@GLIBC_2.30 __libpthread_version_placeholder@GLIBC_2.31 __libpthread_version_placeholder@GLIBC_2.4",
        "libresolv.so.2": "",
        "librt.so.1": "__librt_version_placeholder@GLIBC_2.2.5 __librt_version_placeholder@GLIBC_2.3.3 __librt_version_placeholder@GLIBC_2.3.4 __librt_version_placeholder@GLIBC_2.4 __librt_version_placeholder@GLIBC_2.7",
        "libutil.so.1": "__libutil_version_placeholder@GLIBC_2.2.5",
        "libz.so.1": "ZLIB_1.2.12 crc32_combine_gen@ZLIB_1.2.12 crc32_combine_gen64@ZLIB_1.2.12 crc32_combine_op@ZLIB_1.2.12"
      }
    },
    "debian:12": {
      source: "debootstrap --variant=minbase bookworm (test-world image abigap-test/bookworm)",
      glibc: "2.36",
      libraries: {
        "ld-linux-x86-64.so.2": ["GLIBC_2.2.5", "GLIBC_2.3", "GLIBC_2.4", "GLIBC_2.34", "GLIBC_2.35"],
        "libBrokenLocale.so.1": ["GLIBC_2.2.5"],
        "libacl.so.1": ["ACL_1.0", "ACL_1.1", "ACL_1.2"],
        "libanl.so.1": ["GLIBC_2.2.5"],
        "libapt-pkg.so.6.0": ["APTPKG_6.0"],
        "libapt-private.so.0.0": ["APTPRIVATE_0.0"],
        "libattr.so.1": ["ATTR_1.0", "ATTR_1.1", "ATTR_1.2", "ATTR_1.3"],
        "libaudit.so.1": [],
        "libblkid.so.1": [
          "BLKID_1.0",
          "BLKID_2.15",
          "BLKID_2.17",
          "BLKID_2.18",
          "BLKID_2.20",
          "BLKID_2.21",
          "BLKID_2.23",
          "BLKID_2.25",
          "BLKID_2.30",
          "BLKID_2_31",
          "BLKID_2_36",
          "BLKID_2_37"
        ],
        "libbz2.so.1.0": [],
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
          "GLIBC_ABI_DT_RELR"
        ],
        "libc_malloc_debug.so.0": ["GLIBC_2.2.5", "GLIBC_2.10", "GLIBC_2.16", "GLIBC_2.33"],
        "libcap-ng.so.0": [],
        "libcap.so.2": [],
        "libcom_err.so.2": [],
        "libcrypt.so.1": ["GLIBC_2.2.5", "XCRYPT_2.0", "XCRYPT_4.3", "XCRYPT_4.4"],
        "libdb-5.3.so": ["DB5_3"],
        "libdebconfclient.so.0": [],
        "libdl.so.2": ["GLIBC_2.2.5", "GLIBC_2.3.3", "GLIBC_2.3.4"],
        "libdrop_ambient.so.0": [],
        "libe2p.so.2": [],
        "libext2fs.so.2": [],
        "libffi.so.8": ["LIBFFI_BASE_8.0", "LIBFFI_COMPLEX_8.0", "LIBFFI_CLOSURE_8.0", "LIBFFI_GO_CLOSURE_8.0"],
        "libgcc_s.so.1": [
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
          "GCC_12.0.0"
        ],
        "libgcrypt.so.20": ["GCRYPT_1.6"],
        "libgmp.so.10": [],
        "libgnutls.so.30": [
          "GNUTLS_3_4",
          "GNUTLS_3_6_0",
          "GNUTLS_3_6_2",
          "GNUTLS_3_6_3",
          "GNUTLS_3_6_4",
          "GNUTLS_3_6_5",
          "GNUTLS_3_6_6",
          "GNUTLS_3_6_8",
          "GNUTLS_3_6_9",
          "GNUTLS_3_6_10",
          "GNUTLS_3_6_12",
          "GNUTLS_3_6_13",
          "GNUTLS_3_6_14",
          "GNUTLS_3_7_0",
          "GNUTLS_3_7_2",
          "GNUTLS_3_7_3",
          "GNUTLS_3_7_4",
          "GNUTLS_3_7_5",
          "GNUTLS_3_7_7",
          "GNUTLS_FIPS140_3_4",
          "GNUTLS_PRIVATE_3_4"
        ],
        "libgpg-error.so.0": ["GPG_ERROR_1.0"],
        "libhogweed.so.6": ["HOGWEED_6", "HOGWEED_INTERNAL_6_6"],
        "libidn2.so.0": ["IDN2_0.0.0", "IDN2_2.1.0"],
        "liblz4.so.1": [],
        "liblzma.so.5": ["XZ_5.0", "XZ_5.2", "XZ_5.1.2alpha", "XZ_5.2.2", "XZ_5.4"],
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
          "GLIBC_2.35"
        ],
        "libmd.so.0": ["LIBMD_0.0"],
        "libmemusage.so": [],
        "libmount.so.1": [
          "MOUNT_2.19",
          "MOUNT_2.20",
          "MOUNT_2.21",
          "MOUNT_2.22",
          "MOUNT_2.23",
          "MOUNT_2.24",
          "MOUNT_2.25",
          "MOUNT_2.26",
          "MOUNT_2.28",
          "MOUNT_2.30",
          "MOUNT_2.33",
          "MOUNT_2.34",
          "MOUNT_2_35",
          "MOUNT_2_37",
          "MOUNT_2_38"
        ],
        "libmvec.so.1": ["GLIBC_2.22", "GLIBC_2.35"],
        "libnettle.so.8": ["NETTLE_8", "NETTLE_INTERNAL_8_6"],
        "libnsl.so.1": ["GLIBC_2.2.5"],
        "libnss_compat.so.2": [],
        "libnss_dns.so.2": [],
        "libnss_files.so.2": [],
        "libnss_hesiod.so.2": [],
        "libp11-kit.so.0": ["LIBP11_KIT_1.0"],
        "libpam.so.0": [
          "LIBPAM_1.0",
          "LIBPAM_EXTENSION_1.0",
          "LIBPAM_EXTENSION_1.1",
          "LIBPAM_EXTENSION_1.1.1",
          "LIBPAM_MODUTIL_1.0",
          "LIBPAM_MODUTIL_1.1",
          "LIBPAM_MODUTIL_1.1.3",
          "LIBPAM_MODUTIL_1.1.9",
          "LIBPAM_MODUTIL_1.3.2",
          "LIBPAM_1.4",
          "LIBPAM_MODUTIL_1.4.1"
        ],
        "libpam_misc.so.0": ["LIBPAM_MISC_1.0"],
        "libpamc.so.0": ["LIBPAMC_1.0"],
        "libpcprofile.so": [],
        "libpcre2-8.so.0": [],
        "libpsx.so.2": [],
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
        "libresolv.so.2": ["GLIBC_2.2.5", "GLIBC_2.3.2", "GLIBC_2.9"],
        "librt.so.1": ["GLIBC_2.2.5", "GLIBC_2.3.3", "GLIBC_2.3.4", "GLIBC_2.4", "GLIBC_2.7"],
        "libseccomp.so.2": [],
        "libselinux.so.1": ["LIBSELINUX_1.0", "LIBSELINUX_3.4"],
        "libsemanage.so.2": ["LIBSEMANAGE_1.0", "LIBSEMANAGE_1.1", "LIBSEMANAGE_3.4"],
        "libsepol.so.2": ["LIBSEPOL_1.0", "LIBSEPOL_1.1", "LIBSEPOL_3.0", "LIBSEPOL_3.4"],
        "libsmartcols.so.1": [
          "SMARTCOLS_2.25",
          "SMARTCOLS_2.27",
          "SMARTCOLS_2.28",
          "SMARTCOLS_2.29",
          "SMARTCOLS_2.30",
          "SMARTCOLS_2.31",
          "SMARTCOLS_2.33",
          "SMARTCOLS_2.34",
          "SMARTCOLS_2.35",
          "SMARTCOLS_2.38"
        ],
        "libss.so.2": [],
        "libstdc++.so.6": [
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
          "CXXABI_FLOAT128"
        ],
        "libsystemd.so.0": [
          "LIBSYSTEMD_209",
          "LIBSYSTEMD_211",
          "LIBSYSTEMD_213",
          "LIBSYSTEMD_214",
          "LIBSYSTEMD_216",
          "LIBSYSTEMD_217",
          "LIBSYSTEMD_219",
          "LIBSYSTEMD_220",
          "LIBSYSTEMD_221",
          "LIBSYSTEMD_222",
          "LIBSYSTEMD_226",
          "LIBSYSTEMD_227",
          "LIBSYSTEMD_229",
          "LIBSYSTEMD_230",
          "LIBSYSTEMD_231",
          "LIBSYSTEMD_232",
          "LIBSYSTEMD_233",
          "LIBSYSTEMD_234",
          "LIBSYSTEMD_236",
          "LIBSYSTEMD_237",
          "LIBSYSTEMD_238",
          "LIBSYSTEMD_239",
          "LIBSYSTEMD_240",
          "LIBSYSTEMD_241",
          "LIBSYSTEMD_243",
          "LIBSYSTEMD_245",
          "LIBSYSTEMD_246",
          "LIBSYSTEMD_247",
          "LIBSYSTEMD_248",
          "LIBSYSTEMD_249",
          "LIBSYSTEMD_250",
          "LIBSYSTEMD_251",
          "LIBSYSTEMD_252"
        ],
        "libtasn1.so.6": ["LIBTASN1_0_3", "LIBTASN1_4_16_0"],
        "libthread_db.so.1": ["GLIBC_2.2.5", "GLIBC_2.3", "GLIBC_2.3.3"],
        "libtic.so.6": [
          "NCURSES6_TIC_5.0.19991023",
          "NCURSES6_TIC_5.1.20000708",
          "NCURSES6_TIC_5.5.20051010",
          "NCURSES6_TIC_5.7.20081102",
          "NCURSES6_TIC_5.9.20150530",
          "NCURSES6_TIC_6.1.20171230",
          "NCURSES6_TINFO_5.0.19991023",
          "NCURSES6_TINFO_5.1.20000708",
          "NCURSES6_TINFO_5.2.20001021",
          "NCURSES6_TINFO_5.3.20021019",
          "NCURSES6_TINFO_5.4.20040208",
          "NCURSES6_TINFO_5.5.20051010",
          "NCURSES6_TINFO_5.6.20061217",
          "NCURSES6_TINFO_5.7.20081102",
          "NCURSES6_TINFO_5.8.20110226",
          "NCURSES6_TINFO_5.9.20150530",
          "NCURSES6_TINFO_6.1.20171230",
          "NCURSES6_TINFO_6.2.20200212",
          "NCURSES6_TINFO_6.2.20211010",
          "NCURSESW6_5.1.20000708",
          "NCURSESW6_5.3.20021019",
          "NCURSESW6_5.4.20040208",
          "NCURSESW6_5.5.20051010",
          "NCURSESW6_5.6.20061217",
          "NCURSESW6_5.7.20081102",
          "NCURSESW6_5.8.20110226",
          "NCURSESW6_5.9.20150530",
          "NCURSESW6_6.1.20171230",
          "NCURSESW6_6.2.20200212"
        ],
        "libtinfo.so.6": [
          "NCURSES6_TIC_5.0.19991023",
          "NCURSES6_TIC_5.1.20000708",
          "NCURSES6_TIC_5.5.20051010",
          "NCURSES6_TIC_5.7.20081102",
          "NCURSES6_TIC_5.9.20150530",
          "NCURSES6_TIC_6.1.20171230",
          "NCURSES6_TINFO_5.0.19991023",
          "NCURSES6_TINFO_5.1.20000708",
          "NCURSES6_TINFO_5.2.20001021",
          "NCURSES6_TINFO_5.3.20021019",
          "NCURSES6_TINFO_5.4.20040208",
          "NCURSES6_TINFO_5.5.20051010",
          "NCURSES6_TINFO_5.6.20061217",
          "NCURSES6_TINFO_5.7.20081102",
          "NCURSES6_TINFO_5.8.20110226",
          "NCURSES6_TINFO_5.9.20150530",
          "NCURSES6_TINFO_6.1.20171230",
          "NCURSES6_TINFO_6.2.20200212",
          "NCURSES6_TINFO_6.2.20211010",
          "NCURSESW6_5.1.20000708",
          "NCURSESW6_5.3.20021019",
          "NCURSESW6_5.4.20040208",
          "NCURSESW6_5.5.20051010",
          "NCURSESW6_5.6.20061217",
          "NCURSESW6_5.7.20081102",
          "NCURSESW6_5.8.20110226",
          "NCURSESW6_5.9.20150530",
          "NCURSESW6_6.1.20171230",
          "NCURSESW6_6.2.20200212"
        ],
        "libudev.so.1": ["LIBUDEV_183", "LIBUDEV_189", "LIBUDEV_196", "LIBUDEV_199", "LIBUDEV_215", "LIBUDEV_247"],
        "libunistring.so.2": [],
        "libutil.so.1": ["GLIBC_2.2.5"],
        "libuuid.so.1": ["UUID_1.0", "UUID_2.20", "UUID_2.31", "UUID_2.36", "UUIDD_PRIVATE"],
        "libxxhash.so.0": [],
        "libz.so.1": [
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
        ],
        "libzstd.so.1": []
      },
      absent: {
        "libanl.so.1": "gai_cancel@GLIBC_2.2.5 gai_error@GLIBC_2.2.5 gai_suspend@GLIBC_2.2.5 getaddrinfo_a@GLIBC_2.2.5",
        "libc.so.6": "GLIBC_2.38 GLIBC_2.39 GLIBC_2.41 GLIBC_ABI_DT_X86_64_PLT GLIBC_ABI_GNU2_TLS malloc_get_state@GLIBC_2.2.5 malloc_set_state@GLIBC_2.2.5 __isoc23_fscanf@GLIBC_2.38 __isoc23_fwscanf@GLIBC_2.38 __isoc23_scanf@GLIBC_2.38 __isoc23_sscanf@GLIBC_2.38 __isoc23_strtoimax@GLIBC_2.38 __isoc23_strtol@GLIBC_2.38 __isoc23_strtol_l@GLIBC_2.38 __isoc23_strtoll@GLIBC_2.38 __isoc23_strtoll_l@GLIBC_2.38 __isoc23_strtoul@GLIBC_2.38 __isoc23_strtoul_l@GLIBC_2.38 __isoc23_strtoull@GLIBC_2.38 __isoc23_strtoull_l@GLIBC_2.38 __isoc23_strtoumax@GLIBC_2.38 __isoc23_swscanf@GLIBC_2.38 __isoc23_vfscanf@GLIBC_2.38 __isoc23_vfwscanf@GLIBC_2.38 __isoc23_vscanf@GLIBC_2.38 __isoc23_vsscanf@GLIBC_2.38 __isoc23_vswscanf@GLIBC_2.38 __isoc23_vwscanf@GLIBC_2.38 __isoc23_wcstoimax@GLIBC_2.38 __isoc23_wcstol@GLIBC_2.38 __isoc23_wcstol_l@GLIBC_2.38 __isoc23_wcstoll@GLIBC_2.38 __isoc23_wcstoll_l@GLIBC_2.38 __isoc23_wcstoul@GLIBC_2.38 __isoc23_wcstoul_l@GLIBC_2.38 __isoc23_wcstoull@GLIBC_2.38 __isoc23_wcstoull_l@GLIBC_2.38 __isoc23_wcstoumax@GLIBC_2.38 __isoc23_wscanf@GLIBC_2.38 __strlcat_chk@GLIBC_2.38 __strlcpy_chk@GLIBC_2.38 __wcslcat_chk@GLIBC_2.38 __wcslcpy_chk@GLIBC_2.38 strlcat@GLIBC_2.38 strlcpy@GLIBC_2.38 wcslcat@GLIBC_2.38 wcslcpy@GLIBC_2.38 pidfd_getpid@GLIBC_2.39 pidfd_spawn@GLIBC_2.39 pidfd_spawnp@GLIBC_2.39 posix_spawnattr_getcgroup_np@GLIBC_2.39 posix_spawnattr_setcgroup_np@GLIBC_2.39 stdc_bit_ceil_uc@GLIBC_2.39 stdc_bit_ceil_ui@GLIBC_2.39 stdc_bit_ceil_ul@GLIBC_2.39 stdc_bit_ceil_ull@GLIBC_2.39 stdc_bit_ceil_us@GLIBC_2.39 stdc_bit_floor_uc@GLIBC_2.39 stdc_bit_floor_ui@GLIBC_2.39 stdc_bit_floor_ul@GLIBC_2.39 stdc_bit_floor_ull@GLIBC_2.39 stdc_bit_floor_us@GLIBC_2.39 stdc_bit_width_uc@GLIBC_2.39 stdc_bit_width_ui@GLIBC_2.39 stdc_bit_width_ul@GLIBC_2.39 stdc_bit_width_ull@GLIBC_2.39 stdc_bit_width_us@GLIBC_2.39 stdc_count_ones_uc@GLIBC_2.39 stdc_count_ones_ui@GLIBC_2.39 stdc_count_ones_ul@GLIBC_2.39 stdc_count_ones_ull@GLIBC_2.39 stdc_count_ones_us@GLIBC_2.39 stdc_count_zeros_uc@GLIBC_2.39 stdc_count_zeros_ui@GLIBC_2.39 stdc_count_zeros_ul@GLIBC_2.39 stdc_count_zeros_ull@GLIBC_2.39 stdc_count_zeros_us@GLIBC_2.39 stdc_first_leading_one_uc@GLIBC_2.39 stdc_first_leading_one_ui@GLIBC_2.39 stdc_first_leading_one_ul@GLIBC_2.39 stdc_first_leading_one_ull@GLIBC_2.39 stdc_first_leading_one_us@GLIBC_2.39 stdc_first_leading_zero_uc@GLIBC_2.39 stdc_first_leading_zero_ui@GLIBC_2.39 stdc_first_leading_zero_ul@GLIBC_2.39 stdc_first_leading_zero_ull@GLIBC_2.39 stdc_first_leading_zero_us@GLIBC_2.39 stdc_first_trailing_one_uc@GLIBC_2.39 stdc_first_trailing_one_ui@GLIBC_2.39 stdc_first_trailing_one_ul@GLIBC_2.39 stdc_first_trailing_one_ull@GLIBC_2.39 stdc_first_trailing_one_us@GLIBC_2.39 stdc_first_trailing_zero_uc@GLIBC_2.39 stdc_first_trailing_zero_ui@GLIBC_2.39 stdc_first_trailing_zero_ul@GLIBC_2.39 stdc_first_trailing_zero_ull@GLIBC_2.39 stdc_first_trailing_zero_us@GLIBC_2.39 stdc_has_single_bit_uc@GLIBC_2.39 stdc_has_single_bit_ui@GLIBC_2.39 stdc_has_single_bit_ul@GLIBC_2.39 stdc_has_single_bit_ull@GLIBC_2.39 stdc_has_single_bit_us@GLIBC_2.39 stdc_leading_ones_uc@GLIBC_2.39 stdc_leading_ones_ui@GLIBC_2.39 stdc_leading_ones_ul@GLIBC_2.39 stdc_leading_ones_ull@GLIBC_2.39 stdc_leading_ones_us@GLIBC_2.39 stdc_leading_zeros_uc@GLIBC_2.39 stdc_leading_zeros_ui@GLIBC_2.39 stdc_leading_zeros_ul@GLIBC_2.39 stdc_leading_zeros_ull@GLIBC_2.39 stdc_leading_zeros_us@GLIBC_2.39 stdc_trailing_ones_uc@GLIBC_2.39 stdc_trailing_ones_ui@GLIBC_2.39 stdc_trailing_ones_ul@GLIBC_2.39 stdc_trailing_ones_ull@GLIBC_2.39 stdc_trailing_ones_us@GLIBC_2.39 stdc_trailing_zeros_uc@GLIBC_2.39 stdc_trailing_zeros_ui@GLIBC_2.39 stdc_trailing_zeros_ul@GLIBC_2.39 stdc_trailing_zeros_ull@GLIBC_2.39 stdc_trailing_zeros_us@GLIBC_2.39 sched_getattr@GLIBC_2.41 sched_setattr@GLIBC_2.41 __gai_sigqueue@GLIBC_PRIVATE __libc_allocate_rtsig_private@GLIBC_PRIVATE __libc_current_sigrtmax_private@GLIBC_PRIVATE __libc_current_sigrtmin_private@GLIBC_PRIVATE __libc_dlclose@GLIBC_PRIVATE __libc_dlopen_mode@GLIBC_PRIVATE __libc_dlsym@GLIBC_PRIVATE __libc_dlvsym@GLIBC_PRIVATE __libc_longjmp@GLIBC_PRIVATE __libc_pthread_init@GLIBC_PRIVATE __libc_readline_unlocked@GLIBC_PRIVATE __libc_siglongjmp@GLIBC_PRIVATE __libc_thread_freeres@GLIBC_PRIVATE __nss_database_lookup2@GLIBC_PRIVATE _dl_addr@GLIBC_PRIVATE _dl_open_hook@GLIBC_PRIVATE _dl_open_hook2@GLIBC_PRIVATE _dl_sym@GLIBC_PRIVATE _dl_vsym@GLIBC_PRIVATE",
        "libdl.so.2": "GLIBC_PRIVATE dladdr@GLIBC_2.2.5 dlclose@GLIBC_2.2.5 dlerror@GLIBC_2.2.5 dlopen@GLIBC_2.2.5 dlsym@GLIBC_2.2.5 dlvsym@GLIBC_2.2.5 dladdr1@GLIBC_2.3.3 dlinfo@GLIBC_2.3.3 dlmopen@GLIBC_2.3.4 __libdl_freeres@GLIBC_PRIVATE _dlfcn_hook@GLIBC_PRIVATE",
        "libgcc_s.so.1": "GCC_13.0.0 GCC_14.0.0 __extendbfsf2@GCC_13.0.0 __floattibf@GCC_13.0.0 __floatuntibf@GCC_13.0.0 __truncdfbf2@GCC_13.0.0 __trunchfbf2@GCC_13.0.0 __truncsfbf2@GCC_13.0.0 __trunctfbf2@GCC_13.0.0 __truncxfbf2@GCC_13.0.0 __divmodbitint4@GCC_14.0.0 __fixdfbitint@GCC_14.0.0 __fixsfbitint@GCC_14.0.0 __fixtfbitint@GCC_14.0.0 __fixxfbitint@GCC_14.0.0 __floatbitintbf@GCC_14.0.0 __floatbitintdf@GCC_14.0.0 __floatbitinthf@GCC_14.0.0 __floatbitintsf@GCC_14.0.0 __floatbitinttf@GCC_14.0.0 __floatbitintxf@GCC_14.0.0 __gcc_nested_func_ptr_created@GCC_14.0.0 __gcc_nested_func_ptr_deleted@GCC_14.0.0 __hardcfr_check@GCC_14.0.0 __mulbitint3@GCC_14.0.0 __strub_enter@GCC_14.0.0 __strub_leave@GCC_14.0.0 __strub_update@GCC_14.0.0",
        "libm.so.6": "GLIBC_2.38 GLIBC_2.39 GLIBC_2.40 GLIBC_2.41 __isnanf128@GLIBC_2.26 fmod@GLIBC_2.38 fmodf@GLIBC_2.38 exp10@GLIBC_2.39 exp10m1@GLIBC_2.40 exp10m1f@GLIBC_2.40 exp10m1f128@GLIBC_2.40 exp10m1f32@GLIBC_2.40 exp10m1f32x@GLIBC_2.40 exp10m1f64@GLIBC_2.40 exp10m1f64x@GLIBC_2.40 exp10m1l@GLIBC_2.40 exp2m1@GLIBC_2.40 exp2m1f@GLIBC_2.40 exp2m1f128@GLIBC_2.40 exp2m1f32@GLIBC_2.40 exp2m1f32x@GLIBC_2.40 exp2m1f64@GLIBC_2.40 exp2m1f64x@GLIBC_2.40 exp2m1l@GLIBC_2.40 log10p1@GLIBC_2.40 log10p1f@GLIBC_2.40 log10p1f128@GLIBC_2.40 log10p1f32@GLIBC_2.40 log10p1f32x@GLIBC_2.40 log10p1f64@GLIBC_2.40 log10p1f64x@GLIBC_2.40 log10p1l@GLIBC_2.40 log2p1@GLIBC_2.40 log2p1f@GLIBC_2.40 log2p1f128@GLIBC_2.40 log2p1f32@GLIBC_2.40 log2p1f32x@GLIBC_2.40 log2p1f64@GLIBC_2.40 log2p1f64x@GLIBC_2.40 log2p1l@GLIBC_2.40 logp1@GLIBC_2.40 logp1f@GLIBC_2.40 logp1f128@GLIBC_2.40 logp1f32@GLIBC_2.40 logp1f32x@GLIBC_2.40 logp1f64@GLIBC_2.40 logp1f64x@GLIBC_2.40 logp1l@GLIBC_2.40 acospi@GLIBC_2.41 acospif@GLIBC_2.41 acospif128@GLIBC_2.41 acospif32@GLIBC_2.41 acospif32x@GLIBC_2.41 acospif64@GLIBC_2.41 acospif64x@GLIBC_2.41 acospil@GLIBC_2.41 asinpi@GLIBC_2.41 asinpif@GLIBC_2.41 asinpif128@GLIBC_2.41 asinpif32@GLIBC_2.41 asinpif32x@GLIBC_2.41 asinpif64@GLIBC_2.41 asinpif64x@GLIBC_2.41 asinpil@GLIBC_2.41 atan2pi@GLIBC_2.41 atan2pif@GLIBC_2.41 atan2pif128@GLIBC_2.41 atan2pif32@GLIBC_2.41 atan2pif32x@GLIBC_2.41 atan2pif64@GLIBC_2.41 atan2pif64x@GLIBC_2.41 atan2pil@GLIBC_2.41 atanpi@GLIBC_2.41 atanpif@GLIBC_2.41 atanpif128@GLIBC_2.41 atanpif32@GLIBC_2.41 atanpif32x@GLIBC_2.41 atanpif64@GLIBC_2.41 atanpif64x@GLIBC_2.41 atanpil@GLIBC_2.41 cospi@GLIBC_2.41 cospif@GLIBC_2.41 cospif128@GLIBC_2.41 cospif32@GLIBC_2.41 cospif32x@GLIBC_2.41 cospif64@GLIBC_2.41 cospif64x@GLIBC_2.41 cospil@GLIBC_2.41 sinpi@GLIBC_2.41 sinpif@GLIBC_2.41 sinpif128@GLIBC_2.41 sinpif32@GLIBC_2.41 sinpif32x@GLIBC_2.41 sinpif64@GLIBC_2.41 sinpif64x@GLIBC_2.41 sinpil@GLIBC_2.41 tanpi@GLIBC_2.41 tanpif@GLIBC_2.41 tanpif128@GLIBC_2.41 tanpif32@GLIBC_2.41 tanpif32x@GLIBC_2.41 tanpif64@GLIBC_2.41 tanpif64x@GLIBC_2.41 tanpil@GLIBC_2.41",
        "libpthread.so.0": "GLIBC_PRIVATE pthread_sigqueue@GLIBC_2.11 pthread_getname_np@GLIBC_2.12 pthread_mutex_consistent@GLIBC_2.12 pthread_mutexattr_getrobust@GLIBC_2.12 pthread_mutexattr_setrobust@GLIBC_2.12 pthread_setname_np@GLIBC_2.12 pthread_getattr_default_np@GLIBC_2.18 pthread_setattr_default_np@GLIBC_2.18 _IO_flockfile@GLIBC_2.2.5 _IO_ftrylockfile@GLIBC_2.2.5 _IO_funlockfile@GLIBC_2.2.5 __close@GLIBC_2.2.5 __connect@GLIBC_2.2.5 __errno_location@GLIBC_2.2.5 __fcntl@GLIBC_2.2.5 __fork@GLIBC_2.2.5 __h_errno_location@GLIBC_2.2.5 __libc_allocate_rtsig@GLIBC_2.2.5 __libc_current_sigrtmax@GLIBC_2.2.5 __libc_current_sigrtmin@GLIBC_2.2.5 __lseek@GLIBC_2.2.5 __open@GLIBC_2.2.5 __open64@GLIBC_2.2.5 __pread64@GLIBC_2.2.5 __pthread_getspecific@GLIBC_2.2.5 __pthread_key_create@GLIBC_2.2.5 __pthread_mutex_destroy@GLIBC_2.2.5 __pthread_mutex_init@GLIBC_2.2.5 __pthread_mutex_lock@GLIBC_2.2.5 __pthread_mutex_trylock@GLIBC_2.2.5 __pthread_mutex_unlock@GLIBC_2.2.5 __pthread_mutexattr_destroy@GLIBC_2.2.5 __pthread_mutexattr_init@GLIBC_2.2.5 __pthread_mutexattr_settype@GLIBC_2.2.5 __pthread_once@GLIBC_2.2.5 __pthread_rwlock_destroy@GLIBC_2.2.5 __pthread_rwlock_init@GLIBC_2.2.5 __pthread_rwlock_rdlock@GLIBC_2.2.5 __pthread_rwlock_tryrdlock@GLIBC_2.2.5 __pthread_rwlock_trywrlock@GLIBC_2.2.5 __pthread_rwlock_unlock@GLIBC_2.2.5 __pthread_rwlock_wrlock@GLIBC_2.2.5 __pthread_setspecific@GLIBC_2.2.5 __pwrite64@GLIBC_2.2.5 __read@GLIBC_2.2.5 __res_state@GLIBC_2.2.5 __send@GLIBC_2.2.5 __sigaction@GLIBC_2.2.5 __write@GLIBC_2.2.5 _pthread_cleanup_pop@GLIBC_2.2.5 _pthread_cleanup_pop_restore@GLIBC_2.2.5 _pthread_cleanup_push@GLIBC_2.2.5 _pthread_cleanup_push_defer@GLIBC_2.2.5 accept@GLIBC_2.2.5 close@GLIBC_2.2.5 connect@GLIBC_2.2.5 fcntl@GLIBC_2.2.5 flockfile@GLIBC_2.2.5 fork@GLIBC_2.2.5 fsync@GLIBC_2.2.5 ftrylockfile@GLIBC_2.2.5 funlockfile@GLIBC_2.2.5 longjmp@GLIBC_2.2.5 lseek@GLIBC_2.2.5 lseek64@GLIBC_2.2.5 msync@GLIBC_2.2.5 open@GLIBC_2.2.5 open64@GLIBC_2.2.5 pause@GLIBC_2.2.5 pread@GLIBC_2.2.5 pread64@GLIBC_2.2.5 pthread_atfork@GLIBC_2.2.5 pthread_attr_getguardsize@GLIBC_2.2.5 pthread_attr_getschedpolicy@GLIBC_2.2.5 pthread_attr_getscope@GLIBC_2.2.5 pthread_attr_getstack@GLIBC_2.2.5 pthread_attr_getstackaddr@GLIBC_2.2.5 pthread_attr_getstacksize@GLIBC_2.2.5 pthread_attr_setguardsize@GLIBC_2.2.5 pthread_attr_setschedpolicy@GLIBC_2.2.5 pthread_attr_setscope@GLIBC_2.2.5 pthread_attr_setstack@GLIBC_2.2.5 pthread_attr_setstackaddr@GLIBC_2.2.5 pthread_attr_setstacksize@GLIBC_2.2.5 pthread_barrier_destroy@GLIBC_2.2.5 pthread_barrier_init@GLIBC_2.2.5 pthread_barrier_wait@GLIBC_2.2.5 pthread_barrierattr_destroy@GLIBC_2.2.5 pthread_barrierattr_init@GLIBC_2.2.5 pthread_barrierattr_setpshared@GLIBC_2.2.5 pthread_cancel@GLIBC_2.2.5 pthread_cond_broadcast@GLIBC_2.2.5 pthread_cond_destroy@GLIBC_2.2.5 pthread_cond_init@GLIBC_2.2.5 pthread_cond_signal@GLIBC_2.2.5 pthread_cond_timedwait@GLIBC_2.2.5 pthread_cond_wait@GLIBC_2.2.5 pthread_condattr_destroy@GLIBC_2.2.5 pthread_condattr_getpshared@GLIBC_2.2.5 pthread_condattr_init@GLIBC_2.2.5 pthread_condattr_setpshared@GLIBC_2.2.5 pthread_create@GLIBC_2.2.5 pthread_detach@GLIBC_2.2.5 pthread_exit@GLIBC_2.2.5 pthread_getattr_np@GLIBC_2.2.5 pthread_getconcurrency@GLIBC_2.2.5 pthread_getcpuclockid@GLIBC_2.2.5 pthread_getschedparam@GLIBC_2.2.5 pthread_getspecific@GLIBC_2.2.5 pthread_join@GLIBC_2.2.5 pthread_key_create@GLIBC_2.2.5 pthread_key_delete@GLIBC_2.2.5 pthread_kill@GLIBC_2.2.5 pthread_kill_other_threads_np@GLIBC_2.2.5 pthread_mutex_destroy@GLIBC_2.2.5 pthread_mutex_init@GLIBC_2.2.5 pthread_mutex_lock@GLIBC_2.2.5 pthread_mutex_timedlock@GLIBC_2.2.5 pthread_mutex_trylock@GLIBC_2.2.5 pthread_mutex_unlock@GLIBC_2.2.5 pthread_mutexattr_destroy@GLIBC_2.2.5 pthread_mutexattr_getkind_np@GLIBC_2.2.5 pthread_mutexattr_getpshared@GLIBC_2.2.5 pthread_mutexattr_gettype@GLIBC_2.2.5 pthread_mutexattr_init@GLIBC_2.2.5 pthread_mutexattr_setkind_np@GLIBC_2.2.5 pthread_mutexattr_setpshared@GLIBC_2.2.5 pthread_mutexattr_settype@GLIBC_2.2.5 pthread_once@GLIBC_2.2.5 pthread_rwlock_destroy@GLIBC_2.2.5 pthread_rwlock_init@GLIBC_2.2.5 pthread_rwlock_rdlock@GLIBC_2.2.5 pthread_rwlock_timedrdlock@GLIBC_2.2.5 pthread_rwlock_timedwrlock@GLIBC_2.2.5 pthread_rwlock_tryrdlock@GLIBC_2.2.5 pthread_rwlock_trywrlock@GLIBC_2.2.5 pthread_rwlock_unlock@GLIBC_2.2.5 pthread_rwlock_wrlock@GLIBC_2.2.5 pthread_rwlockattr_destroy@GLIBC_2.2.5 pthread_rwlockattr_getkind_np@GLIBC_2.2.5 pthread_rwlockattr_getpshared@GLIBC_2.2.5 pthread_rwlockattr_init@GLIBC_2.2.5 pthread_rwlockattr_setkind_np@GLIBC_2.2.5 pthread_rwlockattr_setpshared@GLIBC_2.2.5 pthread_setcancelstate@GLIBC_2.2.5 pthread_setcanceltype@GLIBC_2.2.5 pthread_setconcurrency@GLIBC_2.2.5 pthread_setschedparam@GLIBC_2.2.5 pthread_setspecific@GLIBC_2.2.5 pthread_sigmask@GLIBC_2.2.5 pthread_spin_destroy@GLIBC_2.2.5 pthread_spin_init@GLIBC_2.2.5 pthread_spin_lock@GLIBC_2.2.5 pthread_spin_trylock@GLIBC_2.2.5 pthread_spin_unlock@GLIBC_2.2.5 pthread_testcancel@GLIBC_2.2.5 pthread_yield@GLIBC_2.2.5 pwrite@GLIBC_2.2.5 pwrite64@GLIBC_2.2.5 raise@GLIBC_2.2.5 read@GLIBC_2.2.5 recv@GLIBC_2.2.5 recvfrom@GLIBC_2.2.5 recvmsg@GLIBC_2.2.5 sem_close@GLIBC_2.2.5 sem_destroy@GLIBC_2.2.5 sem_getvalue@GLIBC_2.2.5 sem_init@GLIBC_2.2.5 sem_open@GLIBC_2.2.5 sem_post@GLIBC_2.2.5 sem_timedwait@GLIBC_2.2.5 sem_trywait@GLIBC_2.2.5 sem_unlink@GLIBC_2.2.5 sem_wait@GLIBC_2.2.5 send@GLIBC_2.2.5 sendmsg@GLIBC_2.2.5 sendto@GLIBC_2.2.5 sigaction@GLIBC_2.2.5 siglongjmp@GLIBC_2.2.5 sigwait@GLIBC_2.2.5 system@GLIBC_2.2.5 tcdrain@GLIBC_2.2.5 write@GLIBC_2.2.5 call_once@GLIBC_2.28 cnd_broadcast@GLIBC_2.28 cnd_destroy@GLIBC_2.28 cnd_init@GLIBC_2.28 cnd_signal@GLIBC_2.28 cnd_timedwait@GLIBC_2.28 cnd_wait@GLIBC_2.28 mtx_destroy@GLIBC_2.28 mtx_init@GLIBC_2.28 mtx_lock@GLIBC_2.28 mtx_timedlock@GLIBC_2.28 mtx_trylock@GLIBC_2.28 mtx_unlock@GLIBC_2.28 thrd_create@GLIBC_2.28 thrd_detach@GLIBC_2.28 thrd_exit@GLIBC_2.28 thrd_join@GLIBC_2.28 tss_create@GLIBC_2.28 tss_delete@GLIBC_2.28 tss_get@GLIBC_2.28 tss_set@GLIBC_2.28 pthread_cond_broadcast@GLIBC_2.3.2 pthread_cond_destroy@GLIBC_2.3.2 pthread_cond_init@GLIBC_2.3.2 pthread_cond_signal@GLIBC_2.3.2 pthread_cond_timedwait@GLIBC_2.3.2 pthread_cond_wait@GLIBC_2.3.2 __pthread_cleanup_routine@GLIBC_2.3.3 __pthread_register_cancel@GLIBC_2.3.3 __pthread_register_cancel_defer@GLIBC_2.3.3 __pthread_unregister_cancel@GLIBC_2.3.3 __pthread_unregister_cancel_restore@GLIBC_2.3.3 __pthread_unwind_next@GLIBC_2.3.3 pthread_attr_getaffinity_np@GLIBC_2.3.3 pthread_attr_setaffinity_np@GLIBC_2.3.3 pthread_barrierattr_getpshared@GLIBC_2.3.3 pthread_condattr_getclock@GLIBC_2.3.3 pthread_condattr_setclock@GLIBC_2.3.3 pthread_getaffinity_np@GLIBC_2.3.3 pthread_setaffinity_np@GLIBC_2.3.3 pthread_timedjoin_np@GLIBC_2.3.3 pthread_tryjoin_np@GLIBC_2.3.3 pthread_attr_getaffinity_np@GLIBC_2.3.4 pthread_attr_setaffinity_np@GLIBC_2.3.4 pthread_getaffinity_np@GLIBC_2.3.4 pthread_setaffinity_np@GLIBC_2.3.4 pthread_setschedprio@GLIBC_2.3.4 pthread_cond_clockwait@GLIBC_2.30 pthread_mutex_clocklock@GLIBC_2.30 pthread_rwlock_clockrdlock@GLIBC_2.30 pthread_rwlock_clockwrlock@GLIBC_2.30 sem_clockwait@GLIBC_2.30 pthread_clockjoin_np@GLIBC_2.31 pthread_mutex_consistent_np@GLIBC_2.4 pthread_mutex_getprioceiling@GLIBC_2.4 pthread_mutex_setprioceiling@GLIBC_2.4 pthread_mutexattr_getprioceiling@GLIBC_2.4 pthread_mutexattr_getprotocol@GLIBC_2.4 pthread_mutexattr_getrobust_np@GLIBC_2.4 pthread_mutexattr_setprioceiling@GLIBC_2.4 pthread_mutexattr_setprotocol@GLIBC_2.4 pthread_mutexattr_setrobust_np@GLIBC_2.4 __libpthread_freeres@GLIBC_PRIVATE __pthread_barrier_init@GLIBC_PRIVATE __pthread_barrier_wait@GLIBC_PRIVATE __pthread_get_minstack@GLIBC_PRIVATE __pthread_initialize_minimal@GLIBC_PRIVATE __pthread_unwind@GLIBC_PRIVATE __shm_directory@GLIBC_PRIVATE",
        "libresolv.so.2": "__dn_comp@GLIBC_2.2.5 __dn_expand@GLIBC_2.2.5 __dn_skipname@GLIBC_2.2.5 __res_dnok@GLIBC_2.2.5 __res_hnok@GLIBC_2.2.5 __res_mailok@GLIBC_2.2.5 __res_mkquery@GLIBC_2.2.5 __res_nmkquery@GLIBC_2.2.5 __res_nquery@GLIBC_2.2.5 __res_nquerydomain@GLIBC_2.2.5 __res_nsearch@GLIBC_2.2.5 __res_nsend@GLIBC_2.2.5 __res_ownok@GLIBC_2.2.5 __res_query@GLIBC_2.2.5 __res_querydomain@GLIBC_2.2.5 __res_search@GLIBC_2.2.5 __res_send@GLIBC_2.2.5 ns_name_compress@GLIBC_2.9 ns_name_ntop@GLIBC_2.9 ns_name_pack@GLIBC_2.9 ns_name_pton@GLIBC_2.9 ns_name_skip@GLIBC_2.9 ns_name_uncompress@GLIBC_2.9 ns_name_unpack@GLIBC_2.9 __ns_name_ntop@GLIBC_PRIVATE __ns_name_unpack@GLIBC_PRIVATE __res_context_hostalias@GLIBC_PRIVATE __res_context_query@GLIBC_PRIVATE __res_context_search@GLIBC_PRIVATE",
        "librt.so.1": "aio_cancel@GLIBC_2.2.5 aio_cancel64@GLIBC_2.2.5 aio_error@GLIBC_2.2.5 aio_error64@GLIBC_2.2.5 aio_fsync@GLIBC_2.2.5 aio_fsync64@GLIBC_2.2.5 aio_init@GLIBC_2.2.5 aio_read@GLIBC_2.2.5 aio_read64@GLIBC_2.2.5 aio_return@GLIBC_2.2.5 aio_return64@GLIBC_2.2.5 aio_suspend@GLIBC_2.2.5 aio_suspend64@GLIBC_2.2.5 aio_write@GLIBC_2.2.5 aio_write64@GLIBC_2.2.5 lio_listio@GLIBC_2.2.5 lio_listio64@GLIBC_2.2.5 shm_open@GLIBC_2.2.5 shm_unlink@GLIBC_2.2.5 timer_create@GLIBC_2.2.5 timer_delete@GLIBC_2.2.5 timer_getoverrun@GLIBC_2.2.5 timer_gettime@GLIBC_2.2.5 timer_settime@GLIBC_2.2.5 timer_create@GLIBC_2.3.3 timer_delete@GLIBC_2.3.3 timer_getoverrun@GLIBC_2.3.3 timer_gettime@GLIBC_2.3.3 timer_settime@GLIBC_2.3.3 mq_close@GLIBC_2.3.4 mq_getattr@GLIBC_2.3.4 mq_notify@GLIBC_2.3.4 mq_open@GLIBC_2.3.4 mq_receive@GLIBC_2.3.4 mq_send@GLIBC_2.3.4 mq_setattr@GLIBC_2.3.4 mq_timedreceive@GLIBC_2.3.4 mq_timedsend@GLIBC_2.3.4 mq_unlink@GLIBC_2.3.4 lio_listio@GLIBC_2.4 lio_listio64@GLIBC_2.4 __mq_open_2@GLIBC_2.7",
        "libutil.so.1": "forkpty@GLIBC_2.2.5 login@GLIBC_2.2.5 login_tty@GLIBC_2.2.5 logout@GLIBC_2.2.5 logwtmp@GLIBC_2.2.5 openpty@GLIBC_2.2.5",
        "libz.so.1": ""
      }
    },
    "debian:13": {
      source: "debootstrap --variant=minbase trixie (test-world image abigap-test/trixie)",
      glibc: "2.41",
      libraries: {
        "ld-linux-x86-64.so.2": ["GLIBC_2.2.5", "GLIBC_2.3", "GLIBC_2.4", "GLIBC_2.34", "GLIBC_2.35"],
        "libBrokenLocale.so.1": ["GLIBC_2.2.5"],
        "libacl.so.1": ["ACL_1.0", "ACL_1.1", "ACL_1.2"],
        "libanl.so.1": ["GLIBC_2.2.5"],
        "libapt-pkg.so.7.0": ["APTPKG_7.0"],
        "libapt-private.so.0.0": [],
        "libattr.so.1": ["ATTR_1.0", "ATTR_1.1", "ATTR_1.2", "ATTR_1.3"],
        "libaudit.so.1": [],
        "libblkid.so.1": [
          "BLKID_1.0",
          "BLKID_2.15",
          "BLKID_2.17",
          "BLKID_2.18",
          "BLKID_2.20",
          "BLKID_2.21",
          "BLKID_2.23",
          "BLKID_2.25",
          "BLKID_2.30",
          "BLKID_2_31",
          "BLKID_2_36",
          "BLKID_2_37",
          "BLKID_2_39",
          "BLKID_2_40"
        ],
        "libbsd.so.0": [
          "LIBBSD_0.0",
          "LIBBSD_0.1",
          "LIBBSD_0.2",
          "LIBBSD_0.3",
          "LIBBSD_0.4",
          "LIBBSD_0.5",
          "LIBBSD_0.6",
          "LIBBSD_0.7",
          "LIBBSD_0.8",
          "LIBBSD_0.9",
          "LIBBSD_0.9.1",
          "LIBBSD_0.10.0",
          "LIBBSD_0.11.0",
          "LIBBSD_0.12.0"
        ],
        "libbz2.so.1.0": [],
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
        "libc_malloc_debug.so.0": ["GLIBC_2.2.5", "GLIBC_2.10", "GLIBC_2.16", "GLIBC_2.33"],
        "libcap-ng.so.0": [],
        "libcap.so.2": [],
        "libcrypt.so.1": ["GLIBC_2.2.5", "XCRYPT_2.0", "XCRYPT_4.3", "XCRYPT_4.4"],
        "libcrypto.so.3": [
          "OPENSSL_3.0.0",
          "OPENSSL_3.0.3",
          "OPENSSL_3.0.8",
          "OPENSSL_3.0.9",
          "OPENSSL_3.1.0",
          "OPENSSL_3.2.0",
          "OPENSSL_3.3.0",
          "OPENSSL_3.4.0",
          "OPENSSL_3.5.0"
        ],
        "libdb-5.3.so": ["DB5_3"],
        "libdebconfclient.so.0": [],
        "libdl.so.2": ["GLIBC_2.2.5", "GLIBC_2.3.3", "GLIBC_2.3.4"],
        "libdrop_ambient.so.0": [],
        "libgcc_s.so.1": [
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
        ],
        "libgmp.so.10": [],
        "libhogweed.so.6": ["HOGWEED_6", "HOGWEED_INTERNAL_6_10"],
        "liblastlog2.so.2": ["LIBLASTLOG2_2_40"],
        "liblz4.so.1": [],
        "liblzma.so.5": ["XZ_5.0", "XZ_5.2", "XZ_5.1.2alpha", "XZ_5.2.2", "XZ_5.4", "XZ_5.6.0", "XZ_5.8"],
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
        "libmd.so.0": ["LIBMD_0.0", "LIBMD_0.1"],
        "libmemusage.so": [],
        "libmount.so.1": [
          "MOUNT_2.19",
          "MOUNT_2.20",
          "MOUNT_2.21",
          "MOUNT_2.22",
          "MOUNT_2.23",
          "MOUNT_2.24",
          "MOUNT_2.25",
          "MOUNT_2.26",
          "MOUNT_2.28",
          "MOUNT_2.30",
          "MOUNT_2.33",
          "MOUNT_2.34",
          "MOUNT_2_35",
          "MOUNT_2_37",
          "MOUNT_2_38",
          "MOUNT_2_39",
          "MOUNT_2_40",
          "MOUNT_2_41"
        ],
        "libmvec.so.1": ["GLIBC_2.22", "GLIBC_2.35"],
        "libnettle.so.8": ["NETTLE_8", "NETTLE_INTERNAL_8_10"],
        "libnsl.so.1": ["GLIBC_2.2.5"],
        "libnss_compat.so.2": [],
        "libnss_dns.so.2": [],
        "libnss_files.so.2": [],
        "libnss_hesiod.so.2": [],
        "libpam.so.0": [
          "LIBPAM_1.0",
          "LIBPAM_EXTENSION_1.0",
          "LIBPAM_EXTENSION_1.1",
          "LIBPAM_EXTENSION_1.1.1",
          "LIBPAM_MODUTIL_1.0",
          "LIBPAM_MODUTIL_1.1",
          "LIBPAM_MODUTIL_1.1.3",
          "LIBPAM_MODUTIL_1.1.9",
          "LIBPAM_MODUTIL_1.3.2",
          "LIBPAM_1.4",
          "LIBPAM_MODUTIL_1.4.1"
        ],
        "libpam_misc.so.0": ["LIBPAM_MISC_1.0"],
        "libpamc.so.0": ["LIBPAMC_1.0"],
        "libpcprofile.so": [],
        "libpcre2-8.so.0": [],
        "libpsx.so.2": [],
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
        "libresolv.so.2": ["GLIBC_2.2.5", "GLIBC_2.3.2", "GLIBC_2.9"],
        "librt.so.1": ["GLIBC_2.2.5", "GLIBC_2.3.3", "GLIBC_2.3.4", "GLIBC_2.4", "GLIBC_2.7"],
        "libseccomp.so.2": [],
        "libselinux.so.1": ["LIBSELINUX_1.0", "LIBSELINUX_3.4", "LIBSELINUX_3.5", "LIBSELINUX_3.8"],
        "libsemanage.so.2": ["LIBSEMANAGE_1.0", "LIBSEMANAGE_1.1", "LIBSEMANAGE_3.4"],
        "libsepol.so.2": ["LIBSEPOL_1.0", "LIBSEPOL_1.1", "LIBSEPOL_3.0", "LIBSEPOL_3.4", "LIBSEPOL_3.6"],
        "libsmartcols.so.1": [
          "SMARTCOLS_2.25",
          "SMARTCOLS_2.27",
          "SMARTCOLS_2.28",
          "SMARTCOLS_2.29",
          "SMARTCOLS_2.30",
          "SMARTCOLS_2.31",
          "SMARTCOLS_2.33",
          "SMARTCOLS_2.34",
          "SMARTCOLS_2.35",
          "SMARTCOLS_2.38",
          "SMARTCOLS_2.39",
          "SMARTCOLS_2.40",
          "SMARTCOLS_2.41"
        ],
        "libsqlite3.so.0": [],
        "libssl.so.3": ["OPENSSL_3.0.0", "OPENSSL_3.2.0", "OPENSSL_3.3.0", "OPENSSL_3.4.0", "OPENSSL_3.5.0"],
        "libstdc++.so.6": [
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
          "GLIBCXX_3.4.33",
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
          "CXXABI_TM_1",
          "CXXABI_FLOAT128"
        ],
        "libsystemd.so.0": [
          "LIBSYSTEMD_209",
          "LIBSYSTEMD_211",
          "LIBSYSTEMD_213",
          "LIBSYSTEMD_214",
          "LIBSYSTEMD_216",
          "LIBSYSTEMD_217",
          "LIBSYSTEMD_219",
          "LIBSYSTEMD_220",
          "LIBSYSTEMD_221",
          "LIBSYSTEMD_222",
          "LIBSYSTEMD_226",
          "LIBSYSTEMD_227",
          "LIBSYSTEMD_229",
          "LIBSYSTEMD_230",
          "LIBSYSTEMD_231",
          "LIBSYSTEMD_232",
          "LIBSYSTEMD_233",
          "LIBSYSTEMD_234",
          "LIBSYSTEMD_236",
          "LIBSYSTEMD_237",
          "LIBSYSTEMD_238",
          "LIBSYSTEMD_239",
          "LIBSYSTEMD_240",
          "LIBSYSTEMD_241",
          "LIBSYSTEMD_243",
          "LIBSYSTEMD_245",
          "LIBSYSTEMD_246",
          "LIBSYSTEMD_247",
          "LIBSYSTEMD_248",
          "LIBSYSTEMD_249",
          "LIBSYSTEMD_250",
          "LIBSYSTEMD_251",
          "LIBSYSTEMD_252",
          "LIBSYSTEMD_253",
          "LIBSYSTEMD_254",
          "LIBSYSTEMD_255",
          "LIBSYSTEMD_256",
          "LIBSYSTEMD_257"
        ],
        "libthread_db.so.1": ["GLIBC_2.2.5", "GLIBC_2.3", "GLIBC_2.3.3"],
        "libtic.so.6": [
          "NCURSES6_TIC_5.0.19991023",
          "NCURSES6_TIC_5.1.20000708",
          "NCURSES6_TIC_5.5.20051010",
          "NCURSES6_TIC_5.7.20081102",
          "NCURSES6_TIC_5.9.20150530",
          "NCURSES6_TIC_6.1.20171230",
          "NCURSES6_TINFO_5.0.19991023",
          "NCURSES6_TINFO_5.1.20000708",
          "NCURSES6_TINFO_5.2.20001021",
          "NCURSES6_TINFO_5.3.20021019",
          "NCURSES6_TINFO_5.4.20040208",
          "NCURSES6_TINFO_5.5.20051010",
          "NCURSES6_TINFO_5.6.20061217",
          "NCURSES6_TINFO_5.7.20081102",
          "NCURSES6_TINFO_5.8.20110226",
          "NCURSES6_TINFO_5.9.20150530",
          "NCURSES6_TINFO_6.1.20171230",
          "NCURSES6_TINFO_6.2.20200212",
          "NCURSES6_TINFO_6.2.20211010",
          "NCURSES6_TINFO_6.5.20240427",
          "NCURSESW6_5.1.20000708",
          "NCURSESW6_5.3.20021019",
          "NCURSESW6_5.4.20040208",
          "NCURSESW6_5.5.20051010",
          "NCURSESW6_5.6.20061217",
          "NCURSESW6_5.7.20081102",
          "NCURSESW6_5.8.20110226",
          "NCURSESW6_5.9.20150530",
          "NCURSESW6_6.1.20171230",
          "NCURSESW6_6.2.20200212"
        ],
        "libtinfo.so.6": [
          "NCURSES6_TIC_5.0.19991023",
          "NCURSES6_TIC_5.1.20000708",
          "NCURSES6_TIC_5.5.20051010",
          "NCURSES6_TIC_5.7.20081102",
          "NCURSES6_TIC_5.9.20150530",
          "NCURSES6_TIC_6.1.20171230",
          "NCURSES6_TINFO_5.0.19991023",
          "NCURSES6_TINFO_5.1.20000708",
          "NCURSES6_TINFO_5.2.20001021",
          "NCURSES6_TINFO_5.3.20021019",
          "NCURSES6_TINFO_5.4.20040208",
          "NCURSES6_TINFO_5.5.20051010",
          "NCURSES6_TINFO_5.6.20061217",
          "NCURSES6_TINFO_5.7.20081102",
          "NCURSES6_TINFO_5.8.20110226",
          "NCURSES6_TINFO_5.9.20150530",
          "NCURSES6_TINFO_6.1.20171230",
          "NCURSES6_TINFO_6.2.20200212",
          "NCURSES6_TINFO_6.2.20211010",
          "NCURSES6_TINFO_6.5.20240427",
          "NCURSESW6_5.1.20000708",
          "NCURSESW6_5.3.20021019",
          "NCURSESW6_5.4.20040208",
          "NCURSESW6_5.5.20051010",
          "NCURSESW6_5.6.20061217",
          "NCURSESW6_5.7.20081102",
          "NCURSESW6_5.8.20110226",
          "NCURSESW6_5.9.20150530",
          "NCURSESW6_6.1.20171230",
          "NCURSESW6_6.2.20200212"
        ],
        "libudev.so.1": ["LIBUDEV_183", "LIBUDEV_189", "LIBUDEV_196", "LIBUDEV_199", "LIBUDEV_215", "LIBUDEV_247"],
        "libutil.so.1": ["GLIBC_2.2.5"],
        "libuuid.so.1": ["UUID_1.0", "UUID_2.20", "UUID_2.31", "UUID_2.36", "UUID_2.40", "UUID_2.41", "UUIDD_PRIVATE"],
        "libxxhash.so.0": [],
        "libz.so.1": [
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
        ],
        "libzstd.so.1": []
      },
      absent: {
        "libanl.so.1": "gai_cancel@GLIBC_2.2.5 gai_error@GLIBC_2.2.5 gai_suspend@GLIBC_2.2.5 getaddrinfo_a@GLIBC_2.2.5",
        "libc.so.6": "malloc_get_state@GLIBC_2.2.5 malloc_set_state@GLIBC_2.2.5 __gai_sigqueue@GLIBC_PRIVATE __libc_allocate_rtsig_private@GLIBC_PRIVATE __libc_current_sigrtmax_private@GLIBC_PRIVATE __libc_current_sigrtmin_private@GLIBC_PRIVATE __libc_dlclose@GLIBC_PRIVATE __libc_dlopen_mode@GLIBC_PRIVATE __libc_dlsym@GLIBC_PRIVATE __libc_dlvsym@GLIBC_PRIVATE __libc_longjmp@GLIBC_PRIVATE __libc_pthread_init@GLIBC_PRIVATE __libc_readline_unlocked@GLIBC_PRIVATE __libc_scratch_buffer_dupfree@GLIBC_PRIVATE __libc_siglongjmp@GLIBC_PRIVATE __libc_thread_freeres@GLIBC_PRIVATE __nss_database_lookup2@GLIBC_PRIVATE __snprintf@GLIBC_PRIVATE _dl_addr@GLIBC_PRIVATE _dl_catch_error@GLIBC_PRIVATE _dl_catch_exception@GLIBC_PRIVATE _dl_open_hook@GLIBC_PRIVATE _dl_open_hook2@GLIBC_PRIVATE _dl_signal_error@GLIBC_PRIVATE _dl_signal_exception@GLIBC_PRIVATE _dl_sym@GLIBC_PRIVATE _dl_vsym@GLIBC_PRIVATE",
        "libdl.so.2": "GLIBC_PRIVATE dladdr@GLIBC_2.2.5 dlclose@GLIBC_2.2.5 dlerror@GLIBC_2.2.5 dlopen@GLIBC_2.2.5 dlsym@GLIBC_2.2.5 dlvsym@GLIBC_2.2.5 dladdr1@GLIBC_2.3.3 dlinfo@GLIBC_2.3.3 dlmopen@GLIBC_2.3.4 __libdl_freeres@GLIBC_PRIVATE _dlfcn_hook@GLIBC_PRIVATE",
        "libgcc_s.so.1": "",
        "libm.so.6": "__isnanf128@GLIBC_2.26",
        "libpthread.so.0": "GLIBC_PRIVATE pthread_sigqueue@GLIBC_2.11 pthread_getname_np@GLIBC_2.12 pthread_mutex_consistent@GLIBC_2.12 pthread_mutexattr_getrobust@GLIBC_2.12 pthread_mutexattr_setrobust@GLIBC_2.12 pthread_setname_np@GLIBC_2.12 pthread_getattr_default_np@GLIBC_2.18 pthread_setattr_default_np@GLIBC_2.18 _IO_flockfile@GLIBC_2.2.5 _IO_ftrylockfile@GLIBC_2.2.5 _IO_funlockfile@GLIBC_2.2.5 __close@GLIBC_2.2.5 __connect@GLIBC_2.2.5 __errno_location@GLIBC_2.2.5 __fcntl@GLIBC_2.2.5 __fork@GLIBC_2.2.5 __h_errno_location@GLIBC_2.2.5 __libc_allocate_rtsig@GLIBC_2.2.5 __libc_current_sigrtmax@GLIBC_2.2.5 __libc_current_sigrtmin@GLIBC_2.2.5 __lseek@GLIBC_2.2.5 __open@GLIBC_2.2.5 __open64@GLIBC_2.2.5 __pread64@GLIBC_2.2.5 __pthread_getspecific@GLIBC_2.2.5 __pthread_key_create@GLIBC_2.2.5 __pthread_mutex_destroy@GLIBC_2.2.5 __pthread_mutex_init@GLIBC_2.2.5 __pthread_mutex_lock@GLIBC_2.2.5 __pthread_mutex_trylock@GLIBC_2.2.5 __pthread_mutex_unlock@GLIBC_2.2.5 __pthread_mutexattr_destroy@GLIBC_2.2.5 __pthread_mutexattr_init@GLIBC_2.2.5 __pthread_mutexattr_settype@GLIBC_2.2.5 __pthread_once@GLIBC_2.2.5 __pthread_rwlock_destroy@GLIBC_2.2.5 __pthread_rwlock_init@GLIBC_2.2.5 __pthread_rwlock_rdlock@GLIBC_2.2.5 __pthread_rwlock_tryrdlock@GLIBC_2.2.5 __pthread_rwlock_trywrlock@GLIBC_2.2.5 __pthread_rwlock_unlock@GLIBC_2.2.5 __pthread_rwlock_wrlock@GLIBC_2.2.5 __pthread_setspecific@GLIBC_2.2.5 __pwrite64@GLIBC_2.2.5 __read@GLIBC_2.2.5 __res_state@GLIBC_2.2.5 __send@GLIBC_2.2.5 __sigaction@GLIBC_2.2.5 __write@GLIBC_2.2.5 _pthread_cleanup_pop@GLIBC_2.2.5 _pthread_cleanup_pop_restore@GLIBC_2.2.5 _pthread_cleanup_push@GLIBC_2.2.5 _pthread_cleanup_push_defer@GLIBC_2.2.5 accept@GLIBC_2.2.5 close@GLIBC_2.2.5 connect@GLIBC_2.2.5 fcntl@GLIBC_2.2.5 flockfile@GLIBC_2.2.5 fork@GLIBC_2.2.5 fsync@GLIBC_2.2.5 ftrylockfile@GLIBC_2.2.5 funlockfile@GLIBC_2.2.5 longjmp@GLIBC_2.2.5 lseek@GLIBC_2.2.5 lseek64@GLIBC_2.2.5 msync@GLIBC_2.2.5 open@GLIBC_2.2.5 open64@GLIBC_2.2.5 pause@GLIBC_2.2.5 pread@GLIBC_2.2.5 pread64@GLIBC_2.2.5 pthread_atfork@GLIBC_2.2.5 pthread_attr_getguardsize@GLIBC_2.2.5 pthread_attr_getschedpolicy@GLIBC_2.2.5 pthread_attr_getscope@GLIBC_2.2.5 pthread_attr_getstack@GLIBC_2.2.5 pthread_attr_getstackaddr@GLIBC_2.2.5 pthread_attr_getstacksize@GLIBC_2.2.5 pthread_attr_setguardsize@GLIBC_2.2.5 pthread_attr_setschedpolicy@GLIBC_2.2.5 pthread_attr_setscope@GLIBC_2.2.5 pthread_attr_setstack@GLIBC_2.2.5 pthread_attr_setstackaddr@GLIBC_2.2.5 pthread_attr_setstacksize@GLIBC_2.2.5 pthread_barrier_destroy@GLIBC_2.2.5 pthread_barrier_init@GLIBC_2.2.5 pthread_barrier_wait@GLIBC_2.2.5 pthread_barrierattr_destroy@GLIBC_2.2.5 pthread_barrierattr_init@GLIBC_2.2.5 pthread_barrierattr_setpshared@GLIBC_2.2.5 pthread_cancel@GLIBC_2.2.5 pthread_cond_broadcast@GLIBC_2.2.5 pthread_cond_destroy@GLIBC_2.2.5 pthread_cond_init@GLIBC_2.2.5 pthread_cond_signal@GLIBC_2.2.5 pthread_cond_timedwait@GLIBC_2.2.5 pthread_cond_wait@GLIBC_2.2.5 pthread_condattr_destroy@GLIBC_2.2.5 pthread_condattr_getpshared@GLIBC_2.2.5 pthread_condattr_init@GLIBC_2.2.5 pthread_condattr_setpshared@GLIBC_2.2.5 pthread_create@GLIBC_2.2.5 pthread_detach@GLIBC_2.2.5 pthread_exit@GLIBC_2.2.5 pthread_getattr_np@GLIBC_2.2.5 pthread_getconcurrency@GLIBC_2.2.5 pthread_getcpuclockid@GLIBC_2.2.5 pthread_getschedparam@GLIBC_2.2.5 pthread_getspecific@GLIBC_2.2.5 pthread_join@GLIBC_2.2.5 pthread_key_create@GLIBC_2.2.5 pthread_key_delete@GLIBC_2.2.5 pthread_kill@GLIBC_2.2.5 pthread_kill_other_threads_np@GLIBC_2.2.5 pthread_mutex_destroy@GLIBC_2.2.5 pthread_mutex_init@GLIBC_2.2.5 pthread_mutex_lock@GLIBC_2.2.5 pthread_mutex_timedlock@GLIBC_2.2.5 pthread_mutex_trylock@GLIBC_2.2.5 pthread_mutex_unlock@GLIBC_2.2.5 pthread_mutexattr_destroy@GLIBC_2.2.5 pthread_mutexattr_getkind_np@GLIBC_2.2.5 pthread_mutexattr_getpshared@GLIBC_2.2.5 pthread_mutexattr_gettype@GLIBC_2.2.5 pthread_mutexattr_init@GLIBC_2.2.5 pthread_mutexattr_setkind_np@GLIBC_2.2.5 pthread_mutexattr_setpshared@GLIBC_2.2.5 pthread_mutexattr_settype@GLIBC_2.2.5 pthread_once@GLIBC_2.2.5 pthread_rwlock_destroy@GLIBC_2.2.5 pthread_rwlock_init@GLIBC_2.2.5 pthread_rwlock_rdlock@GLIBC_2.2.5 pthread_rwlock_timedrdlock@GLIBC_2.2.5 pthread_rwlock_timedwrlock@GLIBC_2.2.5 pthread_rwlock_tryrdlock@GLIBC_2.2.5 pthread_rwlock_trywrlock@GLIBC_2.2.5 pthread_rwlock_unlock@GLIBC_2.2.5 pthread_rwlock_wrlock@GLIBC_2.2.5 pthread_rwlockattr_destroy@GLIBC_2.2.5 pthread_rwlockattr_getkind_np@GLIBC_2.2.5 pthread_rwlockattr_getpshared@GLIBC_2.2.5 pthread_rwlockattr_init@GLIBC_2.2.5 pthread_rwlockattr_setkind_np@GLIBC_2.2.5 pthread_rwlockattr_setpshared@GLIBC_2.2.5 pthread_setcancelstate@GLIBC_2.2.5 pthread_setcanceltype@GLIBC_2.2.5 pthread_setconcurrency@GLIBC_2.2.5 pthread_setschedparam@GLIBC_2.2.5 pthread_setspecific@GLIBC_2.2.5 pthread_sigmask@GLIBC_2.2.5 pthread_spin_destroy@GLIBC_2.2.5 pthread_spin_init@GLIBC_2.2.5 pthread_spin_lock@GLIBC_2.2.5 pthread_spin_trylock@GLIBC_2.2.5 pthread_spin_unlock@GLIBC_2.2.5 pthread_testcancel@GLIBC_2.2.5 pthread_yield@GLIBC_2.2.5 pwrite@GLIBC_2.2.5 pwrite64@GLIBC_2.2.5 raise@GLIBC_2.2.5 read@GLIBC_2.2.5 recv@GLIBC_2.2.5 recvfrom@GLIBC_2.2.5 recvmsg@GLIBC_2.2.5 sem_close@GLIBC_2.2.5 sem_destroy@GLIBC_2.2.5 sem_getvalue@GLIBC_2.2.5 sem_init@GLIBC_2.2.5 sem_open@GLIBC_2.2.5 sem_post@GLIBC_2.2.5 sem_timedwait@GLIBC_2.2.5 sem_trywait@GLIBC_2.2.5 sem_unlink@GLIBC_2.2.5 sem_wait@GLIBC_2.2.5 send@GLIBC_2.2.5 sendmsg@GLIBC_2.2.5 sendto@GLIBC_2.2.5 sigaction@GLIBC_2.2.5 siglongjmp@GLIBC_2.2.5 sigwait@GLIBC_2.2.5 system@GLIBC_2.2.5 tcdrain@GLIBC_2.2.5 write@GLIBC_2.2.5 call_once@GLIBC_2.28 cnd_broadcast@GLIBC_2.28 cnd_destroy@GLIBC_2.28 cnd_init@GLIBC_2.28 cnd_signal@GLIBC_2.28 cnd_timedwait@GLIBC_2.28 cnd_wait@GLIBC_2.28 mtx_destroy@GLIBC_2.28 mtx_init@GLIBC_2.28 mtx_lock@GLIBC_2.28 mtx_timedlock@GLIBC_2.28 mtx_trylock@GLIBC_2.28 mtx_unlock@GLIBC_2.28 thrd_create@GLIBC_2.28 thrd_detach@GLIBC_2.28 thrd_exit@GLIBC_2.28 thrd_join@GLIBC_2.28 tss_create@GLIBC_2.28 tss_delete@GLIBC_2.28 tss_get@GLIBC_2.28 tss_set@GLIBC_2.28 pthread_cond_broadcast@GLIBC_2.3.2 pthread_cond_destroy@GLIBC_2.3.2 pthread_cond_init@GLIBC_2.3.2 pthread_cond_signal@GLIBC_2.3.2 pthread_cond_timedwait@GLIBC_2.3.2 pthread_cond_wait@GLIBC_2.3.2 __pthread_cleanup_routine@GLIBC_2.3.3 __pthread_register_cancel@GLIBC_2.3.3 __pthread_register_cancel_defer@GLIBC_2.3.3 __pthread_unregister_cancel@GLIBC_2.3.3 __pthread_unregister_cancel_restore@GLIBC_2.3.3 __pthread_unwind_next@GLIBC_2.3.3 pthread_attr_getaffinity_np@GLIBC_2.3.3 pthread_attr_setaffinity_np@GLIBC_2.3.3 pthread_barrierattr_getpshared@GLIBC_2.3.3 pthread_condattr_getclock@GLIBC_2.3.3 pthread_condattr_setclock@GLIBC_2.3.3 pthread_getaffinity_np@GLIBC_2.3.3 pthread_setaffinity_np@GLIBC_2.3.3 pthread_timedjoin_np@GLIBC_2.3.3 pthread_tryjoin_np@GLIBC_2.3.3 pthread_attr_getaffinity_np@GLIBC_2.3.4 pthread_attr_setaffinity_np@GLIBC_2.3.4 pthread_getaffinity_np@GLIBC_2.3.4 pthread_setaffinity_np@GLIBC_2.3.4 pthread_setschedprio@GLIBC_2.3.4 pthread_cond_clockwait@GLIBC_2.30 pthread_mutex_clocklock@GLIBC_2.30 pthread_rwlock_clockrdlock@GLIBC_2.30 pthread_rwlock_clockwrlock@GLIBC_2.30 sem_clockwait@GLIBC_2.30 pthread_clockjoin_np@GLIBC_2.31 pthread_mutex_consistent_np@GLIBC_2.4 pthread_mutex_getprioceiling@GLIBC_2.4 pthread_mutex_setprioceiling@GLIBC_2.4 pthread_mutexattr_getprioceiling@GLIBC_2.4 pthread_mutexattr_getprotocol@GLIBC_2.4 pthread_mutexattr_getrobust_np@GLIBC_2.4 pthread_mutexattr_setprioceiling@GLIBC_2.4 pthread_mutexattr_setprotocol@GLIBC_2.4 pthread_mutexattr_setrobust_np@GLIBC_2.4 __libpthread_freeres@GLIBC_PRIVATE __pthread_barrier_init@GLIBC_PRIVATE __pthread_barrier_wait@GLIBC_PRIVATE __pthread_get_minstack@GLIBC_PRIVATE __pthread_initialize_minimal@GLIBC_PRIVATE __pthread_unwind@GLIBC_PRIVATE __shm_directory@GLIBC_PRIVATE",
        "libresolv.so.2": "__dn_comp@GLIBC_2.2.5 __dn_expand@GLIBC_2.2.5 __dn_skipname@GLIBC_2.2.5 __res_dnok@GLIBC_2.2.5 __res_hnok@GLIBC_2.2.5 __res_mailok@GLIBC_2.2.5 __res_mkquery@GLIBC_2.2.5 __res_nmkquery@GLIBC_2.2.5 __res_nquery@GLIBC_2.2.5 __res_nquerydomain@GLIBC_2.2.5 __res_nsearch@GLIBC_2.2.5 __res_nsend@GLIBC_2.2.5 __res_ownok@GLIBC_2.2.5 __res_query@GLIBC_2.2.5 __res_querydomain@GLIBC_2.2.5 __res_search@GLIBC_2.2.5 __res_send@GLIBC_2.2.5 ns_name_compress@GLIBC_2.9 ns_name_ntop@GLIBC_2.9 ns_name_pack@GLIBC_2.9 ns_name_pton@GLIBC_2.9 ns_name_skip@GLIBC_2.9 ns_name_uncompress@GLIBC_2.9 ns_name_unpack@GLIBC_2.9 __ns_name_ntop@GLIBC_PRIVATE __ns_name_unpack@GLIBC_PRIVATE __res_context_hostalias@GLIBC_PRIVATE __res_context_query@GLIBC_PRIVATE __res_context_search@GLIBC_PRIVATE",
        "librt.so.1": "aio_cancel@GLIBC_2.2.5 aio_cancel64@GLIBC_2.2.5 aio_error@GLIBC_2.2.5 aio_error64@GLIBC_2.2.5 aio_fsync@GLIBC_2.2.5 aio_fsync64@GLIBC_2.2.5 aio_init@GLIBC_2.2.5 aio_read@GLIBC_2.2.5 aio_read64@GLIBC_2.2.5 aio_return@GLIBC_2.2.5 aio_return64@GLIBC_2.2.5 aio_suspend@GLIBC_2.2.5 aio_suspend64@GLIBC_2.2.5 aio_write@GLIBC_2.2.5 aio_write64@GLIBC_2.2.5 lio_listio@GLIBC_2.2.5 lio_listio64@GLIBC_2.2.5 shm_open@GLIBC_2.2.5 shm_unlink@GLIBC_2.2.5 timer_create@GLIBC_2.2.5 timer_delete@GLIBC_2.2.5 timer_getoverrun@GLIBC_2.2.5 timer_gettime@GLIBC_2.2.5 timer_settime@GLIBC_2.2.5 timer_create@GLIBC_2.3.3 timer_delete@GLIBC_2.3.3 timer_getoverrun@GLIBC_2.3.3 timer_gettime@GLIBC_2.3.3 timer_settime@GLIBC_2.3.3 mq_close@GLIBC_2.3.4 mq_getattr@GLIBC_2.3.4 mq_notify@GLIBC_2.3.4 mq_open@GLIBC_2.3.4 mq_receive@GLIBC_2.3.4 mq_send@GLIBC_2.3.4 mq_setattr@GLIBC_2.3.4 mq_timedreceive@GLIBC_2.3.4 mq_timedsend@GLIBC_2.3.4 mq_unlink@GLIBC_2.3.4 lio_listio@GLIBC_2.4 lio_listio64@GLIBC_2.4 __mq_open_2@GLIBC_2.7",
        "libutil.so.1": "forkpty@GLIBC_2.2.5 login@GLIBC_2.2.5 login_tty@GLIBC_2.2.5 logout@GLIBC_2.2.5 logwtmp@GLIBC_2.2.5 openpty@GLIBC_2.2.5",
        "libz.so.1": ""
      }
    }
  },
  exportTables: {
    "libanl.so.1": {
      "": "GLIBC_2.2.5",
      "GLIBC_2.2.5": "__libanl_version_placeholder gai_cancel gai_error gai_suspend getaddrinfo_a"
    },
    "libc.so.6": {
      "": "GLIBC_2.10 GLIBC_2.11 GLIBC_2.12 GLIBC_2.13 GLIBC_2.14 GLIBC_2.15 GLIBC_2.16 GLIBC_2.17 GLIBC_2.18 GLIBC_2.2.5 GLIBC_2.2.6 GLIBC_2.22 GLIBC_2.23 GLIBC_2.24 GLIBC_2.25 GLIBC_2.26 GLIBC_2.27 GLIBC_2.28 GLIBC_2.29 GLIBC_2.3 GLIBC_2.3.2 GLIBC_2.3.3 GLIBC_2.3.4 GLIBC_2.30 GLIBC_2.31 GLIBC_2.32 GLIBC_2.33 GLIBC_2.34 GLIBC_2.35 GLIBC_2.36 GLIBC_2.38 GLIBC_2.39 GLIBC_2.4 GLIBC_2.41 GLIBC_2.5 GLIBC_2.6 GLIBC_2.7 GLIBC_2.8 GLIBC_2.9 GLIBC_ABI_DT_RELR GLIBC_ABI_DT_X86_64_PLT GLIBC_ABI_GNU2_TLS GLIBC_PRIVATE",
      "GLIBC_2.10": "__cxa_at_quick_exit __posix_getopt accept4 endsgent fallocate fallocate64 fgetsgent fgetsgent_r getsgent getsgent_r getsgnam getsgnam_r malloc_info preadv preadv64 psiginfo putsgent pwritev pwritev64 quick_exit register_printf_modifier register_printf_specifier register_printf_type setsgent sgetsgent sgetsgent_r",
      "GLIBC_2.11": "__longjmp_chk execvpe mkostemps mkostemps64 mkstemps mkstemps64 pthread_sigqueue",
      "GLIBC_2.12": "_sys_errlist _sys_nerr ntp_gettimex pthread_getname_np pthread_mutex_consistent pthread_mutexattr_getrobust pthread_mutexattr_setrobust pthread_setname_np recvmmsg sys_errlist sys_nerr",
      "GLIBC_2.13": "__fentry__ fanotify_init fanotify_mark prlimit prlimit64",
      "GLIBC_2.14": "clock_adjtime memcpy name_to_handle_at open_by_handle_at sendmmsg setns syncfs",
      "GLIBC_2.15": "__fdelt_chk __fdelt_warn posix_spawn posix_spawnp process_vm_readv process_vm_writev scandirat scandirat64",
      "GLIBC_2.16": "__getauxval __poll_chk __ppoll_chk aligned_alloc c16rtomb c32rtomb getauxval mbrtoc16 mbrtoc32 timespec_get",
      "GLIBC_2.17": "clock_getcpuclockid clock_getres clock_gettime clock_nanosleep clock_settime secure_getenv",
      "GLIBC_2.18": "__cxa_thread_atexit_impl pthread_getattr_default_np pthread_setattr_default_np",
      "GLIBC_2.2.5": "_Exit _IO_2_1_stderr_ _IO_2_1_stdin_ _IO_2_1_stdout_ _IO_adjust_column _IO_adjust_wcolumn _IO_default_doallocate _IO_default_finish _IO_default_pbackfail _IO_default_uflow _IO_default_xsgetn _IO_default_xsputn _IO_do_write _IO_doallocbuf _IO_fclose _IO_fdopen _IO_feof _IO_ferror _IO_fflush _IO_fgetpos _IO_fgetpos64 _IO_fgets _IO_file_attach _IO_file_close _IO_file_close_it _IO_file_doallocate _IO_file_finish _IO_file_fopen _IO_file_init _IO_file_jumps _IO_file_open _IO_file_overflow _IO_file_read _IO_file_seek _IO_file_seekoff _IO_file_setbuf _IO_file_stat _IO_file_sync _IO_file_underflow _IO_file_write _IO_file_xsputn _IO_flockfile _IO_flush_all _IO_flush_all_linebuffered _IO_fopen _IO_fprintf _IO_fputs _IO_fread _IO_free_backup_area _IO_free_wbackup_area _IO_fsetpos _IO_fsetpos64 _IO_ftell _IO_ftrylockfile _IO_funlockfile _IO_fwrite _IO_getc _IO_getline _IO_getline_info _IO_gets _IO_init _IO_init_marker _IO_init_wmarker _IO_iter_begin _IO_iter_end _IO_iter_file _IO_iter_next _IO_least_wmarker _IO_link_in _IO_list_all _IO_list_lock _IO_list_resetlock _IO_list_unlock _IO_marker_delta _IO_marker_difference _IO_padn _IO_peekc_locked _IO_popen _IO_printf _IO_proc_close _IO_proc_open _IO_putc _IO_puts _IO_remove_marker _IO_seekmark _IO_seekoff _IO_seekpos _IO_seekwmark _IO_setb _IO_setbuffer _IO_setvbuf _IO_sgetn _IO_sprintf _IO_sputbackc _IO_sputbackwc _IO_sscanf _IO_str_init_readonly _IO_str_init_static _IO_str_overflow _IO_str_pbackfail _IO_str_seekoff _IO_str_underflow _IO_sungetc _IO_sungetwc _IO_switch_to_get_mode _IO_switch_to_main_wget_area _IO_switch_to_wbackup_area _IO_switch_to_wget_mode _IO_un_link _IO_ungetc _IO_unsave_markers _IO_unsave_wmarkers _IO_vfprintf _IO_vfscanf _IO_vsprintf _IO_wdefault_doallocate _IO_wdefault_finish _IO_wdefault_pbackfail _IO_wdefault_uflow _IO_wdefault_xsgetn _IO_wdefault_xsputn _IO_wdo_write _IO_wdoallocbuf _IO_wfile_jumps _IO_wfile_overflow _IO_wfile_seekoff _IO_wfile_sync _IO_wfile_underflow _IO_wfile_xsputn _IO_wmarker_delta _IO_wsetb __adjtimex __after_morecore_hook __arch_prctl __argz_count __argz_next __argz_stringify __asprintf __assert __assert_fail __assert_perror_fail __backtrace __backtrace_symbols __backtrace_symbols_fd __bsd_getpgrp __bzero __check_rhosts_file __clone __close __cmsg_nxthdr __connect __ctype32_b __ctype32_tolower __ctype32_toupper __ctype_b __ctype_get_mb_cur_max __ctype_tolower __ctype_toupper __curbrk __cxa_atexit __cxa_finalize __cyg_profile_func_enter __cyg_profile_func_exit __daylight __dcgettext __default_morecore __dgettext __dn_comp __dn_expand __dn_skipname __dup2 __duplocale __endmntent __environ __errno_location __fbufsize __fcntl __ffs __finite __finitef __finitel __flbf __fork __fpending __fpu_control __fpurge __freadable __freading __free_hook __freelocale __fsetlocking __fwritable __fwriting __fxstat __fxstat64 __getdelim __getmntent_r __getpagesize __getpgid __getpid __gettimeofday __gmtime_r __h_errno_location __isalnum_l __isalpha_l __isascii_l __isblank_l __iscntrl_l __isdigit_l __isgraph_l __isinf __isinff __isinfl __islower_l __isnan __isnanf __isnanl __isprint_l __ispunct_l __isspace_l __isupper_l __iswalnum_l __iswalpha_l __iswblank_l __iswcntrl_l __iswctype __iswctype_l __iswdigit_l __iswgraph_l __iswlower_l __iswprint_l __iswpunct_l __iswspace_l __iswupper_l __iswxdigit_l __isxdigit_l __ivaliduser __key_decryptsession_pk_LOCAL __key_encryptsession_pk_LOCAL __key_gendes_LOCAL __libc_allocate_rtsig __libc_calloc __libc_current_sigrtmax __libc_current_sigrtmin __libc_free __libc_freeres __libc_init_first __libc_mallinfo __libc_malloc __libc_mallopt __libc_memalign __libc_pvalloc __libc_realloc __libc_sa_len __libc_start_main __libc_valloc __lseek __lxstat __lxstat64 __malloc_hook __malloc_initialize_hook __mbrlen __mbrtowc __memalign_hook __mempcpy __mempcpy_small __monstartup __morecore __newlocale __nl_langinfo_l __nss_configure_lookup __nss_database_lookup __nss_group_lookup __nss_hostname_digits_dots __nss_hosts_lookup __nss_next __nss_passwd_lookup __open __open64 __overflow __pipe __poll __pread64 __printf_fp __profile_frequency __progname __progname_full __pthread_getspecific __pthread_key_create __pthread_mutex_destroy __pthread_mutex_init __pthread_mutex_lock __pthread_mutex_trylock __pthread_mutex_unlock __pthread_mutexattr_destroy __pthread_mutexattr_init __pthread_mutexattr_settype __pthread_once __pthread_rwlock_destroy __pthread_rwlock_init __pthread_rwlock_rdlock __pthread_rwlock_tryrdlock __pthread_rwlock_trywrlock __pthread_rwlock_unlock __pthread_rwlock_wrlock __pthread_setspecific __pwrite64 __rawmemchr __rcmd_errstr __read __realloc_hook __res_dnok __res_hnok __res_init __res_mailok __res_mkquery __res_nclose __res_ninit __res_nmkquery __res_nquery __res_nquerydomain __res_nsearch __res_nsend __res_ownok __res_query __res_querydomain __res_randomid __res_search __res_send __res_state __rpc_thread_createerr __rpc_thread_svc_fdset __rpc_thread_svc_max_pollfd __rpc_thread_svc_pollfd __sbrk __sched_get_priority_max __sched_get_priority_min __sched_getparam __sched_getscheduler __sched_setscheduler __sched_yield __secure_getenv __select __send __setmntent __setpgid __sigaction __sigaddset __sigdelset __sigismember __signbit __signbitf __signbitl __sigpause __sigsetjmp __sigsuspend __statfs __stpcpy __stpcpy_small __stpncpy __strcasecmp __strcasecmp_l __strcasestr __strcoll_l __strcpy_small __strcspn_c1 __strcspn_c2 __strcspn_c3 __strdup __strerror_r __strfmon_l __strncasecmp_l __strndup __strpbrk_c2 __strpbrk_c3 __strsep_1c __strsep_2c __strsep_3c __strsep_g __strspn_c1 __strspn_c2 __strspn_c3 __strtod_internal __strtod_l __strtof_internal __strtof_l __strtok_r __strtok_r_1c __strtol_internal __strtol_l __strtold_internal __strtold_l __strtoll_internal __strtoll_l __strtoul_internal __strtoul_l __strtoull_internal __strtoull_l __strverscmp __strxfrm_l __sysconf __sysctl __sysv_signal __timezone __toascii_l __tolower_l __toupper_l __towctrans __towctrans_l __towlower_l __towupper_l __tzname __uflow __underflow __vfork __vfscanf __vsnprintf __vsscanf __wait __waitpid __wcscasecmp_l __wcscoll_l __wcsncasecmp_l __wcstod_internal __wcstod_l __wcstof_internal __wcstof_l __wcstol_internal __wcstol_l __wcstold_internal __wcstold_l __wcstoll_internal __wcstoll_l __wcstoul_internal __wcstoul_l __wcstoull_internal __wcstoull_l __wcsxfrm_l __wctrans_l __wctype_l __woverflow __write __wuflow __wunderflow __xmknod __xpg_basename __xpg_sigpause __xstat __xstat64 _authenticate _dl_mcount_wrapper _dl_mcount_wrapper_check _environ _exit _flushlbf _libc_intl_domainname _longjmp _mcleanup _mcount _nl_default_dirname _nl_domain_bindings _nl_msg_cat_cntr _null_auth _obstack _obstack_allocated_p _obstack_begin _obstack_begin_1 _obstack_free _obstack_memory_used _obstack_newchunk _pthread_cleanup_pop _pthread_cleanup_pop_restore _pthread_cleanup_push _pthread_cleanup_push_defer _res _res_hconf _rpc_dtablesize _seterr_reply _setjmp _sys_errlist _sys_nerr _sys_siglist _tolower _toupper a64l abort abs accept access acct addmntent addseverity adjtime adjtimex advance aio_cancel aio_cancel64 aio_error aio_error64 aio_fsync aio_fsync64 aio_init aio_read aio_read64 aio_return aio_return64 aio_suspend aio_suspend64 aio_write aio_write64 alarm alphasort alphasort64 arch_prctl argp_err_exit_status argp_error argp_failure argp_help argp_parse argp_program_bug_address argp_program_version argp_program_version_hook argp_state_help argp_usage argz_add argz_add_sep argz_append argz_count argz_create argz_create_sep argz_delete argz_extract argz_insert argz_next argz_replace argz_stringify asctime asctime_r asprintf atof atoi atol atoll authdes_create authdes_getucred authdes_pk_create authnone_create authunix_create authunix_create_default backtrace backtrace_symbols backtrace_symbols_fd basename bcmp bcopy bdflush bind bind_textdomain_codeset bindresvport bindtextdomain brk bsd_signal bsearch btowc bzero calloc callrpc canonicalize_file_name capget capset catclose catgets catopen cbc_crypt cfgetispeed cfgetospeed cfmakeraw cfree cfsetispeed cfsetospeed cfsetspeed chdir chflags chmod chown chroot clearenv clearerr clearerr_unlocked clnt_broadcast clnt_create clnt_pcreateerror clnt_perrno clnt_perror clnt_spcreateerror clnt_sperrno clnt_sperror clntraw_create clnttcp_create clntudp_bufcreate clntudp_create clntunix_create clock clock_getcpuclockid clock_getres clock_gettime clock_nanosleep clock_settime clone close closedir closelog confstr connect copysign copysignf copysignl creat creat64 create_module ctermid ctime ctime_r cuserid daemon daylight dcgettext dcngettext delete_module des_setparity dgettext difftime dirfd dirname div dl_iterate_phdr dladdr dlclose dlerror dlopen dlsym dlvsym dngettext dprintf drand48 drand48_r dup dup2 dysize ecb_crypt ecvt ecvt_r endaliasent endfsent endgrent endhostent endmntent endnetent endnetgrent endprotoent endpwent endrpcent endservent endspent endttyent endusershell endutent endutxent environ envz_add envz_entry envz_get envz_merge envz_remove envz_strip erand48 erand48_r err error error_at_line error_message_count error_one_per_line error_print_progname errx ether_aton ether_aton_r ether_hostton ether_line ether_ntoa ether_ntoa_r ether_ntohost euidaccess execl execle execlp execv execve execvp exit fattach fchdir fchflags fchmod fchown fclose fcloseall fcntl fcvt fcvt_r fdatasync fdetach fdopen feof feof_unlocked ferror ferror_unlocked fexecve fflush fflush_unlocked ffs ffsl ffsll fgetc fgetc_unlocked fgetgrent fgetgrent_r fgetpos fgetpos64 fgetpwent fgetpwent_r fgets fgets_unlocked fgetspent fgetspent_r fgetwc fgetwc_unlocked fgetws fgetws_unlocked fileno fileno_unlocked finite finitef finitel flock flockfile fmemopen fmtmsg fnmatch fopen fopen64 fopencookie fork forkpty fpathconf fprintf fputc fputc_unlocked fputs fputs_unlocked fputwc fputwc_unlocked fputws fputws_unlocked fread fread_unlocked free freeaddrinfo freopen freopen64 frexp frexpf frexpl fscanf fseek fseeko fseeko64 fsetpos fsetpos64 fstatfs fstatfs64 fstatvfs fstatvfs64 fsync ftell ftello ftello64 ftime ftok ftruncate ftruncate64 ftrylockfile fts_children fts_close fts_open fts_read fts_set ftw ftw64 funlockfile fwide fwprintf fwrite fwrite_unlocked fwscanf gai_cancel gai_error gai_strerror gai_suspend gcvt get_avphys_pages get_current_dir_name get_kernel_syms get_myaddress get_nprocs get_nprocs_conf get_phys_pages getaddrinfo getaddrinfo_a getaliasbyname getaliasbyname_r getaliasent getaliasent_r getc getc_unlocked getchar getchar_unlocked getcontext getcwd getdate getdate_err getdate_r getdelim getdirentries getdirentries64 getdomainname getdtablesize getegid getenv geteuid getfsent getfsfile getfsspec getgid getgrent getgrent_r getgrgid getgrgid_r getgrnam getgrnam_r getgrouplist getgroups gethostbyaddr gethostbyaddr_r gethostbyname gethostbyname2 gethostbyname2_r gethostbyname_r gethostent gethostent_r gethostid gethostname getitimer getline getloadavg getlogin getlogin_r getmntent getmntent_r getmsg getnameinfo getnetbyaddr getnetbyaddr_r getnetbyname getnetbyname_r getnetent getnetent_r getnetgrent getnetgrent_r getnetname getopt getopt_long getopt_long_only getpagesize getpass getpeername getpgid getpgrp getpid getpmsg getppid getpriority getprotobyname getprotobyname_r getprotobynumber getprotobynumber_r getprotoent getprotoent_r getpt getpublickey getpw getpwent getpwent_r getpwnam getpwnam_r getpwuid getpwuid_r getresgid getresuid getrlimit getrlimit64 getrpcbyname getrpcbyname_r getrpcbynumber getrpcbynumber_r getrpcent getrpcent_r getrpcport getrusage gets getsecretkey getservbyname getservbyname_r getservbyport getservbyport_r getservent getservent_r getsid getsockname getsockopt getspent getspent_r getspnam getspnam_r getsubopt gettext gettimeofday getttyent getttynam getuid getusershell getutent getutent_r getutid getutid_r getutline getutline_r getutmp getutmpx getutxent getutxid getutxline getw getwc getwc_unlocked getwchar getwchar_unlocked getwd glob glob64 glob_pattern_p globfree globfree64 gmtime gmtime_r gnu_get_libc_release gnu_get_libc_version grantpt group_member gsignal gtty h_errlist h_nerr hasmntopt hcreate hcreate_r hdestroy hdestroy_r herror host2netname hsearch hsearch_r hstrerror htonl htons iconv iconv_close iconv_open if_freenameindex if_indextoname if_nameindex if_nametoindex imaxabs imaxdiv in6addr_any in6addr_loopback index inet_addr inet_aton inet_lnaof inet_makeaddr inet_netof inet_network inet_nsap_addr inet_nsap_ntoa inet_ntoa inet_ntop inet_pton init_module initgroups initstate initstate_r innetgr insque ioctl ioperm iopl iruserok iruserok_af isalnum isalpha isascii isastream isatty isblank iscntrl isdigit isfdtype isgraph isinf isinff isinfl islower isnan isnanf isnanl isprint ispunct isspace isupper iswalnum iswalpha iswblank iswcntrl iswctype iswdigit iswgraph iswlower iswprint iswpunct iswspace iswupper iswxdigit isxdigit jrand48 jrand48_r key_decryptsession key_decryptsession_pk key_encryptsession key_encryptsession_pk key_gendes key_get_conv key_secretkey_is_set key_setnet key_setsecret kill killpg klogctl l64a labs lchown lckpwdf lcong48 lcong48_r ldexp ldexpf ldexpl ldiv lfind link lio_listio lio_listio64 listen llabs lldiv llseek loc1 loc2 localeconv localtime localtime_r lockf lockf64 locs login login_tty logout logwtmp longjmp lrand48 lrand48_r lsearch lseek lseek64 madvise makecontext mallinfo malloc malloc_get_state malloc_set_state malloc_stats malloc_trim malloc_usable_size mallopt mallwatch mblen mbrlen mbrtowc mbsinit mbsnrtowcs mbsrtowcs mbstowcs mbtowc mcheck mcheck_check_all mcheck_pedantic mcount memalign memccpy memchr memcmp memcpy memfrob memmem memmove mempcpy memrchr memset mincore mkdir mkdtemp mkfifo mkstemp mkstemp64 mktemp mktime mlock mlockall mmap mmap64 modf modff modfl modify_ldt moncontrol monstartup mount mprobe mprotect mrand48 mrand48_r mremap msgctl msgget msgrcv msgsnd msync mtrace munlock munlockall munmap muntrace nanosleep netname2host netname2user nfsservctl nftw nftw64 ngettext nice nl_langinfo nrand48 nrand48_r ntohl ntohs ntp_adjtime ntp_gettime obstack_alloc_failed_handler obstack_exit_failure obstack_free obstack_printf obstack_vprintf on_exit open open64 open_memstream opendir openlog openpty optarg opterr optind optopt parse_printf_format passwd2des pathconf pause pclose perror personality pipe pivot_root pmap_getmaps pmap_getport pmap_rmtcall pmap_set pmap_unset poll popen posix_fadvise posix_fadvise64 posix_fallocate posix_fallocate64 posix_madvise posix_memalign posix_openpt posix_spawn posix_spawn_file_actions_addclose posix_spawn_file_actions_adddup2 posix_spawn_file_actions_addopen posix_spawn_file_actions_destroy posix_spawn_file_actions_init posix_spawnattr_destroy posix_spawnattr_getflags posix_spawnattr_getpgroup posix_spawnattr_getschedparam posix_spawnattr_getschedpolicy posix_spawnattr_getsigdefault posix_spawnattr_getsigmask posix_spawnattr_init posix_spawnattr_setflags posix_spawnattr_setpgroup posix_spawnattr_setschedparam posix_spawnattr_setschedpolicy posix_spawnattr_setsigdefault posix_spawnattr_setsigmask posix_spawnp prctl pread pread64 printf printf_size printf_size_info profil program_invocation_name program_invocation_short_name pselect psignal pthread_atfork pthread_attr_destroy pthread_attr_getdetachstate pthread_attr_getguardsize pthread_attr_getinheritsched pthread_attr_getschedparam pthread_attr_getschedpolicy pthread_attr_getscope pthread_attr_getstack pthread_attr_getstackaddr pthread_attr_getstacksize pthread_attr_init pthread_attr_setdetachstate pthread_attr_setguardsize pthread_attr_setinheritsched pthread_attr_setschedparam pthread_attr_setschedpolicy pthread_attr_setscope pthread_attr_setstack pthread_attr_setstackaddr pthread_attr_setstacksize pthread_barrier_destroy pthread_barrier_init pthread_barrier_wait pthread_barrierattr_destroy pthread_barrierattr_init pthread_barrierattr_setpshared pthread_cancel pthread_cond_broadcast pthread_cond_destroy pthread_cond_init pthread_cond_signal pthread_cond_timedwait pthread_cond_wait pthread_condattr_destroy pthread_condattr_getpshared pthread_condattr_init pthread_condattr_setpshared pthread_create pthread_detach pthread_equal pthread_exit pthread_getattr_np pthread_getconcurrency pthread_getcpuclockid pthread_getschedparam pthread_getspecific pthread_join pthread_key_create pthread_key_delete pthread_kill pthread_kill_other_threads_np pthread_mutex_destroy pthread_mutex_init pthread_mutex_lock pthread_mutex_timedlock pthread_mutex_trylock pthread_mutex_unlock pthread_mutexattr_destroy pthread_mutexattr_getkind_np pthread_mutexattr_getpshared pthread_mutexattr_gettype pthread_mutexattr_init pthread_mutexattr_setkind_np pthread_mutexattr_setpshared pthread_mutexattr_settype pthread_once pthread_rwlock_destroy pthread_rwlock_init pthread_rwlock_rdlock pthread_rwlock_timedrdlock pthread_rwlock_timedwrlock pthread_rwlock_tryrdlock pthread_rwlock_trywrlock pthread_rwlock_unlock pthread_rwlock_wrlock pthread_rwlockattr_destroy pthread_rwlockattr_getkind_np pthread_rwlockattr_getpshared pthread_rwlockattr_init pthread_rwlockattr_setkind_np pthread_rwlockattr_setpshared pthread_self pthread_setcancelstate pthread_setcanceltype pthread_setconcurrency pthread_setschedparam pthread_setspecific pthread_sigmask pthread_spin_destroy pthread_spin_init pthread_spin_lock pthread_spin_trylock pthread_spin_unlock pthread_testcancel pthread_yield ptrace ptsname ptsname_r putc putc_unlocked putchar putchar_unlocked putenv putgrent putmsg putpmsg putpwent puts putspent pututline pututxline putw putwc putwc_unlocked putwchar putwchar_unlocked pvalloc pwrite pwrite64 qecvt qecvt_r qfcvt qfcvt_r qgcvt qsort query_module quotactl raise rand rand_r random random_r rawmemchr rcmd rcmd_af re_comp re_compile_fastmap re_compile_pattern re_exec re_match re_match_2 re_max_failures re_search re_search_2 re_set_registers re_set_syntax re_syntax_options read readdir readdir64 readdir64_r readdir_r readlink readv realloc realpath reboot recv recvfrom recvmsg regcomp regerror regexec regfree register_printf_function registerrpc remove remque rename revoke rewind rewinddir rexec rexec_af rexecoptions rindex rmdir rpc_createerr rpmatch rresvport rresvport_af rtime ruserok ruserok_af ruserpass sbrk scalbn scalbnf scalbnl scandir scandir64 scanf sched_get_priority_max sched_get_priority_min sched_getparam sched_getscheduler sched_rr_get_interval sched_setparam sched_setscheduler sched_yield seed48 seed48_r seekdir select sem_close sem_destroy sem_getvalue sem_init sem_open sem_post sem_timedwait sem_trywait sem_unlink sem_wait semctl semget semop send sendfile sendmsg sendto setaliasent setbuf setbuffer setcontext setdomainname setegid setenv seteuid setfsent setfsgid setfsuid setgid setgrent setgroups sethostent sethostid sethostname setitimer setjmp setlinebuf setlocale setlogin setlogmask setmntent setnetent setnetgrent setpgid setpgrp setpriority setprotoent setpwent setregid setresgid setresuid setreuid setrlimit setrlimit64 setrpcent setservent setsid setsockopt setspent setstate setstate_r settimeofday setttyent setuid setusershell setutent setutxent setvbuf sgetspent sgetspent_r shm_open shm_unlink shmat shmctl shmdt shmget shutdown sigaction sigaddset sigaltstack sigandset sigblock sigdelset sigemptyset sigfillset siggetmask sighold sigignore siginterrupt sigisemptyset sigismember siglongjmp signal sigorset sigpause sigpending sigprocmask sigqueue sigrelse sigreturn sigset sigsetmask sigstack sigsuspend sigtimedwait sigvec sigwait sigwaitinfo sleep snprintf sockatmark socket socketpair sprintf sprofil srand srand48 srand48_r srandom srandom_r sscanf ssignal sstk statfs statfs64 statvfs statvfs64 stderr stdin stdout step stime stpcpy stpncpy strcasecmp strcasestr strcat strchr strchrnul strcmp strcoll strcpy strcspn strdup strerror strerror_r strfmon strfry strftime strlen strncasecmp strncat strncmp strncpy strndup strnlen strpbrk strptime strrchr strsep strsignal strspn strstr strtod strtof strtoimax strtok strtok_r strtol strtold strtoll strtoq strtoul strtoull strtoumax strtouq strverscmp strxfrm stty svc_exit svc_fdset svc_getreq svc_getreq_common svc_getreq_poll svc_getreqset svc_max_pollfd svc_pollfd svc_register svc_run svc_sendreply svc_unregister svcauthdes_stats svcerr_auth svcerr_decode svcerr_noproc svcerr_noprog svcerr_progvers svcerr_systemerr svcerr_weakauth svcfd_create svcraw_create svctcp_create svcudp_bufcreate svcudp_create svcudp_enablecache svcunix_create svcunixfd_create swab swapcontext swapoff swapon swprintf swscanf symlink sync sys_errlist sys_nerr sys_sigabbrev sys_siglist syscall sysconf sysctl sysinfo syslog system sysv_signal tcdrain tcflow tcflush tcgetattr tcgetpgrp tcgetsid tcsendbreak tcsetattr tcsetpgrp tdelete tdestroy telldir tempnam textdomain tfind time timegm timelocal timer_create timer_delete timer_getoverrun timer_gettime timer_settime times timezone tmpfile tmpfile64 tmpnam tmpnam_r toascii tolower toupper towctrans towlower towupper tr_break truncate truncate64 tsearch ttyname ttyname_r ttyslot twalk tzname tzset ualarm ulckpwdf ulimit umask umount umount2 uname ungetc ungetwc unlink unlockpt unsetenv updwtmp updwtmpx uselib user2netname usleep ustat utime utimes utmpname utmpxname valloc vasprintf vdprintf verr verrx versionsort versionsort64 vfork vfprintf vfscanf vfwprintf vfwscanf vhangup vlimit vprintf vscanf vsnprintf vsprintf vsscanf vswprintf vswscanf vsyslog vtimes vwarn vwarnx vwprintf vwscanf wait wait3 wait4 waitid waitpid warn warnx wcpcpy wcpncpy wcrtomb wcscasecmp wcscat wcschr wcschrnul wcscmp wcscoll wcscpy wcscspn wcsdup wcsftime wcslen wcsncasecmp wcsncat wcsncmp wcsncpy wcsnlen wcsnrtombs wcspbrk wcsrchr wcsrtombs wcsspn wcsstr wcstod wcstof wcstoimax wcstok wcstol wcstold wcstoll wcstombs wcstoq wcstoul wcstoull wcstoumax wcstouq wcswcs wcswidth wcsxfrm wctob wctomb wctrans wctype wcwidth wmemchr wmemcmp wmemcpy wmemmove wmempcpy wmemset wordexp wordfree wprintf write writev wscanf xdecrypt xdr_accepted_reply xdr_array xdr_authdes_cred xdr_authdes_verf xdr_authunix_parms xdr_bool xdr_bytes xdr_callhdr xdr_callmsg xdr_char xdr_cryptkeyarg xdr_cryptkeyarg2 xdr_cryptkeyres xdr_des_block xdr_double xdr_enum xdr_float xdr_free xdr_getcredres xdr_hyper xdr_int xdr_int16_t xdr_int32_t xdr_int64_t xdr_int8_t xdr_key_netstarg xdr_key_netstres xdr_keybuf xdr_keystatus xdr_long xdr_longlong_t xdr_netnamestr xdr_netobj xdr_opaque xdr_opaque_auth xdr_pmap xdr_pmaplist xdr_pointer xdr_reference xdr_rejected_reply xdr_replymsg xdr_rmtcall_args xdr_rmtcallres xdr_short xdr_sizeof xdr_string xdr_u_char xdr_u_hyper xdr_u_int xdr_u_long xdr_u_longlong_t xdr_u_short xdr_uint16_t xdr_uint32_t xdr_uint64_t xdr_uint8_t xdr_union xdr_unixcred xdr_vector xdr_void xdr_wrapstring xdrmem_create xdrrec_create xdrrec_endofrecord xdrrec_eof xdrrec_skiprecord xdrstdio_create xencrypt xprt_register xprt_unregister",
      "GLIBC_2.2.6": "__nanosleep",
      "GLIBC_2.22": "fmemopen",
      "GLIBC_2.23": "fts64_children fts64_close fts64_open fts64_read fts64_set",
      "GLIBC_2.24": "quick_exit",
      "GLIBC_2.25": "__explicit_bzero_chk explicit_bzero getentropy getrandom strfromd strfromf strfroml",
      "GLIBC_2.26": "__isnanf128 __strtof128_internal __wcstof128_internal preadv2 preadv64v2 pwritev2 pwritev64v2 reallocarray strfromf128 strtof128 strtof128_l wcstof128 wcstof128_l",
      "GLIBC_2.27": "copy_file_range glob glob64 memfd_create mlock2 pkey_alloc pkey_free pkey_get pkey_mprotect pkey_set strfromf32 strfromf32x strfromf64 strfromf64x strtof32 strtof32_l strtof32x strtof32x_l strtof64 strtof64_l strtof64x strtof64x_l wcstof32 wcstof32_l wcstof32x wcstof32x_l wcstof64 wcstof64_l wcstof64x wcstof64x_l",
      "GLIBC_2.28": "call_once cnd_broadcast cnd_destroy cnd_init cnd_signal cnd_timedwait cnd_wait fcntl64 mtx_destroy mtx_init mtx_lock mtx_timedlock mtx_trylock mtx_unlock renameat2 statx thrd_create thrd_current thrd_detach thrd_equal thrd_exit thrd_join thrd_sleep thrd_yield tss_create tss_delete tss_get tss_set",
      "GLIBC_2.29": "getcpu posix_spawn_file_actions_addchdir_np posix_spawn_file_actions_addfchdir_np",
      "GLIBC_2.3": "__ctype_b_loc __ctype_tolower_loc __ctype_toupper_loc __isctype __strftime_l __uselocale __wcsftime_l _sys_errlist _sys_nerr duplocale fgetxattr flistxattr freeifaddrs freelocale fremovexattr fsetxattr futimes getifaddrs getxattr isalnum_l isalpha_l isblank_l iscntrl_l isctype isdigit_l isgraph_l islower_l isprint_l ispunct_l isspace_l isupper_l iswalnum_l iswalpha_l iswblank_l iswcntrl_l iswctype_l iswdigit_l iswgraph_l iswlower_l iswprint_l iswpunct_l iswspace_l iswupper_l iswxdigit_l isxdigit_l lgetxattr listxattr llistxattr lremovexattr lsetxattr lutimes newlocale nl_langinfo_l readahead realpath removexattr sendfile64 setxattr strcasecmp_l strcoll_l strfmon_l strftime_l strncasecmp_l strtod_l strtof_l strtol_l strtold_l strtoul_l strxfrm_l sys_errlist sys_nerr tolower_l toupper_l towctrans_l towlower_l towupper_l uselocale wcscasecmp_l wcscoll_l wcsftime_l wcsncasecmp_l wcstod_l wcstof_l wcstol_l wcstold_l wcstoll_l wcstoul_l wcstoull_l wcsxfrm_l wctrans_l wctype_l",
      "GLIBC_2.3.2": "__register_atfork epoll_create epoll_ctl epoll_wait lchmod pthread_cond_broadcast pthread_cond_destroy pthread_cond_init pthread_cond_signal pthread_cond_timedwait pthread_cond_wait strptime_l",
      "GLIBC_2.3.3": "__pthread_cleanup_routine __pthread_register_cancel __pthread_register_cancel_defer __pthread_unregister_cancel __pthread_unregister_cancel_restore __pthread_unwind_next _sys_siglist dladdr1 dlinfo gnu_dev_major gnu_dev_makedev gnu_dev_minor inet6_option_alloc inet6_option_append inet6_option_find inet6_option_init inet6_option_next inet6_option_space nftw nftw64 pthread_attr_getaffinity_np pthread_attr_setaffinity_np pthread_barrierattr_getpshared pthread_condattr_getclock pthread_condattr_setclock pthread_getaffinity_np pthread_setaffinity_np pthread_timedjoin_np pthread_tryjoin_np remap_file_pages sched_getaffinity sched_setaffinity semtimedop strtoll_l strtoull_l sys_sigabbrev sys_siglist timer_create timer_delete timer_getoverrun timer_gettime timer_settime",
      "GLIBC_2.3.4": "__chk_fail __fprintf_chk __gets_chk __memcpy_chk __memmove_chk __mempcpy_chk __memset_chk __printf_chk __snprintf_chk __sprintf_chk __stpcpy_chk __strcat_chk __strcpy_chk __strncat_chk __strncpy_chk __vfprintf_chk __vprintf_chk __vsnprintf_chk __vsprintf_chk __xpg_strerror_r dlmopen getipv4sourcefilter getsourcefilter mq_close mq_getattr mq_notify mq_open mq_receive mq_send mq_setattr mq_timedreceive mq_timedsend mq_unlink pthread_attr_getaffinity_np pthread_attr_setaffinity_np pthread_getaffinity_np pthread_setaffinity_np pthread_setschedprio regexec sched_getaffinity sched_setaffinity setipv4sourcefilter setsourcefilter xdr_quad_t xdr_u_quad_t",
      "GLIBC_2.30": "getdents64 gettid pthread_cond_clockwait pthread_mutex_clocklock pthread_rwlock_clockrdlock pthread_rwlock_clockwrlock sem_clockwait tgkill twalk_r",
      "GLIBC_2.31": "pthread_clockjoin_np",
      "GLIBC_2.32": "__libc_single_threaded pthread_attr_getsigmask_np pthread_attr_setaffinity_np pthread_attr_setsigmask_np pthread_getaffinity_np pthread_getattr_np pthread_sigmask sigabbrev_np sigdescr_np strerrordesc_np strerrorname_np",
      "GLIBC_2.33": "__x86_get_cpuid_feature_leaf fstat fstat64 fstatat fstatat64 lstat lstat64 mallinfo2 mknod mknodat stat stat64",
      "GLIBC_2.34": "_Fork __isnanf128 __libc_start_main __mq_open_2 __pthread_cleanup_routine __pthread_key_create __pthread_register_cancel __pthread_register_cancel_defer __pthread_unregister_cancel __pthread_unregister_cancel_restore __pthread_unwind_next _pthread_cleanup_pop _pthread_cleanup_push aio_cancel aio_cancel64 aio_error aio_error64 aio_fsync aio_fsync64 aio_init aio_read aio_read64 aio_return aio_return64 aio_suspend aio_suspend64 aio_write aio_write64 call_once close_range closefrom cnd_broadcast cnd_destroy cnd_init cnd_signal cnd_timedwait cnd_wait dladdr dladdr1 dlclose dlerror dlinfo dlmopen dlopen dlsym dlvsym dn_comp dn_expand dn_skipname execveat forkpty gai_cancel gai_error gai_suspend getaddrinfo_a lio_listio lio_listio64 login login_tty logout logwtmp mq_close mq_getattr mq_notify mq_open mq_receive mq_send mq_setattr mq_timedreceive mq_timedsend mq_unlink mtx_destroy mtx_init mtx_lock mtx_timedlock mtx_trylock mtx_unlock ns_name_compress ns_name_ntop ns_name_pack ns_name_pton ns_name_skip ns_name_uncompress ns_name_unpack openpty posix_spawn_file_actions_addclosefrom_np pthread_attr_getaffinity_np pthread_attr_getguardsize pthread_attr_getstack pthread_attr_getstackaddr pthread_attr_getstacksize pthread_attr_setguardsize pthread_attr_setstack pthread_attr_setstackaddr pthread_attr_setstacksize pthread_barrier_destroy pthread_barrier_init pthread_barrier_wait pthread_barrierattr_destroy pthread_barrierattr_getpshared pthread_barrierattr_init pthread_barrierattr_setpshared pthread_cancel pthread_clockjoin_np pthread_cond_clockwait pthread_condattr_getclock pthread_condattr_getpshared pthread_condattr_setclock pthread_condattr_setpshared pthread_create pthread_detach pthread_getattr_default_np pthread_getconcurrency pthread_getcpuclockid pthread_getname_np pthread_getspecific pthread_join pthread_key_create pthread_key_delete pthread_kill pthread_mutex_clocklock pthread_mutex_consistent pthread_mutex_getprioceiling pthread_mutex_setprioceiling pthread_mutex_timedlock pthread_mutex_trylock pthread_mutexattr_destroy pthread_mutexattr_getprioceiling pthread_mutexattr_getprotocol pthread_mutexattr_getpshared pthread_mutexattr_getrobust pthread_mutexattr_gettype pthread_mutexattr_init pthread_mutexattr_setprioceiling pthread_mutexattr_setprotocol pthread_mutexattr_setpshared pthread_mutexattr_setrobust pthread_mutexattr_settype pthread_once pthread_rwlock_clockrdlock pthread_rwlock_clockwrlock pthread_rwlock_destroy pthread_rwlock_init pthread_rwlock_rdlock pthread_rwlock_timedrdlock pthread_rwlock_timedwrlock pthread_rwlock_tryrdlock pthread_rwlock_trywrlock pthread_rwlock_unlock pthread_rwlock_wrlock pthread_rwlockattr_destroy pthread_rwlockattr_getkind_np pthread_rwlockattr_getpshared pthread_rwlockattr_init pthread_rwlockattr_setkind_np pthread_rwlockattr_setpshared pthread_setaffinity_np pthread_setattr_default_np pthread_setconcurrency pthread_setname_np pthread_setschedprio pthread_setspecific pthread_sigqueue pthread_spin_destroy pthread_spin_init pthread_spin_lock pthread_spin_trylock pthread_spin_unlock pthread_testcancel pthread_timedjoin_np pthread_tryjoin_np res_dnok res_hnok res_mailok res_mkquery res_nmkquery res_nquery res_nquerydomain res_nsearch res_nsend res_ownok res_query res_querydomain res_search res_send sem_clockwait sem_close sem_destroy sem_getvalue sem_init sem_open sem_post sem_timedwait sem_trywait sem_unlink sem_wait shm_open shm_unlink thrd_create thrd_detach thrd_exit thrd_join timer_create timer_delete timer_getoverrun timer_gettime timer_settime timespec_getres tss_create tss_delete tss_get tss_set",
      "GLIBC_2.35": "__memcmpeq _dl_find_object epoll_pwait2 posix_spawn_file_actions_addtcsetpgrp_np",
      "GLIBC_2.36": "arc4random arc4random_buf arc4random_uniform c8rtomb fsconfig fsmount fsopen fspick mbrtoc8 mount_setattr move_mount open_tree pidfd_getfd pidfd_open pidfd_send_signal process_madvise process_mrelease",
      "GLIBC_2.38": "__isoc23_fscanf __isoc23_fwscanf __isoc23_scanf __isoc23_sscanf __isoc23_strtoimax __isoc23_strtol __isoc23_strtol_l __isoc23_strtoll __isoc23_strtoll_l __isoc23_strtoul __isoc23_strtoul_l __isoc23_strtoull __isoc23_strtoull_l __isoc23_strtoumax __isoc23_swscanf __isoc23_vfscanf __isoc23_vfwscanf __isoc23_vscanf __isoc23_vsscanf __isoc23_vswscanf __isoc23_vwscanf __isoc23_wcstoimax __isoc23_wcstol __isoc23_wcstol_l __isoc23_wcstoll __isoc23_wcstoll_l __isoc23_wcstoul __isoc23_wcstoul_l __isoc23_wcstoull __isoc23_wcstoull_l __isoc23_wcstoumax __isoc23_wscanf __strlcat_chk __strlcpy_chk __wcslcat_chk __wcslcpy_chk strlcat strlcpy wcslcat wcslcpy",
      "GLIBC_2.39": "pidfd_getpid pidfd_spawn pidfd_spawnp posix_spawnattr_getcgroup_np posix_spawnattr_setcgroup_np stdc_bit_ceil_uc stdc_bit_ceil_ui stdc_bit_ceil_ul stdc_bit_ceil_ull stdc_bit_ceil_us stdc_bit_floor_uc stdc_bit_floor_ui stdc_bit_floor_ul stdc_bit_floor_ull stdc_bit_floor_us stdc_bit_width_uc stdc_bit_width_ui stdc_bit_width_ul stdc_bit_width_ull stdc_bit_width_us stdc_count_ones_uc stdc_count_ones_ui stdc_count_ones_ul stdc_count_ones_ull stdc_count_ones_us stdc_count_zeros_uc stdc_count_zeros_ui stdc_count_zeros_ul stdc_count_zeros_ull stdc_count_zeros_us stdc_first_leading_one_uc stdc_first_leading_one_ui stdc_first_leading_one_ul stdc_first_leading_one_ull stdc_first_leading_one_us stdc_first_leading_zero_uc stdc_first_leading_zero_ui stdc_first_leading_zero_ul stdc_first_leading_zero_ull stdc_first_leading_zero_us stdc_first_trailing_one_uc stdc_first_trailing_one_ui stdc_first_trailing_one_ul stdc_first_trailing_one_ull stdc_first_trailing_one_us stdc_first_trailing_zero_uc stdc_first_trailing_zero_ui stdc_first_trailing_zero_ul stdc_first_trailing_zero_ull stdc_first_trailing_zero_us stdc_has_single_bit_uc stdc_has_single_bit_ui stdc_has_single_bit_ul stdc_has_single_bit_ull stdc_has_single_bit_us stdc_leading_ones_uc stdc_leading_ones_ui stdc_leading_ones_ul stdc_leading_ones_ull stdc_leading_ones_us stdc_leading_zeros_uc stdc_leading_zeros_ui stdc_leading_zeros_ul stdc_leading_zeros_ull stdc_leading_zeros_us stdc_trailing_ones_uc stdc_trailing_ones_ui stdc_trailing_ones_ul stdc_trailing_ones_ull stdc_trailing_ones_us stdc_trailing_zeros_uc stdc_trailing_zeros_ui stdc_trailing_zeros_ul stdc_trailing_zeros_ull stdc_trailing_zeros_us",
      "GLIBC_2.4": "__confstr_chk __fgets_chk __fgets_unlocked_chk __fgetws_chk __fgetws_unlocked_chk __fwprintf_chk __fxstatat __fxstatat64 __getcwd_chk __getdomainname_chk __getgroups_chk __gethostname_chk __getlogin_r_chk __getwd_chk __mbsnrtowcs_chk __mbsrtowcs_chk __mbstowcs_chk __pread64_chk __pread_chk __ptsname_r_chk __read_chk __readlink_chk __realpath_chk __recv_chk __recvfrom_chk __stack_chk_fail __stpncpy_chk __swprintf_chk __syslog_chk __ttyname_r_chk __vfwprintf_chk __vswprintf_chk __vsyslog_chk __vwprintf_chk __wcpcpy_chk __wcpncpy_chk __wcrtomb_chk __wcscat_chk __wcscpy_chk __wcsncat_chk __wcsncpy_chk __wcsnrtombs_chk __wcsrtombs_chk __wcstombs_chk __wctomb_chk __wmemcpy_chk __wmemmove_chk __wmempcpy_chk __wmemset_chk __wprintf_chk __xmknodat _sys_errlist _sys_nerr eaccess faccessat fchmodat fchownat fdopendir futimesat inotify_add_watch inotify_init inotify_rm_watch linkat lio_listio lio_listio64 mkdirat mkfifoat open_wmemstream openat openat64 ppoll pthread_mutex_consistent_np pthread_mutex_getprioceiling pthread_mutex_setprioceiling pthread_mutexattr_getprioceiling pthread_mutexattr_getprotocol pthread_mutexattr_getrobust_np pthread_mutexattr_setprioceiling pthread_mutexattr_setprotocol pthread_mutexattr_setrobust_np readlinkat renameat symlinkat sys_errlist sys_nerr unlinkat unshare",
      "GLIBC_2.41": "sched_getattr sched_setattr",
      "GLIBC_2.5": "__readlinkat_chk inet6_opt_append inet6_opt_find inet6_opt_finish inet6_opt_get_val inet6_opt_init inet6_opt_next inet6_opt_set_val inet6_rth_add inet6_rth_getaddr inet6_rth_init inet6_rth_reverse inet6_rth_segments inet6_rth_space splice tee vmsplice",
      "GLIBC_2.6": "__sched_cpucount epoll_pwait futimens sched_getcpu strerror_l sync_file_range utimensat",
      "GLIBC_2.7": "__fread_chk __fread_unlocked_chk __isoc99_fscanf __isoc99_fwscanf __isoc99_scanf __isoc99_sscanf __isoc99_swscanf __isoc99_vfscanf __isoc99_vfwscanf __isoc99_vscanf __isoc99_vsscanf __isoc99_vswscanf __isoc99_vwscanf __isoc99_wscanf __mq_open_2 __open64_2 __open_2 __openat64_2 __openat_2 __sched_cpualloc __sched_cpufree eventfd eventfd_read eventfd_write mkostemp mkostemp64 signalfd",
      "GLIBC_2.8": "__asprintf_chk __dprintf_chk __obstack_printf_chk __obstack_vprintf_chk __vasprintf_chk __vdprintf_chk qsort_r timerfd_create timerfd_gettime timerfd_settime",
      "GLIBC_2.9": "dup3 epoll_create1 inotify_init1 ns_name_compress ns_name_ntop ns_name_pack ns_name_pton ns_name_skip ns_name_uncompress ns_name_unpack pipe2",
      GLIBC_PRIVATE: "_IO_enable_locks __abort_msg __call_tls_dtors __clock_gettime __close_nocancel __copy_grp __ctype_init __file_change_detection_for_fp __file_change_detection_for_path __file_change_detection_for_stat __file_is_unchanged __fortify_fail __fseeko64 __fstat64 __ftello64 __gai_sigqueue __gconv_create_spec __gconv_destroy_spec __gconv_get_alias_db __gconv_get_cache __gconv_get_modules_db __gconv_open __gconv_transliterate __getrlimit __h_errno __idna_from_dns_encoding __idna_to_dns_encoding __inet6_scopeid_pton __inet_aton_exact __inet_pton_length __internal_endnetgrent __internal_getnetgrent_r __internal_setnetgrent __libc_alloc_buffer_alloc_array __libc_alloc_buffer_allocate __libc_alloc_buffer_copy_bytes __libc_alloc_buffer_copy_string __libc_alloc_buffer_create_failure __libc_alloca_cutoff __libc_allocate_once_slow __libc_allocate_rtsig_private __libc_clntudp_bufcreate __libc_current_sigrtmax_private __libc_current_sigrtmin_private __libc_dlclose __libc_dlerror_result __libc_dlopen_mode __libc_dlsym __libc_dlvsym __libc_dn_expand __libc_dn_skipname __libc_dynarray_at_failure __libc_dynarray_emplace_enlarge __libc_dynarray_finalize __libc_dynarray_resize __libc_dynarray_resize_clear __libc_early_init __libc_fatal __libc_fcntl64 __libc_fork __libc_ifunc_impl_list __libc_longjmp __libc_msgrcv __libc_msgsnd __libc_ns_makecanon __libc_ns_samename __libc_pread __libc_pthread_init __libc_pwrite __libc_readline_unlocked __libc_reallocarray __libc_res_dnok __libc_res_hnok __libc_res_nameinquery __libc_res_queriesmatch __libc_rpc_getport __libc_scratch_buffer_dupfree __libc_scratch_buffer_grow __libc_scratch_buffer_grow_preserve __libc_scratch_buffer_set_array_size __libc_secure_getenv __libc_sigaction __libc_siglongjmp __libc_system __libc_thread_freeres __libc_unwind_link_get __lll_lock_wait_private __lll_lock_wake_private __madvise __merge_grp __mktemp __mmap __mprotect __munmap __netlink_assert_response __nptl_create_event __nptl_death_event __nptl_last_event __nptl_nthreads __nptl_rtld_global __nptl_threads_events __nptl_version __ns_name_compress __ns_name_ntop __ns_name_pack __ns_name_pton __ns_name_skip __ns_name_uncompress __ns_name_unpack __nss_database_get __nss_database_lookup2 __nss_disable_nscd __nss_files_data_endent __nss_files_data_open __nss_files_data_put __nss_files_data_setent __nss_files_fopen __nss_group_lookup2 __nss_hash __nss_hosts_lookup2 __nss_lookup __nss_lookup_function __nss_next2 __nss_parse_line_result __nss_passwd_lookup2 __nss_readline __nss_services_lookup2 __open64_nocancel __open_catalog __open_nocancel __pread64_nocancel __pthread_get_minstack __pthread_keys __read_nocancel __recv __res_context_hostalias __res_context_mkquery __res_context_query __res_context_search __res_context_send __res_get_nsaddr __res_iclose __res_nopt __resolv_context_get __resolv_context_get_override __resolv_context_get_preinit __resolv_context_put __resp __sendmmsg __shm_get_name __sigtimedwait __snprintf __socket __strtod_nan __strtof128_nan __strtof_nan __strtold_nan __tdelete __tfind __tsearch __twalk __twalk_r __write_nocancel _dl_addr _dl_catch_error _dl_catch_exception _dl_open_hook _dl_open_hook2 _dl_signal_error _dl_signal_exception _dl_sym _dl_vsym _itoa_lower_digits _nss_dns_getcanonname_r _nss_dns_gethostbyaddr2_r _nss_dns_gethostbyaddr_r _nss_dns_gethostbyname2_r _nss_dns_gethostbyname3_r _nss_dns_gethostbyname4_r _nss_dns_gethostbyname_r _nss_dns_getnetbyaddr_r _nss_dns_getnetbyname_r _nss_files_endaliasent _nss_files_endetherent _nss_files_endgrent _nss_files_endhostent _nss_files_endnetent _nss_files_endnetgrent _nss_files_endprotoent _nss_files_endpwent _nss_files_endrpcent _nss_files_endservent _nss_files_endsgent _nss_files_endspent _nss_files_getaliasbyname_r _nss_files_getaliasent_r _nss_files_getetherent_r _nss_files_getgrent_r _nss_files_getgrgid_r _nss_files_getgrnam_r _nss_files_gethostbyaddr_r _nss_files_gethostbyname2_r _nss_files_gethostbyname3_r _nss_files_gethostbyname4_r _nss_files_gethostbyname_r _nss_files_gethostent_r _nss_files_gethostton_r _nss_files_getnetbyaddr_r _nss_files_getnetbyname_r _nss_files_getnetent_r _nss_files_getnetgrent_r _nss_files_getntohost_r _nss_files_getprotobyname_r _nss_files_getprotobynumber_r _nss_files_getprotoent_r _nss_files_getpwent_r _nss_files_getpwnam_r _nss_files_getpwuid_r _nss_files_getrpcbyname_r _nss_files_getrpcbynumber_r _nss_files_getrpcent_r _nss_files_getservbyname_r _nss_files_getservbyport_r _nss_files_getservent_r _nss_files_getsgent_r _nss_files_getsgnam_r _nss_files_getspent_r _nss_files_getspnam_r _nss_files_init _nss_files_initgroups_dyn _nss_files_parse_etherent _nss_files_parse_grent _nss_files_parse_netent _nss_files_parse_protoent _nss_files_parse_pwent _nss_files_parse_rpcent _nss_files_parse_servent _nss_files_parse_sgent _nss_files_parse_spent _nss_files_setaliasent _nss_files_setetherent _nss_files_setgrent _nss_files_sethostent _nss_files_setnetent _nss_files_setnetgrent _nss_files_setprotoent _nss_files_setpwent _nss_files_setrpcent _nss_files_setservent _nss_files_setsgent _nss_files_setspent _nss_netgroup_parseline _thread_db___nptl_last_event _thread_db___nptl_nthreads _thread_db___nptl_rtld_global _thread_db___pthread_keys _thread_db_const_thread_area _thread_db_dtv_dtv _thread_db_dtv_slotinfo_gen _thread_db_dtv_slotinfo_list_len _thread_db_dtv_slotinfo_list_next _thread_db_dtv_slotinfo_list_slotinfo _thread_db_dtv_slotinfo_map _thread_db_dtv_t_counter _thread_db_dtv_t_pointer_val _thread_db_link_map_l_tls_modid _thread_db_link_map_l_tls_offset _thread_db_list_t_next _thread_db_list_t_prev _thread_db_pthread_cancelhandling _thread_db_pthread_dtvp _thread_db_pthread_eventbuf _thread_db_pthread_eventbuf_eventmask _thread_db_pthread_eventbuf_eventmask_event_bits _thread_db_pthread_key_data_data _thread_db_pthread_key_data_level2_data _thread_db_pthread_key_data_seq _thread_db_pthread_key_struct_destr _thread_db_pthread_key_struct_seq _thread_db_pthread_list _thread_db_pthread_nextevent _thread_db_pthread_report_events _thread_db_pthread_schedparam_sched_priority _thread_db_pthread_schedpolicy _thread_db_pthread_specific _thread_db_pthread_start_routine _thread_db_pthread_tid _thread_db_rtld_global__dl_stack_used _thread_db_rtld_global__dl_stack_user _thread_db_rtld_global__dl_tls_dtv_slotinfo_list _thread_db_sizeof_dtv_slotinfo _thread_db_sizeof_dtv_slotinfo_list _thread_db_sizeof_list_t _thread_db_sizeof_pthread _thread_db_sizeof_pthread_key_data _thread_db_sizeof_pthread_key_data_level2 _thread_db_sizeof_pthread_key_struct _thread_db_sizeof_td_eventbuf_t _thread_db_sizeof_td_thr_events_t _thread_db_td_eventbuf_t_eventdata _thread_db_td_eventbuf_t_eventnum _thread_db_td_thr_events_t_event_bits errno"
    },
    "libdl.so.2": {
      "": "GLIBC_2.2.5 GLIBC_2.3.3 GLIBC_2.3.4 GLIBC_PRIVATE",
      "GLIBC_2.2.5": "__libdl_version_placeholder dladdr dlclose dlerror dlopen dlsym dlvsym",
      "GLIBC_2.3.3": "__libdl_version_placeholder dladdr1 dlinfo",
      "GLIBC_2.3.4": "__libdl_version_placeholder dlmopen",
      GLIBC_PRIVATE: "__libdl_freeres _dlfcn_hook"
    },
    "libgcc_s.so.1": {
      "": "GCC_12.0.0 GCC_13.0.0 GCC_14.0.0 GCC_3.0 GCC_3.3 GCC_3.3.1 GCC_3.4 GCC_3.4.2 GCC_3.4.4 GCC_4.0.0 GCC_4.2.0 GCC_4.3.0 GCC_4.7.0 GCC_4.8.0 GCC_7.0.0",
      "GCC_12.0.0": "__divhc3 __eqhf2 __extendhfdf2 __extendhfsf2 __extendhftf2 __extendhfxf2 __fixhfti __fixunshfti __floattihf __floatuntihf __mulhc3 __nehf2 __truncdfhf2 __truncsfhf2 __trunctfhf2 __truncxfhf2",
      "GCC_13.0.0": "__extendbfsf2 __floattibf __floatuntibf __truncdfbf2 __trunchfbf2 __truncsfbf2 __trunctfbf2 __truncxfbf2",
      "GCC_14.0.0": "__divmodbitint4 __fixdfbitint __fixsfbitint __fixtfbitint __fixxfbitint __floatbitintbf __floatbitintdf __floatbitinthf __floatbitintsf __floatbitinttf __floatbitintxf __gcc_nested_func_ptr_created __gcc_nested_func_ptr_deleted __hardcfr_check __mulbitint3 __strub_enter __strub_leave __strub_update",
      "GCC_3.0": "_Unwind_DeleteException _Unwind_Find_FDE _Unwind_ForcedUnwind _Unwind_GetDataRelBase _Unwind_GetGR _Unwind_GetIP _Unwind_GetLanguageSpecificData _Unwind_GetRegionStart _Unwind_GetTextRelBase _Unwind_RaiseException _Unwind_Resume _Unwind_SetGR _Unwind_SetIP __absvdi2 __absvsi2 __addvdi3 __addvsi3 __ashlti3 __ashrti3 __clear_cache __cmpti2 __deregister_frame __deregister_frame_info __deregister_frame_info_bases __divti3 __extendsfdf2 __ffsdi2 __ffsti2 __fixdfti __fixsfti __fixunsdfdi __fixunsdfti __fixunssfdi __fixunssfti __fixunsxfdi __fixunsxfti __fixxfti __floattidf __floattisf __floattixf __gttf2 __lshrti3 __lttf2 __modti3 __multi3 __mulvdi3 __mulvsi3 __negti2 __negvdi2 __negvsi2 __netf2 __register_frame __register_frame_info __register_frame_info_bases __register_frame_info_table __register_frame_info_table_bases __register_frame_table __subvdi3 __subvsi3 __truncdfsf2 __ucmpti2 __udivmodti4 __udivti3 __umodti3",
      "GCC_3.3": "_Unwind_Backtrace _Unwind_FindEnclosingFunction _Unwind_GetCFA _Unwind_Resume_or_Rethrow",
      "GCC_3.3.1": "__gcc_personality_v0",
      "GCC_3.4": "__clzdi2 __clzti2 __ctzdi2 __ctzti2 __paritydi2 __parityti2 __popcountdi2 __popcountti2",
      "GCC_3.4.2": "__enable_execute_stack",
      "GCC_3.4.4": "__absvti2 __addvti3 __mulvti3 __negvti2 __subvti3",
      "GCC_4.0.0": "__divdc3 __divsc3 __divtc3 __divxc3 __muldc3 __mulsc3 __multc3 __mulxc3 __powidf2 __powisf2 __powitf2 __powixf2",
      "GCC_4.2.0": "_Unwind_GetIPInfo __floatuntidf __floatuntisf __floatuntixf",
      "GCC_4.3.0": "__addtf3 __bswapdi2 __bswapsi2 __divtc3 __divtf3 __emutls_get_address __emutls_register_common __eqtf2 __extenddftf2 __extendsftf2 __extendxftf2 __fixtfdi __fixtfsi __fixtfti __fixunstfdi __fixunstfsi __fixunstfti __floatditf __floatsitf __floattitf __floatunditf __floatunsitf __floatuntitf __getf2 __gttf2 __letf2 __lttf2 __multc3 __multf3 __negtf2 __netf2 __powitf2 __subtf3 __trunctfdf2 __trunctfsf2 __trunctfxf2 __unordtf2",
      "GCC_4.7.0": "__clrsbdi2 __clrsbti2",
      "GCC_4.8.0": "__cpu_indicator_init __cpu_model",
      "GCC_7.0.0": "__divmodti4"
    },
    "libm.so.6": {
      "": "GLIBC_2.15 GLIBC_2.18 GLIBC_2.2.5 GLIBC_2.23 GLIBC_2.24 GLIBC_2.25 GLIBC_2.26 GLIBC_2.27 GLIBC_2.28 GLIBC_2.29 GLIBC_2.31 GLIBC_2.32 GLIBC_2.35 GLIBC_2.38 GLIBC_2.39 GLIBC_2.4 GLIBC_2.40 GLIBC_2.41",
      "GLIBC_2.15": "__acos_finite __acosf_finite __acosh_finite __acoshf_finite __acoshl_finite __acosl_finite __asin_finite __asinf_finite __asinl_finite __atan2_finite __atan2f_finite __atan2l_finite __atanh_finite __atanhf_finite __atanhl_finite __cosh_finite __coshf_finite __coshl_finite __exp10_finite __exp10f_finite __exp10l_finite __exp2_finite __exp2f_finite __exp2l_finite __exp_finite __expf_finite __expl_finite __fmod_finite __fmodf_finite __fmodl_finite __gamma_r_finite __gammaf_r_finite __gammal_r_finite __hypot_finite __hypotf_finite __hypotl_finite __j0_finite __j0f_finite __j0l_finite __j1_finite __j1f_finite __j1l_finite __jn_finite __jnf_finite __jnl_finite __lgamma_r_finite __lgammaf_r_finite __lgammal_r_finite __log10_finite __log10f_finite __log10l_finite __log2_finite __log2f_finite __log2l_finite __log_finite __logf_finite __logl_finite __pow_finite __powf_finite __powl_finite __remainder_finite __remainderf_finite __remainderl_finite __scalb_finite __scalbf_finite __scalbl_finite __sinh_finite __sinhf_finite __sinhl_finite __sqrt_finite __sqrtf_finite __sqrtl_finite __y0_finite __y0f_finite __y0l_finite __y1_finite __y1f_finite __y1l_finite __yn_finite __ynf_finite __ynl_finite",
      "GLIBC_2.18": "__issignaling __issignalingf __issignalingl",
      "GLIBC_2.2.5": "_LIB_VERSION __clog10 __clog10f __clog10l __finite __finitef __finitel __fpclassify __fpclassifyf __fpclassifyl __signbit __signbitf __signbitl acos acosf acosh acoshf acoshl acosl asin asinf asinh asinhf asinhl asinl atan atan2 atan2f atan2l atanf atanh atanhf atanhl atanl cabs cabsf cabsl cacos cacosf cacosh cacoshf cacoshl cacosl carg cargf cargl casin casinf casinh casinhf casinhl casinl catan catanf catanh catanhf catanhl catanl cbrt cbrtf cbrtl ccos ccosf ccosh ccoshf ccoshl ccosl ceil ceilf ceill cexp cexpf cexpl cimag cimagf cimagl clog clog10 clog10f clog10l clogf clogl conj conjf conjl copysign copysignf copysignl cos cosf cosh coshf coshl cosl cpow cpowf cpowl cproj cprojf cprojl creal crealf creall csin csinf csinh csinhf csinhl csinl csqrt csqrtf csqrtl ctan ctanf ctanh ctanhf ctanhl ctanl drem dremf dreml erf erfc erfcf erfcl erff erfl exp exp10 exp10f exp10l exp2 exp2f exp2l expf expl expm1 expm1f expm1l fabs fabsf fabsl fdim fdimf fdiml feclearexcept fedisableexcept feenableexcept fegetenv fegetexcept fegetexceptflag fegetround feholdexcept feraiseexcept fesetenv fesetexceptflag fesetround fetestexcept feupdateenv finite finitef finitel floor floorf floorl fma fmaf fmal fmax fmaxf fmaxl fmin fminf fminl fmod fmodf fmodl frexp frexpf frexpl gamma gammaf gammal hypot hypotf hypotl ilogb ilogbf ilogbl j0 j0f j0l j1 j1f j1l jn jnf jnl ldexp ldexpf ldexpl lgamma lgamma_r lgammaf lgammaf_r lgammal lgammal_r llrint llrintf llrintl llround llroundf llroundl log log10 log10f log10l log1p log1pf log1pl log2 log2f log2l logb logbf logbl logf logl lrint lrintf lrintl lround lroundf lroundl matherr modf modff modfl nan nanf nanl nearbyint nearbyintf nearbyintl nextafter nextafterf nextafterl nexttoward nexttowardf nexttowardl pow pow10 pow10f pow10l powf powl remainder remainderf remainderl remquo remquof remquol rint rintf rintl round roundf roundl scalb scalbf scalbl scalbln scalblnf scalblnl scalbn scalbnf scalbnl signgam significand significandf significandl sin sincos sincosf sincosl sinf sinh sinhf sinhl sinl sqrt sqrtf sqrtl tan tanf tanh tanhf tanhl tanl tgamma tgammaf tgammal trunc truncf truncl y0 y0f y0l y1 y1f y1l yn ynf ynl",
      "GLIBC_2.23": "__signgam lgamma lgammaf lgammal",
      "GLIBC_2.24": "nextdown nextdownf nextdownl nextup nextupf nextupl",
      "GLIBC_2.25": "__iscanonicall __iseqsig __iseqsigf __iseqsigl canonicalize canonicalizef canonicalizel fegetmode fesetexcept fesetmode fetestexceptflag fmaxmag fmaxmagf fmaxmagl fminmag fminmagf fminmagl fromfp fromfpf fromfpl fromfpx fromfpxf fromfpxl getpayload getpayloadf getpayloadl llogb llogbf llogbl roundeven roundevenf roundevenl setpayload setpayloadf setpayloadl setpayloadsig setpayloadsigf setpayloadsigl totalorder totalorderf totalorderl totalordermag totalordermagf totalordermagl ufromfp ufromfpf ufromfpl ufromfpx ufromfpxf ufromfpxl",
      "GLIBC_2.26": "__acosf128_finite __acoshf128_finite __asinf128_finite __atan2f128_finite __atanhf128_finite __coshf128_finite __exp10f128_finite __exp2f128_finite __expf128_finite __finitef128 __fmodf128_finite __fpclassifyf128 __gammaf128_r_finite __hypotf128_finite __iseqsigf128 __isinff128 __isnanf128 __issignalingf128 __j0f128_finite __j1f128_finite __jnf128_finite __lgammaf128_r_finite __log10f128_finite __log2f128_finite __logf128_finite __powf128_finite __remainderf128_finite __signbitf128 __sinhf128_finite __sqrtf128_finite __y0f128_finite __y1f128_finite __ynf128_finite acosf128 acoshf128 asinf128 asinhf128 atan2f128 atanf128 atanhf128 cabsf128 cacosf128 cacoshf128 canonicalizef128 cargf128 casinf128 casinhf128 catanf128 catanhf128 cbrtf128 ccosf128 ccoshf128 ceilf128 cexpf128 cimagf128 clog10f128 clogf128 conjf128 copysignf128 cosf128 coshf128 cpowf128 cprojf128 crealf128 csinf128 csinhf128 csqrtf128 ctanf128 ctanhf128 erfcf128 erff128 exp10f128 exp2f128 expf128 expm1f128 fabsf128 fdimf128 floorf128 fmaf128 fmaxf128 fmaxmagf128 fminf128 fminmagf128 fmodf128 frexpf128 fromfpf128 fromfpxf128 getpayloadf128 hypotf128 ilogbf128 j0f128 j1f128 jnf128 ldexpf128 lgammaf128 lgammaf128_r llogbf128 llrintf128 llroundf128 log10f128 log1pf128 log2f128 logbf128 logf128 lrintf128 lroundf128 modff128 nanf128 nearbyintf128 nextafterf128 nextdownf128 nextupf128 powf128 remainderf128 remquof128 rintf128 roundevenf128 roundf128 scalblnf128 scalbnf128 setpayloadf128 setpayloadsigf128 sincosf128 sinf128 sinhf128 sqrtf128 tanf128 tanhf128 tgammaf128 totalorderf128 totalordermagf128 truncf128 ufromfpf128 ufromfpxf128 y0f128 y1f128 ynf128",
      "GLIBC_2.27": "acosf32 acosf32x acosf64 acosf64x acoshf32 acoshf32x acoshf64 acoshf64x asinf32 asinf32x asinf64 asinf64x asinhf32 asinhf32x asinhf64 asinhf64x atan2f32 atan2f32x atan2f64 atan2f64x atanf32 atanf32x atanf64 atanf64x atanhf32 atanhf32x atanhf64 atanhf64x cabsf32 cabsf32x cabsf64 cabsf64x cacosf32 cacosf32x cacosf64 cacosf64x cacoshf32 cacoshf32x cacoshf64 cacoshf64x canonicalizef32 canonicalizef32x canonicalizef64 canonicalizef64x cargf32 cargf32x cargf64 cargf64x casinf32 casinf32x casinf64 casinf64x casinhf32 casinhf32x casinhf64 casinhf64x catanf32 catanf32x catanf64 catanf64x catanhf32 catanhf32x catanhf64 catanhf64x cbrtf32 cbrtf32x cbrtf64 cbrtf64x ccosf32 ccosf32x ccosf64 ccosf64x ccoshf32 ccoshf32x ccoshf64 ccoshf64x ceilf32 ceilf32x ceilf64 ceilf64x cexpf32 cexpf32x cexpf64 cexpf64x cimagf32 cimagf32x cimagf64 cimagf64x clog10f32 clog10f32x clog10f64 clog10f64x clogf32 clogf32x clogf64 clogf64x conjf32 conjf32x conjf64 conjf64x copysignf32 copysignf32x copysignf64 copysignf64x cosf32 cosf32x cosf64 cosf64x coshf32 coshf32x coshf64 coshf64x cpowf32 cpowf32x cpowf64 cpowf64x cprojf32 cprojf32x cprojf64 cprojf64x crealf32 crealf32x crealf64 crealf64x csinf32 csinf32x csinf64 csinf64x csinhf32 csinhf32x csinhf64 csinhf64x csqrtf32 csqrtf32x csqrtf64 csqrtf64x ctanf32 ctanf32x ctanf64 ctanf64x ctanhf32 ctanhf32x ctanhf64 ctanhf64x erfcf32 erfcf32x erfcf64 erfcf64x erff32 erff32x erff64 erff64x exp10f32 exp10f32x exp10f64 exp10f64x exp2f exp2f32 exp2f32x exp2f64 exp2f64x expf expf32 expf32x expf64 expf64x expm1f32 expm1f32x expm1f64 expm1f64x fabsf32 fabsf32x fabsf64 fabsf64x fdimf32 fdimf32x fdimf64 fdimf64x floorf32 floorf32x floorf64 floorf64x fmaf32 fmaf32x fmaf64 fmaf64x fmaxf32 fmaxf32x fmaxf64 fmaxf64x fmaxmagf32 fmaxmagf32x fmaxmagf64 fmaxmagf64x fminf32 fminf32x fminf64 fminf64x fminmagf32 fminmagf32x fminmagf64 fminmagf64x fmodf32 fmodf32x fmodf64 fmodf64x frexpf32 frexpf32x frexpf64 frexpf64x fromfpf32 fromfpf32x fromfpf64 fromfpf64x fromfpxf32 fromfpxf32x fromfpxf64 fromfpxf64x getpayloadf32 getpayloadf32x getpayloadf64 getpayloadf64x hypotf32 hypotf32x hypotf64 hypotf64x ilogbf32 ilogbf32x ilogbf64 ilogbf64x j0f32 j0f32x j0f64 j0f64x j1f32 j1f32x j1f64 j1f64x jnf32 jnf32x jnf64 jnf64x ldexpf32 ldexpf32x ldexpf64 ldexpf64x lgammaf32 lgammaf32_r lgammaf32x lgammaf32x_r lgammaf64 lgammaf64_r lgammaf64x lgammaf64x_r llogbf32 llogbf32x llogbf64 llogbf64x llrintf32 llrintf32x llrintf64 llrintf64x llroundf32 llroundf32x llroundf64 llroundf64x log10f32 log10f32x log10f64 log10f64x log1pf32 log1pf32x log1pf64 log1pf64x log2f log2f32 log2f32x log2f64 log2f64x logbf32 logbf32x logbf64 logbf64x logf logf32 logf32x logf64 logf64x lrintf32 lrintf32x lrintf64 lrintf64x lroundf32 lroundf32x lroundf64 lroundf64x modff32 modff32x modff64 modff64x nanf32 nanf32x nanf64 nanf64x nearbyintf32 nearbyintf32x nearbyintf64 nearbyintf64x nextafterf32 nextafterf32x nextafterf64 nextafterf64x nextdownf32 nextdownf32x nextdownf64 nextdownf64x nextupf32 nextupf32x nextupf64 nextupf64x powf powf32 powf32x powf64 powf64x remainderf32 remainderf32x remainderf64 remainderf64x remquof32 remquof32x remquof64 remquof64x rintf32 rintf32x rintf64 rintf64x roundevenf32 roundevenf32x roundevenf64 roundevenf64x roundf32 roundf32x roundf64 roundf64x scalblnf32 scalblnf32x scalblnf64 scalblnf64x scalbnf32 scalbnf32x scalbnf64 scalbnf64x setpayloadf32 setpayloadf32x setpayloadf64 setpayloadf64x setpayloadsigf32 setpayloadsigf32x setpayloadsigf64 setpayloadsigf64x sincosf32 sincosf32x sincosf64 sincosf64x sinf32 sinf32x sinf64 sinf64x sinhf32 sinhf32x sinhf64 sinhf64x sqrtf32 sqrtf32x sqrtf64 sqrtf64x tanf32 tanf32x tanf64 tanf64x tanhf32 tanhf32x tanhf64 tanhf64x tgammaf32 tgammaf32x tgammaf64 tgammaf64x totalorderf32 totalorderf32x totalorderf64 totalorderf64x totalordermagf32 totalordermagf32x totalordermagf64 totalordermagf64x truncf32 truncf32x truncf64 truncf64x ufromfpf32 ufromfpf32x ufromfpf64 ufromfpf64x ufromfpxf32 ufromfpxf32x ufromfpxf64 ufromfpxf64x y0f32 y0f32x y0f64 y0f64x y1f32 y1f32x y1f64 y1f64x ynf32 ynf32x ynf64 ynf64x",
      "GLIBC_2.28": "daddl ddivl dmull dsubl f32addf128 f32addf32x f32addf64 f32addf64x f32divf128 f32divf32x f32divf64 f32divf64x f32mulf128 f32mulf32x f32mulf64 f32mulf64x f32subf128 f32subf32x f32subf64 f32subf64x f32xaddf128 f32xaddf64 f32xaddf64x f32xdivf128 f32xdivf64 f32xdivf64x f32xmulf128 f32xmulf64 f32xmulf64x f32xsubf128 f32xsubf64 f32xsubf64x f64addf128 f64addf64x f64divf128 f64divf64x f64mulf128 f64mulf64x f64subf128 f64subf64x f64xaddf128 f64xdivf128 f64xmulf128 f64xsubf128 fadd faddl fdiv fdivl fmul fmull fsub fsubl",
      "GLIBC_2.29": "exp exp2 log log2 pow",
      "GLIBC_2.31": "totalorder totalorderf totalorderf128 totalorderf32 totalorderf32x totalorderf64 totalorderf64x totalorderl totalordermag totalordermagf totalordermagf128 totalordermagf32 totalordermagf32x totalordermagf64 totalordermagf64x totalordermagl",
      "GLIBC_2.32": "exp10f",
      "GLIBC_2.35": "dfmal dsqrtl f32fmaf128 f32fmaf32x f32fmaf64 f32fmaf64x f32sqrtf128 f32sqrtf32x f32sqrtf64 f32sqrtf64x f32xfmaf128 f32xfmaf64 f32xfmaf64x f32xsqrtf128 f32xsqrtf64 f32xsqrtf64x f64fmaf128 f64fmaf64x f64sqrtf128 f64sqrtf64x f64xfmaf128 f64xsqrtf128 ffma ffmal fmaximum fmaximum_mag fmaximum_mag_num fmaximum_mag_numf fmaximum_mag_numf128 fmaximum_mag_numf32 fmaximum_mag_numf32x fmaximum_mag_numf64 fmaximum_mag_numf64x fmaximum_mag_numl fmaximum_magf fmaximum_magf128 fmaximum_magf32 fmaximum_magf32x fmaximum_magf64 fmaximum_magf64x fmaximum_magl fmaximum_num fmaximum_numf fmaximum_numf128 fmaximum_numf32 fmaximum_numf32x fmaximum_numf64 fmaximum_numf64x fmaximum_numl fmaximumf fmaximumf128 fmaximumf32 fmaximumf32x fmaximumf64 fmaximumf64x fmaximuml fminimum fminimum_mag fminimum_mag_num fminimum_mag_numf fminimum_mag_numf128 fminimum_mag_numf32 fminimum_mag_numf32x fminimum_mag_numf64 fminimum_mag_numf64x fminimum_mag_numl fminimum_magf fminimum_magf128 fminimum_magf32 fminimum_magf32x fminimum_magf64 fminimum_magf64x fminimum_magl fminimum_num fminimum_numf fminimum_numf128 fminimum_numf32 fminimum_numf32x fminimum_numf64 fminimum_numf64x fminimum_numl fminimumf fminimumf128 fminimumf32 fminimumf32x fminimumf64 fminimumf64x fminimuml fsqrt fsqrtl hypot hypotf",
      "GLIBC_2.38": "fmod fmodf",
      "GLIBC_2.39": "exp10",
      "GLIBC_2.40": "exp10m1 exp10m1f exp10m1f128 exp10m1f32 exp10m1f32x exp10m1f64 exp10m1f64x exp10m1l exp2m1 exp2m1f exp2m1f128 exp2m1f32 exp2m1f32x exp2m1f64 exp2m1f64x exp2m1l log10p1 log10p1f log10p1f128 log10p1f32 log10p1f32x log10p1f64 log10p1f64x log10p1l log2p1 log2p1f log2p1f128 log2p1f32 log2p1f32x log2p1f64 log2p1f64x log2p1l logp1 logp1f logp1f128 logp1f32 logp1f32x logp1f64 logp1f64x logp1l",
      "GLIBC_2.41": "acospi acospif acospif128 acospif32 acospif32x acospif64 acospif64x acospil asinpi asinpif asinpif128 asinpif32 asinpif32x asinpif64 asinpif64x asinpil atan2pi atan2pif atan2pif128 atan2pif32 atan2pif32x atan2pif64 atan2pif64x atan2pil atanpi atanpif atanpif128 atanpif32 atanpif32x atanpif64 atanpif64x atanpil cospi cospif cospif128 cospif32 cospif32x cospif64 cospif64x cospil sinpi sinpif sinpif128 sinpif32 sinpif32x sinpif64 sinpif64x sinpil tanpi tanpif tanpif128 tanpif32 tanpif32x tanpif64 tanpif64x tanpil"
    },
    "libpthread.so.0": {
      "": "GLIBC_2.11 GLIBC_2.12 GLIBC_2.18 GLIBC_2.2.5 GLIBC_2.2.6 GLIBC_2.28 GLIBC_2.3.2 GLIBC_2.3.3 GLIBC_2.3.4 GLIBC_2.30 GLIBC_2.31 GLIBC_2.4 GLIBC_PRIVATE",
      "GLIBC_2.11": "__libpthread_version_placeholder pthread_sigqueue",
      "GLIBC_2.12": "__libpthread_version_placeholder pthread_getname_np pthread_mutex_consistent pthread_mutexattr_getrobust pthread_mutexattr_setrobust pthread_setname_np",
      "GLIBC_2.18": "__libpthread_version_placeholder pthread_getattr_default_np pthread_setattr_default_np",
      "GLIBC_2.2.5": "_IO_flockfile _IO_ftrylockfile _IO_funlockfile __close __connect __errno_location __fcntl __fork __h_errno_location __libc_allocate_rtsig __libc_current_sigrtmax __libc_current_sigrtmin __libpthread_version_placeholder __lseek __open __open64 __pread64 __pthread_getspecific __pthread_key_create __pthread_mutex_destroy __pthread_mutex_init __pthread_mutex_lock __pthread_mutex_trylock __pthread_mutex_unlock __pthread_mutexattr_destroy __pthread_mutexattr_init __pthread_mutexattr_settype __pthread_once __pthread_rwlock_destroy __pthread_rwlock_init __pthread_rwlock_rdlock __pthread_rwlock_tryrdlock __pthread_rwlock_trywrlock __pthread_rwlock_unlock __pthread_rwlock_wrlock __pthread_setspecific __pwrite64 __read __res_state __send __sigaction __write _pthread_cleanup_pop _pthread_cleanup_pop_restore _pthread_cleanup_push _pthread_cleanup_push_defer accept close connect fcntl flockfile fork fsync ftrylockfile funlockfile longjmp lseek lseek64 msync open open64 pause pread pread64 pthread_atfork pthread_attr_getguardsize pthread_attr_getschedpolicy pthread_attr_getscope pthread_attr_getstack pthread_attr_getstackaddr pthread_attr_getstacksize pthread_attr_setguardsize pthread_attr_setschedpolicy pthread_attr_setscope pthread_attr_setstack pthread_attr_setstackaddr pthread_attr_setstacksize pthread_barrier_destroy pthread_barrier_init pthread_barrier_wait pthread_barrierattr_destroy pthread_barrierattr_init pthread_barrierattr_setpshared pthread_cancel pthread_cond_broadcast pthread_cond_destroy pthread_cond_init pthread_cond_signal pthread_cond_timedwait pthread_cond_wait pthread_condattr_destroy pthread_condattr_getpshared pthread_condattr_init pthread_condattr_setpshared pthread_create pthread_detach pthread_exit pthread_getattr_np pthread_getconcurrency pthread_getcpuclockid pthread_getschedparam pthread_getspecific pthread_join pthread_key_create pthread_key_delete pthread_kill pthread_kill_other_threads_np pthread_mutex_destroy pthread_mutex_init pthread_mutex_lock pthread_mutex_timedlock pthread_mutex_trylock pthread_mutex_unlock pthread_mutexattr_destroy pthread_mutexattr_getkind_np pthread_mutexattr_getpshared pthread_mutexattr_gettype pthread_mutexattr_init pthread_mutexattr_setkind_np pthread_mutexattr_setpshared pthread_mutexattr_settype pthread_once pthread_rwlock_destroy pthread_rwlock_init pthread_rwlock_rdlock pthread_rwlock_timedrdlock pthread_rwlock_timedwrlock pthread_rwlock_tryrdlock pthread_rwlock_trywrlock pthread_rwlock_unlock pthread_rwlock_wrlock pthread_rwlockattr_destroy pthread_rwlockattr_getkind_np pthread_rwlockattr_getpshared pthread_rwlockattr_init pthread_rwlockattr_setkind_np pthread_rwlockattr_setpshared pthread_setcancelstate pthread_setcanceltype pthread_setconcurrency pthread_setschedparam pthread_setspecific pthread_sigmask pthread_spin_destroy pthread_spin_init pthread_spin_lock pthread_spin_trylock pthread_spin_unlock pthread_testcancel pthread_yield pwrite pwrite64 raise read recv recvfrom recvmsg sem_close sem_destroy sem_getvalue sem_init sem_open sem_post sem_timedwait sem_trywait sem_unlink sem_wait send sendmsg sendto sigaction siglongjmp sigwait system tcdrain write",
      "GLIBC_2.2.6": "__libpthread_version_placeholder",
      "GLIBC_2.28": "__libpthread_version_placeholder call_once cnd_broadcast cnd_destroy cnd_init cnd_signal cnd_timedwait cnd_wait mtx_destroy mtx_init mtx_lock mtx_timedlock mtx_trylock mtx_unlock thrd_create thrd_detach thrd_exit thrd_join tss_create tss_delete tss_get tss_set",
      "GLIBC_2.3.2": "__libpthread_version_placeholder pthread_cond_broadcast pthread_cond_destroy pthread_cond_init pthread_cond_signal pthread_cond_timedwait pthread_cond_wait",
      "GLIBC_2.3.3": "__libpthread_version_placeholder __pthread_cleanup_routine __pthread_register_cancel __pthread_register_cancel_defer __pthread_unregister_cancel __pthread_unregister_cancel_restore __pthread_unwind_next pthread_attr_getaffinity_np pthread_attr_setaffinity_np pthread_barrierattr_getpshared pthread_condattr_getclock pthread_condattr_setclock pthread_getaffinity_np pthread_setaffinity_np pthread_timedjoin_np pthread_tryjoin_np",
      "GLIBC_2.3.4": "__libpthread_version_placeholder pthread_attr_getaffinity_np pthread_attr_setaffinity_np pthread_getaffinity_np pthread_setaffinity_np pthread_setschedprio",
      "GLIBC_2.30": "__libpthread_version_placeholder pthread_cond_clockwait pthread_mutex_clocklock pthread_rwlock_clockrdlock pthread_rwlock_clockwrlock sem_clockwait",
      "GLIBC_2.31": "__libpthread_version_placeholder pthread_clockjoin_np",
      "GLIBC_2.4": "__libpthread_version_placeholder pthread_mutex_consistent_np pthread_mutex_getprioceiling pthread_mutex_setprioceiling pthread_mutexattr_getprioceiling pthread_mutexattr_getprotocol pthread_mutexattr_getrobust_np pthread_mutexattr_setprioceiling pthread_mutexattr_setprotocol pthread_mutexattr_setrobust_np",
      GLIBC_PRIVATE: "__libpthread_freeres __pthread_barrier_init __pthread_barrier_wait __pthread_get_minstack __pthread_initialize_minimal __pthread_unwind __shm_directory"
    },
    "libresolv.so.2": {
      "": "GLIBC_2.2.5 GLIBC_2.3.2 GLIBC_2.9 GLIBC_PRIVATE",
      "GLIBC_2.2.5": "__b64_ntop __b64_pton __dn_comp __dn_count_labels __dn_expand __dn_skipname __fp_nquery __fp_query __fp_resstat __hostalias __loc_aton __loc_ntoa __p_cdname __p_cdnname __p_class __p_class_syms __p_fqname __p_fqnname __p_option __p_query __p_secstodate __p_time __p_type __p_type_syms __putlong __putshort __res_close __res_dnok __res_hnok __res_hostalias __res_isourserver __res_mailok __res_mkquery __res_nameinquery __res_nmkquery __res_nquery __res_nquerydomain __res_nsearch __res_nsend __res_ownok __res_queriesmatch __res_query __res_querydomain __res_search __res_send __sym_ntop __sym_ntos __sym_ston _gethtbyaddr _gethtbyname _gethtbyname2 _gethtent _getlong _getshort _res_opcodes _sethtent inet_net_ntop inet_net_pton inet_neta res_gethostbyaddr res_gethostbyname res_gethostbyname2 res_send_setqhook res_send_setrhook",
      "GLIBC_2.3.2": "__p_rcode",
      "GLIBC_2.9": "ns_datetosecs ns_format_ttl ns_get16 ns_get32 ns_initparse ns_makecanon ns_msg_getflag ns_name_compress ns_name_ntol ns_name_ntop ns_name_pack ns_name_pton ns_name_rollback ns_name_skip ns_name_uncompress ns_name_unpack ns_parse_ttl ns_parserr ns_put16 ns_put32 ns_samedomain ns_samename ns_skiprr ns_sprintrr ns_sprintrrf ns_subdomain",
      GLIBC_PRIVATE: "__ns_get16 __ns_get32 __ns_name_ntop __ns_name_unpack __res_context_hostalias __res_context_query __res_context_search"
    },
    "librt.so.1": {
      "": "GLIBC_2.2.5 GLIBC_2.3.3 GLIBC_2.3.4 GLIBC_2.4 GLIBC_2.7",
      "GLIBC_2.2.5": "__librt_version_placeholder aio_cancel aio_cancel64 aio_error aio_error64 aio_fsync aio_fsync64 aio_init aio_read aio_read64 aio_return aio_return64 aio_suspend aio_suspend64 aio_write aio_write64 lio_listio lio_listio64 shm_open shm_unlink timer_create timer_delete timer_getoverrun timer_gettime timer_settime",
      "GLIBC_2.3.3": "__librt_version_placeholder timer_create timer_delete timer_getoverrun timer_gettime timer_settime",
      "GLIBC_2.3.4": "__librt_version_placeholder mq_close mq_getattr mq_notify mq_open mq_receive mq_send mq_setattr mq_timedreceive mq_timedsend mq_unlink",
      "GLIBC_2.4": "__librt_version_placeholder lio_listio lio_listio64",
      "GLIBC_2.7": "__librt_version_placeholder __mq_open_2"
    },
    "libutil.so.1": {
      "": "GLIBC_2.2.5",
      "GLIBC_2.2.5": "__libutil_version_placeholder forkpty login login_tty logout logwtmp openpty"
    },
    "libz.so.1": {
      "": "ZLIB_1.2.0 ZLIB_1.2.0.2 ZLIB_1.2.0.8 ZLIB_1.2.12 ZLIB_1.2.2 ZLIB_1.2.2.3 ZLIB_1.2.2.4 ZLIB_1.2.3.3 ZLIB_1.2.3.4 ZLIB_1.2.3.5 ZLIB_1.2.5.1 ZLIB_1.2.5.2 ZLIB_1.2.7.1 ZLIB_1.2.9 adler32 compress compress2 crc32 deflate deflateCopy deflateEnd deflateInit2_ deflateInit_ deflateParams deflateReset deflateSetDictionary get_crc_table gzclose gzdopen gzeof gzerror gzflush gzgetc gzgets gzopen gzprintf gzputc gzputs gzread gzrewind gzseek gzsetparams gztell gzwrite inflate inflateEnd inflateInit2_ inflateInit_ inflateReset inflateSetDictionary inflateSync inflateSyncPoint uncompress zError zlibVersion",
      "ZLIB_1.2.0": "compressBound deflateBound inflateBack inflateBackEnd inflateBackInit_ inflateCopy",
      "ZLIB_1.2.0.2": "gzclearerr gzungetc zlibCompileFlags",
      "ZLIB_1.2.0.8": "deflatePrime",
      "ZLIB_1.2.12": "crc32_combine_gen crc32_combine_gen64 crc32_combine_op",
      "ZLIB_1.2.2": "adler32_combine crc32_combine deflateSetHeader inflateGetHeader",
      "ZLIB_1.2.2.3": "deflateTune gzdirect",
      "ZLIB_1.2.2.4": "inflatePrime",
      "ZLIB_1.2.3.3": "adler32_combine64 crc32_combine64 gzopen64 gzseek64 gztell64 inflateUndermine",
      "ZLIB_1.2.3.4": "inflateMark inflateReset2",
      "ZLIB_1.2.3.5": "gzbuffer gzclose_r gzclose_w gzoffset gzoffset64",
      "ZLIB_1.2.5.1": "deflatePending",
      "ZLIB_1.2.5.2": "deflateResetKeep gzgetc_ inflateResetKeep",
      "ZLIB_1.2.7.1": "gzvprintf inflateGetDictionary",
      "ZLIB_1.2.9": "adler32_z crc32_z deflateGetDictionary gzfread gzfwrite inflateCodesUsed inflateValidate uncompress2"
    }
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
      caveats: [],
      root: "debian:11"
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
      caveats: [],
      root: "debian:12"
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
      caveats: [],
      root: "debian:13"
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
    librariesFor: {
      description: "Set when only these sonames (and what they load) were looked up: libraries is complete for them; for any other soname its absence is unknown.",
      type: "array",
      items: { type: "string", minLength: 1, maxLength: 255 },
      maxItems: 2e4
    },
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
    if (data.librariesFor !== void 0) {
      let data29 = data.librariesFor;
      if (Array.isArray(data29)) {
        if (data29.length > 2e4) {
          const err82 = {
            instancePath: instancePath + "/librariesFor",
            schemaPath: "#/properties/librariesFor/maxItems",
            keyword: "maxItems",
            params: { limit: 2e4 },
            message: "must NOT have more than 20000 items"
          };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        const len8 = data29.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data30 = data29[i8];
          if (typeof data30 === "string") {
            if (data30.length > 255) {
              const err83 = {
                instancePath: instancePath + "/librariesFor/" + i8,
                schemaPath: "#/properties/librariesFor/items/maxLength",
                keyword: "maxLength",
                params: { limit: 255 },
                message: "must NOT have more than 255 characters"
              };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            if (data30.length < 1) {
              const err84 = {
                instancePath: instancePath + "/librariesFor/" + i8,
                schemaPath: "#/properties/librariesFor/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters"
              };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          } else {
            const err85 = {
              instancePath: instancePath + "/librariesFor/" + i8,
              schemaPath: "#/properties/librariesFor/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
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
          instancePath: instancePath + "/librariesFor",
          schemaPath: "#/properties/librariesFor/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.kernel !== void 0) {
      let data31 = data.kernel;
      if (typeof data31 !== "string" && data31 !== null) {
        const err87 = {
          instancePath: instancePath + "/kernel",
          schemaPath: "#/properties/kernel/type",
          keyword: "type",
          params: { type: schema11.properties.kernel.type },
          message: "must be string,null"
        };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
      if (typeof data31 === "string") {
        if (!pattern1.test(data31)) {
          const err88 = {
            instancePath: instancePath + "/kernel",
            schemaPath: "#/properties/kernel/pattern",
            keyword: "pattern",
            params: { pattern: "^\\d+(\\.\\d+)*$" },
            message: 'must match pattern "^\\d+(\\.\\d+)*$"'
          };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
      }
    }
    if (data.x86IsaBaseline !== void 0) {
      let data32 = data.x86IsaBaseline;
      if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32)) && data32 !== null) {
        const err89 = {
          instancePath: instancePath + "/x86IsaBaseline",
          schemaPath: "#/properties/x86IsaBaseline/type",
          keyword: "type",
          params: { type: schema11.properties.x86IsaBaseline.type },
          message: "must be integer,null"
        };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
      if (typeof data32 == "number") {
        if (data32 > 4 || isNaN(data32)) {
          const err90 = {
            instancePath: instancePath + "/x86IsaBaseline",
            schemaPath: "#/properties/x86IsaBaseline/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 4 },
            message: "must be <= 4"
          };
          if (vErrors === null) {
            vErrors = [err90];
          } else {
            vErrors.push(err90);
          }
          errors++;
        }
        if (data32 < 1 || isNaN(data32)) {
          const err91 = {
            instancePath: instancePath + "/x86IsaBaseline",
            schemaPath: "#/properties/x86IsaBaseline/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1"
          };
          if (vErrors === null) {
            vErrors = [err91];
          } else {
            vErrors.push(err91);
          }
          errors++;
        }
      }
    }
    if (data.eol !== void 0) {
      let data33 = data.eol;
      if (typeof data33 !== "string" && data33 !== null) {
        const err92 = {
          instancePath: instancePath + "/eol",
          schemaPath: "#/properties/eol/type",
          keyword: "type",
          params: { type: schema11.properties.eol.type },
          message: "must be string,null"
        };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data34 = data.source;
      if (!(data34 === "embedded" || data34 === "rootfs" || data34 === "file" || data34 === "image")) {
        const err93 = {
          instancePath: instancePath + "/source",
          schemaPath: "#/properties/source/enum",
          keyword: "enum",
          params: { allowedValues: schema11.properties.source.enum },
          message: "must be equal to one of the allowed values"
        };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
    if (data.confidence !== void 0) {
      let data35 = data.confidence;
      if (!(data35 === "high" || data35 === "medium" || data35 === "low")) {
        const err94 = {
          instancePath: instancePath + "/confidence",
          schemaPath: "#/properties/confidence/enum",
          keyword: "enum",
          params: { allowedValues: schema11.properties.confidence.enum },
          message: "must be equal to one of the allowed values"
        };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    if (data.provenance !== void 0) {
      if (typeof data.provenance !== "string") {
        const err95 = {
          instancePath: instancePath + "/provenance",
          schemaPath: "#/properties/provenance/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
    if (data.digest !== void 0) {
      let data37 = data.digest;
      if (typeof data37 !== "string" && data37 !== null) {
        const err96 = {
          instancePath: instancePath + "/digest",
          schemaPath: "#/properties/digest/type",
          keyword: "type",
          params: { type: schema11.properties.digest.type },
          message: "must be string,null"
        };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.caveats !== void 0) {
      let data38 = data.caveats;
      if (Array.isArray(data38)) {
        const len9 = data38.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (typeof data38[i9] !== "string") {
            const err97 = {
              instancePath: instancePath + "/caveats/" + i9,
              schemaPath: "#/properties/caveats/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
      } else {
        const err98 = {
          instancePath: instancePath + "/caveats",
          schemaPath: "#/properties/caveats/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
  } else {
    const err99 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object"
    };
    if (vErrors === null) {
      vErrors = [err99];
    } else {
      vErrors.push(err99);
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
    "zlib",
    "roots",
    "exportTables",
    "baseProvenance"
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
          zlib: { type: ["string", "null"] },
          root: { type: "string" }
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
    },
    baseProvenance: { type: "object", additionalProperties: { type: "string" } },
    exportTables: {
      type: "object",
      additionalProperties: { type: "object", additionalProperties: { type: "string" } }
    },
    roots: {
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["source", "glibc", "libraries", "absent"],
        properties: {
          source: { type: "string" },
          glibc: { type: ["string", "null"] },
          libraries: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
          absent: { type: "object", additionalProperties: { type: "string" } }
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
    if (data.roots === void 0) {
      const err9 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "roots" },
        message: "must have required property 'roots'"
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.exportTables === void 0) {
      const err10 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "exportTables" },
        message: "must have required property 'exportTables'"
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.baseProvenance === void 0) {
      const err11 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "baseProvenance" },
        message: "must have required property 'baseProvenance'"
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.knowledgeVersion !== void 0) {
      if (1 !== data.knowledgeVersion) {
        const err12 = {
          instancePath: instancePath + "/knowledgeVersion",
          schemaPath: "#/properties/knowledgeVersion/const",
          keyword: "const",
          params: { allowedValue: 1 },
          message: "must be equal to constant"
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.nodeSince !== void 0) {
      let data1 = data.nodeSince;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key0 in data1) {
          if (typeof data1[key0] !== "string") {
            const err13 = {
              instancePath: instancePath + "/nodeSince/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/nodeSince/additionalProperties/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
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
          instancePath: instancePath + "/nodeSince",
          schemaPath: "#/properties/nodeSince/type",
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
    if (data.lateNodes !== void 0) {
      let data3 = data.lateNodes;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key2 in data4) {
              if (typeof data4[key2] !== "string") {
                const err15 = {
                  instancePath: instancePath + "/lateNodes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/lateNodes/additionalProperties/additionalProperties/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = {
              instancePath: instancePath + "/lateNodes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/lateNodes/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/lateNodes",
          schemaPath: "#/properties/lateNodes/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
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
              const err18 = {
                instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/glibc/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "realUpTo" },
                message: "must have required property 'realUpTo'"
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data7.source === void 0) {
              const err19 = {
                instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/glibc/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "source" },
                message: "must have required property 'source'"
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data7.libs === void 0) {
              const err20 = {
                instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/glibc/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "libs" },
                message: "must have required property 'libs'"
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data7.realUpTo !== void 0) {
              let data8 = data7.realUpTo;
              if (typeof data8 !== "string" && data8 !== null) {
                const err21 = {
                  instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/realUpTo",
                  schemaPath: "#/properties/glibc/additionalProperties/properties/realUpTo/type",
                  keyword: "type",
                  params: { type: schema12.properties.glibc.additionalProperties.properties.realUpTo.type },
                  message: "must be string,null"
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data7.source !== void 0) {
              if (typeof data7.source !== "string") {
                const err22 = {
                  instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/source",
                  schemaPath: "#/properties/glibc/additionalProperties/properties/source/type",
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
            if (data7.libs !== void 0) {
              let data10 = data7.libs;
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10["libc.so.6"] === void 0) {
                  const err23 = {
                    instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/libs",
                    schemaPath: "#/properties/glibc/additionalProperties/properties/libs/required",
                    keyword: "required",
                    params: { missingProperty: "libc.so.6" },
                    message: "must have required property 'libc.so.6'"
                  };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                for (const key4 in data10) {
                  let data11 = data10[key4];
                  if (Array.isArray(data11)) {
                    const len0 = data11.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      if (typeof data11[i0] !== "string") {
                        const err24 = {
                          instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/libs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0,
                          schemaPath: "#/properties/glibc/additionalProperties/properties/libs/additionalProperties/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string"
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
                      instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/libs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/properties/glibc/additionalProperties/properties/libs/additionalProperties/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array"
                    };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = {
                  instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/libs",
                  schemaPath: "#/properties/glibc/additionalProperties/properties/libs/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object"
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = {
              instancePath: instancePath + "/glibc/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/glibc/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
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
          instancePath: instancePath + "/glibc",
          schemaPath: "#/properties/glibc/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
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
              const err29 = {
                instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/libstdcxx/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "realUpTo" },
                message: "must have required property 'realUpTo'"
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data14.source === void 0) {
              const err30 = {
                instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/libstdcxx/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "source" },
                message: "must have required property 'source'"
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data14.nodes === void 0) {
              const err31 = {
                instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/libstdcxx/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "nodes" },
                message: "must have required property 'nodes'"
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data14.realUpTo !== void 0) {
              if (typeof data14.realUpTo !== "string") {
                const err32 = {
                  instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/realUpTo",
                  schemaPath: "#/properties/libstdcxx/additionalProperties/properties/realUpTo/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data14.source !== void 0) {
              if (typeof data14.source !== "string") {
                const err33 = {
                  instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/source",
                  schemaPath: "#/properties/libstdcxx/additionalProperties/properties/source/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
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
                    const err34 = {
                      instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/nodes/" + i1,
                      schemaPath: "#/properties/libstdcxx/additionalProperties/properties/nodes/items/type",
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
              } else {
                const err35 = {
                  instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/nodes",
                  schemaPath: "#/properties/libstdcxx/additionalProperties/properties/nodes/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array"
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = {
              instancePath: instancePath + "/libstdcxx/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/libstdcxx/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
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
          instancePath: instancePath + "/libstdcxx",
          schemaPath: "#/properties/libstdcxx/type",
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
    }
    if (data.libgcc !== void 0) {
      let data19 = data.libgcc;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key6 in data19) {
          let data20 = data19[key6];
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.realUpTo === void 0) {
              const err38 = {
                instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/libgcc/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "realUpTo" },
                message: "must have required property 'realUpTo'"
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data20.source === void 0) {
              const err39 = {
                instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/libgcc/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "source" },
                message: "must have required property 'source'"
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data20.nodes === void 0) {
              const err40 = {
                instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/libgcc/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "nodes" },
                message: "must have required property 'nodes'"
              };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data20.realUpTo !== void 0) {
              if (typeof data20.realUpTo !== "string") {
                const err41 = {
                  instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/realUpTo",
                  schemaPath: "#/properties/libgcc/additionalProperties/properties/realUpTo/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data20.source !== void 0) {
              if (typeof data20.source !== "string") {
                const err42 = {
                  instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/source",
                  schemaPath: "#/properties/libgcc/additionalProperties/properties/source/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
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
                    const err43 = {
                      instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/nodes/" + i2,
                      schemaPath: "#/properties/libgcc/additionalProperties/properties/nodes/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
              } else {
                const err44 = {
                  instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/nodes",
                  schemaPath: "#/properties/libgcc/additionalProperties/properties/nodes/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array"
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
              instancePath: instancePath + "/libgcc/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/libgcc/additionalProperties/type",
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
      } else {
        const err46 = {
          instancePath: instancePath + "/libgcc",
          schemaPath: "#/properties/libgcc/type",
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
    if (data.baseLibraries !== void 0) {
      let data25 = data.baseLibraries;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key7 in data25) {
          let data26 = data25[key7];
          if (Array.isArray(data26)) {
            const len3 = data26.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data26[i3] !== "string") {
                const err47 = {
                  instancePath: instancePath + "/baseLibraries/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3,
                  schemaPath: "#/properties/baseLibraries/additionalProperties/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = {
              instancePath: instancePath + "/baseLibraries/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/baseLibraries/additionalProperties/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array"
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
          instancePath: instancePath + "/baseLibraries",
          schemaPath: "#/properties/baseLibraries/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.images !== void 0) {
      let data28 = data.images;
      if (Array.isArray(data28)) {
        if (data28.length < 1) {
          const err50 = {
            instancePath: instancePath + "/images",
            schemaPath: "#/properties/images/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items"
          };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        const len4 = data28.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data29 = data28[i4];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.image === void 0) {
              const err51 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "image" },
                message: "must have required property 'image'"
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data29.aliases === void 0) {
              const err52 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "aliases" },
                message: "must have required property 'aliases'"
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data29.distro === void 0) {
              const err53 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "distro" },
                message: "must have required property 'distro'"
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data29.libc === void 0) {
              const err54 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "libc" },
                message: "must have required property 'libc'"
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data29.arch === void 0) {
              const err55 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "arch" },
                message: "must have required property 'arch'"
              };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data29.base === void 0) {
              const err56 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "base" },
                message: "must have required property 'base'"
              };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data29.confidence === void 0) {
              const err57 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "confidence" },
                message: "must have required property 'confidence'"
              };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data29.provenance === void 0) {
              const err58 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "provenance" },
                message: "must have required property 'provenance'"
              };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data29.caveats === void 0) {
              const err59 = {
                instancePath: instancePath + "/images/" + i4,
                schemaPath: "#/properties/images/items/required",
                keyword: "required",
                params: { missingProperty: "caveats" },
                message: "must have required property 'caveats'"
              };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data29.image !== void 0) {
              let data30 = data29.image;
              if (typeof data30 === "string") {
                if (data30.length < 1) {
                  const err60 = {
                    instancePath: instancePath + "/images/" + i4 + "/image",
                    schemaPath: "#/properties/images/items/properties/image/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters"
                  };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = {
                  instancePath: instancePath + "/images/" + i4 + "/image",
                  schemaPath: "#/properties/images/items/properties/image/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
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
                    const err62 = {
                      instancePath: instancePath + "/images/" + i4 + "/aliases/" + i5,
                      schemaPath: "#/properties/images/items/properties/aliases/items/type",
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
                  instancePath: instancePath + "/images/" + i4 + "/aliases",
                  schemaPath: "#/properties/images/items/properties/aliases/type",
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
            if (data29.arch !== void 0) {
              let data33 = data29.arch;
              if (Array.isArray(data33)) {
                if (data33.length < 1) {
                  const err64 = {
                    instancePath: instancePath + "/images/" + i4 + "/arch",
                    schemaPath: "#/properties/images/items/properties/arch/minItems",
                    keyword: "minItems",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 items"
                  };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                const len6 = data33.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  if (typeof data33[i6] !== "string") {
                    const err65 = {
                      instancePath: instancePath + "/images/" + i4 + "/arch/" + i6,
                      schemaPath: "#/properties/images/items/properties/arch/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
              } else {
                const err66 = {
                  instancePath: instancePath + "/images/" + i4 + "/arch",
                  schemaPath: "#/properties/images/items/properties/arch/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array"
                };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data29.libc !== void 0) {
              let data35 = data29.libc;
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                if (data35.flavor === void 0) {
                  const err67 = {
                    instancePath: instancePath + "/images/" + i4 + "/libc",
                    schemaPath: "#/properties/images/items/properties/libc/required",
                    keyword: "required",
                    params: { missingProperty: "flavor" },
                    message: "must have required property 'flavor'"
                  };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                if (data35.version === void 0) {
                  const err68 = {
                    instancePath: instancePath + "/images/" + i4 + "/libc",
                    schemaPath: "#/properties/images/items/properties/libc/required",
                    keyword: "required",
                    params: { missingProperty: "version" },
                    message: "must have required property 'version'"
                  };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (data35.flavor !== void 0) {
                  let data36 = data35.flavor;
                  if (!(data36 === "glibc" || data36 === "musl" || data36 === "none")) {
                    const err69 = {
                      instancePath: instancePath + "/images/" + i4 + "/libc/flavor",
                      schemaPath: "#/properties/images/items/properties/libc/properties/flavor/enum",
                      keyword: "enum",
                      params: {
                        allowedValues: schema12.properties.images.items.properties.libc.properties.flavor.enum
                      },
                      message: "must be equal to one of the allowed values"
                    };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data35.version !== void 0) {
                  let data37 = data35.version;
                  if (typeof data37 !== "string" && data37 !== null) {
                    const err70 = {
                      instancePath: instancePath + "/images/" + i4 + "/libc/version",
                      schemaPath: "#/properties/images/items/properties/libc/properties/version/type",
                      keyword: "type",
                      params: { type: schema12.properties.images.items.properties.libc.properties.version.type },
                      message: "must be string,null"
                    };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
              } else {
                const err71 = {
                  instancePath: instancePath + "/images/" + i4 + "/libc",
                  schemaPath: "#/properties/images/items/properties/libc/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object"
                };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data29.gccRuntime !== void 0) {
              let data38 = data29.gccRuntime;
              if (typeof data38 !== "string" && data38 !== null) {
                const err72 = {
                  instancePath: instancePath + "/images/" + i4 + "/gccRuntime",
                  schemaPath: "#/properties/images/items/properties/gccRuntime/type",
                  keyword: "type",
                  params: { type: schema12.properties.images.items.properties.gccRuntime.type },
                  message: "must be string,null"
                };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data29.base !== void 0) {
              if (typeof data29.base !== "string") {
                const err73 = {
                  instancePath: instancePath + "/images/" + i4 + "/base",
                  schemaPath: "#/properties/images/items/properties/base/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data29.kernel !== void 0) {
              let data40 = data29.kernel;
              if (typeof data40 !== "string" && data40 !== null) {
                const err74 = {
                  instancePath: instancePath + "/images/" + i4 + "/kernel",
                  schemaPath: "#/properties/images/items/properties/kernel/type",
                  keyword: "type",
                  params: { type: schema12.properties.images.items.properties.kernel.type },
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
            if (data29.x86IsaBaseline !== void 0) {
              let data41 = data29.x86IsaBaseline;
              if (!(typeof data41 == "number" && !(data41 % 1) && !isNaN(data41)) && data41 !== null) {
                const err75 = {
                  instancePath: instancePath + "/images/" + i4 + "/x86IsaBaseline",
                  schemaPath: "#/properties/images/items/properties/x86IsaBaseline/type",
                  keyword: "type",
                  params: { type: schema12.properties.images.items.properties.x86IsaBaseline.type },
                  message: "must be integer,null"
                };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data29.confidence !== void 0) {
              let data42 = data29.confidence;
              if (!(data42 === "high" || data42 === "medium" || data42 === "low")) {
                const err76 = {
                  instancePath: instancePath + "/images/" + i4 + "/confidence",
                  schemaPath: "#/properties/images/items/properties/confidence/enum",
                  keyword: "enum",
                  params: { allowedValues: schema12.properties.images.items.properties.confidence.enum },
                  message: "must be equal to one of the allowed values"
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data29.zlib !== void 0) {
              let data43 = data29.zlib;
              if (typeof data43 !== "string" && data43 !== null) {
                const err77 = {
                  instancePath: instancePath + "/images/" + i4 + "/zlib",
                  schemaPath: "#/properties/images/items/properties/zlib/type",
                  keyword: "type",
                  params: { type: schema12.properties.images.items.properties.zlib.type },
                  message: "must be string,null"
                };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data29.root !== void 0) {
              if (typeof data29.root !== "string") {
                const err78 = {
                  instancePath: instancePath + "/images/" + i4 + "/root",
                  schemaPath: "#/properties/images/items/properties/root/type",
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
              instancePath: instancePath + "/images/" + i4,
              schemaPath: "#/properties/images/items/type",
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
          instancePath: instancePath + "/images",
          schemaPath: "#/properties/images/type",
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
    if (data.zlib !== void 0) {
      let data45 = data.zlib;
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        for (const key8 in data45) {
          let data46 = data45[key8];
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            if (data46.realUpTo === void 0) {
              const err81 = {
                instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/zlib/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "realUpTo" },
                message: "must have required property 'realUpTo'"
              };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
            if (data46.source === void 0) {
              const err82 = {
                instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/zlib/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "source" },
                message: "must have required property 'source'"
              };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (data46.nodes === void 0) {
              const err83 = {
                instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/zlib/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "nodes" },
                message: "must have required property 'nodes'"
              };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            if (data46.realUpTo !== void 0) {
              if (typeof data46.realUpTo !== "string") {
                const err84 = {
                  instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/realUpTo",
                  schemaPath: "#/properties/zlib/additionalProperties/properties/realUpTo/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data46.source !== void 0) {
              if (typeof data46.source !== "string") {
                const err85 = {
                  instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/source",
                  schemaPath: "#/properties/zlib/additionalProperties/properties/source/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data46.nodes !== void 0) {
              let data49 = data46.nodes;
              if (Array.isArray(data49)) {
                const len7 = data49.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  if (typeof data49[i7] !== "string") {
                    const err86 = {
                      instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/nodes/" + i7,
                      schemaPath: "#/properties/zlib/additionalProperties/properties/nodes/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
              } else {
                const err87 = {
                  instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/nodes",
                  schemaPath: "#/properties/zlib/additionalProperties/properties/nodes/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array"
                };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
          } else {
            const err88 = {
              instancePath: instancePath + "/zlib/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/zlib/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
      } else {
        const err89 = {
          instancePath: instancePath + "/zlib",
          schemaPath: "#/properties/zlib/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.baseProvenance !== void 0) {
      let data51 = data.baseProvenance;
      if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
        for (const key9 in data51) {
          if (typeof data51[key9] !== "string") {
            const err90 = {
              instancePath: instancePath + "/baseProvenance/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/baseProvenance/additionalProperties/type",
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
      } else {
        const err91 = {
          instancePath: instancePath + "/baseProvenance",
          schemaPath: "#/properties/baseProvenance/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.exportTables !== void 0) {
      let data53 = data.exportTables;
      if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
        for (const key10 in data53) {
          let data54 = data53[key10];
          if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
            for (const key11 in data54) {
              if (typeof data54[key11] !== "string") {
                const err92 = {
                  instancePath: instancePath + "/exportTables/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/exportTables/additionalProperties/additionalProperties/type",
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
              instancePath: instancePath + "/exportTables/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/exportTables/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
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
          instancePath: instancePath + "/exportTables",
          schemaPath: "#/properties/exportTables/type",
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
    }
    if (data.roots !== void 0) {
      let data56 = data.roots;
      if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
        for (const key12 in data56) {
          let data57 = data56[key12];
          if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
            if (data57.source === void 0) {
              const err95 = {
                instancePath: instancePath + "/roots/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/roots/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "source" },
                message: "must have required property 'source'"
              };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            if (data57.glibc === void 0) {
              const err96 = {
                instancePath: instancePath + "/roots/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/roots/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "glibc" },
                message: "must have required property 'glibc'"
              };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            if (data57.libraries === void 0) {
              const err97 = {
                instancePath: instancePath + "/roots/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/roots/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "libraries" },
                message: "must have required property 'libraries'"
              };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            if (data57.absent === void 0) {
              const err98 = {
                instancePath: instancePath + "/roots/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/roots/additionalProperties/required",
                keyword: "required",
                params: { missingProperty: "absent" },
                message: "must have required property 'absent'"
              };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (data57.source !== void 0) {
              if (typeof data57.source !== "string") {
                const err99 = {
                  instancePath: instancePath + "/roots/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/source",
                  schemaPath: "#/properties/roots/additionalProperties/properties/source/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data57.glibc !== void 0) {
              let data59 = data57.glibc;
              if (typeof data59 !== "string" && data59 !== null) {
                const err100 = {
                  instancePath: instancePath + "/roots/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/glibc",
                  schemaPath: "#/properties/roots/additionalProperties/properties/glibc/type",
                  keyword: "type",
                  params: { type: schema12.properties.roots.additionalProperties.properties.glibc.type },
                  message: "must be string,null"
                };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data57.libraries !== void 0) {
              let data60 = data57.libraries;
              if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                for (const key13 in data60) {
                  let data61 = data60[key13];
                  if (Array.isArray(data61)) {
                    const len8 = data61.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                      if (typeof data61[i8] !== "string") {
                        const err101 = {
                          instancePath: instancePath + "/roots/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/libraries/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i8,
                          schemaPath: "#/properties/roots/additionalProperties/properties/libraries/additionalProperties/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string"
                        };
                        if (vErrors === null) {
                          vErrors = [err101];
                        } else {
                          vErrors.push(err101);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err102 = {
                      instancePath: instancePath + "/roots/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/libraries/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/properties/roots/additionalProperties/properties/libraries/additionalProperties/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array"
                    };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
              } else {
                const err103 = {
                  instancePath: instancePath + "/roots/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/libraries",
                  schemaPath: "#/properties/roots/additionalProperties/properties/libraries/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object"
                };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data57.absent !== void 0) {
              let data63 = data57.absent;
              if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                for (const key14 in data63) {
                  if (typeof data63[key14] !== "string") {
                    const err104 = {
                      instancePath: instancePath + "/roots/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/absent/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/properties/roots/additionalProperties/properties/absent/additionalProperties/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
              } else {
                const err105 = {
                  instancePath: instancePath + "/roots/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/absent",
                  schemaPath: "#/properties/roots/additionalProperties/properties/absent/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object"
                };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
          } else {
            const err106 = {
              instancePath: instancePath + "/roots/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/roots/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
      } else {
        const err107 = {
          instancePath: instancePath + "/roots",
          schemaPath: "#/properties/roots/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err107];
        } else {
          vErrors.push(err107);
        }
        errors++;
      }
    }
  } else {
    const err108 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object"
    };
    if (vErrors === null) {
      vErrors = [err108];
    } else {
      vErrors.push(err108);
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
    if (row.root && !k.roots[row.root])
      throw new Error(`embedded knowledge base: ${row.image} names unknown root ${row.root}`);
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
  return /^(libc\.so\.6|ld-linux.*\.so\.\d)$/.test(soname) || isMuslLibc(soname);
}

// src/knowledge/rootfs-profile.ts
var TRIPLETS = {
  amd64: ["x86_64-linux-gnu"],
  arm64: ["aarch64-linux-gnu"],
  arm: ["arm-linux-gnueabihf", "arm-linux-gnueabi"],
  "386": ["i386-linux-gnu"],
  s390x: ["s390x-linux-gnu"],
  ppc64le: ["powerpc64le-linux-gnu"],
  ppc64: ["powerpc64-linux-gnu"],
  mips: ["mips-linux-gnu"],
  mipsle: ["mipsel-linux-gnu"],
  riscv64: ["riscv64-linux-gnu"]
};
var STANDARD_DIRS = ["/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib", "/usr/local/lib64"];
var OS_RELEASE_FILES = ["/etc/os-release", "/usr/lib/os-release"];
var LD_SO_CONF = "/etc/ld.so.conf";
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
function ldSoConfDirs(tree, file = LD_SO_CONF, depth = 0, seen = /* @__PURE__ */ new Set()) {
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
function knownLoaderPaths(arch) {
  const glibc = arch ? GLIBC_LOADERS[arch] : void 0;
  const musl = arch ? MUSL_ARCH_NAMES[arch] : void 0;
  if (!glibc && !musl)
    return [
      ...Object.values(GLIBC_LOADERS).flat(),
      ...Object.values(MUSL_ARCH_NAMES).map((name) => `/lib/ld-musl-${name}.so.1`)
    ];
  return [...glibc ?? [], ...musl ? [`/lib/ld-musl-${musl}.so.1`] : []];
}
function muslPathFile(arch) {
  const name = arch ? MUSL_ARCH_NAMES[arch] : void 0;
  return name ? `/etc/ld-musl-${name}.path` : null;
}
function profileConfigFiles(arch) {
  const musl = muslPathFile(arch);
  return [...OS_RELEASE_FILES, LD_SO_CONF, ...musl ? [musl] : []];
}
function standardLibraryDirs(arch) {
  const triplets = arch && TRIPLETS[arch] || Object.values(TRIPLETS).flat();
  return STANDARD_DIRS.flatMap((d) => [d, ...triplets.map((t) => `${d}/${t}`)]);
}
function libraryDirs(tree, arch) {
  const dirs = [];
  const addDir = (d) => {
    const n = normalisePath(d);
    if (!dirs.includes(n)) dirs.push(n);
  };
  for (const d of ldSoConfDirs(tree)) addDir(d);
  for (const d of muslDirs(tree, arch)) addDir(d);
  for (const d of standardLibraryDirs(arch)) addDir(d);
  return dirs;
}
function muslDirs(tree, arch) {
  const file = muslPathFile(arch);
  const text = file ? readTextFile(tree, file) : null;
  if (text !== null)
    return text.split(/[:\n]+/).map((s) => s.trim()).filter((s) => s.startsWith("/")).map(normalisePath);
  return ["/lib", "/usr/local/lib", "/usr/lib"];
}
function analyse(tree, path) {
  const src = tree.open(path);
  if (!src) return null;
  return inspectBinary(src, path);
}
function glibcVersion(tree, realPath, defs) {
  return glibcFileRelease(tree, realPath, /^libc-(\d+\.\d+)\.so$/) ?? highestOf(defs, "GLIBC");
}
function glibcLoaderRelease(tree, realPath) {
  return glibcFileRelease(tree, realPath, /^ld-(\d+\.\d+)\.so$/);
}
function glibcFileRelease(tree, realPath, named) {
  const m = named.exec(realPath.slice(realPath.lastIndexOf("/") + 1));
  if (m) return m[1];
  const src = tree.open(realPath);
  const banner = src ? scanSource(src, /release version (\d+\.\d+(?:\.\d+)?)[.,]/) : null;
  return banner ? banner[1] : null;
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
  const osText = OS_RELEASE_FILES.reduce((t, f) => t ?? readTextFile(tree, f), null);
  const os = osText ? parseOsRelease(osText) : {};
  const distro = os.ID ? { id: os.ID, name: os.NAME ?? os.PRETTY_NAME ?? os.ID, version: os.VERSION_ID ?? os.VERSION_CODENAME ?? "" } : null;
  if (!distro) caveats.push("no /etc/os-release: distribution unknown");
  const loaderCandidates = new Set(knownLoaderPaths(meta.arch ?? null));
  for (const dir of ["/lib", "/lib64"]) {
    const r = resolveInTree(tree, dir);
    for (const n of r && tree.list(r.path) || [])
      if (/^ld-(musl-.+|linux.*)\.so\.\d+$/.test(n)) loaderCandidates.add(`${dir}/${n}`);
  }
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
  const dirs = libraryDirs(tree, arch);
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
  const glibcRelease = glibcLoader && meta.librariesFor?.includes("libc.so.6") === false ? glibcLoaderRelease(tree, glibcLoader.real) : void 0;
  if (glibcRelease !== void 0) {
    if (glibcRelease || !musl) {
      flavor = "glibc";
      version = glibcRelease;
      if (!glibcRelease) caveats.push("glibc release not found in its loader");
    } else {
      flavor = "musl";
      version = muslVersion(tree, musl.real);
      caveats.push("the glibc loader path is a compatibility shim (gcompat) over musl, not glibc");
    }
    caveats.push("libc.so.6 not read (the binaries checked load no library): the libc is the loaders'");
  } else if (libc && !realGlibc && musl) {
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
    ...meta.librariesFor ? { librariesFor: [...new Set(meta.librariesFor)].sort() } : {},
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
  normalisePath,
  CURRENT_PROFILE_VERSION,
  OS_RELEASE_FILES,
  ldSoConfDirs,
  knownLoaderPaths,
  profileConfigFiles,
  standardLibraryDirs,
  libraryDirs,
  profileFromTree
};
