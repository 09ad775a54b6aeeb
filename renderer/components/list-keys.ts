/**
 * j/k through the current list: lists mark themselves `data-list` and their items `data-list-item`
 * (a link, or a container with tabIndex -1); Enter then opens the focused link as usual.
 */

/** True when keys typed at `target` are text, not commands. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["button", "checkbox", "radio", "submit", "reset"].includes(target.type);
}

/** Moves focus `step` items within the list holding the focus, or into the first list of `scope`; false when there is none. */
export function moveInList(step: 1 | -1, scope: ParentNode): boolean {
  const active = document.activeElement;
  const list = active?.closest("[data-list]") ?? scope.querySelector("[data-list]");
  if (!list) return false;
  const items = [...list.querySelectorAll<HTMLElement>("[data-list-item]")];
  if (items.length === 0) return false;
  const at = items.findIndex((item) => item === active || item.contains(active));
  const next = at === -1 ? (step > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, at + step));
  items[next]!.focus();
  return true;
}
