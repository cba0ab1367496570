import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  ensureImage
} from "./chunk-RWWWXTVS.js";
import {
  mapLimit
} from "./chunk-BWXTYJ3K.js";
import {
  checkEngine
} from "./chunk-2HVISUFL.js";
import "./chunk-NO5TW364.js";
import {
  errorMessage
} from "./chunk-VV4NPO4R.js";
import "./chunk-IBEVECVS.js";
import "./chunk-DJJNSH3L.js";
import "./chunk-54MS2K6W.js";

// src/docker/pull-images.ts
function imageKey(ref, platform) {
  return `${ref}\0${platform ?? ""}`;
}
async function pullImages(rt, images, opts) {
  const distinct = [...new Map(images.map((i) => [`${imageKey(i.ref, i.platform)}\0${i.pull ?? ""}`, i])).values()];
  const out = /* @__PURE__ */ new Map();
  const one = async (img) => {
    const label = img.platform ? `${img.ref} (${img.platform})` : img.ref;
    try {
      const id = await ensureImage(rt, img.ref, {
        pull: img.pull ?? opts.pull,
        ...img.platform ? { platform: img.platform } : {},
        ...opts.signal ? { signal: opts.signal } : {},
        onProgress: opts.log
      });
      opts.log(`${label}: ${id.digest ? `digest ${id.digest}` : "local image, no registry digest"} (id ${id.id})`);
      out.set(imageKey(img.ref, img.platform), id);
    } catch (err) {
      opts.log(`${label}: ${errorMessage(err)}`);
      out.set(imageKey(img.ref, img.platform), { error: errorMessage(err) });
    }
  };
  await mapLimit(distinct, opts.concurrency ?? 2, one);
  const first = [...out.values()].find((v) => !("error" in v));
  const problem = first ? await checkEngine(rt, first.id) : null;
  if (problem) opts.log(problem);
  return out;
}
export {
  imageKey,
  pullImages
};
