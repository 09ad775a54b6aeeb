/** Typed access to the bridge the preload exposes; the renderer's only way to reach main. */
import type { OncallApi } from "../shared/ipc/contract";

declare global {
  interface Window {
    /** Installed by the preload (or, in the browser tests, by the test host). */
    readonly oncall?: OncallApi;
  }
}

/** The bridge; throws a plain message when the page runs without the preload. */
export function oncall(): OncallApi {
  if (!window.oncall) throw new Error("The On-Call Desk bridge is missing: this page must run inside the app.");
  return window.oncall;
}

/** An error from a bridge call in plain words: Electron prefixes main's message with the channel; the user needs only the reason. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Then the error's class name ("Error: ", "SecretStorageRefused: "): one capitalised word, never the start of a reason.
  return message.replace(/^Error invoking remote method '[^']*': /, "").replace(/^[A-Z][A-Za-z]*: /, "");
}
