import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  LABEL_ROLE,
  LABEL_RUN,
  LABEL_SESSION,
  LABEL_TOOL,
  currentSessionId,
  labelsFor,
  newRunId,
  objectName,
  setSessionId
} from "./chunk-DJJNSH3L.js";
import "./chunk-54MS2K6W.js";
export {
  LABEL_ROLE,
  LABEL_RUN,
  LABEL_SESSION,
  LABEL_TOOL,
  currentSessionId,
  labelsFor,
  newRunId,
  objectName,
  setSessionId
};
