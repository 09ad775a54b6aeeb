// Builds the three parts: main (ESM, like the package), the sandboxed preload (CommonJS: a
// sandboxed preload cannot load ES modules) and the React renderer.
import { resolve } from "node:path";
import { defineConfig } from "electron-vite";
import type { Plugin } from "vite";
import react from "@vitejs/plugin-react";

// `electron-vite dev` only: hot reload needs an inline preamble script, injected <style> tags and
// a websocket, all of which the shipped CSP (renderer/index.html) forbids. Builds keep it strict.
const devServerCsp: Plugin = {
  name: "oncall-desk:dev-server-csp",
  apply: "serve",
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws:"),
};

export default defineConfig({
  main: {
    build: {
      outDir: "out/main",
      rollupOptions: { input: { index: resolve("main/index.ts") } },
    },
  },
  preload: {
    build: {
      outDir: "out/preload",
      rollupOptions: {
        input: { preload: resolve("main/app/preload.ts") },
        output: { format: "cjs", entryFileNames: "[name].cjs" },
      },
    },
  },
  renderer: {
    root: "renderer",
    plugins: [react(), devServerCsp],
    build: {
      outDir: "out/renderer",
      // electron-vite leaves every part unminified; the window's JS is minified (budget: README, "Renderer budgets").
      minify: true,
      rollupOptions: { input: { index: resolve("renderer/index.html") } },
    },
  },
});
