/** zod schemas for every renderer → main payload: main trusts nothing the renderer sends until it parses. */
import { z } from "zod";
import type { InvokeChannel, InvokeMap } from "./contract";

const noParams = z.strictObject({});

/** The request schema of each invoke channel; the mapped type makes the table complete. */
export const REQUEST_SCHEMAS: { readonly [K in InvokeChannel]: z.ZodType<InvokeMap[K]["request"]> } = {
  "app:info": noParams,
  "workspace:get": noParams,
  "workspace:reload": noParams,
};

/** True when `channel` is a declared invoke channel (and not, say, `__proto__`). */
export function isInvokeChannel(channel: string): channel is InvokeChannel {
  return Object.hasOwn(REQUEST_SCHEMAS, channel);
}
