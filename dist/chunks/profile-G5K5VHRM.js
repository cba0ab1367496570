import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  Command
} from "./chunk-PDI5OQZ3.js";
import {
  embeddedProfiles,
  findProfile,
  suggestTargets
} from "./chunk-XIJAJIPL.js";
import {
  normaliseArch,
  normalisePath,
  profileFromTree
} from "./chunk-MTCQCEN2.js";
import "./chunk-K7JWVYMN.js";
import "./chunk-MUPL4P2E.js";
import {
  parseCommandLine,
  printErr,
  printOut,
  reportingErrors,
  safeText,
  usageError
} from "./chunk-L37ITCKO.js";
import {
  ExitCode
} from "./chunk-7SNLVPQW.js";
import {
  UserError
} from "./chunk-JQT2NS4W.js";
import {
  isUnknownImage
} from "./chunk-VV4NPO4R.js";
import {
  InfrastructureError
} from "./chunk-IBEVECVS.js";
import "./chunk-54MS2K6W.js";

// src/cli/commands/profile.ts
import { statSync } from "node:fs";
import { basename, resolve } from "node:path";

// src/io/fs-tree.ts
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readlinkSync, readSync } from "node:fs";
import { join } from "node:path";
function entryOf(st) {
  const type = st.isSymbolicLink() ? "symlink" : st.isFile() ? "file" : st.isDirectory() ? "dir" : "other";
  return { type, size: st.size };
}
function fileSource(abs, size) {
  return {
    size,
    read(offset, length) {
      if (!(offset >= 0 && length >= 0 && offset + length <= size)) {
        throw Object.assign(new Error(`read of ${length} bytes at ${offset} leaves the ${size}-byte file`), {
          code: "TRUNCATED",
          offset
        });
      }
      const buf = new Uint8Array(length);
      const fd = openSync(abs, "r");
      try {
        let got = 0;
        while (got < length) {
          const n = readSync(fd, buf, got, length - got, offset + got);
          if (n <= 0) break;
          got += n;
        }
        if (got < length) throw Object.assign(new Error(`short read at ${offset}`), { code: "TRUNCATED", offset });
      } finally {
        closeSync(fd);
      }
      return buf;
    }
  };
}
function fsTree(rootDir) {
  const abs = (p) => join(rootDir, normalisePath(p));
  return {
    lstat(p) {
      try {
        return entryOf(lstatSync(abs(p)));
      } catch {
        return null;
      }
    },
    readlink(p) {
      try {
        return readlinkSync(abs(p));
      } catch {
        return null;
      }
    },
    list(dir) {
      try {
        if (!lstatSync(abs(dir)).isDirectory()) return null;
        return readdirSync(abs(dir));
      } catch {
        return null;
      }
    },
    open(p) {
      const a = abs(p);
      try {
        if (!lstatSync(a).isFile()) return null;
        const fd = openSync(a, "r");
        try {
          const st = fstatSync(fd);
          return st.isFile() ? fileSource(a, st.size) : null;
        } finally {
          closeSync(fd);
        }
      } catch {
        return null;
      }
    }
  };
}

