import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  PROBE_FORMAT,
  defaultCacheDir,
  probeImage
} from "./chunk-SM2UXDA7.js";
import "./chunk-NZSEHSV3.js";
import "./chunk-VKDOBYZS.js";
import "./chunk-HJIXVDFR.js";
import "./chunk-27EKKCQJ.js";
import "./chunk-ODQOTO54.js";
import "./chunk-MQITPLNX.js";
import "./chunk-KCSVXTPN.js";
import "./chunk-ONFZE33V.js";
import "./chunk-54MS2K6W.js";
export {
  PROBE_FORMAT,
  defaultCacheDir,
  probeImage
};
