import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  runMatrix
} from "./chunk-KN4LGLKY.js";
import "./chunk-ODJ3FXWG.js";
import "./chunk-LZM6K5KI.js";
import "./chunk-RSP6WPUA.js";
import "./chunk-OO23BC4V.js";
import "./chunk-HJIXVDFR.js";
import "./chunk-ZWXC7RW3.js";
import "./chunk-O5FLEDQI.js";
import "./chunk-ODQOTO54.js";
import "./chunk-54MS2K6W.js";
export {
  runMatrix
};
