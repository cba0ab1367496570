import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)

// src/docker/start-reads.ts
var StartReads = class {
  /** `wanted`: the sonames the probe looks up (the files to read follow from them, startReadPaths in probe-needs.ts). */
  constructor(wanted) {
    this.wanted = wanted;
    this.files = new Promise((resolve) => this.deliver = resolve);
  }
  wanted;
  files;
  deliver;
  settled = false;
  /** Whether nothing was handed over yet (a probe that found its profile cached settles with null at once). */
  get pending() {
    return !this.settled;
  }
  /** Hands over what was read; only the first call counts. */
  settle(files) {
    if (this.settled) return;
    this.settled = true;
    this.deliver(files);
  }
};
var SAME_FILE_BASE = 4096n;
var RecordParser = class {
  constructor(paths, maxBytes) {
    this.paths = paths;
    this.maxBytes = maxBytes;
  }
  paths;
  maxBytes;
  /** Each record's content so far, in the order of `paths`. */
  records = [];
  pending = [];
  pendingBytes = 0;
  header = null;
  bytes = 0;
  push(chunk) {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) throw new Error(`the files read exceed ${this.maxBytes} bytes`);
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    const records = this.records;
    while (records.length < this.paths.length) {
      if (this.header === null) {
        if (this.pendingBytes < 8) break;
        this.header = this.take(8).readBigInt64LE(0);
      }
      if (this.header >= 0n) {
        if (this.pendingBytes < Number(this.header)) break;
        records.push(this.take(Number(this.header)));
      } else if (this.header <= -SAME_FILE_BASE) {
        const index = Number(-this.header - SAME_FILE_BASE);
        if (index >= records.length) throw new Error(`record ${records.length} names a later file (${index})`);
        records.push(records[index]);
      } else records.push(null);
      this.header = null;
    }
    if (records.length < this.paths.length) return null;
    return new Map(this.paths.map((p, i) => [p, records[i]]));
  }
  /** The bytes pushed after the last record (taken: a second call returns none). */
  rest() {
    return this.take(this.pendingBytes);
  }
  /** The next `n` bytes of what was pushed (copied together only when they span chunks). */
  take(n) {
    const all = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    this.pending.length = 0;
    const rest = all.subarray(n);
    if (rest.length) this.pending.push(rest);
    this.pendingBytes = rest.length;
    return all.subarray(0, n);
  }
};

export {
  StartReads,
  RecordParser
};
