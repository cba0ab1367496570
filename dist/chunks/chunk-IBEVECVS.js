import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)

// src/errors/infrastructure-error.ts
var InfrastructureError = class extends Error {
  name = "InfrastructureError";
  /** True when retrying may help (connection reset, 5xx, timeouts). */
  transient;
  constructor(message, opts = {}) {
    super(message, opts.cause === void 0 ? void 0 : { cause: opts.cause });
    this.transient = opts.transient ?? false;
  }
};

export {
  InfrastructureError
};
