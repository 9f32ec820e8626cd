import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support";

// Under "Not agreed yet", the card whose agreed answer the consultant just recorded stays where it is,
// with its confirmation, until the filter is changed or the page reloads (components/consolidation/kept-in-view.tsx).
// SCREENSHOTS_DIR=<dir> keeps pictures of the page at 1280 and 375 px.

const PASSWORD = "quarry meadow lantern 77";
const server = expect.configure({ timeout: 30_000 });
const stamp = randomBytes(3).toString("hex");

async function signUpAndStartReview(page: Page): Promise<string> {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Carla Consultant");
  await page.getByLabel("Work email").fill(`carla-filter-${stamp}@strata.test`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await server(page).toHaveURL(/\/workspaces$/);
  await page.getByLabel("Name of the consultancy").fill(`Filter ${stamp}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await server(page).toHaveURL(new RegExp(`/workspaces/filter-${stamp}$`));
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Harbour backend review");
  await page.getByRole("button", { name: "Start the review" }).click();
  await server(page).toHaveURL(/\/reviews\/[0-9a-f-]{36}\/team$/);
  return page.url().match(/\/reviews\/([0-9a-f-]{36})\//)![1]!;
}

async function shoot(page: Page, name: string) {
  const dir = process.env.SCREENSHOTS_DIR;
  if (!dir) return;
  await page.screenshot({ path: `${dir}/${name}-${page.viewportSize()?.width}.png`, fullPage: false });
}

test("a card settled under \"Not agreed yet\" keeps its place and its confirmation until the filter changes", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const reviewId = await signUpAndStartReview(page);

  const invite = async (name: string) => {
    const response = await page.request.post(`/api/v1/assessments/${reviewId}/respondents`, { data: { name, role: "Engineer" }, headers: { origin: baseURL! } });
    expect(response.status(), await response.text()).toBe(201);
    return ((await response.json()) as { token: string }).token;
  };
  const answer = async (token: string, questionId: string, value: string) => {
    const response = await page.request.put(`/api/v1/assessments/${reviewId}/answers/${questionId}`, { data: { value }, headers: { authorization: `Bearer ${token}` } });
    expect(response.status(), await response.text()).toBeLessThan(300);
  };
  const dana = await invite("Dana Reyes");
  const sam = await invite("Sam Ito");
  for (const [questionId, a, b] of [
    ["team.onboarding", "current-docs", "ask-one-person"],
    ["team.deploys", "routine", "feared"],
  ] as const) {
    await answer(dana, questionId, a);
    await answer(sam, questionId, b);
  }

  await page.goto(`/reviews/${reviewId}/consolidate?filter=not-agreed`);
  const filters = page.getByRole("navigation", { name: "Filter questions" });
  await server(filters.getByRole("link", { name: /Not agreed yet/ })).toHaveText(/Not agreed yet\s*2/);
  const onboarding = page.getByRole("article", { name: /How does a new senior engineer learn/ });
  const deploys = page.getByRole("article", { name: /How do deploys feel/ });
  await expect(onboarding).toBeVisible();
  await expect(deploys).toBeVisible();

  const editor = onboarding.getByRole("form", { name: "Agreed answer" });
  await editor.locator('input[value="ask-one-person"]').check();
  await editor.getByLabel(/Note/).fill("Only Priya knows the billing flow.");
  await editor.getByRole("button", { name: "Record agreed answer" }).click();

  // The page has refreshed (the filter's count says so), and the settled card is still there with its confirmation.
  await server(filters.getByRole("link", { name: /Not agreed yet/ })).toHaveText(/Not agreed yet\s*1/);
  await expect(editor).toContainText("Recorded (version 1)");
  await expect(editor).toContainText("Agreed answer recorded. The report uses it.");
  await expect(onboarding).toBeVisible();
  await expect(deploys).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shoot(page, "consolidation-kept");
  if (process.env.SCREENSHOTS_DIR) {
    await page.emulateMedia({ colorScheme: "dark" });
    await shoot(page, "consolidation-kept-dark");
    await page.emulateMedia({ colorScheme: "light" });
  }
  await page.setViewportSize({ width: 375, height: 800 });
  await onboarding.scrollIntoViewIfNeeded();
  await shoot(page, "consolidation-kept");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Changing the filter and coming back starts afresh: the settled question is no longer "not agreed".
  await filters.getByRole("link", { name: /All questions/ }).click();
  await server(page).toHaveURL(new RegExp(`/reviews/${reviewId}/consolidate$`));
  await expect(onboarding).toBeVisible();
  await filters.getByRole("link", { name: /Not agreed yet/ }).click();
  await server(page).toHaveURL(/filter=not-agreed/);
  await server(onboarding).toHaveCount(0);
  await expect(deploys).toBeVisible();

  // A reload too: settle the other one, see it kept, reload, and the filter is empty.
  const deploysEditor = deploys.getByRole("form", { name: "Agreed answer" });
  await deploysEditor.locator('input[value="routine"]').check();
  await deploysEditor.getByRole("button", { name: "Record agreed answer" }).click();
  await server(deploysEditor).toContainText("Recorded (version 1)");
  await expect(page.getByText("No questions under")).toHaveCount(0);
  await page.reload();
  await server(page.getByText("No questions under “Not agreed yet”.")).toBeVisible();
  await expect(deploys).toHaveCount(0);
  await context.close();
});
