import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  compareVersions
} from "./chunk-XTLCOTLR.js";

// src/knowledge/versions.ts
function parseNode(name) {
  const m = /^([A-Za-z_]+?)_(\d+(?:\.\d+)*)$/.exec(name);
  if (!m) return { family: name, numbers: null };
  return { family: m[1], numbers: m[2].split(".").map(Number) };
}
function sortNodes(nodes) {
  return [...new Set(nodes)].sort((a, b) => {
    const x = parseNode(a);
    const y = parseNode(b);
    if (x.family !== y.family) return x.family < y.family ? -1 : 1;
    if (!x.numbers || !y.numbers) return x.numbers ? -1 : y.numbers ? 1 : a < b ? -1 : 1;
    return compareVersions(x.numbers, y.numbers);
  });
}
function highestOf(nodes, family) {
  let best = null;
  for (const n of nodes) {
    const p = parseNode(n);
    if (p.family === family && p.numbers && (!best || compareVersions(p.numbers, best) > 0)) best = p.numbers;
  }
  return best ? best.join(".") : null;
}

export {
  parseNode,
  sortNodes,
  highestOf
};
