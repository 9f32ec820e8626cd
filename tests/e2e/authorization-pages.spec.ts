import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ACTIONS, ACTORS, PAGES, actionOutcome, pageOutcome, type TActor, type TOutcome, type TPageGate, type TTargetKind } from "../integration/authorization-matrix-spec";
import { testEnv } from "../support/test-env";
import { NO_ACCESS, NOT_FOUND, baseUrl, setUp, slow, stamp, type TWorld } from "./authorization-world";

// The authorisation matrix for pages and server actions, against the production build: every page of
// authorization-matrix-spec.ts PAGES visited by every actor in a browser of their own (cookies from
// signing in, review cookies from /reviews/{id}/open?token=), and every server action called over HTTP
// the way a form calls it (Next-Action header, React's reply encoding) by every actor. Pages stream, so
// their content is asserted (the "no access" page, Next's not-found page, sign-in) and the status
// where it is reliable.

let world: TWorld;


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
