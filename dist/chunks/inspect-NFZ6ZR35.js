import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  describe,
  plainArguments,
  run,
  safeText
} from "./chunk-M62BUVCF.js";
import "./chunk-IINATT44.js";
import "./chunk-7P63JGAP.js";
import "./chunk-2COJE25T.js";
import "./chunk-RUKFS4NN.js";
import "./chunk-54MS2K6W.js";
export {
  describe,
  plainArguments,
  run,
  safeText
};
