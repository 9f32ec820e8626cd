import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support";

// A workspace's own question bank, in the browser: a YAML bank with a mistake is refused with the line,
// column and field of the mistake; fixed in place, it imports; a review started on it is answered in
// full by the client's respondent, and the report is built with the bank's own findings.

const PASSWORD = "granite orchard lantern 42";
const server = expect.configure({ timeout: 30_000 });
const stamp = randomBytes(3).toString("hex");
const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "banks");

test("import a bank with an error, fix it, run a whole review on it and read its report", async ({ browser }) => {
  const consultant = await browser.newContext();
  const page = await consultant.newPage();
  const signUp = await consultant.request.post("/api/auth/sign-up/email", { data: { name: "Grace Hopper", email: `grace.${stamp}@banks.test`, password: PASSWORD } });
  expect(signUp.status()).toBe(200);
  await page.goto("/workspaces");
  await page.getByLabel("Name of the consultancy").fill(`Launch Partners ${stamp}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await server(page).toHaveURL(new RegExp(`/workspaces/launch-partners-${stamp}$`));

  // The built-in bank is listed, with its exports.
  const banks = page.getByRole("list", { name: "Question banks" });
  await expect(banks.getByRole("listitem")).toHaveCount(1);
  await expect(banks).toContainText("backend-scaling@2");
  await expect(banks.getByRole("link", { name: /^YAML/ })).toHaveAttribute("href", "/api/v1/questionnaires/backend-scaling/export?version=2&format=yaml");

  // A YAML bank with a mistake: refused, the problem named by line, column and field, and focused.
  await page.getByLabel("Bank file").setInputFiles(path.join(FIXTURES, "api-readiness-with-error.yaml"));
  await expect(page.getByRole("radio", { name: "YAML" })).toBeChecked();
  await page.getByRole("button", { name: "Import bank" }).click();
  const problems = page.getByRole("list", { name: "Problems in the bank file" });
  await server(problems).toBeVisible();
  await expect(problems.getByRole("listitem")).toHaveCount(1);
  await expect(problems).toContainText("Line 58, column 21");
  await expect(problems).toContainText("questionnaire.sections[1].questions[0].choices[2].risk");
  await expect(problems).toContainText("At most 1; this is 1.5");
  await expect(page.getByText("The question bank was not imported: 1 problem to fix.")).toBeVisible();
  await expect(page.locator('[id$="-result"]')).toBeFocused();
  await expect(banks.getByRole("listitem")).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  // "Show line 58" selects the mistake in the text; fixed there, the bank imports.
  await problems.getByRole("button", { name: /Show line 58 in the text/ }).click();
  const text = page.getByRole("textbox", { name: "Or paste it" });
  await expect(text).toBeFocused();
  const selected = await text.evaluate((box: HTMLTextAreaElement) => box.value.slice(box.selectionStart, box.selectionEnd));
  expect(selected).toBe("1.5");
  await page.keyboard.type("1");
  await page.getByRole("button", { name: "Import bank" }).click();
  await server(page.getByRole("status").filter({ hasText: "Imported API readiness check" })).toBeVisible();
  await server(banks.getByRole("listitem")).toHaveCount(2);
  const imported = banks.getByRole("listitem").filter({ hasText: "API readiness check" });
  await expect(imported).toContainText("api-readiness@1");
  await expect(imported).toContainText("by Grace Hopper as YAML");
  await expect(imported).toContainText(/Questions\s*3/);
  const exportHref = await imported.getByRole("link", { name: /^JSON/ }).getAttribute("href");
  const exported = await consultant.request.get(exportHref!);
  expect(exported.status()).toBe(200);
  expect(await exported.json()).toMatchObject({ faultline: "question-bank/1", questionnaire: { key: "api-readiness", version: 1 } });

  // A review on the new bank.
  await page.getByRole("textbox", { name: "Title" }).fill("Launch readiness");
  await page.getByRole("textbox", { name: "Client" }).fill("Acme");
  await page.getByRole("combobox", { name: "Question bank" }).selectOption({ label: "API readiness check (api-readiness, version 1)" });
  await page.getByRole("button", { name: "Start the review" }).click();
  await server(page).toHaveURL(/\/reviews\/[0-9a-f-]{36}\/team$/);
  const id = new URL(page.url()).pathname.split("/")[2];
  const invited = await consultant.request.post(`/api/v1/assessments/${id}/respondents`, { data: { name: "Rita Ruiz", role: "CTO" } });
  expect(invited.status(), await invited.text()).toBe(201);
  const { link } = (await invited.json()) as { link: string };

  // The client's CTO answers every question of the bank, in a browser of their own.
  const respondent = await browser.newContext();
  const answering = await respondent.newPage();
  await answering.goto(new URL(link).pathname + new URL(link).search);
  await server(answering.getByRole("heading", { level: 1, name: "Launch readiness" })).toBeVisible();
  await expect(answering.getByText("Section 1 of 3")).toBeVisible();
  await answering.getByRole("radio", { name: "Anyone, announced publicly" }).check();
  await answering.getByRole("button", { name: /^Next: Load on launch day/ }).click();
  await answering.getByRole("radio", { name: "All at once, at the announced minute" }).check();
  await answering.getByRole("button", { name: /^Next: The database behind it/ }).click();
  await answering.getByRole("checkbox", { name: "It is also the job queue" }).check();
  await answering.getByRole("checkbox", { name: "It also serves reports and exports" }).check();
  await server(answering.getByText("All answers saved")).toBeVisible();
  await server(answering.getByText("3/3").first()).toBeVisible();
  await respondent.close();

  // The report: the bank's own areas and findings, with the severities its rules give.
  await page.goto(`/reviews/${id}/report`);
  await server(page.getByRole("heading", { level: 1, name: "Launch readiness" })).toBeVisible();
  await expect(page.getByText("Every caller arrives in the same minute").first()).toBeVisible();
  await expect(page.getByText("The API's database is also the queue or the reporting engine").first()).toBeVisible();
  await expect(page.locator("#finding-launch-all-at-once [data-risk='critical']").first()).toBeVisible();
  await expect(page.locator("#finding-database-shared-with-jobs [data-risk='high']").first()).toBeVisible();
});
