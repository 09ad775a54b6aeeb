/**
 * `npm run bench:renderer`: the renderer's budgets, measured (not asserted: these machines are
 * shared, so figures go to the README, never into a timed test).
 *   1. initial JS (the entry and what it preloads), minified and gzipped: ≤ 120 KB;
 *   2. the Now view's on-call name on screen after a navigation, median of 5 page loads of the
 *      built renderer on a running desk (browser test host): ≤ 300 ms;
 *   3. a board of 500 pipelines re-rendered after one status change (render, commit and layout): ≤ 16 ms.
 * Run it after `electron-vite build` (the npm script does).
 */
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import { openDesk, RENDERER_DIR, REPO } from "../e2e/support/open-desk";
import { serveStatic } from "../e2e/support/static-server";
import { launchChromium } from "./launch-chromium";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Gzipped bytes of the scripts index.html loads before anything runs: its module entry and modulepreloads. */
async function initialJs(): Promise<{ files: string[]; raw: number; gzip: number; lazy: number }> {
  const html = await readFile(path.join(RENDERER_DIR, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const body = await readFile(path.join(RENDERER_DIR, file));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  const { readdir } = await import("node:fs/promises");
  const all = (await readdir(path.join(RENDERER_DIR, "assets"))).filter((f) => f.endsWith(".js") && !files.includes(`assets/${f}`));
  let lazy = 0;
  for (const f of all) lazy += gzipSync(await readFile(path.join(RENDERER_DIR, "assets", f)), { level: 9 }).length;
  return { files, raw, gzip, lazy };
}

/** Records when the on-call name first has text, in ms since the navigation started (performance.now's origin). */
const NAME_PROBE = `(() => {
  document.addEventListener("DOMContentLoaded", () => { window.__domReadyAt = performance.now(); });
  const seen = () => { const el = document.querySelector("[data-oncall-name]"); return el && el.textContent; };
  new MutationObserver((_, observer) => { if (seen()) { window.__oncallNameAt = performance.now(); observer.disconnect(); } })
    .observe(document, { childList: true, subtree: true, characterData: true });
})();`;

async function nowViewTimes(): Promise<{ cold: number; warm: number[]; scriptsDone: number[] }> {
  const server = await serveStatic(RENDERER_DIR);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript({ content: NAME_PROBE });
    // Read by polling (the page's CSP refuses waitForFunction's eval); the instant itself was taken in the page.
    const nameAt = async () => {
      for (;;) {
        const at = (await page.evaluate("window.__oncallNameAt")) as number | undefined;
        if (at !== undefined) return at;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    // The first load starts the services too (workspace read, schedule compiled, first poll).
    const { stop } = await openDesk(page, server.origin, { path: "/now", freezePageClock: false });
    try {
      const cold = await nameAt();
      const warm: number[] = [];
      const scriptsDone: number[] = [];
      for (let i = 0; i < 5; i++) {
        await page.goto("about:blank");
        await page.goto(`${server.origin}/index.html#/now`);
        warm.push(await nameAt());
        // Module scripts have run by DOMContentLoaded: the rest is React's first render and the bridge's answer.
        scriptsDone.push((await page.evaluate("window.__domReadyAt")) as number);
      }
      return { cold, warm, scriptsDone };
    } finally {
      await stop();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

async function boardTimes(): Promise<{ change: number[]; everyRow: number[] }> {
  const out = await mkdtemp(path.join(tmpdir(), "oncall-desk-board-bench-"));
  try {
    await build({
      root: path.join(REPO, "test/tools/board-bench"),
      configFile: false,
      logLevel: "warn",
      mode: "production",
      plugins: [react()],
      build: { outDir: out, emptyOutDir: true, minify: true },
    });
    const server = await serveStatic(out);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/index.html`);
      await page.locator("table").waitFor();
      // A warm-up lets the JIT settle, as it has in a window that has been open a while.
      await page.evaluate("window.benchStatusChange(20)");
      const change = (await page.evaluate("window.benchStatusChange(100)")) as number[];
      const everyRow = (await page.evaluate("window.benchEveryRowNew(30)")) as number[];
      return { change, everyRow };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

// The machines are shared: say how busy this one was, so the figures can be read for what they are.
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(" / ")} on this machine's cores`);
const js = await initialJs();
console.log(`initial JS: ${js.files.join(", ")}: ${(js.raw / 1024).toFixed(1)} KB minified, ${(js.gzip / 1024).toFixed(1)} KB gzipped (budget 120 KB); lazy chunks ${(js.lazy / 1024).toFixed(1)} KB gzipped`);
const now = await nowViewTimes();
console.log(`Now view, on-call name on screen after navigation: median of 5 ${ms(median(now.warm))} (runs ${now.warm.map((x) => x.toFixed(0)).join(", ")} ms, best ${ms(Math.min(...now.warm))}; budget 300 ms); entry script loaded and run by ${ms(median(now.scriptsDone))} (median); first load with cold services ${ms(now.cold)}`);
const board = await boardTimes();
console.log(`500-pipeline board after one status change: median ${ms(median(board.change))}, p95 ${ms(percentile(board.change, 0.95))}, best ${ms(Math.min(...board.change))} over ${board.change.length} changes (budget 16 ms); every row new: median ${ms(median(board.everyRow))}`);
