import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)

// src/io/pool.ts
function mapLimit(items, limit, fn) {
  return mapLimitKeyed(items, limit, (_, index) => String(index), fn);
}
async function mapLimitKeyed(items, limit, keyOf, fn) {
  const results = new Array(items.length);
  const waiting = items.map((_, i) => i);
  const busy = /* @__PURE__ */ new Set();
  let wakers = [];
  const worker = async () => {
    while (waiting.length) {
      const at = waiting.findIndex((i2) => !busy.has(keyOf(items[i2], i2)));
      if (at < 0) {
        await new Promise((wake) => wakers.push(wake));
        continue;
      }
      const i = waiting.splice(at, 1)[0];
      const key = keyOf(items[i], i);
      busy.add(key);
      try {
        results[i] = await fn(items[i], i);
      } finally {
        busy.delete(key);
        const woken = wakers;
        wakers = [];
        for (const wake of woken) wake();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export {
  mapLimit,
  mapLimitKeyed
};
