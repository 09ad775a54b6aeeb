/** A route table for the fake servers: a fake gains an endpoint by adding one entry (method, path pattern, handler). */
import type { FakeRequest, FakeResponse } from "./fake-http-server";

/** One endpoint: `pattern` is matched against the whole path; its groups are passed decoded as `params`. */
export interface FakeRoute {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  pattern: RegExp;
  handle(req: FakeRequest, params: string[]): FakeResponse | Promise<FakeResponse>;
}

/** A handler that answers with the first route matching the request, else `notFound`. */
export function routeTable(routes: readonly FakeRoute[], notFound: (req: FakeRequest) => FakeResponse): (req: FakeRequest) => FakeResponse | Promise<FakeResponse> {
  return (req) => {
    for (const route of routes) {
      const match = route.method === req.method ? route.pattern.exec(req.path) : null;
      if (match) return route.handle(req, match.slice(1).map((p) => decodeURIComponent(p)));
    }
    return notFound(req);
  };
}
