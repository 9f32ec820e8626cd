import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { GET as exportBuiltinRoute } from "@/app/api/v1/questionnaires/[key]/export/route";
import { GET as listBanksRoute, POST as importRoute } from "@/app/api/v1/workspaces/[workspaceId]/banks/route";
import { GET as exportBankRoute } from "@/app/api/v1/workspaces/[workspaceId]/banks/[bankId]/export/route";
import { POST as createReviewRoute } from "@/app/api/v1/workspaces/[workspaceId]/assessments/route";
import { POST as inviteRoute } from "@/app/api/v1/assessments/[id]/respondents/route";
import { PUT as putAnswerRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { GET as assessmentRoute } from "@/app/api/v1/assessments/[id]/route";
import { GET as reportRoute } from "@/app/api/v1/assessments/[id]/report/route";
import { GET as reportPdfRoute } from "@/app/api/v1/assessments/[id]/report.pdf/route";
import { MAX_BANK_BYTES } from "@/lib/banks/bank-format";
import { builtinBankDocument } from "@/lib/banks/builtin-bank-document";
import { serializeBank } from "@/lib/banks/serialize-bank";
import { prisma } from "@/lib/db";
import { callRoute } from "../support/call-route";
import { workspaceTeam, type TWorkspaceTeam } from "./workspace-fixtures";

const fixture = (name: string) => readFileSync(path.join(process.cwd(), "tests/fixtures/banks", name), "utf8");
const EXAMPLE = fixture("api-readiness.yaml");

function importBank(team: TWorkspaceTeam, who: "owner" | "consultant" | "viewer", body: unknown) {
  const params = { workspaceId: team.workspace.id };
  return callRoute(importRoute, params, { method: "POST", body, headers: { cookie: team[who].cookie }, path: `/api/v1/workspaces/${team.workspace.id}/banks` });
}

/** Calls an export route and reads its body as text (callRoute reads JSON). */
async function download<P>(handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>, params: P, url: string, cookie?: string) {
  const response = await handler(new Request(`http://localhost${url}`, { headers: cookie ? { cookie } : {} }), { params: Promise.resolve(params) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The 1-based line and column of the first match of `needle`. */
function placeOf(text: string, needle: string) {
  const before = text.slice(0, text.indexOf(needle)).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe("question banks: import", () => {
  it("refuses a bank with an error, naming its path, line and column, and stores nothing", async () => {
    const team = await workspaceTeam("Bank Importers");
    const text = fixture("api-readiness-with-error.yaml");
    const refused = await importBank(team, "consultant", { format: "yaml", source: text });
    expect(refused.status).toBe(422);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.body).toMatchObject({ code: "invalid-bank", detail: "The question bank was not imported: 1 problem to fix." });
    expect(refused.body.errors).toEqual([
      { path: "questionnaire.sections[1].questions[0].choices[2].risk", ...placeOf(text, "risk: 1.5"), column: placeOf(text, "1.5").column, message: "At most 1; this is 1.5" },
    ]);

    const json = await importBank(team, "consultant", { format: "json", source: '{\n  "faultline": "question-bank/1",\n  "questionnaire": {\n' });
    expect(json.status).toBe(422);
    expect(json.body.errors).toEqual([{ path: "questionnaire", line: 4, column: 1, message: "The file ends before the object opened at line 3, column 20 is closed" }]);
    expect(await prisma.questionnaireVersion.count({ where: { workspaceId: team.workspace.id } })).toBe(0);

    // The body itself is checked too: an unknown format is a 422 on that field.
    const badBody = await importBank(team, "consultant", { format: "toml", source: "x" });
    expect(badBody.status).toBe(422);
    expect(badBody.body.errors).toEqual([{ path: "format", message: 'Use "json" or "yaml"' }]);
  });

  it("imports a valid bank with its source, audits it, and keeps keys and versions honest", async () => {
    const team = await workspaceTeam("Bank Keepers");
    const created = await importBank(team, "consultant", { format: "yaml", source: EXAMPLE });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      builtin: false,
      key: "api-readiness",
      version: 1,
      title: "API readiness check",
      questions: 3,
      importedBy: "Carla Consultant",
      format: "yaml",
      reviews: 0,
      export: { yaml: `/api/v1/workspaces/${team.workspace.id}/banks/${created.body.id}/export?format=yaml` },
    });
    const row = await prisma.questionnaireVersion.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row).toMatchObject({ scope: team.workspace.id, workspaceId: team.workspace.id, source: EXAMPLE, sourceFormat: "yaml", importedById: team.consultant.user.id });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "bank.imported", actor: `user:${team.consultant.user.id}` } });
    expect(audit.data).toMatchObject({ workspaceId: team.workspace.id, bankId: row.id, bank: "api-readiness@1" });

    // The same version again: refused at the version's line; a higher one is a new bank beside it.
    const again = await importBank(team, "owner", { format: "yaml", source: EXAMPLE });
    expect(again.status).toBe(422);
    expect(again.body.errors).toEqual([
      { path: "questionnaire.version", ...placeOf(EXAMPLE, "version: 1"), column: placeOf(EXAMPLE, "version: 1").column + 9, message: "api-readiness version 1 is already in this workspace: give this file version 2 or higher" },
    ]);
    const v2 = await importBank(team, "owner", { format: "yaml", source: EXAMPLE.replace("  version: 1\n", "  version: 2\n") });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ key: "api-readiness", version: 2, importedBy: "Olivia Owner" });

    // A built-in bank's key cannot be taken, even with a fresh version.
    const document = builtinBankDocument("backend-scaling");
    const builtinCopy = await importBank(team, "owner", { format: "json", source: serializeBank(document, "json") });
    expect(builtinCopy.status).toBe(422);
    expect(builtinCopy.body.errors).toEqual([expect.objectContaining({ path: "questionnaire.key", line: 4, column: 12, message: expect.stringContaining("built-in bank") })]);

    // Another workspace may use the same key and version: keys are per workspace.
    const other = await workspaceTeam("Other Bank Keepers");
    expect((await importBank(other, "owner", { format: "yaml", source: EXAMPLE })).status).toBe(201);
  });

  it("allows owners and consultants only; others learn nothing; the size is limited", async () => {
    const team = await workspaceTeam("Bank Guards");
    const stranger = await workspaceTeam("Bank Strangers");
    const body = { format: "yaml", source: EXAMPLE };
    const byViewer = await importBank(team, "viewer", body);
    expect(byViewer.status).toBe(403);
    expect(byViewer.body.detail).toMatch(/owner or consultant/);
    const params = { workspaceId: team.workspace.id };
    expect((await callRoute(importRoute, params, { method: "POST", body, headers: { cookie: stranger.owner.cookie } })).status).toBe(404);
    expect((await callRoute(importRoute, params, { method: "POST", body })).status).toBe(401);

    const huge = `${EXAMPLE}\n# ${"x".repeat(MAX_BANK_BYTES)}\n`;
    const tooLarge = await importBank(team, "owner", { format: "yaml", source: huge });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ code: "bank-too-large", limitBytes: MAX_BANK_BYTES });
    expect(tooLarge.body.detail).toMatch(/limit is 1\.00 MB/);
  });
});

