/**
 * The running desk of the current workspace: its compiled schedule and its status monitor. A
 * reload of a valid workspace stops the old desk and starts a new one. A reload that finds problems
 * keeps the last valid desk running: a typo in workspace.yaml must never silence alerting. Opening
 * another workspace always stops the old desk: its pipelines are not the ones the user now watches.
 * The tray, notifications and renderer events attach per desk, so they follow reloads by themselves.
 */
import { compileSchedule, type Schedule } from "../../shared/domain/rotation/schedule";
import type { Workspace, WorkspaceResult } from "../../shared/domain/workspace";
import type { StatusMonitor } from "../services/status/monitor";
import type { WorkspaceState } from "./workspace-state";

/** One valid workspace, running. */
export interface Desk {
  workspace: Workspace;
  schedule: Schedule;
  monitor: StatusMonitor;
}

/** Wiring for one desk: called when it starts, before its first poll; returns the function that undoes it. */
export type DeskAttachment = (desk: Desk) => () => void;

/** The current desk and what is attached to it. */
export interface LiveDesk {
  /** The running desk, starting it on first use; undefined while no valid workspace has been loaded. */
  current(): Promise<Desk | undefined>;
  /** Attaches to the running desk (if any) and every later one; returns the function that detaches. */
  attach(attachment: DeskAttachment): () => void;
  /** Stops the desk and stops following workspace reloads. */
  stop(): Promise<void>;
}

/** Builds the live desk over `workspace`; `createMonitor` builds each desk's monitor (not yet started). */
export function createLiveDesk(workspace: WorkspaceState, createMonitor: (ws: Workspace) => StatusMonitor): LiveDesk {
  const attachments = new Set<DeskAttachment>();
  let running: { desk: Desk; detach: Map<DeskAttachment, () => void> } | undefined;
  let pending: Promise<Desk | undefined> | undefined;
  let stopped = false;

  function open(result: WorkspaceResult): Desk | undefined {
    if (!result.ok || stopped) return undefined;
    const desk: Desk = { workspace: result.workspace, schedule: compileSchedule(result.workspace), monitor: createMonitor(result.workspace) };
    // Attached before the first poll, so the alerts raised by it are seen.
    running = { desk, detach: new Map([...attachments].map((a) => [a, a(desk)])) };
    desk.monitor.start();
    return desk;
  }

  async function close(): Promise<void> {
    const closing = running;
    running = undefined;
    if (!closing) return;
    for (const detach of closing.detach.values()) detach();
    await closing.desk.monitor.stop();
  }

  // Reloads are chained, so two quick ones never leave two desks running.
  const unsubscribe = workspace.subscribe((result, change) => {
    pending = (pending ?? Promise.resolve(undefined))
      .catch(() => undefined)
      .then(async () => {
        // A broken edit keeps the last valid desk; another workspace with problems does not inherit it.
        if (!result.ok && !change.switched) return running?.desk;
        await close();
        return open(result);
      });
  });

  return {
    current() {
      if (!pending) {
        const attempt = workspace.current().then(open);
        // A failed read is not kept: the next caller tries again.
        attempt.catch(() => {
          if (pending === attempt) pending = undefined;
        });
        pending = attempt;
      }
      return pending;
    },
    attach(attachment) {
      attachments.add(attachment);
      if (running) running.detach.set(attachment, attachment(running.desk));
      return () => {
        attachments.delete(attachment);
        running?.detach.get(attachment)?.();
        running?.detach.delete(attachment);
      };
    },
    async stop() {
      stopped = true;
      unsubscribe();
      await pending?.catch(() => undefined);
      await close();
    },
  };
}
