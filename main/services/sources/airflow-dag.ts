/** The DAG itself, `GET /dags/{dag_id}`: whether it is paused and the schedule it really runs, as v1 and v2 write them. */
import { z } from "zod";
import type { SourceDefinition } from "../../../shared/domain/runs";
import { parseBody } from "./parse-body";

/** v1 `schedule_interval`: `{"__type": "CronExpression", "value": "0 6 * * *"}`, a TimeDelta / RelativeDelta, or null. */
const v1ScheduleSchema = z
  .object({ __type: z.string(), value: z.string().optional(), days: z.number().optional(), seconds: z.number().optional() })
  .nullish();

const v1DagSchema = z.object({ is_paused: z.boolean().nullish(), schedule_interval: v1ScheduleSchema, timetable_description: z.string().nullish() });
const v2DagSchema = z.object({ is_paused: z.boolean().nullish(), timetable_summary: z.string().nullish(), timetable_description: z.string().nullish() });

/** A v1 schedule as text: the cron expression, or Airflow's own words for a timedelta ("1 day, 0:00:00") or relativedelta. */
function v1ScheduleText(schedule: z.output<typeof v1ScheduleSchema>): string | null {
  if (!schedule) return null;
  // Only a CronExpression carries `value` (TimeDelta and RelativeDelta carry their fields).
  if (schedule.value !== undefined) return schedule.value;
  if (schedule.__type === "TimeDelta") {
    const days = schedule.days ?? 0;
    const seconds = schedule.seconds ?? 0;
    const clock = `${Math.floor(seconds / 3600)}:${String(Math.floor(seconds / 60) % 60).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
    return days > 0 ? `${days} day${days === 1 ? "" : "s"}, ${clock}` : clock;
  }
  return schedule.__type;
}

function definition(dagId: string, paused: boolean | null | undefined, schedule: string | null | undefined, text: string | null | undefined): SourceDefinition {
  return { name: `DAG ${dagId}`, system: "Airflow", paused: paused ?? null, schedule: schedule ?? null, scheduleText: text ?? null };
}

/** The DAG as Airflow 2's API v1 describes it. */
export function v1DagDefinition(sourceId: string, dagId: string, body: unknown): SourceDefinition {
  const dag = parseBody(sourceId, "DAG", v1DagSchema, body);
  return definition(dagId, dag.is_paused, v1ScheduleText(dag.schedule_interval), dag.timetable_description);
}

/** The DAG as Airflow 3's API v2 describes it (`timetable_summary`: a cron expression, "None", "Asset"…). */
export function v2DagDefinition(sourceId: string, dagId: string, body: unknown): SourceDefinition {
  const dag = parseBody(sourceId, "DAG", v2DagSchema, body);
  return definition(dagId, dag.is_paused, dag.timetable_summary, dag.timetable_description);
}
