import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { ACTORS, type TActor, type TTargetKind } from "../integration/authorization-matrix-spec";
import { testEnv } from "../support/test-env";

// The world the authorisation e2e spec (authorization-pages.spec.ts) runs in: an owner, a consultant, a
// viewer and an outsider signed up and joined through the UI, a workspace review and a self-serve one,
// a respondent of each, a share link and an open invitation; one browser context per actor.

const PASSWORD = "granite orchard lantern 42";
export const stamp = randomBytes(3).toString("hex");
export const slow = expect.configure({ timeout: 30_000 });
export const NO_ACCESS = "Open this review with its private link";
export const NOT_FOUND = "There is nothing at this address";

export type TWorld = {
  contexts: Record<TActor, BrowserContext>;
  emails: Record<"owner" | "consultant" | "viewer" | "outsiderOwner" | "leaver", string>;
  workspace: { id: string; slug: string; name: string };
  reviews: Record<TTargetKind, { id: string; title: string }>;
  shareToken: string;
  invitationToken: string;
  ownerPage: Page;
};


let clients = 0;
async function signUp(context: BrowserContext, name: string, email: string) {
  // Each account signs up from an address of its own, as five people would (sign-up is limited per client).
  const response = await context.request.post("/api/auth/sign-up/email", {
    data: { name, email, password: PASSWORD },
    headers: { origin: baseUrl(), "x-forwarded-for": `203.0.113.${(clients++ % 200) + 20}` },
  });
  expect(response.status(), await response.text()).toBe(200);
}

export function baseUrl(): string {
  return `http://localhost:${testEnv.E2E_PORT}`;
}

async function invite(owner: Page, email: string, role: "consultant" | "viewer"): Promise<string> {
  await owner.getByLabel("Email", { exact: true }).fill(email);
  await owner.getByRole("radio", { name: new RegExp(role, "i") }).check();
  await owner.getByRole("button", { name: "Send invitation" }).click();
  const link = await slow(owner.getByLabel(`Invitation link for ${email}`).first()).toBeVisible().then(() => owner.getByLabel(`Invitation link for ${email}`).first().inputValue());
  return new URL(link).pathname;
}

async function join(context: BrowserContext, invitationPath: string, workspaceName: string) {
  const page = await context.newPage();
  await page.goto(invitationPath);
  await page.getByRole("button", { name: `Join ${workspaceName}` }).click();
  await slow(page).toHaveURL(/\?joined=1$/);
  await page.close();
}

async function api(request: APIRequestContext, method: "get" | "post", url: string, data?: unknown, headers: Record<string, string> = {}) {
  const response = await request[method](url, { data, headers: { origin: baseUrl(), ...headers } });
  expect(response.status(), `${method.toUpperCase()} ${url}: ${await response.text()}`).toBeLessThan(300);
  return response.json();
}

