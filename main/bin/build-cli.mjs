#!/usr/bin/env node
// Bundles the command line (main/cli.ts and everything it imports, dependencies included) into
// out/cli/oncall-desk.mjs with esbuild, so `oncall-desk` starts in plain Node without compiling
// TypeScript on every run. Runs at install (`prepare`) and before the tests; `npm run build:cli`.
import { readFile } from "node:fs/promises";
import path from "node:path";

const REPO = path.resolve(import.meta.dirname, "../..");
/** Where the bundle goes; main/bin/oncall-desk.mjs imports it from there. */
const CLI_BUNDLE = path.join(REPO, "out/cli/oncall-desk.mjs");

/**
 * Our modules find files relative to themselves (load-workspace's assets/workspace): in the
 * bundle, `import.meta.url` is rewritten to the URL of the module's own source file, computed from
 * the bundle's location, so those paths resolve as they do from source.
 */
const sourceRelativeImportMeta = {
  name: "source-relative-import-meta",
  setup(builder) {
    const ours = new RegExp(`^${REPO.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\\\/](main|shared)[\\\\/].*\\.ts$`);
    builder.onLoad({ filter: ours }, async ({ path: file }) => {
      const source = await readFile(file, "utf8");
      if (!source.includes("import.meta")) return undefined;
      if (/import\.meta\.(dirname|filename)/.test(source)) throw new Error(`${file}: use import.meta.url (the CLI bundle rewrites only that)`);
      const relative = path.relative(path.dirname(CLI_BUNDLE), file).split(path.sep).join("/");
      return { contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(relative)}, import.meta.url).href`), loader: "ts" };
    });
  },
};

// An install without devDependencies (npm install --omit=dev) has no esbuild: say so, and let the
// install go on; the command then explains what it lacks when run.
const esbuild = await import("esbuild").catch(() => undefined);
if (!esbuild) {
  process.stderr.write("oncall-desk: esbuild is not installed (devDependencies omitted?), so the command line was not bundled.\n");
  process.exit(0);
}

await esbuild.build({
  entryPoints: [path.join(REPO, "main/cli.ts")],
  outfile: CLI_BUNDLE,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.19",
  // CommonJS dependencies (luxon) call require() for Node built-ins; an ES module has none of its own.
  banner: { js: 'import { createRequire as __ocdCreateRequire } from "node:module"; const require = __ocdCreateRequire(import.meta.url);' },
  plugins: [sourceRelativeImportMeta],
  legalComments: "none",
  minify: process.env.OCD_CLI_MINIFY !== "0",
  logLevel: "warning",
});
