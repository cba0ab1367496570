import { createRequire as __abigapCreateRequire } from 'node:module';import { fileURLToPath as __abigapFileURLToPath } from 'node:url';import { dirname as __abigapDirname } from 'node:path';const require = __abigapCreateRequire(import.meta.url);const __filename = __abigapFileURLToPath(import.meta.url);const __dirname = __abigapDirname(__filename)
import {
  explainEngineError
} from "./chunk-2HVISUFL.js";
import "./chunk-NO5TW364.js";
import {
  errorMessage,
  errorStatus
} from "./chunk-VV4NPO4R.js";
import {
  InfrastructureError
} from "./chunk-IBEVECVS.js";
import "./chunk-DJJNSH3L.js";
import "./chunk-54MS2K6W.js";

// src/docker/demux.ts
function createDemuxer(sink) {
  let pending = Buffer.alloc(0);
  return (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (pending.length >= 8) {
      const kind = pending[0];
      const size = pending.readUInt32BE(4);
      if (pending.length < 8 + size) break;
      const payload = pending.subarray(8, 8 + size);
      pending = pending.subarray(8 + size);
      if (size > 0) sink(kind === 2 ? "stderr" : "stdout", Buffer.from(payload));
    }
  };
}

// src/docker/dockerode-runtime.ts
var DockerodeRuntime = class {
  constructor(docker, endpoint) {
    this.docker = docker;
    this.endpoint = endpoint;
    this.local = endpoint.startsWith("unix://");
  }
  docker;
  endpoint;
  local;
  async ping(timeoutMs) {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.docker.ping(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
  async version() {
    const v = await this.docker.version();
    const podman = (v.Components ?? []).some((c) => /podman/i.test(c.Name));
    return { version: v.Version, apiVersion: v.ApiVersion, engine: podman ? "podman" : "docker" };
  }
  async inspectImage(ref) {
    try {
      const info = await this.docker.getImage(ref).inspect();
      const variant = info.Variant;
      return {
        id: info.Id,
        repoDigests: info.RepoDigests ?? [],
        arch: info.Architecture,
        os: info.Os,
        ...variant ? { variant } : {}
      };
    } catch (err) {
      if (errorStatus(err) === 404) return null;
      throw err;
    }
  }
  async pullImage(ref, platform, onEvent, signal, auth) {
    const stream = await this.docker.pull(ref, {
      ...platform ? { platform } : {},
      ...auth ? { authconfig: auth } : {},
      ...signal ? { abortSignal: signal } : {}
    });
    await new Promise((resolve, reject) => {
      let buffered = "";
      const onAbort = () => reject(new Error("pull cancelled"));
      signal?.addEventListener("abort", onAbort, { once: true });
      const emitLine = (line) => {
        if (!line.trim()) return;
        try {
          onEvent(JSON.parse(line));
        } catch {
          onEvent({ error: `unreadable pull event: ${line.slice(0, 200)}` });
        }
      };
      stream.on("data", (chunk) => {
        buffered += chunk.toString("utf8");
        let nl;
        while ((nl = buffered.indexOf("\n")) >= 0) {
          emitLine(buffered.slice(0, nl));
          buffered = buffered.slice(nl + 1);
        }
      });
      stream.on("end", () => {
        emitLine(buffered);
        signal?.removeEventListener("abort", onAbort);
        resolve();
      });
      stream.on("error", (err) => {
        signal?.removeEventListener("abort", onAbort);
        reject(err);
      });
    });
  }
  async createVolume(name, labels) {
    await this.docker.createVolume({ Name: name, Labels: labels });
  }
  async removeVolume(name) {
    try {
      await this.docker.getVolume(name).remove({ force: true });
    } catch (err) {
      if (errorStatus(err) !== 404) throw err;
    }
  }
  async listVolumes(label) {
    const res = await this.docker.listVolumes({ filters: JSON.stringify({ label: [label] }) });
    return (res.Volumes ?? []).map((v) => ({ id: v.Name, name: v.Name, labels: v.Labels ?? {} }));
  }
  async createContainer(spec) {
    const l = spec.limits;
    const body = {
      Image: spec.image,
      Entrypoint: spec.entrypoint,
      Cmd: spec.cmd,
      Env: spec.env,
      User: l.user,
      Labels: spec.labels,
      ...spec.workdir ? { WorkingDir: spec.workdir } : {},
      AttachStdin: spec.stdin === true,
      AttachStdout: true,
      AttachStderr: true,
      Tty: false,
      OpenStdin: spec.stdin === true,
      StdinOnce: false,
      // no network is NetworkMode none (a private namespace with only loopback), as `docker run --network none`;
      // NetworkDisabled would also drop the /etc/hosts the engine writes, so a program could not resolve localhost
      HostConfig: {
        NetworkMode: l.network ? "bridge" : "none",
        ReadonlyRootfs: l.readOnlyRootfs,
        CapDrop: ["ALL"],
        SecurityOpt: ["no-new-privileges"],
        Privileged: false,
        PidsLimit: l.pidsLimit,
        Memory: l.memoryBytes,
        MemorySwap: l.memoryBytes,
        NanoCpus: l.nanoCpus,
        Ulimits: Object.entries(l.ulimits).map(([Name, v]) => ({ Name, Soft: v, Hard: v })),
        Tmpfs: l.tmpfs,
        Init: l.init,
        AutoRemove: false,
        ...spec.logs === false ? { LogConfig: { Type: "none", Config: {} } } : {},
        Mounts: spec.mounts.map(
          (m) => "bind" in m ? { Type: "bind", Source: m.bind, Target: m.target, ReadOnly: m.readOnly } : { Type: "volume", Source: m.volume, Target: m.target, ReadOnly: m.readOnly }
        )
      }
    };
    try {
      const container = await this.docker.createContainer({
        _query: { name: spec.name, ...spec.platform ? { platform: spec.platform } : {} },
        _body: body
      });
      return container.id;
    } catch (err) {
      const message = errorMessage(err);
      const explained = explainEngineError(message);
      if (explained === message) throw err;
      throw new InfrastructureError(explained, { cause: err });
    }
  }
  async putArchive(id, path, tar) {
    try {
      await this.docker.getContainer(id).putArchive(tar, { path });
    } catch (err) {
      if (!Buffer.isBuffer(tar)) tar.destroy?.();
      throw err;
    }
  }
  async statPath(id, path) {
    let res;
    try {
      res = await this.docker.getContainer(id).infoArchive({ path });
    } catch (err) {
      if (errorStatus(err) === 404) return null;
      throw err;
    }
    res.resume();
    const header = res.headers?.["x-docker-container-path-stat"];
    if (!header) throw new Error("the engine sent no path stat");
    const stat = JSON.parse(Buffer.from(header, "base64").toString("utf8"));
    if (typeof stat.mode !== "number") throw new Error("the engine sent no file mode");
    return pathStatOf(stat.mode, stat.size, stat.linkTarget);
  }
  async getArchive(id, path) {
    return await this.docker.getContainer(id).getArchive({ path });
  }
  async attach(id, sink, stdin = false) {
    const stream = await this.docker.getContainer(id).attach({ stream: true, stdin, hijack: stdin, stdout: true, stderr: true, logs: false });
    return {
      ...wrapStream(stream, sink),
      write: (data) => {
        if (!stdin) throw new Error("attached without stdin");
        stream.write(data);
      }
    };
  }
  async wait(id) {
    const res = await this.docker.getContainer(id).wait({ condition: "next-exit" });
    return typeof res.StatusCode === "number" ? res.StatusCode : null;
  }
  async start(id) {
    await this.docker.getContainer(id).start();
  }
  async inspectContainer(id) {
    const info = await this.docker.getContainer(id).inspect();
    const s = info.State;
    return {
      running: s.Running || s.Restarting,
      exitCode: typeof s.ExitCode === "number" ? s.ExitCode : null,
      oomKilled: s.OOMKilled,
      error: s.Error ?? ""
    };
  }
  async kill(id, signal = "SIGKILL") {
    try {
      await this.docker.getContainer(id).kill({ signal });
    } catch (err) {
      const status = errorStatus(err);
      if (status !== 404 && status !== 409 && status !== 304) throw err;
    }
  }
  async removeContainer(id) {
    try {
      await this.docker.getContainer(id).remove({ force: true, v: true });
    } catch (err) {
      const status = errorStatus(err);
      if (status !== 404 && status !== 409) throw err;
    }
  }
  async listContainers(label) {
    const list = await this.docker.listContainers({ all: true, filters: JSON.stringify({ label: [label] }) });
    return list.map((c) => ({ id: c.Id, name: (c.Names[0] ?? "").replace(/^\//, ""), labels: c.Labels ?? {} }));
  }
};
function wrapStream(stream, sink) {
  const feed = createDemuxer(sink);
  const done = new Promise((resolve) => {
    stream.on("data", (chunk) => feed(chunk));
    stream.on("end", () => resolve());
    stream.on("close", () => resolve());
    stream.on("error", () => resolve());
  });
  return {
    done,
    destroy: () => {
      const s = stream;
      s.destroy?.();
    }
  };
}
function pathStatOf(mode, size, linkTarget) {
  const bit = (n) => Math.floor(mode / 2 ** n) % 2 === 1;
  const special = [26, 25, 24, 21, 19].some(bit);
  const type = bit(31) ? "dir" : bit(27) ? "symlink" : special ? "other" : "file";
  return {
    type,
    size: type === "file" && typeof size === "number" && size >= 0 ? size : 0,
    linkTarget: type === "symlink" && typeof linkTarget === "string" ? linkTarget : ""
  };
}
export {
  DockerodeRuntime,
  pathStatOf
};
