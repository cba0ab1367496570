import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  attachBaselineDiff,
  matrixAtRef,
  resolveBaselineRef
} from "./chunk-M7J3EKE7.js";
import "./chunk-NG536NCJ.js";
import "./chunk-AEIYWMCT.js";
import "./chunk-YOD5X3NT.js";
import "./chunk-IINATT44.js";
import {
  BaselineRefError
} from "./chunk-KMR32VOE.js";
import "./chunk-PXDMCDSM.js";
import "./chunk-P4DEV5FX.js";
import "./chunk-COK5NT5B.js";
import "./chunk-IEMWVZHS.js";
import "./chunk-FLH7V5D6.js";
import "./chunk-VP2F5QPR.js";
import "./chunk-7P63JGAP.js";
import "./chunk-2COJE25T.js";
import "./chunk-ODQOTO54.js";
import "./chunk-54MS2K6W.js";
export {
  BaselineRefError,
  attachBaselineDiff,
  matrixAtRef,
  resolveBaselineRef
};
