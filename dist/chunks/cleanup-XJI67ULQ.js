import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  Command,
  CommanderError
} from "./chunk-PDI5OQZ3.js";
import {
  reportingErrors,
  usageError
} from "./chunk-L37ITCKO.js";
import {
  ExitCode
} from "./chunk-7SNLVPQW.js";
import "./chunk-JQT2NS4W.js";
import "./chunk-IBEVECVS.js";
import "./chunk-54MS2K6W.js";

// src/cli/commands/cleanup.ts
var run = reportingErrors(cleanupCommand);
async function cleanupCommand(argv) {
  const program = new Command("abigap cleanup").description("remove containers and volumes abigap left behind").option("--run <id>", "only the objects of this run id (one call) or session id (a whole invocation)").option("--caches", "also remove build-cache volumes").option("--host <url>", "Docker endpoint (default: DOCKER_HOST or unix:///var/run/docker.sock)").exitOverride().configureOutput({ writeErr: () => void 0, writeOut: (s) => process.stdout.write(s) });
  try {
    program.parse(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? ExitCode.ok : usageError(err.message);
    throw err;
  }
  if (program.args.length) return usageError(`cleanup takes no arguments (got '${program.args[0]}')`);
  const o = program.opts();
  const docker = await import("./docker-APOVR652.js");
  const rt = await docker.connectDocker(o.host ? { host: o.host } : {});
  let removed = await docker.sweepContainers(rt, o.run);
  if (o.caches) removed += await docker.sweepCaches(rt);
  process.stdout.write(`removed ${removed} abigap object(s)${o.run ? ` of run or session ${o.run}` : ""}
`);
  return ExitCode.ok;
}
export {
  run
};
