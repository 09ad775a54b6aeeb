import { describe, expect, it } from "vitest";
import { escalationChain } from "../../../shared/domain/rotation/escalation-chain";
import { handoffs, nextShiftsFor, whoIsOnCall } from "../../../shared/domain/rotation/on-call";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import { at, defaultWorkspace } from "./fixtures";

describe("who is on call", () => {
  it("at an instant: the shift, until when, the holiday and who is next", async () => {
    const schedule = compileSchedule(await defaultWorkspace());
    const answer = whoIsOnCall(schedule, at("2026-12-25T10:00"));
    expect(answer.shift).toMatchObject({ engineer: "alex", slot: "day", start: at("2026-12-25T09:00"), end: at("2026-12-25T17:00") });
    expect(answer.holiday).toBe("Christmas");
    expect(answer.next.map((s) => [s.slot, s.start])).toEqual([
      ["evening", at("2026-12-25T17:00")],
      ["night", at("2026-12-26T01:00")],
      ["day", at("2026-12-26T09:00")],
    ]);
    // At the exact handoff instant the new shift has begun.
    expect(whoIsOnCall(schedule, at("2026-12-27T01:00")).shift!.start).toBe(at("2026-12-27T01:00"));
    expect(whoIsOnCall(schedule, at("2026-12-27T01:00")).holiday).toBeNull();
  });

  it("my next shifts skip time off; handoffs are the instants the engineer changes", async () => {
    const schedule = compileSchedule(await defaultWorkspace());
    const lisa = nextShiftsFor(schedule, "lisa", at("2026-12-01T00:00"), 3);
    expect(lisa.length).toBe(3);
    expect(lisa.every((s) => s.engineer === "lisa" && s.start >= at("2026-12-08T00:00"))).toBe(true);
    const list = handoffs(schedule, at("2026-12-23T00:00"), at("2026-12-28T00:00"));
    expect(list.find((h) => h.at === at("2026-12-24T01:00"))).toMatchObject({ to: "alex" });
    expect(list.some((h) => h.at > at("2026-12-24T01:00") && h.at < at("2026-12-27T01:00"))).toBe(false);
    for (const h of list) expect(h.from).not.toBe(h.to);
  });
});

describe("escalation chain", () => {
  it("primary, secondary, on-call if someone else, senior, manager; people away are shown and skipped; nobody twice", async () => {
    const ws = await defaultWorkspace();
    const schedule = compileSchedule(ws);
    const when = at("2026-12-03T12:00");
    const chain = escalationChain(ws, schedule, "daily_growth", when);
    const pipeline = ws.pipelines.find((p) => p.id === "daily_growth")!;
    expect(chain.contacts[0]).toMatchObject({ step: "primary", id: pipeline.owners.primary, available: false, page: null });
    expect(chain.contacts[1]).toMatchObject({ step: "secondary", id: pipeline.owners.secondary, available: true, page: 1, pageAfterMs: 0 });
    // By hand: 2026-12-03 is day 332 after 2026-01-05, 2-week block 23; its day slot is lisa's
    // (order[(23 + 0) mod 4]), who is away, so mike, resting that block (order[(23 + 3) mod 4]), covers it.
    // Then the seniors (alex only), then the manager; lisa's entry is written out with its reason.
    expect(chain.contacts.map((c) => [c.step, c.id, c.unavailable, c.page, c.pageAfterMs])).toEqual([
      ["primary", "lisa", "time off 2026-12-01 to 2026-12-07 (vacation)", null, null],
      ["secondary", "sarah", null, 1, 0],
      ["oncall", "mike", null, 2, 15 * 60_000],
      ["senior", "alex", null, 3, 30 * 60_000],
      ["manager", "em", null, 4, 45 * 60_000],
    ]);
    expect(chain.contacts.at(-1)).toMatchObject({ step: "manager", id: ws.manager.id, contact: ws.manager.contact });
    const ids = chain.contacts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const paged = chain.contacts.filter((c) => c.page !== null);
    expect(paged.map((c) => c.pageAfterMs)).toEqual(paged.map((_, i) => i * 15 * 60_000));
    for (const c of chain.contacts.filter((x) => x.id !== ws.manager.id)) expect(c.contact).toEqual(ws.team.find((e) => e.id === c.id)!.contact);
  });

  it("leaves out the on-call step when the on-call engineer is already the primary", async () => {
    const ws = await defaultWorkspace();
    const schedule = compileSchedule(ws);
    const when = at("2026-12-25T10:00"); // alex on call, alex owns aggregate_profit
    const chain = escalationChain(ws, schedule, "aggregate_profit", when);
    expect(chain.contacts.map((c) => c.step)).toEqual(["primary", "secondary", "manager"]);
    expect(() => escalationChain(ws, schedule, "nope", when)).toThrow(/unknown pipeline/);
  });
});
