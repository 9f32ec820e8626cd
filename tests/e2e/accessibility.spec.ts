import { expect, test } from "@playwright/test";
import { createReviewViaApi, expectNoSeriousA11yViolations } from "./support";

for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [375, 1280]) {
    test(`no serious axe violations, ${colorScheme}, ${width}px`, async ({ browser, request }) => {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      const created = await createReviewViaApi(request, "Accessibility review");
      for (const path of ["/", "/reviews/new", created.links.edit, `/reviews/${created.id}?section=load`]) {
        await page.goto(path);
        await expect(page.locator("h1")).toBeVisible();
        await expectNoSeriousA11yViolations(page);
        // Nothing scrolls sideways on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }
}
