import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  ReportFileError,
  parseReportJson
} from "./chunk-NV3PWFVW.js";
import {
  UserError
} from "./chunk-JQT2NS4W.js";
import {
  InfrastructureError
} from "./chunk-IBEVECVS.js";

// src/cli/files.ts
import { readFileSync, writeFileSync } from "node:fs";
var PATH_MISTAKES = /* @__PURE__ */ new Set(["ENOENT", "ENOTDIR", "EISDIR", "EACCES", "EPERM", "EROFS", "ENAMETOOLONG"]);
function readReportFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ReportFileError(`cannot read ${file}: ${errnoOf(e)}`);
  }
  return parseReportJson(text, file);
}
function writeUserFile(file, text, opts = {}) {
  try {
    writeFileSync(file, text, opts.append ? { flag: "a" } : void 0);
  } catch (e) {
    const code = errnoOf(e);
    const message = `cannot write ${file}: ${code}`;
    throw PATH_MISTAKES.has(code) ? new UserError("usage", message, { cause: e }) : new InfrastructureError(message, { cause: e });
  }
}
function errnoOf(e) {
  return e.code ?? e.message;
}

export {
  readReportFile,
  writeUserFile
};
