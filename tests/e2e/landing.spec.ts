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

test("pages carry security headers and a nonce-based script policy, and still run their scripts", async ({ page, request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  const csp = headers["content-security-policy"];
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const second = (await request.get("/")).headers()["content-security-policy"];
  expect(second).not.toBe(csp);

  const shared = await request.get("/shared/fls_unknown");
  expect(shared.headers()["referrer-policy"]).toBe("no-referrer");
  expect(shared.headers()["x-robots-tag"]).toContain("noindex");

  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/reviews/new");
  await page.getByLabel("Title of the review").fill("CSP check");
  await page.getByRole("button", { name: "Start the review" }).click();
  await expect(page.getByRole("heading", { name: "Your review is ready" })).toBeVisible();
  expect(violations).toEqual([]);
});
