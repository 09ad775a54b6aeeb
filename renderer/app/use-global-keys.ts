/** The window's keyboard: Ctrl/Cmd+K opens the palette, Alt+digit opens a view, j/k move through the current list. */
import { useEffect } from "react";
import { isTyping, moveInList } from "../components/list-keys";
import { NAV } from "./route-table";

/** Listens on the window while mounted. */
export function useGlobalKeys(navigate: (path: string) => void, openPalette: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = event.ctrlKey || event.metaKey;
      if (command && !event.altKey && event.key.toLowerCase() === "k") {
        event.preventDefault();
        openPalette();
        return;
      }
      if (event.altKey && !command) {
        // `code`, not `key`: Option+1 types "¡" on macOS.
        const entry = NAV.find((n) => event.code === `Digit${n.digit}`);
        if (entry) {
          event.preventDefault();
          navigate(entry.path);
        }
        return;
      }
      if (command || event.altKey || event.shiftKey || isTyping(event.target)) return;
      if (event.key === "j" || event.key === "k") {
        const main = document.getElementById("main");
        if (main && moveInList(event.key === "j" ? 1 : -1, main)) event.preventDefault();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [navigate, openPalette]);
}
