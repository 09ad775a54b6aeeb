/** Which Chromium the browser tests drive (see chromium.mjs). */
export interface FoundChromium {
  path?: string;
  missing?: boolean;
}
/** What ensureChromium needs to know and do, injected so it can be tested without touching the machine. */
export interface ChromiumFacts {
  env: Record<string, string | undefined>;
  exists: (file: string) => boolean;
  /** True when the browser at `path` (Playwright's own when undefined) starts, else why not. */
  launches: (path: string | undefined) => Promise<true | string>;
  isRoot: boolean;
  isDebian: boolean;
  /** Installs Debian's chromium (apt) or Playwright's; true, or why it failed. */
  install: (how: "apt" | "playwright") => Promise<true | string>;
  log: (line: string) => void;
}
export const SYSTEM_CHROMIUMS: string[];
export function findChromium(env?: Record<string, string | undefined>, exists?: (file: string) => boolean): FoundChromium;
export function chromiumArgs(isRoot?: boolean): string[];
export function ensureChromium(facts: ChromiumFacts): Promise<string | undefined>;
