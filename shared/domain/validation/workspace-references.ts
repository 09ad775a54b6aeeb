/**
 * Checks that need the whole workspace: duplicate ids, references between sections, cron and
 * timezone validity, shifts that tile the day, and what each source kind needs from a pipeline.
 * Runs after the schema has passed, so every field has its declared type here.
 */
import { Cron } from "croner";
import { IANAZone } from "luxon";
import { durationMs } from "../duration";
import type { Risk, WorkspaceFile } from "../workspace-schema";
import { didYouMean } from "./did-you-mean";
import type { PathProblem } from "./zod-issues";

/** A reference problem and the file it belongs to. */
export interface FileProblem extends PathProblem {
  file: "workspace.yaml" | "risks.yaml";
}

const LEVELS = ["senior", "mid", "junior"];
const DAY_MS = 86_400_000;

function minutesOf(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return h! * 60 + m!;
}

function formatMinutes(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60}h` : `${Math.floor(minutes / 60)}h${minutes % 60}m`;
}

/** Reports each id that appears a second time, at the second place. */
function duplicates(items: readonly { id: string }[], section: string, file: FileProblem["file"]): FileProblem[] {
  const seen = new Map<string, number>();
  const out: FileProblem[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else out.push({ file, path: [section, i, "id"], message: `duplicate id "${item.id}" (first used at ${section}[${first}])` });
  });
  return out;
}

function shiftProblems(ws: WorkspaceFile): FileProblem[] {
  const shifts = ws.rotation.shifts;
  const out: FileProblem[] = [];
  let total = 0;
  shifts.forEach((shift, i) => {
    const length = (minutesOf(shift.end) - minutesOf(shift.start) + 1440) % 1440;
    if (length === 0) out.push({ file: "workspace.yaml", path: ["rotation", "shifts", i, "end"], message: `shift "${shift.name}" starts and ends at ${shift.start}: it has no length` });
    total += length;
    const next = shifts[(i + 1) % shifts.length]!;
    if (shifts.length > 1 && shift.end !== next.start) {
      const gap = (minutesOf(next.start) - minutesOf(shift.end) + 1440) % 1440;
      const kind = gap > 720 ? `overlap of ${formatMinutes(1440 - gap)}` : `gap of ${formatMinutes(gap)}`;
      out.push({
        file: "workspace.yaml",
        path: ["rotation", "shifts", i, "end"],
        message: `shift "${shift.name}" ends at ${shift.end} but the next shift "${next.name}" starts at ${next.start} (${kind}): shifts must follow each other and tile 24 hours exactly`,
      });
    }
  });
  if (out.length === 0 && total !== 1440) {
    out.push({ file: "workspace.yaml", path: ["rotation", "shifts"], message: `shifts cover ${formatMinutes(total)} a day, not 24h: they must tile the day exactly once` });
  }
  return out;
}

function engineerRefs(ws: WorkspaceFile, risks: readonly Risk[]): FileProblem[] {
  const ids = ws.team.map((e) => e.id);
  const known = new Set(ids);
  const out: FileProblem[] = [];
  const check = (file: FileProblem["file"], path: (string | number)[], id: string) => {
    if (!known.has(id)) out.push({ file, path, message: `unknown engineer "${id}"${didYouMean(id, ids)}` });
  };
  ws.pipelines.forEach((p, i) => {
    check("workspace.yaml", ["pipelines", i, "owners", "primary"], p.owners.primary);
    check("workspace.yaml", ["pipelines", i, "owners", "secondary"], p.owners.secondary);
    if (p.owners.primary === p.owners.secondary) {
      out.push({ file: "workspace.yaml", path: ["pipelines", i, "owners", "secondary"], message: `secondary owner is the primary owner ("${p.owners.primary}"): P2 must be someone else` });
    }
  });
  ws.rotation.order.forEach((id, i) => check("workspace.yaml", ["rotation", "order", i], id));
  ws.rotation.order.forEach((id, i) => {
    if (ws.rotation.order.indexOf(id) !== i) out.push({ file: "workspace.yaml", path: ["rotation", "order", i], message: `"${id}" is listed twice in the rotation order` });
  });
  ws.time_off.forEach((t, i) => check("workspace.yaml", ["time_off", i, "engineer"], t.engineer));
  ws.overrides.forEach((o, i) => {
    check("workspace.yaml", ["overrides", i, "engineer"], o.engineer);
    check("workspace.yaml", ["overrides", i, "covers"], o.covers);
  });
  ws.holidays.forEach((h, i) =>
    h.eligible.forEach((who, j) => {
      if (!known.has(who) && !LEVELS.includes(who)) {
        out.push({ file: "workspace.yaml", path: ["holidays", i, "eligible", j], message: `"${who}" is neither a level (senior, mid, junior) nor an engineer${didYouMean(who, [...LEVELS, ...ids])}` });
      }
    }),
  );
  risks.forEach((r, i) => check("risks.yaml", ["risks", i, "owner"], r.owner));
  if (known.has(ws.manager.id)) out.push({ file: "workspace.yaml", path: ["manager", "id"], message: `manager id "${ws.manager.id}" is also an engineer's id` });
  return out;
}

