import { expect, test } from "@playwright/test";
import { createReviewViaApi } from "./support";

test("share a read-only link, open it elsewhere without edit controls, revoke it, and it answers 404", async ({ page, browser, request }) => {
  const created = await createReviewViaApi(request, "Board copy");
  await request.put(`/api/v1/assessments/${created.id}/answers/context.stage`, {
    headers: { authorization: `Bearer ${created.editToken}` },
    data: { value: "scaling" },
  });
  await page.goto(created.links.edit);
  await page.goto(`/reviews/${created.id}/report`);

  const panel = page.getByRole("region", { name: "Share a read-only link" });
  await panel.getByLabel("Link expires").selectOption({ label: "30 days" });
  await panel.getByRole("button", { name: "Create link" }).click();
  const url = await panel.getByLabel("Share link").inputValue();
  expect(url).toMatch(/\/shared\/fls_[A-Za-z0-9_-]{43}$/);
  await expect(panel.getByRole("row").nth(1)).toContainText("Active until");

  // A fresh browser, no cookie, no account: the report, read-only.
  const stranger = await browser.newContext();
  const shared = await stranger.newPage();
  const response = await shared.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  expect(response?.headers()["x-robots-tag"]).toContain("noindex");
  await expect(shared.getByRole("heading", { level: 1, name: "Board copy" })).toBeVisible();
  await expect(shared.getByText("Read-only copy")).toBeVisible();
  await expect(shared.getByRole("link", { name: /Back to the questions/ })).toHaveCount(0);
  await expect(shared.getByRole("button", { name: "Create link" })).toHaveCount(0);
  await expect(shared.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  // The private review itself stays closed to this browser.
  await shared.goto(`/reviews/${created.id}`);
  await expect(shared.getByRole("heading", { name: "Open this review with its private link" })).toBeVisible();

  // The owner sees the view counted, then revokes.
  await page.reload();
  const row = page.getByRole("region", { name: "Share a read-only link" }).getByRole("row").nth(1);
  await expect(row.getByRole("cell").nth(2)).toHaveText(/^1\(last /);
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("Revoked");

  const gone = await shared.goto(url);
  expect(gone?.status()).toBe(404);
  expect((await stranger.request.get(url.replace("/shared/", "/api/v1/shared/") + "/report")).status()).toBe(404);
  await stranger.close();
});
