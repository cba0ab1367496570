import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  describe,
  plainArguments,
  run,
  safeText
} from "./chunk-A2NPQTEF.js";
import "./chunk-FLOJXHH7.js";
import "./chunk-P3V4ORBC.js";
import "./chunk-XTLCOTLR.js";
import "./chunk-RUKFS4NN.js";
import "./chunk-54MS2K6W.js";
export {
  describe,
  plainArguments,
  run,
  safeText
};
