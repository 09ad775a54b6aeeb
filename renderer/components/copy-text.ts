/**
 * Copies text to the clipboard from a click. The async Clipboard API first; where the host refuses
 * it (the app grants web pages no permission, session-policy.ts), the copy command of the click's
 * own user gesture, which needs none.
 */

/** The copy command with `text` as its data; false when the page refused it. */
function copyCommand(text: string): boolean {
  const put = (event: ClipboardEvent) => {
    event.clipboardData?.setData("text/plain", text);
    event.preventDefault();
  };
  document.addEventListener("copy", put);
  try {
    return document.execCommand("copy");
  } finally {
    document.removeEventListener("copy", put);
  }
}

/** Copies `text`; resolves false when neither way was allowed (the caller says so and shows the text to select). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyCommand(text);
  }
}
