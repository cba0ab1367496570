// Bundles the action (dist/index.js, dist/post.js) and the CLI (dist/cli.js) with esbuild.
// Code splitting keeps dockerode and @actions/* in chunks that only load when used. The installed command,
// dist/cli.cjs, runs `inspect` from one CommonJS file (no module graph to load) and hands every other command to
// dist/cli.js.
import { build } from 'esbuild'
import { chmodSync, rmSync } from 'node:fs'
import path from 'node:path'

/**
 * docker-modem's ssh transport (ssh2) and dockerode's BuildKit session (gRPC) load at require time, ~25 ms of every
 * start, and abigap rarely or never uses them: each becomes a function that loads the real module on its first call.
 */
const lazyDockerExtras = {
  name: 'lazy-docker-extras',
  setup(b) {
    const lazy = { './ssh': /docker-modem[\\/]lib[\\/]modem\.js$/, './session': /dockerode[\\/]lib[\\/]docker\.js$/ }
    b.onResolve({ filter: /^\.\/(ssh|session)$/ }, (args) =>
      lazy[args.path]?.test(args.importer)
        ? { path: path.relative('.', path.join(args.resolveDir, `${args.path}.js`)), namespace: 'lazy-docker-extras' }
        : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'lazy-docker-extras' }, (args) => ({
      contents: `module.exports = function () { return require('./${path.basename(args.path)}').apply(this, arguments) }`,
      resolveDir: path.resolve(path.dirname(args.path)),
      loader: 'js',
    }))
  },
}

rmSync('dist', { recursive: true, force: true })
await build({
  entryPoints: { index: 'src/action/index.ts', post: 'src/action/post.ts', cli: 'src/cli/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // ssh2 (a dockerode dependency) tries optional native addons inside try/catch: leave them unresolved.
  external: ['cpu-features', '*.node'],
  // CommonJS dependencies (dockerode, ssh2) expect require, __filename and __dirname.
  banner: {
    js: [
      "import { createRequire as __abigapCreateRequire } from 'node:module'",
      "import { fileURLToPath as __abigapFileURLToPath } from 'node:url'",
      "import { dirname as __abigapDirname } from 'node:path'",
      'const require = __abigapCreateRequire(import.meta.url)',
      'const __filename = __abigapFileURLToPath(import.meta.url)',
      'const __dirname = __abigapDirname(__filename)',
    ].join(';'),
  },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyDockerExtras],
})
await build({
  entryPoints: { cli: 'src/cli/fast.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [
    {
      name: 'full-cli-stays-external',
      setup(b) {
        // only fast.ts's own import of the full CLI (a dependency may import its own ./index.js)
        b.onResolve({ filter: /^\.\/index\.js$/ }, (args) =>
          args.importer.endsWith('src/cli/fast.ts') ? { path: './cli.js', external: true } : undefined,
        )
      },
    },
  ],
})
chmodSync('dist/cli.js', 0o755)
chmodSync('dist/cli.cjs', 0o755)
