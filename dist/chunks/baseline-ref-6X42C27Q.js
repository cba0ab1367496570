import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  BaselineRefError,
  attachBaselineDiff,
  matrixAtRef,
  resolveBaselineRef
} from "./chunk-MQPOIY7F.js";
import "./chunk-3BBBSPCC.js";
import "./chunk-LKIEOEYU.js";
import "./chunk-FL3LMZPF.js";
import "./chunk-BWXTYJ3K.js";
import "./chunk-PZNQ4IVZ.js";
import "./chunk-ZZS42RWW.js";
import "./chunk-OPAPNX32.js";
import "./chunk-FOP2SIUH.js";
import "./chunk-PLQKMIQ7.js";
import "./chunk-XIJAJIPL.js";
import "./chunk-MTCQCEN2.js";
import "./chunk-K7JWVYMN.js";
import "./chunk-MUPL4P2E.js";
import "./chunk-JQT2NS4W.js";
import "./chunk-ODQOTO54.js";
import "./chunk-54MS2K6W.js";
export {
  BaselineRefError,
  attachBaselineDiff,
  matrixAtRef,
  resolveBaselineRef
};
