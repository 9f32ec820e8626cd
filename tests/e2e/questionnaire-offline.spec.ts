import { expect, test } from "@playwright/test";
import { createReviewViaApi, storedAnswers } from "./support";

test("answers given offline are kept across an immediate reload and all reach the server", async ({ page, context, request }) => {
  const created = await createReviewViaApi(request, "Offline review");
  await page.goto(created.links.edit);
  await expect(page.getByRole("heading", { level: 2, name: "Your product and team" })).toBeVisible();

  await context.setOffline(true);
  await page.getByLabel(/Still searching for product-market fit/).check();
  await page.getByLabel(/Small: under about 20,000 lines/).check();
  await page.getByLabel(/Nothing major: we will keep improving/).check();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "offline");
  await expect(page.getByTestId("save-status")).toContainText("3 answers kept on this device");

  // Back online and reloaded at once, before any retry timer could fire.
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout: 15_000 });

  const stored = await storedAnswers(request, created);
  expect(stored["context.stage"]).toMatchObject({ value: "pre-pmf", version: 1 });
  expect(stored["context.codebase-size"]).toMatchObject({ value: "small", version: 1 });
  expect(stored["context.planned-change"]).toMatchObject({ value: "none", version: 1 });
  await expect(page.getByLabel(/Still searching for product-market fit/)).toBeChecked();
});

test("an answer changed elsewhere meanwhile is never silently overwritten: both are shown and the person chooses", async ({ browser, request }) => {
  const created = await createReviewViaApi(request, "Two devices");
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  await laptop.goto(created.links.edit);
  await phone.goto(created.links.edit);

  await laptop.getByLabel(/Scaling: usage grows steadily/).check();
  await expect(laptop.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

  // The phone still shows no answer: its edit is based on that and must not win silently.
  await phone.getByLabel(/Mature: a large, established/).check();
  const card = phone.locator('[data-question-id="context.stage"]');
  await expect(card.getByRole("alert")).toContainText("changed elsewhere");
  await expect(card.getByRole("alert")).toContainText("Scaling: usage grows steadily");
  await expect(card.getByRole("alert")).toContainText("Mature: a large, established");
  expect((await storedAnswers(request, created))["context.stage"].value).toBe("scaling");

  await card.getByRole("button", { name: "Keep mine" }).click();
  await expect(phone.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
  const stored = (await storedAnswers(request, created))["context.stage"];
  expect(stored).toMatchObject({ value: "mature", version: 2 });
});
