import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support";

// Presenter mode driven by the keyboard alone, on the production build. A consultant signs up, creates a
// workspace and a review in the browser; two respondents, invited through the API, answer differently
// through the answers API; then the consultant runs the session without touching the mouse.

const PASSWORD = "granite orchard lantern 42";
const server = expect.configure({ timeout: 30_000 });
const stamp = randomBytes(3).toString("hex");

// Questions of the built-in bank, by their number in it.
const STAGE = { id: "context.stage", number: 1 }; // the two differ
const TEAM_SIZE = { id: "context.team-size", number: 2 }; // the two agree
const SPIKES = { id: "load.spike-sources", number: 9 }; // the two differ (multi-choice)

async function signUpAndCreateReview(page: Page, who = "clara"): Promise<string> {
  const suffix = `${who}-${stamp}`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(`${who} Consultant`);
  await page.getByLabel("Work email").fill(`${suffix}@strata.test`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await server(page).toHaveURL(/\/workspaces$/);
  await page.getByLabel("Name of the consultancy").fill(`Strata ${suffix}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await server(page).toHaveURL(new RegExp(`/workspaces/strata-${suffix}$`));
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Northwind backend review");
  await page.getByRole("textbox", { name: "Client", exact: true }).fill("Northwind");
  await page.getByRole("button", { name: "Start the review" }).click();
  await server(page).toHaveURL(/\/reviews\/[0-9a-f-]{36}\/team$/);
  return page.url().match(/\/reviews\/([0-9a-f-]{36})\//)![1]!;
}

async function invite(page: Page, reviewId: string, name: string, role: string): Promise<string> {
  const response = await page.request.post(`/api/v1/assessments/${reviewId}/respondents`, { data: { name, role } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

async function answer(request: APIRequestContext, reviewId: string, token: string, questionId: string, data: Record<string, unknown>) {
  const response = await request.put(`/api/v1/assessments/${reviewId}/answers/${questionId}`, { data, headers: { authorization: `Bearer ${token}` } });
  expect(response.status(), await response.text()).toBeLessThan(300);
}

/** The number on the bar of one answer (choice id, or "value:<n>" for numbers). */
function barCount(page: Page, bucket: string) {
  return page.locator(`[data-bucket="${bucket}"] [data-count]`);
}

test("presenter mode, by keyboard alone: next, previous, jump, notes, diverging filter, shortcuts, counts", async ({ browser, request }) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const reviewId = await signUpAndCreateReview(page);

  const ana = await invite(page, reviewId, "Ana Ruiz", "CTO");
  const ben = await invite(page, reviewId, "Ben Okafor", "Staff engineer");
  await answer(request, reviewId, ana, STAGE.id, { value: "early-traction", note: "Ten paying customers since May." });
  await answer(request, reviewId, ben, STAGE.id, { value: "scaling" });
  await answer(request, reviewId, ana, TEAM_SIZE.id, { value: 12 });
  await answer(request, reviewId, ben, TEAM_SIZE.id, { value: 12 });
  await answer(request, reviewId, ana, SPIKES.id, { value: ["user-surges", "own-jobs"] });
  await answer(request, reviewId, ben, SPIKES.id, { value: ["own-jobs"] });

  await page.goto(`/reviews/${reviewId}/present`);
  const progress = page.locator("[data-progress]");
  const prompt = page.getByRole("heading", { level: 1 });
  await server(progress).toHaveText("Question 1 of 58");
  await expectNoSeriousA11yViolations(page);

  // The first question: the two differ, each bar carries its count and who is in it.
  const agreement = page.locator("[data-agreement]");
  await expect(agreement).toHaveText(/Team differs/);
  await expect(barCount(page, "early-traction")).toHaveText("1");
  await expect(barCount(page, "scaling")).toHaveText("1");
  await expect(barCount(page, "pre-pmf")).toHaveText("0");
  await expect(page.locator('[data-bucket="early-traction"]')).toContainText("Ana Ruiz");
  await expect(page.locator('[data-bucket="scaling"]')).toContainText("Ben Okafor");

  // N shows the respondents' notes and hides them again.
  await expect(page.getByText("Ten paying customers since May.")).toHaveCount(0);
  await page.keyboard.press("n");
  await expect(page.getByText("Ten paying customers since May.")).toBeVisible();
  await page.keyboard.press("n");
  await expect(page.getByText("Ten paying customers since May.")).toHaveCount(0);

  // Next and previous, with every key that does them.
  await page.keyboard.press("ArrowRight");
  await expect(progress).toHaveText("Question 2 of 58");
  await expect(page).toHaveURL(new RegExp(`[?&]q=${TEAM_SIZE.id.replace(".", "\\.")}`));
  await expect(barCount(page, "value:12")).toHaveText("2");
  await expect(agreement).toHaveText(/Team agrees/);
  await page.keyboard.press("Space");
  await expect(progress).toHaveText("Question 3 of 58");
  await page.keyboard.press("PageDown");
  await expect(progress).toHaveText("Question 4 of 58");
  await page.keyboard.press("ArrowLeft");
  await expect(progress).toHaveText("Question 3 of 58");
  await page.keyboard.press("PageUp");
  await expect(progress).toHaveText("Question 2 of 58");
  await page.keyboard.press("End");
  await expect(progress).toHaveText("Question 58 of 58");
  await page.keyboard.press("Home");
  await expect(progress).toHaveText("Question 1 of 58");

  // G, then a number and Enter, jumps; the multi-choice bars count each pick.
  await page.keyboard.press("g");
  const jump = page.getByRole("dialog", { name: "Go to a question" });
  await expect(jump).toBeVisible();
  await expect(jump.getByLabel("Question number")).toBeFocused();
  await page.keyboard.type(String(SPIKES.number));
  await page.keyboard.press("Enter");
  await expect(jump).toBeHidden();
  await expect(progress).toHaveText(`Question ${SPIKES.number} of 58`);
  await expect(barCount(page, "own-jobs")).toHaveText("2");
  await expect(barCount(page, "user-surges")).toHaveText("1");
  await expect(page.locator('[data-bucket="own-jobs"]')).toContainText("Ana Ruiz, Ben Okafor");

  // The address keeps the question: a reload stays on it.
  await page.reload();
  await server(progress).toHaveText(`Question ${SPIKES.number} of 58`);

  // The jump dialog's list: Tab to a question, Enter to open it.
  await page.keyboard.press("g");
  await expect(jump).toBeVisible();
  await page.keyboard.press("Tab"); // Go
  await page.keyboard.press("Tab"); // question 1
  await page.keyboard.press("Tab"); // question 2
  await expect(page.locator(":focus")).toContainText("How many engineers");
  await page.keyboard.press("Enter");
  await expect(progress).toHaveText("Question 2 of 58");

  // D: only the questions where the team differs. From question 2 it moves to the next one that does.
  await page.keyboard.press("d");
  await expect(page.getByRole("button", { name: "Diverging only" })).toHaveAttribute("aria-pressed", "true");
  await expect(progress).toHaveText(`Question ${SPIKES.number} of 58 · differs 2 of 2`);
  await expect(page).toHaveURL(/[?&]diverging=1/);
  await page.keyboard.press("ArrowLeft");
  await expect(progress).toHaveText("Question 1 of 58 · differs 1 of 2");
  await page.keyboard.press("ArrowRight");
  await expect(progress).toHaveText(`Question ${SPIKES.number} of 58 · differs 2 of 2`);
  // The last diverging question: next goes nowhere.
  await page.keyboard.press("ArrowRight");
  await expect(progress).toHaveText(`Question ${SPIKES.number} of 58 · differs 2 of 2`);
  await page.keyboard.press("d");
  await expect(page.getByRole("button", { name: "Diverging only" })).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.press("ArrowRight");
  await expect(progress).toHaveText(`Question ${SPIKES.number + 1} of 58`);

  // ? lists the shortcuts; Esc closes the dialog and the keys work again.
  await page.keyboard.press("Shift+?");
  const shortcuts = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts).toContainText("Only the questions where the team differs");
  await page.keyboard.press("ArrowRight");
  await expect(progress).toHaveText(`Question ${SPIKES.number + 1} of 58`);
  await page.keyboard.press("Escape");
  await expect(shortcuts).toBeHidden();
  await page.keyboard.press("ArrowLeft");
  await expect(progress).toHaveText(`Question ${SPIKES.number} of 58`);

  // F asks for full screen and the button says so; F again leaves it.
  await page.keyboard.press("f");
  await expect(page.getByRole("button", { name: "Full screen" })).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => Boolean(document.fullscreenElement))).toBe(true);
  await page.keyboard.press("f");
  await expect(page.getByRole("button", { name: "Full screen" })).toHaveAttribute("aria-pressed", "false");
  // Esc leaves it too.
  await page.keyboard.press("f");
  await expect(page.getByRole("button", { name: "Full screen" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Full screen" })).toHaveAttribute("aria-pressed", "false");
  expect(await page.evaluate(() => Boolean(document.fullscreenElement))).toBe(false);

  // Live: a changed answer reaches the open presenter without a reload.
  await answer(request, reviewId, ben, SPIKES.id, { value: ["user-surges", "own-jobs"] });
  await server(barCount(page, "user-surges")).toHaveText("2");
  await expect(agreement).toHaveText(/Team agrees/);
  await expect(prompt).toContainText("When load jumps");
  await context.close();
});

test("presenter mode is for those who run the review: a respondent's link and a stranger get no access", async ({ browser }) => {
  const consultant = await browser.newContext();
  const page = await consultant.newPage();
  const reviewId = await signUpAndCreateReview(page, "oscar");
  const token = await invite(page, reviewId, "Ana Ruiz", "CTO");

  // The site's header and footer under the presenter are inert: Tab starts in the presenter.
  await page.goto(`/reviews/${reviewId}/present`);
  await expect(page).toHaveTitle("Northwind backend review: presenter mode · Faultline");
  await server(page.locator("body > header")).toHaveAttribute("inert", "");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText(/Leave presenter/);

  const respondentContext = await browser.newContext();
  const respondent = await respondentContext.newPage();
  await respondent.goto(`/reviews/${reviewId}/open?token=${encodeURIComponent(token)}`);
  await respondent.goto(`/reviews/${reviewId}/present`);
  await server(respondent.getByRole("heading", { level: 1 })).toHaveText("Open this review with its private link");
  // The tab names the review only for those who may present it.
  await expect(respondent).toHaveTitle("Presenter mode · Faultline");

  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await stranger.goto(`/reviews/${reviewId}/present`);
  await server(stranger.getByRole("heading", { level: 1 })).toHaveText("Open this review with its private link");
  await expect(stranger).toHaveTitle("Presenter mode · Faultline");
  await Promise.all([consultant.close(), respondentContext.close(), strangerContext.close()]);
});
