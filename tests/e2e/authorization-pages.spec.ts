import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { ACTIONS, ACTORS, PAGES, actionOutcome, pageOutcome, type TActor, type TOutcome, type TPageGate, type TTargetKind } from "../integration/authorization-matrix-spec";
import { testEnv } from "../support/test-env";

// The authorisation matrix for pages and server actions, against the production build: every page of
// authorization-matrix-spec.ts PAGES visited by every actor in a browser of their own (cookies from
// signing in, review cookies from /reviews/{id}/open?token=), and every server action called over HTTP
// the way a form calls it (Next-Action header, React's reply encoding) by every actor. Pages stream, so
// their content is asserted (the "no access" page, Next's not-found page, sign-in) and the status
// where it is reliable.

const PASSWORD = "granite orchard lantern 42";
const stamp = randomBytes(3).toString("hex");
const slow = expect.configure({ timeout: 30_000 });
const NO_ACCESS = "Open this review with its private link";
const NOT_FOUND = "There is nothing at this address";

type TWorld = {
  contexts: Record<TActor, BrowserContext>;
  emails: Record<"owner" | "consultant" | "viewer" | "outsiderOwner" | "leaver", string>;
  workspace: { id: string; slug: string; name: string };
  reviews: Record<TTargetKind, { id: string; title: string }>;
  shareToken: string;
  invitationToken: string;
  ownerPage: Page;
};

let world: TWorld;

let clients = 0;
async function signUp(context: BrowserContext, name: string, email: string) {
  // Each account signs up from an address of its own, as five people would (sign-up is limited per client).
  const response = await context.request.post("/api/auth/sign-up/email", {
    data: { name, email, password: PASSWORD },
    headers: { origin: baseUrl(), "x-forwarded-for": `203.0.113.${(clients++ % 200) + 20}` },
  });
  expect(response.status(), await response.text()).toBe(200);
}

function baseUrl(): string {
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

async function setUp(browser: Browser): Promise<TWorld> {
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

test.describe.configure({ mode: "serial" });
test.setTimeout(600_000);

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  world = await setUp(browser);
});

test.afterAll(async () => {
  for (const context of Object.values(world?.contexts ?? {})) await context.close();
});

/** The address of a page file for a target, filling its dynamic segments. */
function addressOf(file: string, target: TTargetKind): string {
  const route = file.replace(/\/?page\.tsx$/, "");
  const filled = route.split("/").map((segment) => {
    switch (segment) {
      case "[id]":
        return file.startsWith("reviews/") ? world.reviews[target].id : randomUUID();
      case "[number]":
        return "1";
      case "[slug]":
        return world.workspace.slug;
      case "[token]":
        return file.startsWith("shared/") ? world.shareToken : world.invitationToken;
      default:
        if (segment.startsWith("[")) throw new Error(`authorization-pages.spec.ts does not know how to fill ${segment} in app/${file}`);
        return segment;
    }
  });
  return `/${filled.join("/")}`;
}

/** What a granted visit shows, per kind of page: its own content, never a denial. */
async function expectGranted(page: Page, file: string, gate: TPageGate, target: TTargetKind, status: number | undefined) {
  await expect(page.getByRole("heading", { name: NO_ACCESS })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: NOT_FOUND })).toHaveCount(0);
  expect(status, `status of a granted ${file}`).toBeLessThan(400);
  if (gate.kind === "review") {
    // Every review page names the review it shows.
    await slow(page.getByText(world.reviews[target].title).first()).toBeAttached();
  }
  if (gate.kind === "workspace") await expect(page.getByRole("heading", { level: 1 })).toHaveText(world.workspace.name);
  if (gate.kind === "session") await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  if (gate.kind === "share-link") await expect(page.getByText(world.reviews.workspace.title).first()).toBeVisible();
}

async function expectDenied(page: Page, file: string, gate: TPageGate, actor: TActor, outcome: TOutcome, status: number | undefined) {
  if (gate.kind === "review") {
    // Every denial looks the same: the review might as well not exist.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NO_ACCESS);
    return;
  }
  if (outcome === 401) {
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    return;
  }
  // Non-members and dev pages in production: a not-found page with a 404 status, the same as for an
  // address where nothing exists (a workspace's not-found page is its own, but the same for both).
  const heading = await page.getByRole("heading", { level: 1 }).innerText();
  expect(status, `${actor} on ${file}`).toBe(404);
  const nowhere = await page.context().newPage();
  try {
    const response = await nowhere.goto(page.url().replace(/\/[^/]+$/, `/no-such-${stamp}`));
    expect(response?.status()).toBe(404);
    await expect(nowhere.getByRole("heading", { level: 1 })).toHaveText(heading);
  } finally {
    await nowhere.close();
  }
}

