#!/usr/bin/env node
import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  exitQuietlyOnClosedPipe,
  printOut,
  reportError,
  usageError
} from "./chunks/chunk-L37ITCKO.js";
import "./chunks/chunk-7SNLVPQW.js";
import "./chunks/chunk-JQT2NS4W.js";
import "./chunks/chunk-IBEVECVS.js";
import "./chunks/chunk-54MS2K6W.js";

// src/cli/index.ts
var commands = {
  inspect: () => import("./chunks/inspect-MUHBPHU6.js"),
  check: () => import("./chunks/check-JME4B7MU.js"),
  profile: () => import("./chunks/profile-G5K5VHRM.js"),
  matrix: () => import("./chunks/matrix-PD573S6L.js"),
  diff: () => import("./chunks/diff-SXDAQKHO.js"),
  merge: () => import("./chunks/merge-4XAFQOYM.js"),
  cleanup: () => import("./chunks/cleanup-XJI67ULQ.js")
};
var HELP = `abigap \u2014 will your Go binaries run on the Linux distributions you promise?

Usage: abigap <command> [options]

Commands:
  inspect [--json] FILE...                      ELF facts: linkage, loader, needed libraries, symbol versions, Go build info
  check (--target IMAGE | --profile FILE)... FILE...   static verdicts per file x target (add --run to run them in Docker)
  profile (IMAGE | --rootfs DIR) [--json]       the target profile of an image or a root filesystem
  matrix [--config FILE] [--json] [--out DIR]   build every variant, check and run it on every target
  diff BASE.json HEAD.json                      what changed between two reports (regression mode)
  merge REPORT...                               combine shard reports into one
  cleanup                                       remove containers abigap left behind

Exit status: 0 compatible, 1 ABI gaps, 2 a usage or config mistake, 3 an infrastructure error (no verdict), 4 a bug.
Run 'abigap <command> --help' for a command's options.`;
async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    printOut(HELP + "\n");
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-V") {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  const load = commands[name];
  if (!load) return usageError(`unknown command '${name}'

${HELP}`);
  const command = await load();
  return command.run(rest);
}
var VERSION = typeof __ABIGAP_VERSION__ === "string" ? __ABIGAP_VERSION__ : "0.1.0";
exitQuietlyOnClosedPipe();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.exitCode = reportError(err);
  }
);
export {
  main
};
