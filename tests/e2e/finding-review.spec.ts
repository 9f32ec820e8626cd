import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support";

// A consultant reviews a finding in the browser: adjusting a severity without a justification is
// refused next to the field; with one, the report shows the reviewer's severity beside the computed
// one, and so do a read-only shared link (without any controls) and the audit trail.

const PASSWORD = "granite orchard lantern 42";
const server = expect.configure({ timeout: 30_000 });
const stamp = randomBytes(3).toString("hex");
const HIGH = "load-hot-endpoint-spreads"; // High for this profile's answers
const JUSTIFICATION = "Load tests at 2.5x peak saturate every instance on this endpoint: it takes the whole product down.";

/** The profile's answers through the public API, with the review's edit token. */
async function answerLikeProfile(request: APIRequestContext, id: string, token: string, profile: string) {
  const file = JSON.parse(readFileSync(path.join(process.cwd(), "tests", "fixtures", "profiles", `${profile}.json`), "utf8"));
  for (const [questionId, answer] of Object.entries(file.answers as Record<string, object>)) {
    const response = await request.put(`/api/v1/assessments/${id}/answers/${questionId}`, { headers: { authorization: `Bearer ${token}` }, data: answer });
    expect(response.ok(), `${questionId}: ${await response.text()}`).toBe(true);
  }
}

test("a consultant adjusts a finding's severity with a justification; the report, the shared link and the audit trail show it", async ({ browser }) => {
  const consultant = await browser.newContext();
  const page = await consultant.newPage();
  const signUp = await consultant.request.post("/api/auth/sign-up/email", { data: { name: "Grace Hopper", email: `grace.${stamp}@strata.test`, password: PASSWORD } });
  expect(signUp.status()).toBe(200);

  // A workspace, and a review answered by the client's CTO, claimed into it.
  await page.goto("/workspaces");
  await page.getByLabel("Name of the consultancy").fill(`Hopper Reviews ${stamp}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await server(page).toHaveURL(new RegExp(`/workspaces/hopper-reviews-${stamp}$`));
  const workspaceId = await page.locator('input[name="workspaceId"]').first().inputValue();
  const created = await consultant.request.post("/api/v1/assessments", { data: { title: "Quote engine review", organization: "Brokerly" } });
  const { id, editToken } = (await created.json()) as { id: string; editToken: string };
  await answerLikeProfile(consultant.request, id, editToken, "cpu-bound-monolith");
  const claimed = await consultant.request.post(`/api/v1/assessments/${id}/claim`, { headers: { authorization: `Bearer ${editToken}` }, data: { workspaceId } });
  expect(claimed.status(), await claimed.text()).toBe(200);

  await page.goto(`/reviews/${id}/report`);
  const card = page.locator(`#finding-${HIGH}`);
  await expect(card.locator('[data-risk="high"]').first()).toBeVisible();
  await card.getByRole("button", { name: /^Reviewer note/ }).click();
  const form = card.getByRole("form", { name: /Reviewer note on/ });
  await expect(form.getByLabel("Reviewer’s note")).toBeFocused();
  await form.getByLabel("Severity").selectOption({ label: "Critical" });

  // No justification: refused next to its field, nothing sent.
  await form.getByRole("button", { name: "Save review" }).click();
  const justification = form.getByLabel(/Why a different severity/);
  await expect(justification).toHaveAttribute("aria-invalid", "true");
  const describedBy = await justification.getAttribute("aria-describedby");
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(/justification is required/);
  await expectNoSeriousA11yViolations(page);

  await justification.fill(JUSTIFICATION);
  await form.getByLabel("Reviewer’s note").fill("Discussed with the CTO on the call.");
  await form.getByRole("button", { name: "Save review" }).click();

  const assessment = card.getByTestId("reviewer-assessment");
  await server(assessment).toContainText("Reviewer: Critical");
  await expect(assessment).toContainText(JUSTIFICATION);
  await expect(assessment).toContainText("Grace Hopper");
  await expect(assessment).toContainText("Discussed with the CTO on the call.");
  await expect(card).toContainText("computed: High");
  await expect(card.locator('[data-risk="critical"]').first()).toBeVisible();
  // Now the most severe finding, numbered F1.
  await expect(page.locator('article[id^="finding-"]').first()).toHaveAttribute("id", `finding-${HIGH}`);

  // The shared link: the reviewer's words, no controls.
  const share = await consultant.request.post(`/api/v1/assessments/${id}/shares`, { data: {} });
  const { url } = (await share.json()) as { url: string };
  const stranger = await browser.newContext();
  const shared = await stranger.newPage();
  await shared.goto(url);
  const sharedCard = shared.locator(`#finding-${HIGH}`);
  await expect(sharedCard.getByTestId("reviewer-assessment")).toContainText("Reviewer: Critical");
  await expect(sharedCard.getByTestId("reviewer-assessment")).toContainText(JUSTIFICATION);
  await expect(sharedCard).toContainText("computed: High");
  await expect(shared.getByRole("button", { name: /Reviewer note/ })).toHaveCount(0);
  await stranger.close();

  // The audit trail says who did what, in words.
  await page.goto(`/reviews/${id}/audit`);
  await expect(page.getByRole("heading", { level: 1, name: "Quote engine review" })).toBeVisible();
  await expect(page.getByRole("list", { name: /Audit events/ }).getByRole("listitem").first()).toContainText(/Grace Hopper created a read-only share link/);
  await expect(page.getByText(/set the severity to Critical \(computed: High\)/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await consultant.close();
});