describe("question banks: list and export", () => {
  it("lists the built-in bank and the workspace's own for every member, and no one else's", async () => {
    const team = await workspaceTeam("Bank Listers");
    const other = await workspaceTeam("Bank Others");
    const ours = await importBank(team, "owner", { format: "yaml", source: EXAMPLE });
    const theirs = await importBank(other, "owner", { format: "yaml", source: EXAMPLE.replace("title: API readiness check", "title: Their readiness check") });

    const listed = await callRoute(listBanksRoute, { workspaceId: team.workspace.id }, { headers: { cookie: team.viewer.cookie } });
    expect(listed.status).toBe(200);
    expect(listed.body.banks.map((b: { key: string; builtin: boolean }) => [b.key, b.builtin])).toEqual([
      ["backend-scaling", true],
      ["api-readiness", false],
    ]);
    expect(listed.body.banks[0]).toMatchObject({ version: 2, questions: expect.any(Number), export: { json: "/api/v1/questionnaires/backend-scaling/export?version=2&format=json" } });
    expect(listed.body.banks[1].id).toBe(ours.body.id);
    expect((await callRoute(listBanksRoute, { workspaceId: team.workspace.id }, { headers: { cookie: other.owner.cookie } })).status).toBe(404);
    expect((await callRoute(listBanksRoute, { workspaceId: team.workspace.id })).status).toBe(401);

    // Export: the file as it came in its own format; the same document in the other.
    const base = `/api/v1/workspaces/${team.workspace.id}/banks/${ours.body.id}/export`;
    const params = { workspaceId: team.workspace.id, bankId: ours.body.id };
    const asYaml = await download(exportBankRoute, params, `${base}?format=yaml`, team.viewer.cookie);
    expect(asYaml.status).toBe(200);
    expect(asYaml.headers.get("content-type")).toBe("application/yaml; charset=utf-8");
    expect(asYaml.headers.get("content-disposition")).toBe('attachment; filename="api-readiness-v1.yaml"');
    expect(asYaml.text).toBe(EXAMPLE);
    const asJson = await download(exportBankRoute, params, `${base}?format=json`, team.viewer.cookie);
    expect(asJson.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(JSON.parse(asJson.text)).toEqual(parseYaml(EXAMPLE));
    // What was exported imports again, elsewhere.
    const third = await workspaceTeam("Bank Third");
    expect((await importBank(third, "owner", { format: "json", source: asJson.text })).status).toBe(201);

    // Another workspace's bank does not exist here, nor does a made-up id; a bad format is a 422.
    const foreign = await download(exportBankRoute, { workspaceId: team.workspace.id, bankId: theirs.body.id }, `${base}?format=json`, team.owner.cookie);
    expect(foreign.status).toBe(404);
    expect((await download(exportBankRoute, { workspaceId: team.workspace.id, bankId: "nope" }, base, team.owner.cookie)).status).toBe(404);
    expect((await download(exportBankRoute, params, `${base}?format=xml`, team.owner.cookie)).status).toBe(422);
    expect((await download(exportBankRoute, params, `${base}?format=json`, other.owner.cookie)).status).toBe(404);
    expect((await download(exportBankRoute, params, `${base}?format=json`)).status).toBe(401);
  });

  it("exports the built-in bank publicly, as JSON and YAML that import as the same bank", async () => {
    const asJson = await download(exportBuiltinRoute, { key: "backend-scaling" }, "/api/v1/questionnaires/backend-scaling/export?format=json");
    expect(asJson.status).toBe(200);
    expect(asJson.headers.get("content-disposition")).toBe('attachment; filename="backend-scaling-v2.json"');
    const asYaml = await download(exportBuiltinRoute, { key: "backend-scaling" }, "/api/v1/questionnaires/backend-scaling/export?format=yaml&version=2");
    expect(parseYaml(asYaml.text)).toEqual(JSON.parse(asJson.text));
    expect(JSON.parse(asJson.text)).toMatchObject({ faultline: "question-bank/1", questionnaire: { key: "backend-scaling", version: 2 }, rules: { findings: expect.any(Array) } });
    // An archived version exports too, with its own rules (version 1 has no team-divergence finding).
    const archived = await download(exportBuiltinRoute, { key: "backend-scaling" }, "/api/v1/questionnaires/backend-scaling/export?format=json&version=1");
    expect(archived.status).toBe(200);
    const archivedRules = JSON.parse(archived.text).rules as { findings: { id: string }[] };
    expect(archivedRules.findings.map((f) => f.id)).not.toContain("team-no-shared-picture");
    expect((await download(exportBuiltinRoute, { key: "no-such-bank" }, "/api/v1/questionnaires/no-such-bank/export")).status).toBe(404);
    expect((await download(exportBuiltinRoute, { key: "backend-scaling" }, "/api/v1/questionnaires/backend-scaling/export?version=99")).status).toBe(404);

    // Renamed, the built-in bank's export is a valid custom bank.
    const team = await workspaceTeam("Bank Copiers");
    const renamed = asYaml.text.replace("  key: backend-scaling\n", "  key: our-scaling-review\n");
    const imported = await importBank(team, "owner", { format: "yaml", source: renamed });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ key: "our-scaling-review", questions: expect.any(Number) });
  });
});

