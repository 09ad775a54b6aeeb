/** The `app://oncall-desk/` protocol that serves the built renderer from disk: no http server in production. */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Protocol } from "electron";

/** The scheme; registered as privileged (standard, secure) before the app is ready. */
export const APP_SCHEME = "app";

/** The origin the renderer runs on; IPC trusts calls from it. */
export const APP_ORIGIN = `${APP_SCHEME}://oncall-desk`;

/** The renderer's entry page. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The file under `root` a request URL names, or undefined for other hosts or paths that escape `root`. */
export function resolveAppFile(root: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (`${url.protocol}//${url.host}` !== APP_ORIGIN) return undefined;
  const relative = decodeURIComponent(url.pathname).replace(/^\/+/, "") || "index.html";
  const file = path.resolve(root, relative);
  return file.startsWith(path.resolve(root) + path.sep) ? file : undefined;
}

/** Serves `root` on the app protocol; `fetchFile` is net.fetch, passed in. */
export function registerAppProtocol(protocol: Pick<Protocol, "handle">, root: string, fetchFile: (url: string) => Promise<Response>): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppFile(root, request.url);
    return file ? fetchFile(pathToFileURL(file).toString()) : Promise.resolve(new Response("Not found", { status: 404 }));
  });
}
