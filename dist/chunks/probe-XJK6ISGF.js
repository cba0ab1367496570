import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  PROBE_FORMAT,
  defaultCacheDir,
  probeCacheKeys,
  probeImage
} from "./chunk-M4SSNGAJ.js";
import "./chunk-RWWWXTVS.js";
import "./chunk-MTCQCEN2.js";
import "./chunk-MUPL4P2E.js";
import "./chunk-ODQOTO54.js";
import "./chunk-NO5TW364.js";
import "./chunk-T3M2XFTD.js";
import "./chunk-VV4NPO4R.js";
import "./chunk-IBEVECVS.js";
import "./chunk-DJJNSH3L.js";
import "./chunk-54MS2K6W.js";
export {
  PROBE_FORMAT,
  defaultCacheDir,
  probeCacheKeys,
  probeImage
};
