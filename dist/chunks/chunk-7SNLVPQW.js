import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  UserError
} from "./chunk-JQT2NS4W.js";
import {
  InfrastructureError
} from "./chunk-IBEVECVS.js";

// src/errors/exit-code.ts
var ExitCode = {
  /** Every binary runs on every target (or every file was analysed). */
  ok: 0,
  /** ABI gaps: some binary does not run on some target (findings reach fail-on), or a file could not be analysed. */
  findings: 1,
  /** The user's mistake: a flag, an input, the config, a name, a file. */
  usage: 2,
  /** An infrastructure error (engine, registry, image, cancellation) or no target profile: no verdict at all. */
  infrastructure: 3,
  /** A bug in abigap (reported with its stack). */
  internal: 4
};
function exitCodeOfVerdict(verdict) {
  if (verdict === "error") return ExitCode.infrastructure;
  return verdict === "fail" ? ExitCode.findings : ExitCode.ok;
}

// src/errors/classify.ts
var USER_EXIT = { profile: ExitCode.infrastructure };
var MAX_CAUSES = 16;
function isAbortError(err) {
  return isErrorLike(err) && (err.name === "AbortError" || err.code === "ABORT_ERR");
}
function classifyError(thrown) {
  const chain = causeChain(thrown);
  const decisive = chain.findIndex((e) => e instanceof UserError || e instanceof InfrastructureError || isAbortError(e));
  if (decisive < 0) {
    const top = isErrorLike(thrown) ? thrown : null;
    return {
      kind: "internal",
      exitCode: ExitCode.internal,
      code: null,
      message: top ? top.message : describeThrown(thrown),
      stack: top ? top.stack ?? `${top.name}: ${top.message}` : describeThrown(thrown),
      error: top
    };
  }
  const error = chain[decisive];
  const message = joinMessages(chain.slice(0, decisive + 1));
  if (error instanceof UserError) {
    return {
      kind: "user",
      exitCode: USER_EXIT[error.code] ?? ExitCode.usage,
      code: error.code,
      message,
      stack: null,
      error
    };
  }
  const text = isAbortError(error) && !/cancel|abort/i.test(message) ? `cancelled (${message})` : message;
  return {
    kind: "infrastructure",
    exitCode: ExitCode.infrastructure,
    code: null,
    message: text.replace(/\s+/g, " ").trim(),
    stack: null,
    error
  };
}
function isErrorLike(v) {
  if (v instanceof Error) return true;
  if (typeof v !== "object" || v === null) return false;
  const { name, message } = v;
  return typeof name === "string" && typeof message === "string";
}
function causeChain(thrown) {
  const chain = [thrown];
  let cur = thrown;
  while (chain.length <= MAX_CAUSES && isErrorLike(cur) && isErrorLike(cur.cause)) {
    if (chain.includes(cur.cause)) break;
    cur = cur.cause;
    chain.push(cur);
  }
  return chain;
}
function joinMessages(chain) {
  let text = "";
  for (const e of chain) {
    const m = e.message.trim();
    if (!m || text.includes(m)) continue;
    text = text ? `${text}: ${m}` : m;
  }
  return text || chain[chain.length - 1].name;
}
function describeThrown(thrown) {
  if (typeof thrown === "string") return thrown;
  if (thrown === void 0 || thrown === null) return String(thrown);
  try {
    return `${typeof thrown}: ${JSON.stringify(thrown) ?? String(thrown)}`;
  } catch {
    return String(thrown);
  }
}

export {
  ExitCode,
  exitCodeOfVerdict,
  classifyError
};
