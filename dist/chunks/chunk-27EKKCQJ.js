import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)

// src/knowledge/versions.ts
function parseNode(name) {
  const m = /^([A-Za-z_]+?)_(\d+(?:\.\d+)*)$/.exec(name);
  if (!m) return { family: name, numbers: null };
  return { family: m[1], numbers: m[2].split(".").map(Number) };
}
function compareVersions(a, b) {
  const x = typeof a === "string" ? a.split(".").map((n) => Number.parseInt(n, 10) || 0) : a;
  const y = typeof b === "string" ? b.split(".").map((n) => Number.parseInt(n, 10) || 0) : b;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
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
  compareVersions,
  sortNodes,
  highestOf
};
