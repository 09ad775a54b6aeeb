/**
 * Installs `window.oncall` in a Chromium page the way Electron does: the real built preload
 * (out/preload/preload.cjs) runs against a stand-in `electron` module whose ipcRenderer calls
 * a Playwright binding, and the binding runs the same guard and handler table as ipcMain.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { forwardEvents, createHandlers, type HandlerServices } from "../../../main/app/handlers";
import { guardedCall, trustOwnOrigins } from "../../../main/app/ipc-guard";

/** The stand-in for `require("electron")` inside the page, plus the hook main-side events arrive through. */
function initScript(preloadSource: string): string {
  return `(() => {
  const listeners = new Map();
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, api) { Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true }); },
    },
    ipcRenderer: {
      invoke: (channel, payload) => window.__oncallInvoke(channel, payload),
      on(channel, listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
      },
      removeListener(channel, listener) { listeners.get(channel)?.delete(listener); },
    },
  };
  window.__oncallDeliver = (channel, payload) => {
    for (const listener of listeners.get(channel) ?? []) listener({}, payload);
  };
  const require = (name) => {
    if (name === "electron") return electron;
    throw new Error("a sandboxed preload can only require electron, not " + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}

/** Wires `page` to `services`; calls are trusted only from `page` on `origin`. Returns the function that stops event forwarding. */
export async function installBridge(page: Page, services: HandlerServices, origin: string, preloadPath: string): Promise<() => void> {
  const handlers = createHandlers(services);
  const policy = trustOwnOrigins([origin]);
  await page.exposeBinding("__oncallInvoke", (source, channel: string, payload: unknown) =>
    guardedCall(handlers, channel, payload, { ownWindow: source.page === page, frameUrl: source.frame.url() }, policy),
  );
  await page.addInitScript({ content: initScript(await readFile(preloadPath, "utf8")) });
  return forwardEvents(services, (event, payload) => {
    // Delivery to a page that is closing is allowed to fail, as webContents.send would.
    page.evaluate(([name, data]) => (globalThis as unknown as { __oncallDeliver(n: string, d: unknown): void }).__oncallDeliver(name, data), [event, payload] as const).catch(() => undefined);
  });
}
