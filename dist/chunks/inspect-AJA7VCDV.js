import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  describe,
  plainArguments,
  run,
  safeText
} from "./chunk-TVSAKVZC.js";
import "./chunk-PMO77Z3O.js";
import "./chunk-MVP2Y5DM.js";
import "./chunk-B5ZWGRIF.js";
import "./chunk-RUKFS4NN.js";
import "./chunk-54MS2K6W.js";
export {
  describe,
  plainArguments,
  run,
  safeText
};
