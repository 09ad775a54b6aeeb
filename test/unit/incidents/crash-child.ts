/**
 * The child process of the crash test: appends notes to one incident through the real service,
 * printing each note's marker on stdout once the service confirmed it (pipes are synchronous on
 * Linux, so a printed marker was confirmed). The parent kills it with SIGKILL at a random moment.
 * Usage: node crash-child.cjs STATE_DIR INCIDENT_ID ROUND SEED
 */
import { createIncidentService } from "../../../main/services/incidents/incident-service";
import { seededRandom } from "../../fakes/seeded-random";

async function main(): Promise<void> {
  const [stateDir, id, round, seed] = process.argv.slice(2) as [string, string, string, string];
  const service = createIncidentService({ stateDir });
  const random = seededRandom(Number(seed));
  // The rules only need the people and risks: the note's author must be on the team.
  const workspace = { team: [{ id: "alex", name: "Alex", level: "senior" as const, contact: {} }], manager: { id: "em", name: "EM", contact: {} }, risks: [] };
  process.stdout.write("ready\n");
  for (let k = 0; ; k += 1) {
    // Mostly small notes, some big ones: a big write is the one a kill can cut in the middle.
    const size = random() < 0.1 ? 65_536 + Math.floor(random() * 450_000) : Math.floor(random() * 4_096);
    const marker = `r${round}-${k}`;
    await service.change(workspace, id, { type: "note", at: new Date(Date.UTC(2026, 11, 24, 9) + k).toISOString(), by: "alex", text: `${marker} ${"x".repeat(size)}` });
    process.stdout.write(`${marker}\n`);
  }
}

void main();
