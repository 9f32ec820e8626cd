import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as agreeRoute } from "@/app/api/v1/assessments/[id]/agreed-answers/[questionId]/route";
import { PUT as putRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { GET as milestonePdfRoute } from "@/app/api/v1/assessments/[id]/milestones/[number]/report.pdf/route";
import { POST as publishRoute } from "@/app/api/v1/assessments/[id]/milestones/route";
import { GET as reportPdfRoute } from "@/app/api/v1/assessments/[id]/report.pdf/route";
import { POST as inviteRoute } from "@/app/api/v1/assessments/[id]/respondents/route";
import { prisma } from "@/lib/db";
import { formatReportDate } from "@/lib/reports/report-text";
import { createWorkspaceReview } from "@/lib/workspaces/workspace-reviews";
import { callRoute } from "../support/call-route";
import { ORIGIN } from "./auth-fixtures";
import { workspaceTeam, type TWorkspaceTeam } from "./workspace-fixtures";

// The PDF of a review several people answered, read the way a reader meets it (pdftotext): the
// appendix lists where the team disagreed, as the screen report does, and a milestone's cover says
// which milestone it is. Needs poppler-utils. PDF_PAGES_DIR=<dir> keeps PNGs of the pages to look at.

let team: TWorkspaceTeam;
let dir: string;
let id: string;

const as = () => ({ headers: { cookie: team.consultant.cookie, origin: ORIGIN } });

async function pdfBytes<P>(handler: (r: Request, c: { params: Promise<P> }) => Promise<Response>, params: P, url: string): Promise<Buffer> {
  const response = await handler(new Request(`http://localhost${url}`, { headers: { cookie: team.consultant.cookie } }), { params: Promise.resolve(params) });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  return Buffer.from(await response.arrayBuffer());
}

/** The text, one line with single spaces; `pages` limits it to a range ("1" or "3-9"). */
function pdfText(bytes: Buffer, name: string, pages?: [number, number]): string {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const range = pages ? ["-f", String(pages[0]), "-l", String(pages[1])] : [];
  if (process.env.PDF_PAGES_DIR) execFileSync("pdftoppm", ["-r", "80", "-png", file, path.join(process.env.PDF_PAGES_DIR, name)]);
  return execFileSync("pdftotext", ["-enc", "UTF-8", ...range, file, "-"]).toString("utf8").replace(/-\n/g, "").replace(/\s+/g, " ");
}

function pageCount(bytes: Buffer, name: string): number {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [file]).toString("utf8"))?.[1]);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "faultline-pdf-team-"));
  team = await workspaceTeam("Fathom Partners");
  ({ id } = await createWorkspaceReview(team.consultant.user, team.workspace.id, { title: "Harbour backend review", organization: "Harbour Freight" }));
  const invite = async (name: string, role: string) =>
    (await callRoute(inviteRoute, { id }, { method: "POST", body: { name, role }, ...as() })).body as { token: string };
  const dana = await invite("Dana", "CTO");
  const sam = await invite("Sam", "Engineer");
  const answer = async (token: string, questionId: string, value: unknown) =>
    expect((await callRoute(putRoute, { id, questionId }, { method: "PUT", body: { value }, token })).status).toBeLessThan(300);
  // Two questions where the two describe different systems, one where they agree.
  await answer(dana.token, "team.deploys", "routine");
  await answer(sam.token, "team.deploys", "feared");
  await answer(dana.token, "team.onboarding", "current-docs");
  await answer(sam.token, "team.onboarding", "ask-one-person");
  await answer(dana.token, "context.stage", "scaling");
  await answer(sam.token, "context.stage", "scaling");
  const agreed = await callRoute(agreeRoute, { id, questionId: "team.onboarding" }, { method: "PUT", body: { value: "ask-one-person", baseVersion: 0 }, ...as() });
  expect(agreed.status).toBe(201);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the PDF of a review several people answered", { timeout: 120_000 }, () => {
  it("lists where the team disagreed in the appendix: each question, every answer, the divergence, agreed or provisional", async () => {
    const bytes = await pdfBytes(reportPdfRoute, { id }, `/api/v1/assessments/${id}/report.pdf`);
    const text = pdfText(bytes, "live");
    const start = text.indexOf("Where the team disagreed");
    expect(start, "the list is in the PDF").toBeGreaterThan(-1);
    // It is in the appendix, before the first answered section.
    expect(start).toBeGreaterThan(text.indexOf("Appendix: every answer"));
    // Up to the first section's title (pdftotext reads a dashed tag after the "A1" beside it).
    const list = text.slice(start, text.indexOf("Your product and team", start));
    expect(list).toContain("2 people answered.");

    // Most divergent first, then in questionnaire order: both diverge fully, and onboarding comes first.
    const onboarding = list.slice(list.indexOf("How does a new senior engineer"), list.indexOf("How do deploys feel"));
    expect(onboarding).toContain("From docs and diagrams");
    expect(onboarding).toContain("By asking one particular person");
    expect(onboarding).toContain("Strong divergence (1.00 of 1)");
    expect(onboarding).toContain("AGREED ANSWER RECORDED");
    expect(onboarding).not.toContain("PROVISIONAL");

    const deploys = list.slice(list.indexOf("How do deploys feel"));
    expect(deploys).toMatch(/1 Routine: several times a week/);
    expect(deploys).toMatch(/2 Feared: a recent deploy caused an outage/);
    expect(deploys).toContain("Strong divergence (1.00 of 1)");
    expect(deploys).toContain("PROVISIONAL: NO AGREED ANSWER YET");
    // Where both said the same, there is nothing to list.
    expect(list).not.toMatch(/stage/i);
  });

  it("leaves the list out of a one-person review's PDF", async () => {
    const solo = await createWorkspaceReview(team.consultant.user, team.workspace.id, { title: "Solo review" });
    const text = pdfText(await pdfBytes(reportPdfRoute, { id: solo.id }, `/api/v1/assessments/${solo.id}/report.pdf`), "solo");
    expect(text).toContain("Appendix: every answer");
    expect(text).not.toContain("Where the team disagreed");
  });
});

