import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support";

// The consultant's whole cycle in the browser, on the production build: a consultant starts a review for
// a client, two respondents answer differently in browsers of their own, the consultant consolidates,
// the disagreement shows in the report, the consultant publishes, starts a re-review, the client's
// owner changes answers in it, the consultant publishes again and compares the two milestones.

const PASSWORD = "quarry meadow lantern 77";
const server = expect.configure({ timeout: 30_000 });
const stamp = randomBytes(3).toString("hex");

type TAnswers = Record<string, Record<string, string | number>>;

/** What the two respondents say, by section: far apart on every question they answer. */
const DANA: TAnswers = {
  "Your product and team": { "context.stage": "scaling", "context.traffic-shape": "steady", "context.codebase-size": "small", "context.team-size": 4 },
  "Load patterns": { "load.capacity-basis": "tested-peak", "load.first-to-fail": "load-tested" },
};
const SAM: TAnswers = {
  "Your product and team": { "context.stage": "pre-pmf", "context.traffic-shape": "synchronized", "context.codebase-size": "very-large", "context.team-size": 40 },
  "Load patterns": { "load.capacity-basis": "never-sized", "load.first-to-fail": "no-idea" },
};

async function signUpAndStartReview(page: Page): Promise<string> {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Carla Consultant");
  await page.getByLabel("Work email").fill(`carla-${stamp}@strata.test`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await server(page).toHaveURL(/\/workspaces$/);
  await page.getByLabel("Name of the consultancy").fill(`Strata ${stamp}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await server(page).toHaveURL(new RegExp(`/workspaces/strata-${stamp}$`));
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Northwind backend review");
  await page.getByRole("textbox", { name: "Client", exact: true }).fill("Northwind");
  await page.getByRole("button", { name: "Start the review" }).click();
  await server(page).toHaveURL(/\/reviews\/[0-9a-f-]{36}\/team$/);
  return page.url().match(/\/reviews\/([0-9a-f-]{36})\//)![1]!;
}

/** Invites a respondent on the Team page and returns the private link it shows once. */
async function inviteOnTeamPage(page: Page, name: string, role: string): Promise<string> {
  const form = page.getByRole("form", { name: "Invite someone to answer" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Role").fill(role);
  await form.getByRole("button", { name: "Create their private link" }).click();
  const link = page.getByLabel(`Private link for ${name}`);
  await server(link).toBeVisible();
  const value = await link.inputValue();
  expect(value).toMatch(/\/reviews\/[0-9a-f-]{36}\/open\?token=flr_/);
  await page.getByRole("button", { name: "Done, hide the link" }).click();
  return value;
}

/** Gives one answer on the questionnaire page and waits until it is stored. */
async function give(page: Page, questionId: string, value: string | number) {
  const card = page.locator(`[data-question-id="${questionId}"]`);
  if (typeof value === "number") await card.getByRole("spinbutton").fill(String(value));
  else await card.locator(`input[value="${value}"]`).check();
  await server(card.getByText("Saved", { exact: true })).toBeVisible();
}

async function openSection(page: Page, title: string) {
  await page.getByRole("navigation", { name: "Review sections" }).getByRole("button", { name: new RegExp(title) }).click();
  await server(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
}

/** A respondent opens their link in a browser of their own and answers, section by section. */
async function answerAsRespondent(browser: Browser, link: string, answers: TAnswers, who: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await server(page.getByText(`You are answering as ${who}`)).toBeVisible();
  for (const [section, given] of Object.entries(answers)) {
    await openSection(page, section);
    for (const [questionId, value] of Object.entries(given)) await give(page, questionId, value);
  }
  // Respondents see their own answers only: no report, no tabs.
  await expect(page.getByRole("navigation", { name: "Review", exact: true })).toHaveCount(0);
  await context.close();
}

test("a consultant runs a review with two respondents, consolidates, publishes, re-reviews and compares", async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const reviewId = await signUpAndStartReview(page);

  // Two of the client's people, each with a private link of their own.
  const danaLink = await inviteOnTeamPage(page, "Dana Reyes", "CTO");
  const samLink = await inviteOnTeamPage(page, "Sam Ito", "Staff engineer");
  expect(danaLink).not.toBe(samLink);
  await answerAsRespondent(browser, danaLink, DANA, "Dana Reyes");
  await answerAsRespondent(browser, samLink, SAM, "Sam Ito");

  // The Team page shows who has answered how much.
  await page.reload();
  for (const name of ["Dana Reyes", "Sam Ito"]) await expect(page.getByRole("listitem").filter({ hasText: name })).toContainText(/6 of \d+/);

  // Consolidation: both answers side by side, their divergence, and the agreed answer recorded with a note.
  await page.getByRole("navigation", { name: "Review", exact: true }).getByRole("link", { name: "Consolidation" }).click();
  await server(page).toHaveURL(new RegExp(`/reviews/${reviewId}/consolidate`));
  const stage = page.getByRole("article", { name: /Which best describes where the product is today/ });
  await expect(stage).toContainText("Dana Reyes");
  await expect(stage).toContainText("Sam Ito");
  await expect(stage).toContainText(/strong/i);
  const editor = stage.getByRole("form", { name: "Agreed answer" });
  await editor.locator('input[value="early-traction"]').check();
  await editor.getByLabel(/Note/).fill("Agreed in the workshop: paying customers, core settling.");
  await editor.getByRole("button", { name: "Record agreed answer" }).click();
  await server(editor).toContainText(/Recorded \(version 1\)/);
  await expectNoSeriousA11yViolations(page);

  // The report uses the agreed answer, and the disagreement is evidence in the team area.
  await page.getByRole("navigation", { name: "Review", exact: true }).getByRole("link", { name: "Report" }).click();
  await server(page.getByRole("heading", { name: "The team does not share one picture of the system" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Where the team disagreed" })).toBeVisible();
  const report = await page.request.get(`/api/v1/assessments/${reviewId}/report`);
  const findings = ((await report.json()) as { findings: { id: string; evidence: { questionId: string }[] }[] }).findings;
  const divergence = findings.find((f) => f.id === "team-no-shared-picture");
  expect(divergence?.evidence.map((e) => e.questionId)).toEqual(expect.arrayContaining(["context.traffic-shape", "context.codebase-size"]));

  // Publish the first milestone.
  await page.getByRole("navigation", { name: "Review", exact: true }).getByRole("link", { name: "Milestones" }).click();
  await page.getByLabel(/Label/).fill("Baseline, November");
  await page.getByRole("button", { name: /Publish/ }).click();
  await server(page.getByText("Published", { exact: false }).first()).toBeVisible();
  await server(page.getByRole("heading", { name: "Start a re-review" })).toBeVisible();

  // Start a re-review: pre-filled from the milestone; the client's owner changes answers in it.
  await page.getByRole("button", { name: "Start re-review" }).click();
  const reLink = await page.getByLabel("Private link of the re-review").inputValue();
  expect(reLink).toMatch(/\/reviews\/[0-9a-f-]{36}\/open\?token=fle_/);
  const reReviewId = reLink.match(/\/reviews\/([0-9a-f-]{36})\//)![1]!;
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await ownerPage.goto(reLink);
  // Pre-filled from the milestone: where the two disagreed, the tie went to the riskier answer.
  await server(ownerPage.locator('[data-question-id="context.codebase-size"] input:checked')).toHaveCount(1);
  await give(ownerPage, "context.codebase-size", "medium");
  await openSection(ownerPage, "Load patterns");
  await expect(ownerPage.locator('[data-question-id="load.capacity-basis"] input[value="never-sized"]')).toBeChecked();
  await give(ownerPage, "load.capacity-basis", "tested-peak");
  await give(ownerPage, "load.first-to-fail", "evidence");
  await owner.close();

  // The consultant publishes the re-review and compares the two milestones.
  await page.goto(`/reviews/${reReviewId}/milestones`);
  await page.getByLabel(/Label/).fill("After the workshop, March");
  await page.getByRole("button", { name: /Publish/ }).click();
  await server(page.getByRole("link", { name: /Compare/ }).first()).toBeVisible();
  await page.getByRole("link", { name: /Compare/ }).first().click();
  await server(page).toHaveURL(new RegExp(`/reviews/${reReviewId}/compare`));
  await expect(page.locator("p", { hasText: /^Baseline, November$/ })).toBeVisible();
  await expect(page.locator("p", { hasText: /^After the workshop, March$/ })).toBeVisible();
  // The disagreement is gone in the re-review (one set of answers): that finding is resolved.
  await expect(page.getByRole("group", { name: /^Resolved/ })).toContainText("The team does not share one picture of the system");
  // Load patterns got better: its row shows a lower score after than before.
  const load = page.getByRole("row", { name: /^Load patterns/ });
  const [before, after] = await Promise.all([load.getByRole("cell").nth(0).innerText(), load.getByRole("cell").nth(1).innerText()]);
  const score = (cell: string) => Number(cell.match(/\d+/)?.[0]);
  expect(score(after)).toBeLessThan(score(before));
  await expect(load).toContainText("Less risk");
  // The answers that changed are listed with before and after.
  const changed = page.getByRole("region", { name: "Answers that changed" });
  await expect(changed).toContainText("Roughly how large is the backend codebase?");
  await expect(changed).toContainText("Medium: 20,000 to 100,000 lines");
  await expectNoSeriousA11yViolations(page);

  // The same comparison as a PDF.
  const pdfLink = page.getByRole("link", { name: "Download comparison PDF" });
  const href = await pdfLink.getAttribute("href");
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await context.close();
});
