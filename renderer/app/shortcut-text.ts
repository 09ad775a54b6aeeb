/** How shortcuts are written for this platform: ⌥1 and ⌘K on macOS, Alt+1 and Ctrl+K elsewhere. */

const mac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** The shortcut of a sidebar entry's digit, as shown. */
export function viewShortcutText(digit: string): string {
  return mac ? `⌥${digit}` : `Alt+${digit}`;
}

/** The palette's shortcut, as shown. */
export const PALETTE_SHORTCUT_TEXT = mac ? "⌘K" : "Ctrl+K";

/** The shortcut of a sidebar entry for aria-keyshortcuts (WAI-ARIA syntax). */
export function viewShortcutAria(digit: string): string {
  return `Alt+${digit}`;
}
