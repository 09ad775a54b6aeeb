/**
 * The Rotation view: upcoming shifts, a week and a month calendar, my shifts, the schedule check and
 * fairness as tabs; an engineer filter and the calendar export. Times are main's (its now comes with
 * the on-call answer), shown in the workspace zone.
 */
import { useState } from "react";
import { Link } from "wouter";
import type { Workspace } from "../../../shared/domain/workspace";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { Tabs } from "../../components/tabs";
import { ViewHeader } from "../../components/view-header";
import { daysAfter, useLint } from "../../queries/rotation";
import { useMyEngineer } from "../../queries/settings";
import { useOnCall } from "../../queries/status";
import { useWorkspaceModel } from "../../queries/workspace";
import { useUiStore } from "../../stores/ui-store";
import type { ShiftMarks } from "./calendar-shift";
import { ExportCalendar } from "./export-calendar";
import { FairnessTable, type FairnessRange } from "./fairness-table";
import { MonthCalendar } from "./month-calendar";
import { ScheduleCheck } from "./schedule-check";
import { UpcomingShifts } from "./upcoming-shifts";
import { WeekCalendar } from "./week-calendar";

type Tab = "upcoming" | "week" | "month" | "mine" | "check" | "fairness";

/** How far ahead "My shifts" looks: the schedule channel answers at most 92 days. */
const MY_SHIFTS_DAYS = 90;

/** The schedule check's error count on its tab, so a problem shows before the tab is opened (the same query the tab reads). */
function ErrorCount({ at, days }: { at: string; days: number }) {
  const errors = useLint(at, daysAfter(at, days)).data?.findings.filter((f) => f.severity === "error").length ?? 0;
  return errors > 0 ? (
    <span className="tab__count">
      {errors}
      <span className="sr-only"> errors</span>
    </span>
  ) : null;
}

function EngineerFilter({ workspace }: { workspace: Workspace }) {
  const engineer = useUiStore((state) => state.rotationEngineer);
  const setEngineer = useUiStore((state) => state.setRotationEngineer);
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

function MyShifts({ at, me, workspace }: { at: string; me: string | null; workspace: Workspace }) {
  if (me === null) {
    return (
      <p className="status">
        Say who you are in <Link href={routes.settings()}>Settings</Link> to see your shifts here.
      </p>
    );
  }
  const name = workspace.team.find((e) => e.id === me)?.name ?? me;
  return (
    <>
      <p className="status">
        {name}'s shifts in the next {MY_SHIFTS_DAYS} days.
      </p>
      <UpcomingShifts at={at} engineer={me} days={MY_SHIFTS_DAYS} label="My shifts" />
    </>
  );
}

/** The Rotation view. */
export function RotationView(_: ViewProps) {
  const { workspace, isPending } = useWorkspaceModel();
  const [tab, setTab] = useState<Tab>("upcoming");
  const [checkDays, setCheckDays] = useState(90);
  const [fairnessRange, setFairnessRange] = useState<FairnessRange>("cycle");
  const engineer = useUiStore((state) => state.rotationEngineer);
  const me = useMyEngineer();
  const at = useOnCall().data?.at;
  if (!workspace) return <p className="status">{isPending ? "Loading the workspace…" : "No valid workspace is loaded."}</p>;
  const names = new Map(workspace.team.map((e) => [e.id, e.name]));
  const marks: ShiftMarks | undefined = at ? { now: Date.parse(at), me, engineer } : undefined;
  const tabs = [
    { id: "upcoming", label: "Upcoming" },
    { id: "week", label: "Week" },
    { id: "month", label: "Month" },
    { id: "mine", label: "My shifts" },
    { id: "check", label: <>Schedule check{at && <ErrorCount at={at} days={checkDays} />}</> },
    { id: "fairness", label: "Fairness" },
  ] as const;
  return (
    <div className="view">
      <ViewHeader title="Rotation" meta={`${workspace.rotation.block} blocks · ${workspace.rotation.shifts.map((s) => s.name).join(", ")} · ${workspace.timezone}`} actions={at && <ExportCalendar at={at} engineer={engineer} name={engineer && names.get(engineer)} />} />
      <Tabs label="Rotation views" tabs={tabs} value={tab} onChange={setTab} aside={(tab === "upcoming" || tab === "week" || tab === "month") && <EngineerFilter workspace={workspace} />}>
        {!at || !marks ? (
          <p className="status">Reading the schedule…</p>
        ) : (
          <>
            {tab === "upcoming" && <UpcomingShifts at={at} engineer={engineer} />}
            {tab === "week" && <WeekCalendar at={at} workspace={workspace} marks={marks} />}
            {tab === "month" && <MonthCalendar at={at} workspace={workspace} marks={marks} />}
            {tab === "mine" && <MyShifts at={at} me={me} workspace={workspace} />}
            {tab === "check" && <ScheduleCheck at={at} days={checkDays} onDays={setCheckDays} names={names} />}
            {tab === "fairness" && <FairnessTable at={at} range={fairnessRange} onRange={setFairnessRange} names={names} zone={workspace.timezone} />}
          </>
        )}
      </Tabs>
    </div>
  );
}
