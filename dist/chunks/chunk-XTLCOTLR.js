import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)

// src/elf/requires.ts
var FAMILY = /^(.+)_(\d+(?:\.\d+)*)$/;
function splitVersion(name) {
  const m = FAMILY.exec(name);
  return m ? { family: m[1], version: m[2] } : null;
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
function computeRequires(needs, boundTo) {
  const best = /* @__PURE__ */ new Map();
  for (const need of needs) {
    for (const v of need.versions) {
      if (v.weak) continue;
      const sv = splitVersion(v.name);
      if (!sv) continue;
      const cur = best.get(sv.family);
      if (cur === void 0 || compareVersions(sv.version, cur) > 0) best.set(sv.family, sv.version);
    }
  }
  const requires = {};
  const requiredBy = {};
  const nodes = /* @__PURE__ */ new Set();
  for (const [family, version] of best) {
    requires[family] = version;
    nodes.add(`${family}_${version}`);
  }
  const bound = boundTo(nodes);
  for (const [family, version] of best) requiredBy[family] = bound.get(`${family}_${version}`) ?? [];
  return { requires, requiredBy };
}

export {
  compareVersions,
  computeRequires
};
