import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  runMatrix
} from "./chunk-HXB2YE6N.js";
import "./chunk-4EFUQWLD.js";
import "./chunk-F3SWTTDF.js";
import "./chunk-VKDOBYZS.js";
import "./chunk-OO23BC4V.js";
import "./chunk-HJIXVDFR.js";
import "./chunk-CHVYT3UA.js";
import "./chunk-O5FLEDQI.js";
import "./chunk-AQ4GU5WP.js";
import "./chunk-27EKKCQJ.js";
import "./chunk-ODQOTO54.js";
import "./chunk-54MS2K6W.js";
export {
  runMatrix
};