test("every page × every actor: granted pages show their content, denied ones the no-access, sign-in or not-found page", async () => {
  const failures: string[] = [];
  // MATRIX_PAGES=part narrows the run to the page files containing it (while working on one page).
  for (const [file, gate] of Object.entries(PAGES).filter(([name]) => name.includes(process.env.MATRIX_PAGES ?? ""))) {
    const targets: TTargetKind[] = gate.kind === "review" ? ["workspace", "self-serve"] : ["workspace"];
    if (gate.kind === "review") {
      // A review that does not exist looks exactly like one that is not yours, to everyone.
      const page = await world.contexts.owner.newPage();
      await page.goto(addressOf(file, "workspace").replace(world.reviews.workspace.id, randomUUID()));
      const heading = await page.getByRole("heading", { level: 1 }).innerText().catch((error: unknown) => String(error));
      if (heading !== NO_ACCESS) failures.push(`app/${file} for a review that does not exist shows "${heading}"`);
      await page.close();
    }
    for (const target of targets) {
      for (const actor of ACTORS) {
        const outcome = pageOutcome(gate, actor, target);
        const address = addressOf(file, target);
        const page = await world.contexts[actor].newPage();
        try {
          const response = await page.goto(address);
          await page.waitForLoadState("load");
          const status = response?.status();
          if (outcome === "granted") {
            // A member may read a review but not answer it: the questions page sends them to the report.
            if (gate.kind === "review" && gate.membersRedirectTo && ["viewer", "consultant", "owner"].includes(actor)) {
              await expect(page).toHaveURL(new RegExp(`${address}/report$`));
            }
            await expectGranted(page, file, gate, target, status);
          } else if (gate.kind === "review" && gate.membersRedirectTo && outcome === 403 && ["viewer", "consultant", "owner"].includes(actor)) {
            await expect(page).toHaveURL(new RegExp(`${address}/report$`));
          } else {
            await expectDenied(page, file, gate, actor, outcome, status);
          }
        } catch (error) {
          const lines = String(error).split("\n");
          const detail = [lines[0], ...lines.filter((line) => /Expected|Received/.test(line))].join(" ");
          failures.push(`${actor} → ${address} (app/${file}, expected ${outcome}, now at ${page.url()}): ${detail}`);
        } finally {
          await page.close();
        }
      }
    }
  }
  expect(failures, failures.join("\n")).toEqual([]);
});

// ---------------------------------------------------------------------------------------------------
// Server actions, called as a form calls them.

type TActionIds = Record<string, string>;

/** The ids Next gave the actions in this build, from its server reference manifest. */
function actionIds(): TActionIds {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), testEnv.NEXT_DIST_DIR, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const ids: TActionIds = {};
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename && entry.exportedName) ids[`${entry.filename.replace(/^\.\//, "")} ${entry.exportedName}`] = id;
  }
  return ids;
}

/** React's reply encoding of (previousState, formData), as useActionState sends it. */
async function encodeArguments(fields: Record<string, string>): Promise<FormData> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as { encodeReply: (value: unknown) => Promise<FormData | string> };
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const body = await encodeReply([{ status: "idle" }, form]);
  if (typeof body === "string") throw new Error("expected a multipart reply");
  return body;
}

type TActionResult = { status: number; redirect: string | null; text: string };

