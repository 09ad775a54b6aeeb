/** Escalation chain edge cases: nobody on call, someone on call who is not on the team, time off without a reason. Chains worked out by hand. */
import { describe, expect, it } from "vitest";
import { escalationChain, type EscalationChain } from "../../../shared/domain/rotation/escalation-chain";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import { answering, at, defaultWorkspace, plain } from "./fixtures";

const MIN = 60_000;

/** Each contact as [step, id, name, why unavailable, page, page after ms]. */
const rows = (chain: EscalationChain) => chain.contacts.map((c) => [c.step, c.id, c.name, c.unavailable, c.page, c.pageAfterMs]);

describe("escalation chain edges", () => {
  it("in a gap of the schedule the on-call step is left out", async () => {
    const ws = await defaultWorkspace();
    const full = compileSchedule(ws);
    const when = at("2026-12-03T12:00");
    // The schedule without the shift holding `when` (mike's day 09:00–17:00): nobody is on call then.
    const holed = answering(full, full.shifts(at("2026-12-01T00:00"), at("2026-12-10T00:00")).filter((s) => !(s.start <= when && when < s.end)));
    expect(rows(escalationChain(ws, holed, "daily_growth", when))).toEqual([
      ["primary", "lisa", "Lisa Wang", "time off 2026-12-01 to 2026-12-07 (vacation)", null, null],
      ["secondary", "sarah", "Sarah Johnson", null, 1, 0],
      ["senior", "alex", "Alex Chen", null, 2, 15 * MIN],
      ["manager", "em", "Engineering Manager", null, 3, 30 * MIN],
    ]);
  });

  it("an on-call engineer missing from the team is listed by id, marked not in the team and skipped", async () => {
    const base = plain(await defaultWorkspace());
    const ws = { ...base, rotation: { ...base.rotation, order: ["alex", "sarah", "ghost", "lisa"] } };
    // Block 0 (2026-01-05 to 01-19): the night slot goes to order[(0 + 2) mod 4], the ghost.
    const chain = escalationChain(ws, compileSchedule(ws), "unit_profit", at("2026-01-06T03:00"));
    expect(rows(chain)).toEqual([
      ["primary", "sarah", "Sarah Johnson", null, 1, 0],
      ["secondary", "mike", "Mike Rodriguez", null, 2, 15 * MIN],
      ["oncall", "ghost", "ghost", "not in the team", null, null],
      ["senior", "alex", "Alex Chen", null, 3, 30 * MIN],
      ["manager", "em", "Engineering Manager", null, 4, 45 * MIN],
    ]);
    expect(chain.contacts[2]).toMatchObject({ available: false, contact: {} });
  });

  it("time off without a reason gives just the dates", async () => {
    const ws = { ...(await defaultWorkspace()), time_off: [{ engineer: "lisa", from: "2026-12-01", to: "2026-12-07" }] };
    const chain = escalationChain(ws, compileSchedule(ws), "daily_growth", at("2026-12-03T12:00"));
    expect(chain.contacts[0]).toMatchObject({ step: "primary", id: "lisa", available: false, unavailable: "time off 2026-12-01 to 2026-12-07", page: null });
  });
});
