import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support";

// Accounts and workspaces through the browser, on the production build: an owner signs up, creates a
// workspace and invites a colleague; the colleague, in a browser of their own, opens the invitation
// link, signs up on the way, accepts, and the owner then sees them as a consultant.

const PASSWORD = "granite orchard lantern 42";
// Steps that wait for the server (password hashing, a first render of a page) get more than the 5 s default.
const server = expect.configure({ timeout: 30_000 });
const stamp = randomBytes(3).toString("hex");

async function signUp(page: Page, name: string, email?: string) {
  await page.getByLabel("Your name").fill(name);
  if (email) await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

test("sign up, create a workspace, invite a colleague who signs up, accepts and appears as consultant", async ({ browser }) => {
  const ownerEmail = `olivia.${stamp}@strata.test`;
  const colleagueEmail = `max.${stamp}@strata.test`;

  // The owner signs up and lands on an empty workspaces page.
  const owner = await browser.newContext();
  const page = await owner.newPage();
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // A too-short password is refused next to its field, before anything is sent.
  await page.getByLabel("Your name").fill("Olivia Marsh");
  await page.getByLabel("Work email").fill(ownerEmail);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#password-error")).toHaveText(/at least 10 characters/);
  await expect(page.getByLabel("Password")).toBeFocused();
  await signUp(page, "Olivia Marsh");
  await server(page).toHaveURL(/\/workspaces$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Olivia");

  // Creates the consultancy's workspace.
  await page.getByLabel("Name of the consultancy").fill(`Strata Consulting ${stamp}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await server(page).toHaveURL(new RegExp(`/workspaces/strata-consulting-${stamp}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Strata Consulting ${stamp}`);
  await expect(page.getByRole("heading", { name: "Reviews" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Invites a colleague as consultant (the default role); the link is shown to copy.
  await page.getByLabel("Email", { exact: true }).fill(colleagueEmail);
  await expect(page.getByRole("radio", { name: /Consultant/ })).toBeChecked();
  await page.getByRole("button", { name: "Send invitation" }).click();
  const linkField = page.getByLabel(`Invitation link for ${colleagueEmail}`).first();
  await server(linkField).toBeFocused();
  const link = await linkField.inputValue();
  expect(link).toMatch(/\/invitations\/fli_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("list", { name: "Open invitations" })).toContainText(colleagueEmail);

  // The colleague, in another browser, opens the link, signs up on the way and accepts.
  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await other.goto(new URL(link).pathname);
  await server(other.getByRole("heading", { level: 1 })).toHaveText(`Join Strata Consulting ${stamp} on Faultline`);
  await expect(other.getByText(colleagueEmail).first()).toBeVisible();
  await other.getByRole("link", { name: "Create an account" }).click();
  await server(other.getByLabel("Work email")).toHaveValue(colleagueEmail);
  await signUp(other, "Max Keller");
  await server(other).toHaveURL(new RegExp(new URL(link).pathname + "$"));
  await other.getByRole("button", { name: `Join Strata Consulting ${stamp}` }).click();
  await server(other).toHaveURL(new RegExp(`/workspaces/strata-consulting-${stamp}\\?joined=1$`));
  await expect(other.getByRole("status").filter({ hasText: "You joined as consultant" })).toBeVisible();
  const members = other.getByRole("list", { name: "Members" });
  await expect(members.locator(`[data-member-email="${colleagueEmail}"]`)).toContainText("Consultant");
  // A consultant gets no controls over others' roles, and no invitation form.
  await expect(other.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await expect(members.getByRole("combobox")).toHaveCount(0);
  // A consultant runs reviews: the form to start one is there, with its bank choice.
  await expect(other.getByRole("combobox", { name: "Question bank" })).toBeVisible();

  // The owner sees the colleague as a consultant, and the invitation is no longer open.
  await page.reload();
  const row = page.getByRole("list", { name: "Members" }).locator(`[data-member-email="${colleagueEmail}"]`);
  await server(row).toContainText("Max Keller");
  await expect(row.getByLabel("Role of Max Keller")).toHaveValue("consultant");
  await expect(page.getByText("No open invitations.")).toBeVisible();

  // The link works once: opening it again says so.
  await other.goto(new URL(link).pathname);
  await server(other.getByRole("heading", { level: 1 })).toHaveText("This invitation was already used");

  await colleague.close();
  await owner.close();
});

test("a wrong password is answered next to the form, and a workspace of others is a 404", async ({ browser, request }) => {
  const email = `ada.${stamp}@example.test`;
  const created = await request.post("/api/auth/sign-up/email", { data: { name: "Ada", email, password: PASSWORD } });
  expect(created.status()).toBe(200);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in?next=%2Fworkspaces");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await server(page.locator("#form-error")).toHaveText(/don't match an account/);
  await server(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await server(page).toHaveURL(/\/workspaces$/);

  // A workspace this user is not in answers like one that does not exist.
  const response = await page.goto(`/workspaces/strata-consulting-${stamp}`);
  expect(response?.status()).toBe(404);
  // Signed out, the workspaces page sends you to sign in and back.
  await context.clearCookies();
  await page.goto("/workspaces");
  await server(page).toHaveURL(/\/sign-in\?next=%2Fworkspaces$/);
  await context.close();
});
