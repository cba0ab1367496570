import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  runMatrix
} from "./chunk-TZX5LPB5.js";
import "./chunk-U5DAIWGG.js";
import "./chunk-HO5V4PPW.js";
import "./chunk-YOD5X3NT.js";
import "./chunk-GEE6E6IC.js";
import "./chunk-FLOJXHH7.js";
import "./chunk-P3V4ORBC.js";
import "./chunk-VRPFA7EL.js";
import "./chunk-UNKWPVXN.js";
import "./chunk-AQ4GU5WP.js";
import "./chunk-3PTF46MJ.js";
import "./chunk-XTLCOTLR.js";
import "./chunk-ODQOTO54.js";
import "./chunk-54MS2K6W.js";
export {
  runMatrix
};
