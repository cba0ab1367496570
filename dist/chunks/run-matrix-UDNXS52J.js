import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  runMatrix
} from "./chunk-Q6DOACLB.js";
import "./chunk-L2ESTFPL.js";
import "./chunk-YOD5X3NT.js";
import "./chunk-PZNQ4IVZ.js";
import "./chunk-A27I3IAP.js";
import "./chunk-MUUBOFF7.js";
import "./chunk-7JEQD54S.js";
import "./chunk-3HVOE2B7.js";
import "./chunk-JPHWIC7H.js";
import "./chunk-K7JWVYMN.js";
import "./chunk-MUPL4P2E.js";
import "./chunk-JQT2NS4W.js";
import "./chunk-ODQOTO54.js";
import "./chunk-54MS2K6W.js";
export {
  runMatrix
};
