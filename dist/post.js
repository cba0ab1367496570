import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  State
} from "./chunks/chunk-AEFVLKM4.js";
import {
  getState,
  info
} from "./chunks/chunk-LE7BH7BB.js";
import "./chunks/chunk-54MS2K6W.js";

// src/action/post.ts
async function post() {
  const sessionId = getState(State.sessionId);
  if (!sessionId) {
    info("abigap post: no session recorded, nothing to clean up");
    return;
  }
  const host = getState(State.dockerHost) || void 0;
  try {
    const { connectDocker, sweepContainers } = await import("./chunks/docker-APOVR652.js");
    const rt = await connectDocker(host ? { host } : {});
    const removed = await sweepContainers(rt, sessionId);
    info(`abigap post: removed ${removed} container(s)/volume(s) of session ${sessionId}`);
  } catch (e) {
    info(`abigap post: cleanup skipped: ${e instanceof Error ? e.message : String(e)}`);
  }
}
await post();
export {
  post
};
