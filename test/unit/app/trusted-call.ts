/** Calls a handler table as the window would: through the IPC guard (sender check, payload validation), from the app's own page. */
import type { Handlers } from "../../../main/app/handlers";
import { guardedCall } from "../../../main/app/ipc-guard";
import type { InvokeChannel, InvokeMap } from "../../../shared/ipc/contract";

/** A `call(channel, payload)` over `handlers`; the payload may be anything, as a compromised renderer's could. */
export function trustedCaller(handlers: Handlers) {
  return <K extends InvokeChannel>(channel: K, payload: InvokeMap[K]["request"] | unknown) =>
    guardedCall(handlers, channel, payload, { ownWindow: true, frameUrl: "app://oncall-desk/index.html" }, () => true) as Promise<InvokeMap[K]["response"]>;
}
