import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/assessments/route";
import { PUT as putRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { GET as pdfRoute } from "@/app/api/v1/assessments/[id]/report.pdf/route";
import { POST as createShareRoute } from "@/app/api/v1/assessments/[id]/shares/route";
import { DELETE as revokeRoute } from "@/app/api/v1/assessments/[id]/shares/[shareId]/route";
import { GET as sharedPdfRoute } from "@/app/api/v1/shared/[token]/report.pdf/route";
import { callRoute } from "../support/call-route";

async function fetchPdf<P>(handler: (r: Request, c: { params: Promise<P> }) => Promise<Response>, params: P, path: string, token?: string) {
  const request = new Request(`http://localhost${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe("report PDF routes", () => {
  it("serves the owner's PDF on A4 and Letter, the shared PDF until the link is revoked", async () => {
    const created = await callRoute(createRoute, {}, { method: "POST", body: { title: "PDF route review", organization: "Zürich Ωmega" } });
    const { id, editToken } = created.body;
    await callRoute(putRoute, { id, questionId: "context.stage" }, { method: "PUT", body: { value: "scaling" }, token: editToken });

    const a4 = await fetchPdf(pdfRoute, { id }, `/api/v1/assessments/${id}/report.pdf`, editToken);
    expect(a4.response.status).toBe(200);
    expect(a4.response.headers.get("content-type")).toBe("application/pdf");
    expect(a4.response.headers.get("content-disposition")).toContain("pdf-route-review");
    expect(a4.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const letter = await fetchPdf(pdfRoute, { id }, `/api/v1/assessments/${id}/report.pdf?paper=letter`, editToken);
    expect(letter.response.status).toBe(200);
    expect(letter.bytes.equals(a4.bytes)).toBe(false);
    expect((await fetchPdf(pdfRoute, { id }, `/api/v1/assessments/${id}/report.pdf?paper=a3`, editToken)).response.status).toBe(422);
    expect((await fetchPdf(pdfRoute, { id }, `/api/v1/assessments/${id}/report.pdf`)).response.status).toBe(401);

    const share = await callRoute(createShareRoute, { id }, { method: "POST", body: {}, token: editToken });
    const shared = await fetchPdf(sharedPdfRoute, { token: share.body.token }, `/api/v1/shared/${share.body.token}/report.pdf`);
    expect(shared.response.status).toBe(200);
    expect(shared.response.headers.get("x-robots-tag")).toContain("noindex");
    expect(shared.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    await callRoute(revokeRoute, { id, shareId: share.body.id }, { method: "DELETE", token: editToken });
    expect((await fetchPdf(sharedPdfRoute, { token: share.body.token }, `/api/v1/shared/${share.body.token}/report.pdf`)).response.status).toBe(404);
  });
});
