import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  PROBE_FORMAT,
  defaultCacheDir,
  probeCacheKeys,
  probeImage
} from "./chunk-RFXTI3FM.js";
import "./chunk-IO43JCSP.js";
import "./chunk-MBVKVKXZ.js";
import "./chunk-B5ZWGRIF.js";
import "./chunk-ODQOTO54.js";
import "./chunk-TQWU2PBT.js";
import "./chunk-X4CWLXP7.js";
import "./chunk-KCSVXTPN.js";
import "./chunk-ONFZE33V.js";
import "./chunk-54MS2K6W.js";
export {
  PROBE_FORMAT,
  defaultCacheDir,
  probeCacheKeys,
  probeImage
};
