import { expect, test } from "@playwright/test";

test("the landing page explains the review and leads into it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const area of ["Load patterns", "Database", "Foundations", "Hidden state", "Observability", "Shared mental model"]) {
    await expect(page.getByRole("heading", { name: area, exact: true })).toBeVisible();
  }
  for (const path of ["Full rewrite", "Add infrastructure", "Targeted refactor", "System audit"]) {
    await expect(page.getByText(path, { exact: true }).first()).toBeVisible();
  }
  await page.getByRole("link", { name: /Start a review/ }).first().click();
  await expect(page).toHaveURL(/\/reviews\/new$/);
  await expect(page.getByLabel("Title of the review")).toBeVisible();
});

test("the theme toggle switches to dark and the choice survives a reload", async ({ page }) => {
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("every response carries a request id and the health check is JSON", async ({ request }) => {
  const response = await request.get("/api/v1/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  expect(response.headers()["x-request-id"]).toBeTruthy();
  const page = await request.get("/");
  expect(page.headers()["x-request-id"]).toBeTruthy();
});
