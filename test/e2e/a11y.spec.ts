import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/desk-fixture";
import { VIEW_TOUR, visit } from "./support/view-tour";

/** The WCAG 2.1 A and AA rules axe knows. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

for (const scheme of ["light", "dark"] as const) {
  test(`every view has no serious or critical axe violation in the ${scheme} theme, and neither has the open palette`, async ({ openDesk, page }) => {
    // axe takes seconds a view on a busy 2-core machine; this is a gate, not a timing.
    test.setTimeout(600_000);
    await page.emulateMedia({ colorScheme: scheme });
    const { origin } = await openDesk({ settings: { identity: { kind: "engineer", engineer: "alex" } } });
    const found: string[] = [];
    const scan = async (where: string) => {
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      // The scan is only worth something if it looked at colours: contrast is what the themes change.
      if (![...results.passes, ...results.violations].some((r) => r.id === "color-contrast")) found.push(`${where}: color-contrast did not run`);
      for (const v of results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
        found.push(`${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      }
    };
    for (const stop of VIEW_TOUR) {
      await visit(page, origin, stop);
      await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
      await scan(stop.name);
    }
    await page.keyboard.press("Control+k");
    await expect(page.getByRole("dialog", { name: "Command palette" })).toBeVisible();
    await scan("palette");
    expect(found).toEqual([]);
  });
}
