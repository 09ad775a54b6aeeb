/** The WHATWG URL parser the shared link rule is given in the window (shared/ has no URL global). */

/** `url` parsed, or undefined when it is no URL. */
export function parseUrl(url: string): URL | undefined {
  return URL.canParse(url) ? new URL(url) : undefined;
}
