/** Which view a path opens, with its arguments decoded (routes.ts encodes them). */
import { matchRoute, type Parser } from "wouter";
import type { ViewDef } from "./route-table";

/** A matched route. */
export interface RouteMatch {
  view: ViewDef;
  params: Record<string, string>;
}

/** Decodes an argument; a malformed escape stays as written instead of throwing in render. */
function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The first view of `views` whose pattern matches `path`, or undefined. */
export function findRoute(views: readonly ViewDef[], path: string, parser: Parser): RouteMatch | undefined {
  for (const view of views) {
    const [matches, params] = matchRoute(parser, view.pattern, path);
    if (!matches) continue;
    const named = Object.entries(params ?? {}).filter(([key]) => !/^\d+$/.test(key));
    return { view, params: Object.fromEntries(named.map(([key, value]) => [key, decode(value ?? "")])) };
  }
  return undefined;
}
