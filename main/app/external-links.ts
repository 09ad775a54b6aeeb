/** Which links may leave the app for the user's browser: https to an allow-listed host, nothing else. */

/** Decides whether a URL may be opened outside the app. */
export type ExternalLinkPolicy = (url: string) => boolean;

/** Allows https URLs whose host is in `hosts()`, read at click time so a reloaded workspace counts. */
export function allowHttpsHosts(hosts: () => Iterable<string>): ExternalLinkPolicy {
  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    // Credentials in a link are a phishing tell; such links are never opened.
    if (parsed.protocol !== "https:" || parsed.username || parsed.password) return false;
    return new Set(hosts()).has(parsed.hostname);
  };
}
