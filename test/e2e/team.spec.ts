import { whoIsOnCall } from "../../shared/domain/rotation/on-call";
import { routes } from "../../shared/ipc/routes";
import { DESK_NOW, expect, test } from "./support/desk-fixture";
import { embedded } from "./support/domain";

test("Team shows each engineer with level, contacts, the pipelines they own as P1 and P2, who is on call, and the manager", async ({ openDesk }) => {
  const { ws, schedule } = await embedded();
  const onCall = whoIsOnCall(schedule, DESK_NOW.getTime(), 0).shift!;
  const { page } = await openDesk({ path: routes.team() });
  const cards = page.getByRole("list", { name: "Engineers" }).getByRole("listitem").filter({ has: page.locator("h2") });
  await expect(cards).toHaveCount(ws.team.length + 1);
  for (const engineer of ws.team) {
    const card = page.locator(`li[data-engineer="${engineer.id}"]`);
    await expect(card.getByRole("heading")).toContainText(engineer.name);
    await expect(card.locator(`.badge--${engineer.level}`)).toHaveText(engineer.level);
    if (engineer.contact.email) await expect(card).toContainText(engineer.contact.email);
    for (const rank of ["primary", "secondary"] as const) {
      const owned = ws.pipelines.filter((p) => p.owners[rank] === engineer.id).map((p) => p.name);
      const line = card.locator(`[data-rank=${rank}] a`);
      if (owned.length === 0) await expect(line).toHaveCount(0);
      else await expect(line).toHaveText(owned);
    }
    await expect(card.getByText(/^on call/)).toHaveCount(engineer.id === onCall.engineer ? 1 : 0);
  }
  await expect(page.locator("li.card--manager")).toContainText(ws.manager.name);
  // An owned pipeline opens its view.
  const first = ws.pipelines[0]!;
  await page.locator(`li[data-engineer="${first.owners.primary}"] [data-rank=primary]`).getByRole("link", { name: first.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.name);
});
