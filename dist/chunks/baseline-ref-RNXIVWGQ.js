import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  BaselineRefError,
  attachBaselineDiff,
  matrixAtRef,
  resolveBaselineRef
} from "./chunk-VSREKLH6.js";
import "./chunk-QIMNS3N5.js";
import "./chunk-QFZFKDZ3.js";
import "./chunk-YOD5X3NT.js";
import "./chunk-PZNQ4IVZ.js";
import "./chunk-4T7S4QCB.js";
import "./chunk-CMF4JY7L.js";
import "./chunk-BQI4B34H.js";
import "./chunk-J3DZIFYB.js";
import "./chunk-RRXPTJM5.js";
import "./chunk-WNS3R6EY.js";
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
