import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  attachBaselineDiff,
  matrixAtRef,
  resolveBaselineRef
} from "./chunk-UIJLPV7D.js";
import "./chunk-PG7TYYO7.js";
import "./chunk-JJRAXJBE.js";
import "./chunk-YOD5X3NT.js";
import "./chunk-PMO77Z3O.js";
import {
  BaselineRefError
} from "./chunk-KMR32VOE.js";
import "./chunk-BHXANQRF.js";
import "./chunk-ELMJBU5P.js";
import "./chunk-SBEVR3T3.js";
import "./chunk-FV7PBXKF.js";
import "./chunk-ATM5LSGZ.js";
import "./chunk-MBVKVKXZ.js";
import "./chunk-MVP2Y5DM.js";
import "./chunk-B5ZWGRIF.js";
import "./chunk-ODQOTO54.js";
import "./chunk-54MS2K6W.js";
export {
  BaselineRefError,
  attachBaselineDiff,
  matrixAtRef,
  resolveBaselineRef
};