function sourceRefs(ws: WorkspaceFile): FileProblem[] {
  const out: FileProblem[] = [];
  const ids = ws.sources.map((s) => s.id);
  ws.pipelines.forEach((p, i) => {
    const source = ws.sources.find((s) => s.id === p.source.id);
    const at = ["pipelines", i, "source"];
    if (!source) {
      out.push({ file: "workspace.yaml", path: [...at, "id"], message: `unknown source "${p.source.id}"${didYouMean(p.source.id, ids)}` });
      return;
    }
    const needs = source.kind === "spark-history" ? "app_name" : source.kind === "http-json" ? (source.mapping.pipeline ? "key" : undefined) : "dag_id";
    if (needs && !p.source[needs]) out.push({ file: "workspace.yaml", path: at, message: `source "${source.id}" is ${source.kind}: the pipeline needs source.${needs}` });
  });
  ws.sources.forEach((s, i) => {
    if (s.kind === "demo" || !s.auth) return;
    if (!s.auth.password_env) out.push({ file: "workspace.yaml", path: ["sources", i, "auth"], message: `auth needs password_env: the environment variable that holds the ${s.auth.kind === "token" ? "token" : "password"}` });
    if (s.auth.kind === "basic" && !s.auth.username) out.push({ file: "workspace.yaml", path: ["sources", i, "auth"], message: "basic auth needs a username" });
  });
  return out;
}

function scheduleProblems(ws: WorkspaceFile): FileProblem[] {
  const out: FileProblem[] = [];
  if (!IANAZone.isValidZone(ws.timezone)) {
    out.push({ file: "workspace.yaml", path: ["timezone"], message: `unknown timezone "${ws.timezone}"${didYouMean(ws.timezone, Intl.supportedValuesOf("timeZone"))}` });
  }
  ws.pipelines.forEach((p, i) => {
    try {
      // Given no function, croner only parses the pattern: nothing is scheduled, and no zone matters.
      new Cron(p.schedule);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      out.push({ file: "workspace.yaml", path: ["pipelines", i, "schedule"], message: `invalid cron "${p.schedule}": ${reason}` });
    }
  });
  if (durationMs(ws.rotation.block) % DAY_MS !== 0) {
    out.push({ file: "workspace.yaml", path: ["rotation", "block"], message: `block "${ws.rotation.block}" must be whole days (e.g. 7d, 2w)` });
  }
  if (ws.rotation.order.length < ws.rotation.shifts.length) {
    out.push({ file: "workspace.yaml", path: ["rotation", "order"], message: `${ws.rotation.shifts.length} shifts a day need at least ${ws.rotation.shifts.length} engineers in the order, found ${ws.rotation.order.length}` });
  }
  ws.time_off.forEach((t, i) => {
    if (t.from > t.to) out.push({ file: "workspace.yaml", path: ["time_off", i, "to"], message: `ends (${t.to}) before it starts (${t.from})` });
  });
  ws.overrides.forEach((o, i) => {
    if (o.from >= o.to) out.push({ file: "workspace.yaml", path: ["overrides", i, "to"], message: `ends (${o.to}) before it starts (${o.from})` });
    if (o.engineer === o.covers) out.push({ file: "workspace.yaml", path: ["overrides", i, "covers"], message: `"${o.engineer}" cannot cover for themselves` });
  });
  return out;
}

function riskRefs(ws: WorkspaceFile, risks: readonly Risk[]): FileProblem[] {
  const ids = ws.pipelines.map((p) => p.id);
  const out: FileProblem[] = [];
  risks.forEach((r, i) =>
    r.pipelines.forEach((id, j) => {
      if (!ids.includes(id)) out.push({ file: "risks.yaml", path: ["risks", i, "pipelines", j], message: `unknown pipeline "${id}"${didYouMean(id, ids)}` });
    }),
  );
  return out;
}

/** Every cross-reference problem of a schema-valid workspace and risk register. */
export function referenceProblems(ws: WorkspaceFile, risks: readonly Risk[]): FileProblem[] {
  return [
    ...duplicates(ws.team, "team", "workspace.yaml"),
    ...duplicates(ws.sources, "sources", "workspace.yaml"),
    ...duplicates(ws.pipelines, "pipelines", "workspace.yaml"),
    ...duplicates(risks, "risks", "risks.yaml"),
    ...engineerRefs(ws, risks),
    ...sourceRefs(ws),
    ...scheduleProblems(ws),
    ...shiftProblems(ws),
    ...riskRefs(ws, risks),
  ];
}