export async function setUp(browser: Browser): Promise<TWorld> {
  const contexts = Object.fromEntries(await Promise.all(ACTORS.map(async (actor) => [actor, await browser.newContext()] as const))) as Record<TActor, BrowserContext>;
  const emails = {
    owner: `owner.${stamp}@matrix.test`,
    consultant: `consultant.${stamp}@matrix.test`,
    viewer: `viewer.${stamp}@matrix.test`,
    outsiderOwner: `outsider.${stamp}@matrix.test`,
    leaver: `leaver.${stamp}@matrix.test`,
  };
  const leaver = await browser.newContext();
  await signUp(contexts.owner, "Olivia Owner", emails.owner);
  await signUp(contexts.consultant, "Carla Consultant", emails.consultant);
  await signUp(contexts.viewer, "Victor Viewer", emails.viewer);
  await signUp(contexts.outsiderOwner, "Otto Outsider", emails.outsiderOwner);
  await signUp(leaver, "Lee Leaver", emails.leaver);

  // W, through the pages: the owner creates it and invites a consultant and a viewer, who accept.
  const name = `Matrix Consulting ${stamp}`;
  const ownerPage = await contexts.owner.newPage();
  await ownerPage.goto("/workspaces");
  await ownerPage.getByLabel("Name of the consultancy").fill(name);
  await ownerPage.getByRole("button", { name: "Create workspace" }).click();
  await slow(ownerPage).toHaveURL(/\/workspaces\/matrix-consulting-/);
  const slug = new URL(ownerPage.url()).pathname.split("/").pop()!;
  const workspaceId = await ownerPage.locator('input[name="workspaceId"]').first().inputValue();
  await join(contexts.consultant, await invite(ownerPage, emails.consultant, "consultant"), name);
  await join(contexts.viewer, await invite(ownerPage, emails.viewer, "viewer"), name);
  await join(leaver, await invite(ownerPage, emails.leaver, "viewer"), name);
  await leaver.close();
  // An open invitation to someone who is none of the actors, for the invitation actions and page.
  const invitationPath = await invite(ownerPage, `someone.${stamp}@matrix.test`, "viewer");

  // W2, the outsider's own workspace, and X, a review there with its respondent RX.
  const outsiderPage = await contexts.outsiderOwner.newPage();
  await outsiderPage.goto("/workspaces");
  await outsiderPage.getByLabel("Name of the consultancy").fill(`Elsewhere ${stamp}`);
  await outsiderPage.getByRole("button", { name: "Create workspace" }).click();
  await slow(outsiderPage).toHaveURL(/\/workspaces\/elsewhere-/);
  const elsewhereId = await outsiderPage.locator('input[name="workspaceId"]').first().inputValue();
  await outsiderPage.close();
  const x = await api(contexts.outsiderOwner.request, "post", `/api/v1/workspaces/${elsewhereId}/assessments`, { title: "Another client's review" });
  const rx = await api(contexts.outsiderOwner.request, "post", `/api/v1/assessments/${x.id}/respondents`, { name: "Rex Elsewhere" });

  // A, the consultant's review in W: a re-review of an earlier one, which hands out an edit link (the
  // workspace editor's); its respondent R. S, a self-serve review and its edit link.
  const aTitle = `Northwind review ${stamp}`;
  const earlier = await api(contexts.consultant.request, "post", `/api/v1/workspaces/${workspaceId}/assessments`, { title: `Last year's review ${stamp}` });
  await api(contexts.consultant.request, "post", `/api/v1/assessments/${earlier.id}/milestones`, { label: "Last year" });
  const a = await api(contexts.consultant.request, "post", `/api/v1/assessments/${earlier.id}/re-review`, { title: aTitle });
  const r = await api(contexts.consultant.request, "post", `/api/v1/assessments/${a.id}/respondents`, { name: "Rita Respondent" });
  const sTitle = `Self-serve review ${stamp}`;
  const s = await api(contexts.anonymous.request, "post", "/api/v1/assessments", { title: sTitle });

  // Answers, two milestones on each review (to compare), a share link of A.
  for (const [id, auth] of [
    [a.id, { authorization: `Bearer ${r.token}` }],
    [s.id, { authorization: `Bearer ${s.editToken}` }],
  ] as const) {
    // A first answer: R's on A, the editor's on S.
    const put = await contexts.anonymous.request.put(`/api/v1/assessments/${id}/answers/context.stage`, { data: { value: "scaling" }, headers: auth });
    expect(put.status()).toBe(201);
  }
  for (const label of ["First", "Second"]) {
    await api(contexts.consultant.request, "post", `/api/v1/assessments/${a.id}/milestones`, { label });
    await api(contexts.anonymous.request, "post", `/api/v1/assessments/${s.id}/milestones`, { label }, { authorization: `Bearer ${s.editToken}` });
  }
  const share = await api(contexts.owner.request, "post", `/api/v1/assessments/${a.id}/shares`, {});

  // The link holders' browsers keep their links as cookies, as after opening the private link.
  for (const [actor, id, token] of [
    ["editor", s.id, s.editToken],
    ["workspaceEditor", a.id, a.editToken],
    ["respondent", a.id, r.token],
    ["otherRespondent", x.id, rx.token],
  ] as const) {
    const page = await contexts[actor].newPage();
    await page.goto(`/reviews/${id}/open?token=${encodeURIComponent(token)}`);
    await slow(page).toHaveURL(new RegExp(`/reviews/${id}(\\?section=[a-z-]+)?$`));
    await page.close();
  }
  await ownerPage.goto(`/workspaces/${slug}`);
  return {
    contexts,
    emails,
    workspace: { id: workspaceId, slug, name },
    reviews: { workspace: { id: a.id, title: aTitle }, "self-serve": { id: s.id, title: sTitle } },
    shareToken: share.token,
    invitationToken: invitationPath.split("/").pop()!,
    ownerPage,
  };
}