async function callAction(actor: TActor, id: string, fields: Record<string, string>, pagePath: string): Promise<TActionResult> {
  const cookies = await world.contexts[actor].cookies(baseUrl());
  const response = await fetch(`${baseUrl()}${pagePath}`, {
    method: "POST",
    headers: {
      "next-action": id,
      accept: "text/x-component",
      origin: baseUrl(),
      ...(cookies.length ? { cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ") } : {}),
    },
    body: await encodeArguments(fields),
    redirect: "manual",
  });
  return { status: response.status, redirect: response.headers.get("x-action-redirect") ?? response.headers.get("location"), text: await response.text() };
}

/** The observable state of W, as its owner sees it: members, roles, invitations, reviews. */
async function workspaceState(): Promise<string> {
  const page = world.ownerPage;
  await page.goto(`/workspaces/${world.workspace.slug}`);
  const people = await page.getByRole("list", { name: "Members" }).innerText();
  const invitations = await page.getByRole("list", { name: "Open invitations" }).innerText().catch(() => "");
  const reviews = await page.request.get(`/api/v1/workspaces/${world.workspace.id}/assessments?limit=100`).then((r) => r.json());
  return JSON.stringify({ people, invitations, reviews: reviews.reviews.map((review: { id: string }) => review.id) });
}

async function hiddenValue(selector: string): Promise<string> {
  await world.ownerPage.goto(`/workspaces/${world.workspace.slug}`);
  return world.ownerPage.locator(selector).first().inputValue();
}

test("every server action × every actor: only the allowed ones act; the others get the right refusal and change nothing", async () => {
  const ids = actionIds();
  const failures: string[] = [];
  const wsPath = `/workspaces/${world.workspace.slug}`;
  const someoneInvitation = await hiddenValue('ul[aria-label="Open invitations"] input[name="invitationId"]');
  const viewerMember = await hiddenValue(`[data-member-email="${world.emails.viewer}"] input[name="memberId"]`);
  const leaverMember = await hiddenValue(`[data-member-email="${world.emails.leaver}"] input[name="memberId"]`);
  const W = world.workspace.id;

  // Fields for each action: what its form sends. The granted call must leave the fixture usable.
  const fields: Record<string, (actor: TActor) => Record<string, string>> = {
    "lib/workspaces/actions.ts createWorkspaceAction": (actor) => ({ name: `Own firm of ${actor} ${stamp}` }),
    "lib/workspaces/actions.ts inviteAction": (actor) => ({ workspaceId: W, email: `invited-by-${actor.toLowerCase()}.${stamp}@matrix.test`, role: "viewer" }),
    "lib/workspaces/actions.ts resendInvitationAction": () => ({ workspaceId: W, invitationId: someoneInvitation }),
    "lib/workspaces/actions.ts cancelInvitationAction": () => ({ workspaceId: W, invitationId: someoneInvitation }),
    "lib/workspaces/actions.ts changeRoleAction": () => ({ workspaceId: W, memberId: viewerMember, role: "viewer" }),
    "lib/workspaces/actions.ts removeMemberAction": () => ({ workspaceId: W, memberId: leaverMember }),
    "lib/workspaces/actions.ts createReviewAction": (actor) => ({ workspaceId: W, title: `Review started by ${actor}` }),
    "lib/workspaces/actions.ts acceptInvitationAction": () => ({ token: world.invitationToken }),
    "lib/workspaces/actions.ts declineInvitationAction": () => ({ token: world.invitationToken }),
  };
  // Where each action's form lives (Next runs an action from the page that renders its form).
  const pathOf = (key: string) => (key.endsWith("InvitationAction") && /accept|decline/.test(key) ? `/invitations/${world.invitationToken}` : key.endsWith("createWorkspaceAction") ? "/workspaces" : wsPath);
  // Answering the open invitation comes before re-sending it (a new token) and cancelling it.
  const rank = (key: string) => (/(accept|decline)InvitationAction$/.test(key) ? 0 : key.endsWith("resendInvitationAction") ? 2 : key.endsWith("cancelInvitationAction") ? 3 : 1);
  const order = Object.keys(ACTIONS).sort((a, b) => rank(a) - rank(b));

  for (const key of order) {
    const gate = ACTIONS[key];
    const id = ids[key];
    if (!id) {
      failures.push(`${key}: not in this build's server reference manifest (rebuild?)`);
      continue;
    }
    // Denied actors first, so a granted call that changes things (cancel, remove) comes last.
    const actors = [...ACTORS].sort((a, b) => Number(actionOutcome(gate, a) === "granted") - Number(actionOutcome(gate, b) === "granted"));
    let resent = false;
    // W as its owner sees it before the refused calls, compared after them.
    const before = await workspaceState();
    let checked = false;
    for (const actor of actors) {
      const outcome = actionOutcome(gate, actor);
      if (outcome === "granted" && key.endsWith("resendInvitationAction")) {
        // Re-sending replaces the invitation's token: do it once, after the accept/decline checks.
        if (resent) continue;
        resent = true;
      }
      if (outcome === "granted" && !checked) {
        checked = true;
        if ((await workspaceState()) !== before) failures.push(`${key}: refused calls changed the workspace`);
      }
      const result = await callAction(actor, id, fields[key](actor), pathOf(key));
      const where = `${key.split(" ")[1]} by ${actor} (expected ${outcome})`;
      if (outcome === "granted") {
        const ok = result.redirect !== null || /"status":"ok"/.test(result.text);
        if (result.status >= 400 || !ok) failures.push(`${where}: ${result.status} ${result.text.slice(0, 300)}`);
        continue;
      }
      // 401: the session message; 404: "No … was found", as for a thing that does not exist; 403: a reason that is neither.
      const sessionEnded = /Your session has ended/.test(result.text);
      const notFound = /"message":"No \w+ was found at this address/.test(result.text);
      const matches = outcome === 401 ? sessionEnded : outcome === 404 ? notFound : !sessionEnded && !notFound;
      if (result.redirect || !/"status":"error"/.test(result.text) || !matches) {
        failures.push(`${where}: ${result.status} redirect=${result.redirect} ${result.text.slice(0, 300)}`);
      }
      if (outcome === 404) {
        // Not a member: the same answer as for a workspace that does not exist.
        const unknown = await callAction(actor, id, { ...fields[key](actor), workspaceId: randomUUID() }, pathOf(key));
        const message = (text: string) => text.match(/"message":"([^"]*)"/)?.[1];
        if (message(unknown.text) !== message(result.text)) failures.push(`${where}: "${message(result.text)}" differs from a nonexistent workspace's "${message(unknown.text)}"`);
      }
    }
    if (!checked && (await workspaceState()) !== before) failures.push(`${key}: refused calls changed the workspace`);
  }
  expect(failures, failures.join("\n")).toEqual([]);
});
