#!/usr/bin/env node
// Bundles the command line (main/cli.ts and everything it imports, dependencies included) into
// out/cli/oncall-desk.cjs with esbuild, so `oncall-desk` starts in plain Node without compiling
// TypeScript on every run. Runs at install (`prepare`) and before the tests; `npm run build:cli`.
// CommonJS, not an ES module: main/bin/oncall-desk.mjs loads it through V8's code cache, which
// Node < 22 offers for scripts only.
import { spawnSync } from "node:child_process";
import { readFile, readdir, rm } from "node:fs/promises";
import path from "node:path";

const REPO = path.resolve(import.meta.dirname, "../..");
/** Where the bundle goes; main/bin/oncall-desk.mjs loads it from there. */
const CLI_BUNDLE = path.join(REPO, "out/cli/oncall-desk.cjs");

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
      const here = 'require("node:url").pathToFileURL(__filename)';
      return { contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(relative)}, ${here}).href`), loader: "ts" };
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
  format: "cjs",
  target: "node20.19",
  plugins: [sourceRelativeImportMeta],
  legalComments: "none",
  minify: process.env.OCD_CLI_MINIFY !== "0",
  logLevel: "warning",
});

// The code cache of the previous bundle no longer matches it (the bin keys caches by content, too);
// a warm-up run of every command writes the new one.
for (const file of await readdir(path.dirname(CLI_BUNDLE))) {
  if (file.startsWith(".v8-cache-") || file === "oncall-desk.mjs") await rm(path.join(path.dirname(CLI_BUNDLE), file), { force: true });
}
const warmUp = spawnSync(process.execPath, [path.join(REPO, "main/bin/oncall-desk.mjs")], { env: { ...process.env, OCD_CLI_WARM_UP: "1", OCD_CLI_FROM_SOURCE: "" }, stdio: "inherit" });
if (warmUp.status !== 0) process.stderr.write("oncall-desk: the warm-up run failed; the command line works, its first run compiles.\n");
