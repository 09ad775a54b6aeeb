/** Wires the handler table to ipcMain: every channel goes through the guard. */
import type { IpcMain, IpcMainInvokeEvent } from "electron";
import type { InvokeChannel } from "../../shared/ipc/contract";
import { REQUEST_SCHEMAS } from "../../shared/ipc/schemas";
import type { Handlers } from "./handlers";
import { guardedCall, type IpcSender, type SenderPolicy } from "./ipc-guard";

/** The part of ipcMain this module uses, so tests pass a fake. */
export type IpcMainLike = Pick<IpcMain, "handle" | "removeHandler">;

/** How main recognizes its own windows' web contents. */
export type IsOwnWebContents = (webContentsId: number) => boolean;

/** Reduces an Electron invoke event to the guard's view of its sender. */
function senderOf(event: IpcMainInvokeEvent, isOwn: IsOwnWebContents): IpcSender {
  // senderFrame is null once the frame navigated away or was destroyed: such calls are refused.
  return { ownWindow: isOwn(event.sender.id), frameUrl: event.senderFrame?.url };
}

/** Registers the guarded handler of one channel; returns the function that removes it. */
export function handle<K extends InvokeChannel>(
  ipcMain: IpcMainLike,
  channel: K,
  handlers: Handlers,
  policy: SenderPolicy,
  isOwn: IsOwnWebContents,
): () => void {
  ipcMain.handle(channel, (event, payload: unknown) => guardedCall(handlers, channel, payload, senderOf(event, isOwn), policy));
  return () => ipcMain.removeHandler(channel);
}

/** Registers every channel of the contract; returns the function that removes them all. */
export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers, policy: SenderPolicy, isOwn: IsOwnWebContents): () => void {
  const channels = Object.keys(REQUEST_SCHEMAS) as InvokeChannel[];
  const removers = channels.map((channel) => handle(ipcMain, channel, handlers, policy, isOwn));
  return () => removers.forEach((remove) => remove());
}
