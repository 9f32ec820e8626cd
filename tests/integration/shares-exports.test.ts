import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/assessments/route";
import { PUT as putRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { GET as exportRoute } from "@/app/api/v1/assessments/[id]/export/route";
import { GET as listSharesRoute, POST as createShareRoute } from "@/app/api/v1/assessments/[id]/shares/route";
import { DELETE as revokeRoute } from "@/app/api/v1/assessments/[id]/shares/[shareId]/route";
import { GET as sharedReportRoute } from "@/app/api/v1/shared/[token]/report/route";
import { prisma } from "@/lib/db";
import { hashToken } from "@/lib/security/tokens";
import { callRoute } from "../support/call-route";

async function review() {
  const created = await callRoute(createRoute, {}, { method: "POST", body: { title: "Shared review", organization: "Ørsted & Søn" } });
  const { id, editToken } = created.body as { id: string; editToken: string };
  const put = (questionId: string, body: unknown) => callRoute(putRoute, { id, questionId }, { method: "PUT", body, token: editToken });
  return { id, editToken, put };
}

describe("share links", () => {
  it("creates a link whose token is stored only as a hash, counts views, and 404s once revoked", async () => {
    const { id, editToken, put } = await review();
    await put("context.stage", { value: "scaling" });
    const created = await callRoute(createShareRoute, { id }, { method: "POST", body: {}, token: editToken, path: `/api/v1/assessments/${id}/shares` });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), token: expect.stringMatching(/^fls_/), url: expect.stringContaining("/shared/fls_"), expiresAt: null });
    const row = await prisma.share.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row.tokenHash).toBe(hashToken(created.body.token));

    const shared = await callRoute(sharedReportRoute, { token: created.body.token });
    expect(shared.status).toBe(200);
    expect(shared.headers.get("x-robots-tag")).toContain("noindex");
    expect(shared.body).toMatchObject({ questionnaire: { key: "backend-scaling" }, recommendation: { option: expect.any(String) } });
    await callRoute(sharedReportRoute, { token: created.body.token });

    const listed = await callRoute(listSharesRoute, { id }, { token: editToken });
    expect(listed.body.shares).toHaveLength(1);
    expect(listed.body.shares[0]).toMatchObject({ status: "active", viewCount: 2, lastViewedAt: expect.any(String) });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);

    const revoked = await callRoute(revokeRoute, { id, shareId: created.body.id }, { method: "DELETE", token: editToken });
    expect(revoked.status).toBe(204);
    expect((await callRoute(sharedReportRoute, { token: created.body.token })).status).toBe(404);
    expect((await callRoute(listSharesRoute, { id }, { token: editToken })).body.shares[0].status).toBe("revoked");
    const audit = await prisma.auditEvent.findMany({ where: { assessmentId: id }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["share.created", "share.revoked"]));
  });

  it("404s an expired link, an unknown token and another review's share id", async () => {
    const { id, editToken } = await review();
    const other = await review();
    const created = await callRoute(createShareRoute, { id }, { method: "POST", body: { expiresInDays: 1 }, token: editToken });
    expect(new Date(created.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    await prisma.share.update({ where: { id: created.body.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await callRoute(sharedReportRoute, { token: created.body.token })).status).toBe(404);
    expect((await callRoute(listSharesRoute, { id }, { token: editToken })).body.shares[0].status).toBe("expired");
    expect((await callRoute(sharedReportRoute, { token: "fls_" + "A".repeat(43) })).status).toBe(404);
    expect((await callRoute(sharedReportRoute, { token: "nonsense" })).status).toBe(404);
    // Another review's owner cannot revoke this review's link.
    expect((await callRoute(revokeRoute, { id: other.id, shareId: created.body.id }, { method: "DELETE", token: other.editToken })).status).toBe(404);
    expect((await callRoute(revokeRoute, { id, shareId: created.body.id }, { method: "DELETE", token: other.editToken })).status).toBe(404);
  });

  it("refuses a bad expiry with 422", async () => {
    const { id, editToken } = await review();
    const response = await callRoute(createShareRoute, { id }, { method: "POST", body: { expiresInDays: 0 }, token: editToken });
    expect(response.status).toBe(422);
    expect(response.body.errors[0].path).toBe("expiresInDays");
  });
});

describe("exports", () => {
  it("exports answers with notes as JSON and as CSV a spreadsheet opens as it is", async () => {
    const { id, editToken, put } = await review();
    await put("context.stage", { value: "scaling", note: 'We said "scaling", =not a formula\nsecond line é ü ø Ω 中文' });
    await put("load.spike-sources", { value: ["user-surges", "own-jobs"] });
    await put("observability.slow-endpoint", { state: "unknown" });

    const asJson = await callRoute(exportRoute, { id }, { token: editToken, path: `/api/v1/assessments/${id}/export` });
    expect(asJson.status).toBe(200);
    expect(asJson.body.assessment).toMatchObject({ id, title: "Shared review", organization: "Ørsted & Søn" });
    expect(asJson.body.answers.map((a: { questionId: string }) => a.questionId)).toEqual(["context.stage", "load.spike-sources", "observability.slow-endpoint"]);
    expect(asJson.body.answers[0]).toMatchObject({ state: "answered", value: "scaling", answer: expect.stringContaining("Scaling"), version: 1 });
    expect(asJson.body.answers[2]).toMatchObject({ state: "unknown", answer: "Don't know" });

    const request = new Request(`http://localhost/api/v1/assessments/${id}/export?format=csv`, { headers: { authorization: `Bearer ${editToken}` } });
    const response = await exportRoute(request, { params: Promise.resolve({ id }) });
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(".csv");
    const csv = await response.text();
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe('"Section","Question id","Question","State","Answer","Value","Note","Version","Updated at"');
    expect(csv).toContain('We said ""scaling"", =not a formula\nsecond line é ü ø Ω 中文');
    expect(csv).toContain('"[""user-surges"",""own-jobs""]"');

    const bad = await callRoute(exportRoute, { id }, { token: editToken, path: `/api/v1/assessments/${id}/export?format=xml` });
    expect(bad.status).toBe(422);
    expect((await callRoute(exportRoute, { id })).status).toBe(401);
  });
});
