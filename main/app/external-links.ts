/**
 * Which links may leave the app for the user's browser, mail or phone app: the shared rule
 * (shared/domain/link-policy.ts: https to a host the workspace names, mailto:, tel:), and plain
 * http only to exactly the origin of a workspace source that is itself http. Nothing else.
 */
import { isContactLink, isHttpsToHosts, workspaceLinkHosts } from "../../shared/domain/link-policy";
import type { WorkspaceResult } from "../../shared/domain/workspace";

/** Decides whether a URL may be opened outside the app. */
export type ExternalLinkPolicy = (url: string) => boolean;

/** The WHATWG parser the shared rule is given; undefined for what is no URL. */
export function parseUrl(url: string): URL | undefined {
  return URL.canParse(url) ? new URL(url) : undefined;
}

/** Allows https URLs whose host is in `hosts()`, read at click time so a reloaded workspace counts. */
export function allowHttpsHosts(hosts: () => Iterable<string>): ExternalLinkPolicy {
  return (url) => isHttpsToHosts(parseUrl(url), hosts());
}

/**
 * Allows links into the workspace's sources (their URLs read at click time): https to the host of
 * any source, as allowHttpsHosts; and http only to exactly the origin (scheme, host and port) of a
 * source whose own URL is http. Internal Airflow and Spark History Servers are often plain http, and
 * the team has chosen to reach them so in its workspace; any other http link stays refused, and a
 * link with credentials is never opened.
 */
export function allowSourceLinks(sourceUrls: () => Iterable<string>): ExternalLinkPolicy {
  const sources = () => [...sourceUrls()].flatMap((url) => parseUrl(url) ?? []);
  const https = allowHttpsHosts(() => sources().map((u) => u.hostname));
  return (url) => {
    const parsed = parseUrl(url);
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

/**
 * What the window may open, from the workspace loaded at click time: the sources' links
 * (allowSourceLinks), https to the other hosts the workspace lists (`link_hosts`, as the runbook
 * view shows them clickable), and mailto:/tel: links.
 */
export function allowWorkspaceLinks(latest: () => WorkspaceResult | undefined): ExternalLinkPolicy {
  const sourceLinks = allowSourceLinks(() => workspaceSourceUrls(latest()));
  const named = allowHttpsHosts(() => {
    const result = latest();
    return result?.ok ? workspaceLinkHosts(result.workspace, parseUrl) : [];
  });
  return (url) => isContactLink(url) || named(url) || sourceLinks(url);
}
