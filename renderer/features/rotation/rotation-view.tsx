/** The Rotation section: upcoming shifts, the schedule check and fairness as tabs, an engineer filter and the calendar export. */
import { useState } from "react";
import type { Workspace } from "../../../shared/domain/workspace";
import { Section } from "../../components/section";
import { daysAfter, useLint, useRotationEvents } from "../../queries/rotation";
import { useOnCall } from "../../queries/status";
import { useOverviewStore } from "../../stores/overview-store";
import { ExportCalendar } from "./export-calendar";
import { FairnessTable, type FairnessRange } from "./fairness-table";
import { ScheduleCheck } from "./schedule-check";
import { UpcomingShifts } from "./upcoming-shifts";

type Tab = "upcoming" | "check" | "fairness";

const TABS: { id: Tab; label: string }[] = [
  { id: "upcoming", label: "Upcoming shifts" },
  { id: "check", label: "Schedule check" },
  { id: "fairness", label: "Fairness" },
];

/** The schedule check's error count on its tab, so a problem shows before the tab is opened (the same query the tab reads). */
function ErrorCount({ at, days }: { at: string; days: number }) {
  const errors = useLint(at, daysAfter(at, days)).data?.findings.filter((f) => f.severity === "error").length ?? 0;
  return errors > 0 ? <span className="tab__count" aria-label={`${errors} errors`}>{errors}</span> : null;
}

function EngineerFilter({ workspace }: { workspace: Workspace }) {
  const engineer = useOverviewStore((state) => state.rotationEngineer);
  const setEngineer = useOverviewStore((state) => state.setRotationEngineer);
  const choices = [{ id: undefined, name: "Everyone" }, ...workspace.team.map((e) => ({ id: e.id, name: e.name }))];
  return (
    <div className="chips" role="group" aria-label="Engineer">
      {choices.map((c) => (
        <button key={c.id ?? "all"} type="button" className={`chip${c.id === engineer ? " chip--on" : ""}`} aria-pressed={c.id === engineer} onClick={() => setEngineer(c.id)}>
          {c.name}
        </button>
      ))}
    </div>
  );
}

/** The section; times are main's (its now comes with the on-call answer), shown in the workspace zone. */
export function RotationPanel({ workspace }: { workspace: Workspace }) {
  useRotationEvents();
  const [tab, setTab] = useState<Tab>("upcoming");
  const [checkDays, setCheckDays] = useState(90);
  const [fairnessRange, setFairnessRange] = useState<FairnessRange>("cycle");
  const engineer = useOverviewStore((state) => state.rotationEngineer);
  const at = useOnCall().data?.at;
  const names = new Map(workspace.team.map((e) => [e.id, e.name]));
  return (
    <Section title="Rotation" actions={at && <ExportCalendar at={at} engineer={engineer} name={engineer && names.get(engineer)} />}>
      <div className="subbar">
        <div className="tabs" role="tablist" aria-label="Rotation views">
          {TABS.map((t) => (
            <button key={t.id} type="button" role="tab" className={`tab${t.id === tab ? " tab--on" : ""}`} aria-selected={t.id === tab} onClick={() => setTab(t.id)}>
              {t.label}
              {t.id === "check" && at && <ErrorCount at={at} days={checkDays} />}
            </button>
          ))}
        </div>
        {tab === "upcoming" && <EngineerFilter workspace={workspace} />}
      </div>
      <div role="tabpanel" aria-label={TABS.find((t) => t.id === tab)!.label}>
        {!at && <p className="status">Reading the schedule…</p>}
        {at && tab === "upcoming" && <UpcomingShifts at={at} engineer={engineer} />}
        {at && tab === "check" && <ScheduleCheck at={at} days={checkDays} onDays={setCheckDays} names={names} />}
        {at && tab === "fairness" && <FairnessTable at={at} range={fairnessRange} onRange={setFairnessRange} names={names} zone={workspace.timezone} />}
      </div>
    </Section>
  );
}
