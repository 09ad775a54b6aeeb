/**
 * The check every renderer call passes before its handler runs: a trusted sender, a declared
 * channel and a payload that parses (Mattermost's ipcValidate, GitHub Desktop's isTrustedIPCSender).
 * No electron import: the browser test host guards its calls with the same code.
 */
import { z } from "zod";
import type { InvokeMap } from "../../shared/ipc/contract";
import { isInvokeChannel, REQUEST_SCHEMAS } from "../../shared/ipc/schemas";
import type { Handlers } from "./handlers";

/** Who sent a call, reduced to what the guard judges. */
export interface IpcSender {
  /** True when the call came from one of the app's own windows. */
  ownWindow: boolean;
  /** URL of the sending frame; undefined when the frame is gone. */
  frameUrl: string | undefined;
}

/** Decides whether a sender may call main at all. */
export type SenderPolicy = (sender: IpcSender) => boolean;

/** Raised for a call that is refused; the message names the channel and the reason. */
export class IpcRejection extends Error {
  override name = "IpcRejection";
}

/** `scheme://host[:port]` of a URL; WHATWG gives custom schemes an opaque "null" origin, so build it by hand. */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : undefined;
  } catch {
    return undefined;
  }
}

/** Trusts calls from the app's own windows whose frame is on one of `origins`. */
export function trustOwnOrigins(origins: readonly string[]): SenderPolicy {
  return (sender) => {
    const origin = sender.frameUrl === undefined ? undefined : originOf(sender.frameUrl);
    return sender.ownWindow && origin !== undefined && origins.includes(origin);
  };
}

/** Runs the handler for `channel` if the sender is trusted and the payload parses; otherwise throws IpcRejection. */
export async function guardedCall(
  handlers: Handlers,
  channel: string,
  payload: unknown,
  sender: IpcSender,
  policy: SenderPolicy,
): Promise<InvokeMap[keyof InvokeMap]["response"]> {
  if (!isInvokeChannel(channel)) throw new IpcRejection(`unknown channel "${channel}"`);
  if (!policy(sender)) throw new IpcRejection(`${channel}: refused a call from an untrusted sender (${sender.frameUrl ?? "no frame"})`);
  const parsed = REQUEST_SCHEMAS[channel].safeParse(payload);
  if (!parsed.success) throw new IpcRejection(`${channel}: invalid request: ${z.prettifyError(parsed.error)}`);
  // The table is keyed by channel, so the handler and the parsed request belong together;
  // TypeScript cannot follow that correlation through a union key, hence the widening.
  const handler = handlers[channel] as (request: unknown) => Promise<InvokeMap[keyof InvokeMap]["response"]>;
  return handler(parsed.data);
}
