/** A fake home-grown status endpoint: serves whatever JSON document the test sets, at any path. */
import { startFakeServer, type FakeServer } from "./fake-http-server";

/** The fake and the document it serves. */
export interface FakeHttpJson extends FakeServer {
  document: unknown;
}

/** Starts the fake; with `bearer`, requests need `Authorization: Bearer <bearer>`. */
export async function startFakeHttpJson(options: { bearer?: string } = {}): Promise<FakeHttpJson> {
  const fake: FakeHttpJson = Object.assign(
    await startFakeServer(
      (req) => {
        if (options.bearer && req.headers.authorization !== `Bearer ${options.bearer}`) return { status: 401, body: { error: "unauthorized" } };
        return { status: 200, body: fake.document };
      },
      (status, title, detail) => ({ status, body: { error: title, message: detail } }),
    ),
    { document: undefined as unknown },
  );
  return fake;
}
