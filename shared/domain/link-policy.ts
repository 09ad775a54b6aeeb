/**
 * Which links may leave the app: ONE rule for main (what it hands to the browser or the mail and
 * phone apps) and the renderer (which links of a runbook are clickable). https only to a host the
 * workspace names — its sources' hosts and its `link_hosts` — never with credentials in the URL
 * (a phishing tell); `mailto:` and `tel:`, which reach a person, not a page. shared/ has no URL
 * global (no DOM, no Node types), so callers pass the WHATWG parser in as `parse`.
 */
import type { SourceConfig } from "./workspace-schema";

/** The parts of a parsed URL the rule reads (a WHATWG `URL` has them all). */
export interface LinkParts {
  protocol: string;
  hostname: string;
  username: string;
  password: string;
}

/** Parses a URL; undefined when it is not one. */
export type ParseLink = (url: string) => LinkParts | undefined;

/** What the rule needs of a workspace: its sources and the extra hosts it lists. */
export interface LinkWorkspace {
  sources: readonly SourceConfig[];
  link_hosts?: readonly string[] | undefined;
}

/** How a runbook shows a link: opened in the browser, in the mail or phone app, or as plain text with its URL visible. */
export type LinkKind = "web" | "contact" | "text";

/** True for `mailto:` and `tel:` links (with something after the colon, and no `//` authority trick). */
export function isContactLink(url: string): boolean {
  return /^(mailto|tel):[^/\s]/i.test(url.trim());
}

/** True when `link` is https to one of `hosts`, without a user name or password. */
export function isHttpsToHosts(link: LinkParts | undefined, hosts: Iterable<string>): boolean {
  if (link?.protocol !== "https:" || link.username || link.password) return false;
  return new Set(hosts).has(link.hostname);
}

/** The hosts a workspace names: each source's URL host, then its `link_hosts`; no duplicates. */
export function workspaceLinkHosts(ws: LinkWorkspace, parse: ParseLink): string[] {
  const fromSources = ws.sources.flatMap((source) => ("url" in source ? (parse(source.url)?.hostname ?? []) : []));
  return [...new Set([...fromSources, ...(ws.link_hosts ?? []).map((host) => host.toLowerCase())])];
}

/** How a link of a runbook is shown, given the hosts the workspace names. */
export function linkKind(url: string, hosts: Iterable<string>, parse: ParseLink): LinkKind {
  if (isContactLink(url)) return "contact";
  return isHttpsToHosts(parse(url), hosts) ? "web" : "text";
}