describe("a review on a custom bank", () => {
  it("takes answers to the bank's own questions only, and reports with its own rules", async () => {
    const team = await workspaceTeam("Custom Bank Reviews");
    const bank = await importBank(team, "consultant", { format: "yaml", source: EXAMPLE });
    const params = { workspaceId: team.workspace.id };
    const created = await callRoute(createReviewRoute, params, {
      method: "POST",
      body: { title: "Launch readiness", organization: "Acme", questionnaireVersionId: bank.body.id },
      headers: { cookie: team.consultant.cookie },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const invited = await callRoute(inviteRoute, { id }, { method: "POST", body: { name: "Rita Respondent", role: "CTO" }, headers: { cookie: team.consultant.cookie } });
    expect(invited.status).toBe(201);
    const token = invited.body.token as string;
    const put = (questionId: string, body: unknown) => callRoute(putAnswerRoute, { id, questionId }, { method: "PUT", body, token });

    const review = await callRoute(assessmentRoute, { id }, { token });
    expect(review.status).toBe(200);
    expect(review.body.questionnaire).toMatchObject({ key: "api-readiness", version: 1 });

    // The built-in bank's questions do not exist on this review; this bank's choices are checked.
    const builtinQuestion = await put("context.stage", { value: "growth" });
    expect(builtinQuestion.status).toBe(422);
    expect(builtinQuestion.body.errors).toEqual([{ path: "questionId", message: 'This review has no question "context.stage"' }]);
    const wrongChoice = await put("load.peak-shape", { value: "stampede" });
    expect(wrongChoice.status).toBe(422);
    expect(wrongChoice.body.errors[0].path).toBe("value");
    const notExclusive = await put("database.other-jobs", { value: ["queue", "nothing-else"] });
    expect(notExclusive.status).toBe(422);
    expect(await prisma.answer.count({ where: { assessmentId: id } })).toBe(0);

    expect((await put("context.audience", { value: "public" })).status).toBe(201);
    expect((await put("load.peak-shape", { value: "all-at-once" })).status).toBe(201);
    expect((await put("database.other-jobs", { value: ["queue", "reports"] })).status).toBe(201);

    const report = await callRoute(reportRoute, { id }, { headers: { cookie: team.viewer.cookie } });
    expect(report.status).toBe(200);
    expect(report.body.questionnaire).toEqual({ key: "api-readiness", version: 1, title: "API readiness check" });
    expect(report.body.coverage).toMatchObject({ answered: 3, total: 3 });
    // The bank's own findings, with the severities its rules give these answers.
    const findings = report.body.findings.map((f: { id: string; severity: string }) => [f.id, f.severity]);
    expect(findings).toEqual(expect.arrayContaining([["launch-all-at-once", "critical"], ["database-shared-with-jobs", "high"]]));
    expect(report.body.areas.map((a: { id: string }) => a.id).sort()).toEqual(["database", "load"]);

    // The PDF deliverable renders the custom bank's report too.
    const pdf = await download(reportPdfRoute, { id }, `/api/v1/assessments/${id}/report.pdf`, team.viewer.cookie);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");

    // The list of banks counts the review.
    const listed = await callRoute(listBanksRoute, params, { headers: { cookie: team.owner.cookie } });
    expect(listed.body.banks.find((b: { id: string }) => b.id === bank.body.id)).toMatchObject({ reviews: 1 });
  });
});
