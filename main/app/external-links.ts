/**
 * Which links may leave the app for the user's browser: https to an allow-listed host, and plain
 * http only to exactly the origin of a workspace source that is itself http. Nothing else.
 */
import type { WorkspaceResult } from "../../shared/domain/workspace";

/** Decides whether a URL may be opened outside the app. */
export type ExternalLinkPolicy = (url: string) => boolean;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Allows https URLs whose host is in `hosts()`, read at click time so a reloaded workspace counts. */
export function allowHttpsHosts(hosts: () => Iterable<string>): ExternalLinkPolicy {
  return (url) => {
    const parsed = parse(url);
    // Credentials in a link are a phishing tell; such links are never opened.
    if (parsed?.protocol !== "https:" || parsed.username || parsed.password) return false;
    return new Set(hosts()).has(parsed.hostname);
  };
}

/**
 * Allows links into the workspace's sources (their URLs read at click time): https to the host of
 * any source, as allowHttpsHosts; and http only to exactly the origin (scheme, host and port) of a
 * source whose own URL is http. Internal Airflow and Spark History Servers are often plain http, and
 * the team has chosen to reach them so in its workspace; any other http link stays refused, and a
 * link with credentials is never opened.
 */
export function allowSourceLinks(sourceUrls: () => Iterable<string>): ExternalLinkPolicy {
  const sources = () => [...sourceUrls()].flatMap((url) => parse(url) ?? []);
  const https = allowHttpsHosts(() => sources().map((u) => u.hostname));
  return (url) => {
    const parsed = parse(url);
    if (parsed?.protocol !== "http:") return https(url);
    if (parsed.username || parsed.password) return false;
    return sources().some((u) => u.protocol === "http:" && u.origin === parsed.origin);
  };
}

/** The URLs of the sources of a valid workspace (none while it has problems). */
export function workspaceSourceUrls(result: WorkspaceResult | undefined): string[] {
  if (!result?.ok) return [];
  return result.workspace.sources.flatMap((source) => ("url" in source ? [source.url] : []));
}
