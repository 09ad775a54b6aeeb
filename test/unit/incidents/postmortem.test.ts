import { readFile, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { foldIncident } from "../../../shared/domain/incidents/fold-incident";
import { postmortemMarkdown } from "../../../shared/domain/incidents/postmortem";
import type { AlertRecord } from "../../../shared/domain/incidents/incident-timeline";
import { defaultWorkspace } from "../rotation/fixtures";
import { LATE_ALERT, RESOLVED_EVENTS, STARTED } from "./fixtures";

const ws = await defaultWorkspace();
const GOLDEN = new URL("./golden/postmortem-aggregate-profit.md", import.meta.url);
/** The alert as the book holds it at export: acknowledged at 03:05 EST, cleared by a success at 04:50 EST. */
const BOOK: AlertRecord[] = [{ ...LATE_ALERT, acknowledgedAt: "2026-12-24T08:05:00.000Z", acknowledgedBy: "alex", resolvedAt: "2026-12-24T09:50:00.000Z", resolution: "recovered" }];

describe("the postmortem", () => {
  it("of the fixed incident matches the golden file (OCD_UPDATE_GOLDEN=1 rewrites it after a reviewed change)", async () => {
    const markdown = postmortemMarkdown(foldIncident(RESOLVED_EVENTS), ws, BOOK);
    if (process.env.OCD_UPDATE_GOLDEN === "1") await writeFile(GOLDEN, markdown);
    expect(markdown).toBe(await readFile(GOLDEN, "utf8"));
  });

  it("of an open incident says what is not known yet", () => {
    const markdown = postmortemMarkdown(foldIncident([{ ...STARTED, alerts: [] }]), ws);
    expect(markdown).toContain("- **Resolved**: not yet");
    expect(markdown).toContain("| Time to acknowledge (first alert → first response) | — (started without an alert) | ≤ 15m (`response`) | — |");
    expect(markdown).toContain("| Time to resolve (detected → resolved) | — (not resolved) | ≤ 4h (`resolution`) | — |");
    expect(markdown).toContain("| 4 | Review recent data quality issues | **not done** |  |  |  |");
    expect(markdown).toContain("- **Intervals missed**: none recorded");
  });

  it("measures a late resolution against the target", () => {
    const events = RESOLVED_EVENTS.map((e) => (e.type === "resolved" ? { ...e, at: "2026-12-24T12:30:00.000Z" } : e));
    // Detected 08:00 UTC, resolved 12:30 UTC: 4h 30m against 4h.
    expect(postmortemMarkdown(foldIncident(events), ws, BOOK)).toContain("| Time to resolve (detected → resolved) | 4h 30m | ≤ 4h (`resolution`) | no |");
  });
});
