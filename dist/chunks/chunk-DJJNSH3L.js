import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)

// src/docker/labels.ts
import { randomBytes } from "node:crypto";
var LABEL_TOOL = "io.abigap";
var LABEL_RUN = "io.abigap.run";
var LABEL_ROLE = "io.abigap.role";
var LABEL_SESSION = "io.abigap.session";
var sessionId = null;
function setSessionId(id) {
  if (id !== null && !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/.test(id)) throw new Error(`invalid session id '${id}'`);
  sessionId = id;
}
function currentSessionId() {
  if (sessionId) return sessionId;
  const env = process.env.ABIGAP_SESSION_ID;
  return env && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/.test(env) ? env : null;
}
function newRunId() {
  return `${Date.now().toString(36)}${randomBytes(4).toString("hex")}`;
}
function labelsFor(runId, role) {
  const session = currentSessionId();
  return { [LABEL_TOOL]: "1", [LABEL_RUN]: runId, [LABEL_ROLE]: role, ...session ? { [LABEL_SESSION]: session } : {} };
}
var counter = 0;
function objectName(runId, role) {
  counter += 1;
  return `abigap-${role}-${runId}-${counter}`;
}

export {
  LABEL_TOOL,
  LABEL_RUN,
  LABEL_ROLE,
  LABEL_SESSION,
  setSessionId,
  currentSessionId,
  newRunId,
  labelsFor,
  objectName
};