describe("a milestone's PDF", { timeout: 120_000 }, () => {
  it("says on its cover which milestone it is, and when it was published; the live report's cover does not", async () => {
    const publish = (label: string) => callRoute(publishRoute, { id }, { method: "POST", path: `/api/v1/assessments/${id}/milestones`, body: { label }, ...as() });
    expect((await publish("Kick-off workshop")).status).toBe(201);
    // The same answers again: the same frozen view, so only the cover tells the two apart.
    expect((await publish("Second look")).status).toBe(201);
    const rows = await prisma.milestone.findMany({ where: { assessmentId: id }, orderBy: { number: "asc" }, select: { number: true, createdAt: true } });

    for (const [number, label] of [[1, "Kick-off workshop"], [2, "Second look"]] as const) {
      const bytes = await pdfBytes(milestonePdfRoute, { id, number: String(number) }, `/api/v1/assessments/${id}/milestones/${number}/report.pdf`);
      const cover = pdfText(bytes, `milestone-${number}`, [1, 1]);
      const date = formatReportDate(rows[number - 1].createdAt.toISOString());
      expect(cover).toContain(`Milestone ${number} — ${label}, published ${date}`);
      expect(cover).toContain("Harbour backend review");
      // The milestone's PDF has the disagreements too: they are part of the frozen report.
      expect(pdfText(bytes, `milestone-${number}-all`)).toContain("Where the team disagreed");
      expect(pageCount(bytes, `milestone-${number}-count`)).toBeGreaterThan(3);
    }

    const live = pdfText(await pdfBytes(reportPdfRoute, { id }, `/api/v1/assessments/${id}/report.pdf`), "live-cover", [1, 1]);
    expect(live).toContain("Harbour backend review");
    expect(live).not.toContain("Milestone");
    if (process.env.PDF_PAGES_DIR) expect(readdirSync(process.env.PDF_PAGES_DIR).length).toBeGreaterThan(0);
  });
});