// src/cli/commands/profile.ts
var run = reportingErrors(profileCommand);
async function profileCommand(argv) {
  const cmd = new Command("abigap profile").description("the target profile (libc, loaders, libraries, version nodes) of an image or a root filesystem").argument("[image]", "image reference: probed through Docker, or the embedded knowledge for known names").option("--rootfs <dir>", "derive the profile from a root filesystem directory (nothing is run)").option("--name <name>", "the image name to record for --rootfs (default: the directory name)").option("--platform <os/arch>", "architecture for embedded / probed profiles (default amd64)").option("--embedded", "use the embedded knowledge only (no Docker)").option("--list", "list the embedded target names").option("--json", "print the profile as JSON (save it and pass it to check --profile)");
  const ended = parseCommandLine(cmd, argv);
  if (ended !== null) return ended;
  const opts = cmd.opts();
  const image = cmd.processedArgs[0];
  const arch = normaliseArch(opts.platform ?? "amd64");
  if (opts.list) {
    const rows = embeddedProfiles(arch).map(
      (p) => `${p.image.padEnd(40)} ${`${p.libc.flavor} ${p.libc.version ?? ""}`.padEnd(14)} ${p.confidence.padEnd(7)} ${p.aliases.slice(0, 3).join(", ")}`
    );
    if (opts.json) process.stdout.write(JSON.stringify(embeddedProfiles(arch)) + "\n");
    else printOut(rows.join("\n") + "\n");
    return ExitCode.ok;
  }
  if (opts.rootfs && image) return usageError("give either IMAGE or --rootfs DIR, not both");
  if (!opts.rootfs && !image) return usageError("profile needs IMAGE or --rootfs DIR (or --list)");
  let profile;
  if (opts.rootfs) {
    const dir = resolve(opts.rootfs);
    try {
      if (!statSync(dir).isDirectory()) return usageError(`--rootfs ${opts.rootfs} is not a directory`);
    } catch {
      return usageError(`--rootfs ${opts.rootfs}: no such directory`);
    }
    profile = profileFromTree(fsTree(dir), {
      image: opts.name ?? basename(dir),
      source: "rootfs",
      ...opts.platform ? { arch } : {}
    });
  } else {
    const name = image;
    const known = findProfile(name, arch);
    if (opts.embedded) {
      if (!known) return unknownTarget(name);
      profile = known;
    } else {
      const docker = await import("./docker-APOVR652.js");
      try {
        const rt = await docker.connectDocker();
        profile = await docker.probeImage(rt, name, {
          pull: "missing",
          ...opts.platform ? { platform: `linux/${arch}` } : {}
        });
      } catch (e) {
        if (!(e instanceof InfrastructureError)) throw e;
        if (!known) throw cannotProfile(name, e, e instanceof docker.ImageUnavailableError && isUnknownImage(e.message));
        printErr(`abigap: could not probe ${name} (${e.message}); showing the embedded profile instead
`);
        profile = known;
      }
    }
  }
  if (opts.json) process.stdout.write(JSON.stringify(profile, null, 2) + "\n");
  else printOut(describeProfile(profile) + "\n");
  return ExitCode.ok;
}
function cannotProfile(name, cause, unknownImage) {
  const s = suggestTargets(name);
  const message = `cannot profile '${name}': ${cause.message}${s.length ? `; embedded names close to it: ${s.join(", ")}` : ""}`;
  return unknownImage ? new UserError("target", message, { cause }) : new InfrastructureError(message, { cause });
}
function unknownTarget(name) {
  const s = suggestTargets(name);
  return usageError(`unknown target '${name}'${s.length ? `; did you mean: ${s.join(", ")}?` : ""}`);
}
function describeProfile(p) {
  const lines = [];
  const add = (k, v) => lines.push(`  ${k.padEnd(15)}${v}`);
  lines.push(`${safeText(p.image)}:`);
  if (p.aliases.length) add("aliases", p.aliases.map((a) => safeText(a)).join(", "));
  add("distro", p.distro ? safeText(`${p.distro.name} ${p.distro.version}`) : "unknown");
  add("arch", p.arch.join(", "));
  add("libc", `${p.libc.flavor}${p.libc.version ? " " + safeText(p.libc.version) : ""}`);
  add(
    "loaders",
    p.loaders.length ? p.loaders.map((l) => safeText(l)).join(", ") : "none (only static binaries run here)"
  );
  const core = ["libc.so.6", "libstdc++.so.6", "libgcc_s.so.1"];
  for (const c of core) {
    const l = p.libraries.find((x) => x.soname === c);
    if (!l) continue;
    const top = l.versions.filter((v) => /^(GLIBC|GLIBCXX|GCC)_\d/.test(v)).pop();
    add(c, `${l.versions.length} version nodes${top ? `, newest ${safeText(top)}` : ""}`);
  }
  add("libraries", `${p.libraries.length}${p.librariesComplete ? " (complete)" : " (core libraries only)"}`);
  if (p.kernel) add("kernel", p.kernel);
  if (p.x86IsaBaseline) add("x86-64", `v${p.x86IsaBaseline} baseline`);
  if (p.eol) add("eol", safeText(p.eol));
  add("source", `${p.source}, confidence ${p.confidence}`);
  add("provenance", safeText(p.provenance, 300));
  for (const c of p.caveats ?? []) add("caveat", safeText(c, 300));
  return lines.join("\n");
}
export {
  run
};
