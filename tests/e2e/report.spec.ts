import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createReviewViaApi, expectNoSeriousA11yViolations, type TCreated } from "./support";

// The report page against the public API: what the page shows is what GET …/report returns.

type TProfile = { answers: Record<string, { value?: unknown; state?: string; note?: string }> };
type TReportJson = {
  overall: { score: number | null };
  recommendation: { title: string };
  findings: { id: string; title: string; severity: "low" | "medium" | "high" | "critical" }[];
  areas: { id: string; title: string }[];
};

const PROFILE = "scaleup-database-does-everything.json";
const NOTE = "The orders table also holds the job queue; exports read it at 11 a.m.";
const RANK = { low: 0, medium: 1, high: 2, critical: 3 } as const;

function bearer(created: TCreated) {
  return { authorization: `Bearer ${created.editToken}` };
}

async function putAnswer(request: APIRequestContext, created: TCreated, questionId: string, body: object) {
  const response = await request.put(`/api/v1/assessments/${created.id}/answers/${questionId}`, { headers: bearer(created), data: body });
  expect([200, 201], `${questionId}: ${await response.text()}`).toContain(response.status());
}

/** A review completed through the API with a fixture company's answers, one answer carrying a note. */
async function completedReview(request: APIRequestContext): Promise<TCreated> {
  const created = await createReviewViaApi(request, "Northwind backend review");
  const profile = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/profiles", PROFILE), "utf8")) as TProfile;
  for (const [questionId, answer] of Object.entries(profile.answers)) {
    await putAnswer(request, created, questionId, questionId === "database.roles" ? { ...answer, note: NOTE } : answer);
  }
  return created;
}

async function apiReport(request: APIRequestContext, created: TCreated): Promise<TReportJson> {
  const response = await request.get(`/api/v1/assessments/${created.id}/report`, { headers: bearer(created) });
  expect(response.status()).toBe(200);
  return (await response.json()) as TReportJson;
}

async function openReport(page: Page, created: TCreated) {
  await page.goto(created.links.edit); // the private link: sets this browser's cookie
  await page.goto(`/reviews/${created.id}/report`);
  await expect(page.getByRole("heading", { level: 1, name: "Northwind backend review" })).toBeVisible();
}

async function promptOf(request: APIRequestContext, questionId: string): Promise<string> {
  const bank = await (await request.get("/api/v1/questionnaires/backend-scaling")).json();
  for (const section of bank.sections) for (const question of section.questions) if (question.id === questionId) return question.prompt;
  throw new Error(`no question ${questionId}`);
}

/** The answer shown in the appendix for a question, found by its prompt. */
function appendixAnswer(page: Page, prompt: string) {
  return page
    .getByRole("region", { name: "Appendix: every answer" })
    .locator("dt", { hasText: prompt })
    .locator("xpath=following-sibling::dd[1]");
}

test("the report shows what the API reports, cites its findings and answers, and follows a changed answer", async ({ page, request }) => {
  test.setTimeout(120_000); // completing a review takes about sixty requests
  const created = await completedReview(request);
  const report = await apiReport(request, created);
  await openReport(page, created);

  const summary = page.getByRole("region", { name: "Executive summary" });
  await expect(summary.getByText(report.recommendation.title, { exact: true })).toBeVisible();
  await expect(summary).toContainText(`${report.overall.score} of 100: higher means more risk.`);
  // The chosen path is marked in words in the comparison, not by colour alone.
  const chosen = page
    .getByRole("region", { name: "The four paths" })
    .getByRole("row")
    .filter({ has: page.getByText("Recommended", { exact: true }) });
  await expect(chosen).toHaveCount(1);
  await expect(chosen).toContainText(report.recommendation.title);

  // The three findings that matter most, worst first, in the summary and each with its own section.
  const top = report.findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => RANK[b.finding.severity] - RANK[a.finding.severity] || a.index - b.index)
    .slice(0, 3)
    .map(({ finding }) => finding);
  expect(top.length).toBe(3);
  for (const finding of top) {
    await expect(summary.getByRole("link", { name: finding.title })).toBeVisible();
    await expect(page.getByRole("heading", { level: 4, name: finding.title })).toBeVisible();
  }

  // The chart is an image with a text alternative: its caption, and a table with every area.
  const chart = page.getByRole("img", { name: /Risk score by area, from 0 to 100; higher means more risk/ });
  await expect(chart).toBeVisible();
  const tableId = await chart.getAttribute("aria-describedby");
  expect(tableId).toBeTruthy();
  const table = page.getByRole("table", { name: /same scores/ });
  await expect(table.locator("caption")).toHaveAttribute("id", tableId!);
  for (const area of report.areas) await expect(table.getByRole("rowheader", { name: area.title })).toBeVisible();

  // The appendix keeps every answer with its note.
  const rolesPrompt = await promptOf(request, "database.roles");
  await expect(appendixAnswer(page, rolesPrompt)).toContainText(NOTE);

  // Edited elsewhere (here through the API): a reload shows the new answer and the recomputed report.
  await putAnswer(request, created, "database.roles", { state: "unknown" });
  const changed = await apiReport(request, created);
  await page.reload();
  await expect(appendixAnswer(page, rolesPrompt)).toHaveText("Don't know");
  await expect(appendixAnswer(page, rolesPrompt)).not.toContainText(NOTE);
  await expect(summary).toContainText(`${changed.overall.score} of 100: higher means more risk.`);
  await expect(summary.getByText(changed.recommendation.title, { exact: true })).toBeVisible();
});

test("an early review still renders and says it gets better with more answers", async ({ page, request }) => {
  const created = await createReviewViaApi(request, "Northwind backend review");
  await openReport(page, created);
  await expect(page.getByText(/An early report/)).toBeVisible();
  await expect(page.getByText(/It gets better as more is answered/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Risk by area" }).getByText("Not assessed").first()).toBeVisible();
  await page.getByRole("region", { name: "Executive summary" }).getByRole("link", { name: "Back to the questions" }).click();
  // The questionnaire adds ?section=… once it has loaded.
  await expect(page).toHaveURL(new RegExp(`/reviews/${created.id}(\\?|$)`));
  await expect(page.getByRole("heading", { level: 2, name: "Your product and team" })).toBeVisible();
});

test("a browser without the private link gets no report", async ({ browser, request }) => {
  const created = await createReviewViaApi(request, "Project Nightjar");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/reviews/${created.id}/report`);
  await expect(page.getByRole("heading", { level: 1, name: "Open this review with its private link" })).toBeVisible();
  await expect(page.getByText("Project Nightjar")).toHaveCount(0);
  await context.close();
});

test.describe("accessibility of a complete report", () => {
  let created: TCreated;

  // One completed review (about sixty answers) for the four checks.
  test.beforeAll(async ({ playwright }, testInfo) => {
    testInfo.setTimeout(120_000);
    const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    created = await completedReview(request);
    await request.dispose();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [375, 1280]) {
      test(`no serious axe violations, ${colorScheme}, ${width}px`, async ({ browser }) => {
        test.setTimeout(120_000); // axe reads every node of a long document
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await openReport(page, created);
        await expectNoSeriousA11yViolations(page);
        // Nothing scrolls sideways on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await context.close();
      });
    }
  }
});
