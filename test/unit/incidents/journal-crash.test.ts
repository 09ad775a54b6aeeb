/**
 * The crash test of issue 10: a child process appends events through the real incident service
 * while it is killed (SIGKILL) at random moments, 200 times. After each kill the journal loads, and
 * every event whose write the child saw confirmed is there, in order; a torn last line is only
 * ever reported, never fatal.
 */
import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { createIncidentService } from "../../../main/services/incidents/incident-service";
import { EMBEDDED_WORKSPACE_DIR, loadWorkspace } from "../../../main/services/workspace/load-workspace";
import { seededRandom } from "../../fakes/seeded-random";

const KILLS = 200;
const LANES = 4;
/** A new incident every so many kills keeps each journal small enough to reread on every append. */
const ROUNDS_PER_INCIDENT = 10;
let childScript: string;

beforeAll(async () => {
  // One bundle of the child and the real service, so each of the 200 children starts as plain Node.
  childScript = path.join(await mkdtemp(path.join(tmpdir(), "ocd-crash-")), "crash-child.cjs");
  await build({ entryPoints: [fileURLToPath(new URL("./crash-child.ts", import.meta.url))], bundle: true, platform: "node", format: "cjs", minify: true, outfile: childScript, logLevel: "error" });
});

/** When to kill a child: `delayMs` after it has confirmed `after` appends. */
interface KillMoment {
  after: number;
  delayMs: number;
}

/** Runs one child until it is killed at `moment`; resolves with the markers it confirmed. */
function runUntilKilled(stateDir: string, id: string, round: number, moment: KillMoment): Promise<{ confirmed: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, stateDir, id, String(round), String(round * 7919)], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let armed = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      // "ready" plus `after` confirmations: then the kill lands somewhere in the appends that follow.
      if (!armed && out.split("\n").length - 2 >= moment.after) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), moment.delayMs);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`child ended by itself (code ${code}): ${err}`));
      else resolve({ confirmed: out.split("\n").filter((l) => l !== "" && l !== "ready"), signal });
    });
  });
}

describe("the incident journal under SIGKILL", () => {
  it(`keeps every confirmed event across ${KILLS} kills at random moments`, { timeout: 600_000 }, async () => {
    const loaded = await loadWorkspace();
    if (!loaded.ok) throw new Error("embedded workspace invalid");
    const { workspace } = loaded;
    const random = seededRandom(20261224);
    const moments = Array.from({ length: KILLS }, () => ({ after: Math.floor(random() * 4), delayMs: Math.floor(random() * 25) }));
    let confirmedTotal = 0;
    const torn: string[] = [];

    async function lane(laneIndex: number): Promise<void> {
      const stateDir = await mkdtemp(path.join(tmpdir(), `ocd-crash-state-${laneIndex}-`));
      const service = createIncidentService({ stateDir, onProblem: (m) => torn.push(m) });
      let incident: { id: string; expected: string[] } | undefined;
      for (let round = laneIndex; round < KILLS; round += LANES) {
        if (!incident || Math.floor(round / LANES) % ROUNDS_PER_INCIDENT === 0) {
          const started = await service.start({ workspace, workspaceDir: EMBEDDED_WORKSPACE_DIR, pipelineId: "aggregate_profit", by: "alex", at: new Date("2026-12-24T08:00:00Z"), alerts: [] });
          incident = { id: started.id, expected: [] };
        }
        const { confirmed } = await runUntilKilled(stateDir, incident.id, round, moments[round]!);
        confirmedTotal += confirmed.length;
        incident.expected.push(...confirmed);
        // A fresh reader, as after a restart: the journal loads, and every confirmed note is there in order.
        const markers = (await createIncidentService({ stateDir, onProblem: (m) => torn.push(m) }).get(incident.id)).notes.map((n) => n.text.split(" ")[0]!);
        const kept = markers.filter((m) => incident!.expected.includes(m));
        expect(kept).toEqual(incident.expected);
        // Anything beyond the confirmed ones is a note written just before the kill: only this round's, after its confirmed ones.
        expect(markers.filter((m) => !incident!.expected.includes(m)).every((m) => m.startsWith(`r${round}-`))).toBe(true);
        incident.expected = markers;
      }
    }

    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    // Said for the record (a torn write depends on where each kill lands): how much was tested.
    console.info(`crash test: ${KILLS} kills, ${confirmedTotal} confirmed appends, ${new Set(torn).size} torn last lines seen and ignored`);
    expect(confirmedTotal).toBeGreaterThan(KILLS);
  });
});
