import { describe, expect, it, vi } from "vitest";
import type { NotificationConstructorOptions } from "electron";
import { Notifier, type NotificationLike } from "../../../main/app/notifier";

function fakeNotifications() {
  const created: { options: NotificationConstructorOptions; handlers: Map<string, () => void>; shown: boolean; closed: boolean }[] = [];
  const create = (options: NotificationConstructorOptions): NotificationLike => {
    const record = { options, handlers: new Map<string, () => void>(), shown: false, closed: false };
    created.push(record);
    return {
      show: () => (record.shown = true),
      close: () => (record.closed = true),
      on: (name: string, handler: () => void) => record.handlers.set(name, handler),
    } as unknown as NotificationLike;
  };
  return { created, create };
}

describe("Notifier", () => {
  it("shows a notification and calls back on click", () => {
    const { created, create } = fakeNotifications();
    const onClick = vi.fn();
    new Notifier(create, () => true).notify({ title: "Aggregate Profit is late", body: "SLA passed at 08:00", onClick });
    expect(created).toHaveLength(1);
    expect(created[0]?.options).toMatchObject({ title: "Aggregate Profit is late", body: "SLA passed at 08:00" });
    expect(created[0]?.shown).toBe(true);
    created[0]?.handlers.get("click")?.();
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it("returns a function that closes the notification", () => {
    const { created, create } = fakeNotifications();
    const close = new Notifier(create, () => true).notify({ title: "t", body: "b" });
    close();
    expect(created[0]?.closed).toBe(true);
  });

  it("stays silent where notifications are unsupported", () => {
    const { created, create } = fakeNotifications();
    const close = new Notifier(create, () => false).notify({ title: "t", body: "b" });
    expect(created).toHaveLength(0);
    expect(close).not.toThrow();
  });
});
