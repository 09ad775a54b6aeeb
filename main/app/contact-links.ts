/**
 * Links that reach a person: `mailto:` and `tel:` (the incident's one-click escalation). They open
 * the user's mail or phone app, never a page, so they pass whatever the workspace's hosts are.
 */
import type { ExternalLinkPolicy } from "./external-links";

/** Allows `mailto:` and `tel:` links, nothing else. */
export const allowContactLinks: ExternalLinkPolicy = (url) => /^(mailto|tel):[^/]/i.test(url);

/** A policy allowing what any of `policies` allows. */
export function anyLinkPolicy(...policies: ExternalLinkPolicy[]): ExternalLinkPolicy {
  return (url) => policies.some((allowed) => allowed(url));
}
