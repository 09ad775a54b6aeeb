/**
 * Task instances of the fake Airflows and what `POST …/dags/{dag_id}/clearTaskInstances` does to them,
 * shared by v1 and v2 (each fake writes its own errors and task instance shape). As in Airflow:
 * `only_failed` picks failed and upstream_failed tasks, a dry run changes nothing, a real clear
 * resets the picked tasks and, with `reset_dag_runs`, queues their run again.
 */
import type { FakeRequest, FakeResponse } from "./fake-http-server";
import type { FakeRoute } from "./fake-routes";

/** Airflow's task instance states; null is "no status" (not yet scheduled, or just cleared). */
export type TaskState =
  | "removed"
  | "scheduled"
  | "queued"
  | "running"
  | "success"
  | "restarting"
  | "failed"
  | "up_for_retry"
  | "up_for_reschedule"
  | "upstream_failed"
  | "skipped"
  | "deferred";

/** One task instance of a run. */
export interface FakeTaskInstance {
  task_id: string;
  /** -1 unless the task is mapped. */
  map_index: number;
  state: TaskState | null;
  try_number: number;
}

/** A task instance in `state` after one try; `mapIndex` for one instance of a mapped task. */
export function taskInstance(taskId: string, state: TaskState | null, mapIndex = -1): FakeTaskInstance {
  return { task_id: taskId, map_index: mapIndex, state, try_number: state === null ? 0 : 1 };
}

/** Task instances by DAG id, then run id; a run without an entry has none. */
export type TaskBook = Map<string, Map<string, FakeTaskInstance[]>>;

/** Sets the task instances of one run. */
export function setTasks(book: TaskBook, dagId: string, runId: string, tasks: FakeTaskInstance[]): void {
  const runs = book.get(dagId) ?? new Map<string, FakeTaskInstance[]>();
  runs.set(runId, tasks);
  book.set(dagId, runs);
}

/** The fields of a clear body both APIs share (the spec checker has already refused anything else). */
interface ClearBody {
  dry_run?: boolean;
  only_failed?: boolean;
  only_running?: boolean;
  dag_run_id?: string | null;
  reset_dag_runs?: boolean;
  task_ids?: (string | [string, number])[] | null;
}

const FAILED: ReadonlySet<TaskState | null> = new Set<TaskState | null>(["failed", "upstream_failed"]);

/** The tasks of a run the body picks. */
function picked(tasks: readonly FakeTaskInstance[], body: ClearBody): FakeTaskInstance[] {
  const names = body.task_ids?.map((t) => (Array.isArray(t) ? t[0] : t));
  return tasks.filter(
    (t) =>
      ((body.only_failed ?? true) ? FAILED.has(t.state) : body.only_running ? t.state === "running" : true) && (names === undefined || names.includes(t.task_id)),
  );
}

/** How one fake answers and changes a run; everything else of the route is shared. */
export interface ClearRouteOptions<Run extends { dag_run_id: string }> {
  pattern: RegExp;
  dags: Map<string, Run[]>;
  tasks: TaskBook;
  /** False for a user whose role may not edit task instances: they get `forbidden()`. */
  mayClear(req: FakeRequest): boolean;
  /** `reset_dag_runs` when the body leaves it out: false in Airflow 2's form schema, true in Airflow 3's body. */
  resetDagRunsByDefault: boolean;
  /** Puts a run back in the queue (state queued, start and end cleared). */
  requeue(run: Run): void;
  forbidden(): FakeResponse;
  unknownDag(dagId: string): FakeResponse;
  unknownRun(dagId: string, runId: string): FakeResponse;
  /** The 200 answer listing the task instances cleared (or that would be). */
  cleared(dagId: string, run: Run, tasks: FakeTaskInstance[]): FakeResponse;
}

/** The clearTaskInstances route of a fake; only runs named by `dag_run_id` are supported (the way the app calls it). */
export function clearTaskInstancesRoute<Run extends { dag_run_id: string }>(options: ClearRouteOptions<Run>): FakeRoute {
  return {
    method: "POST",
    pattern: options.pattern,
    handle(req, [dagId]) {
      if (!options.mayClear(req)) return options.forbidden();
      const runs = options.dags.get(dagId!);
      if (!runs) return options.unknownDag(dagId!);
      const body = req.body as ClearBody;
      const run = runs.find((r) => r.dag_run_id === body.dag_run_id);
      if (!run) return options.unknownRun(dagId!, String(body.dag_run_id));
      const tasks = options.tasks.get(dagId!)?.get(run.dag_run_id) ?? [];
      const chosen = picked(tasks, body);
      if (body.dry_run ?? true) return options.cleared(dagId!, run, chosen.map((t) => ({ ...t })));
      for (const task of chosen) task.state = null;
      if (body.reset_dag_runs ?? options.resetDagRunsByDefault) options.requeue(run);
      return options.cleared(dagId!, run, chosen.map((t) => ({ ...t })));
    },
  };
}
