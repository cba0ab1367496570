import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)

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

// src/cli/command.ts
var ExitCode = {
  ok: 0,
  findings: 1,
  usage: 2,
  profileUnavailable: 3,
  internal: 4
};
function usageError(message) {
  printErr(`abigap: ${message}
`);
  return ExitCode.usage;
}
var INFRASTRUCTURE_ERRORS = /* @__PURE__ */ new Set([
  "InfrastructureError",
  "DockerUnavailableError",
  "ImageUnavailableError",
  "CancelledError"
]);
function reportUncaught(err) {
  if (err instanceof Error && INFRASTRUCTURE_ERRORS.has(err.name)) {
    printErr(`abigap: infrastructure error: ${err.message.replace(/\s+/g, " ").trim()}
`);
    return ExitCode.profileUnavailable;
  }
  printErr(`abigap: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}
`);
  return ExitCode.internal;
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
  ExitCode,
  usageError,
  reportUncaught,
  parseCommandLine,
  exitQuietlyOnClosedPipe
};
