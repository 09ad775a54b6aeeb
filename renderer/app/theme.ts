/** The window's colour scheme: the settings' choice, or the OS's while it is "system"; styles.css switches its tokens on <html data-theme>. */
import { useEffect, useSyncExternalStore } from "react";
import type { Theme } from "../../shared/domain/settings";

const DARK_QUERY = "(prefers-color-scheme: dark)";

/** The scheme to paint with. */
export type AppliedTheme = "light" | "dark";

/** The scheme for a choice: `system` (or no answer yet) follows the OS. */
export function resolveTheme(choice: Theme | undefined, osDark: boolean): AppliedTheme {
  if (choice === "light" || choice === "dark") return choice;
  return osDark ? "dark" : "light";
}

/** Paints `theme` on the document (also called once before React mounts, so the first frame is already right). */
export function paintTheme(theme: AppliedTheme): void {
  document.documentElement.dataset.theme = theme;
}

/** The OS's current scheme before React runs. */
export function osTheme(): AppliedTheme {
  return resolveTheme("system", window.matchMedia(DARK_QUERY).matches);
}

function subscribeOs(listener: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener("change", listener);
  return () => query.removeEventListener("change", listener);
}

/** Keeps the document painted with the chosen scheme, following the OS live while the choice is `system`. */
export function useAppliedTheme(choice: Theme | undefined): void {
  const osDark = useSyncExternalStore(subscribeOs, () => window.matchMedia(DARK_QUERY).matches);
  const theme = resolveTheme(choice, osDark);
  useEffect(() => paintTheme(theme), [theme]);
}
