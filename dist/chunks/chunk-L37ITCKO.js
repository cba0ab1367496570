import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  ExitCode,
  classifyError
} from "./chunk-7SNLVPQW.js";
import {
  UserError
} from "./chunk-JQT2NS4W.js";

// src/cli/output.ts
function neutraliseWorkflowCommands(text) {
  return text.replace(/^(\s*):(?=:)/gm, "$1:\u200B");
}
function printOut(text) {
  process.stdout.write(neutraliseWorkflowCommands(text));
}
function printErr(text) {
  process.stderr.write(neutraliseWorkflowCommands(text));
}
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

// src/cli/command.ts
function usageError(message) {
  return reportError(new UserError("usage", message));
}
var USER_CONTEXT = {
  config: "invalid matrix config:\n",
  baseline: "--baseline-ref: "
};
function reportError(err) {
  const c = classifyError(err);
  if (c.kind === "user") printErr(`abigap: ${(c.code && USER_CONTEXT[c.code]) ?? ""}${c.message}
`);
  else if (c.kind === "infrastructure") printErr(`abigap: infrastructure error: ${c.message}
`);
  else printErr(`abigap: internal error: ${c.stack ?? c.message}
`);
  return c.exitCode;
}
function reportingErrors(run) {
  return async (argv) => {
    try {
      return await run(argv);
    } catch (err) {
      return reportError(err);
    }
  };
}
function parseCommandLine(cmd, argv) {
  cmd.exitOverride().configureOutput({
    writeOut: (s) => process.stdout.write(s),
    writeErr: () => void 0,
    outputError: () => void 0
  });
  try {
    cmd.parse(argv, { from: "user" });
    return null;
  } catch (e) {
    const code = e.code;
    if (typeof code !== "string" || !code.startsWith("commander.")) throw e;
    if (code === "commander.helpDisplayed" || code === "commander.help" || code === "commander.version")
      return ExitCode.ok;
    return usageError(e.message.replace(/^error: /, ""));
  }
}
function exitQuietlyOnClosedPipe() {
  process.stdout.on("error", (err) => {
    if (err.code !== "EPIPE") throw err;
    process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
}

export {
  printOut,
  printErr,
  safeText,
  usageError,
  reportError,
  reportingErrors,
  parseCommandLine,
  exitQuietlyOnClosedPipe
};
