import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  describeMuslNeed,
  inspectFile,
  muslFloorOf
} from "./chunk-PMO77Z3O.js";
import {
  pendingSymbolTable,
  writeInspectDocument
} from "./chunk-B5ZWGRIF.js";
import {
  ExitCode,
  parseCommandLine,
  printOut
} from "./chunk-RUKFS4NN.js";

// src/cli/commands/inspect.ts
import { fstatSync } from "node:fs";
var MAX_SHOWN = 200;
function safeText(s, max = MAX_SHOWN) {
  let out = "";
  for (const ch of s.length > max ? s.slice(0, max) : s) {
    const c = ch.codePointAt(0);
    if (c < 32 || c === 127 || c >= 128 && c < 160) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c === 92) out += "\\\\";
    else out += ch;
  }
  return s.length > max ? `${out}\u2026 (${s.length} chars)` : out;
}
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
async function run(argv) {
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
  safeText,
  describe,
  plainArguments,
  run
};
