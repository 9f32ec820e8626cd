import { expect, test, type APIRequestContext } from "@playwright/test";
import { createReviewViaApi, expectNoSeriousA11yViolations } from "./support";

// A self-serve CTO publishes a milestone, starts a re-review from it in the browser, changes answers,
// publishes again and compares the two milestones on screen.

async function answer(request: APIRequestContext, review: { id: string; editToken: string }, questionId: string, value: unknown) {
  const response = await request.put(`/api/v1/assessments/${review.id}/answers/${questionId}`, {
    headers: { authorization: `Bearer ${review.editToken}` },
    data: { value },
  });
  expect([200, 201]).toContain(response.status());
}

test("publish, re-review from the milestone, publish again and compare", async ({ page, request }) => {
  const first = await createReviewViaApi(request, "Atlas platform review");
  await answer(request, first, "context.stage", "scaling");
  await answer(request, first, "context.team-size", 12);
  await page.goto(first.links.edit);

  await page.goto(`/reviews/${first.id}/milestones`);
  await expect(page.getByRole("heading", { name: "No milestone yet" })).toBeVisible();
  const publish = page.getByRole("form", { name: "Publish milestone 1" });
  await publish.getByLabel(/Label/).fill("x".repeat(130));
  await publish.getByRole("button", { name: "Publish milestone" }).click();
  await expect(publish.getByText(/Keep the label under 120 characters/)).toBeVisible();
  await expect(publish.getByLabel(/Label/)).toHaveAttribute("aria-invalid", "true");
  await publish.getByLabel(/Label/).fill("Before the platform work");
  await publish.getByRole("button", { name: "Publish milestone" }).click();
  await expect(page.getByRole("list", { name: /Published milestones/ }).getByRole("heading", { name: "Before the platform work" })).toBeVisible();

  // The frozen report says what it is.
  await page.getByRole("link", { name: "View frozen report" }).click();
  await expect(page.getByText("Published milestone 1, frozen on")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Atlas platform review" })).toBeVisible();

  // Start the re-review from the milestones page; its private link is shown once.
  await page.goto(`/reviews/${first.id}/milestones`);
  const reReview = page.getByRole("form", { name: "Start a re-review" });
  await reReview.getByLabel(/Title/).fill("Atlas platform review, spring");
  await reReview.getByRole("button", { name: "Start re-review" }).click();
  const link = await reReview.getByLabel("Private link of the re-review").inputValue();
  expect(link).toMatch(/\/reviews\/[0-9a-f-]{36}\/open\?token=fle_/);
  const second = { id: /\/reviews\/([0-9a-f-]{36})\//.exec(link)![1], editToken: decodeURIComponent(new URL(link).searchParams.get("token")!) };

  // The new review starts from last time's answers; the team grew.
  const stored = await request.get(`/api/v1/assessments/${second.id}`, { headers: { authorization: `Bearer ${second.editToken}` } });
  expect((await stored.json()).answers["context.team-size"].value).toBe(12);
  await answer(request, second, "context.team-size", 40);
  await answer(request, second, "context.stage", "mature");
  await page.goto(link);
  await page.goto(`/reviews/${second.id}/milestones`);
  await expect(page.getByText("This review follows")).toBeVisible();
  await page.getByRole("form", { name: "Publish milestone 1" }).getByRole("button", { name: "Publish milestone" }).click();
  await page.getByRole("link", { name: /Compare with “Before the platform work” of the previous review/ }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Compare milestones" })).toBeVisible();
  await expect(page.getByLabel("Before", { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByLabel("After", { exact: true })).not.toHaveValue(await page.getByLabel("Before", { exact: true }).inputValue());
  const answers = page.getByRole("region", { name: "Answers that changed" });
  await expect(answers.getByText("40 engineers")).toBeVisible();
  await expect(page.getByRole("table", { name: /Each area before and after/ }).getByRole("row")).toHaveCount(7);
  await expect(page.getByRole("group", { name: /^New/ })).toBeVisible();
  await expect(page.getByRole("group", { name: /^Resolved/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download comparison PDF" }).click();
  expect((await download).suggestedFilename()).toMatch(/comparison-1-1\.pdf$/);
});
