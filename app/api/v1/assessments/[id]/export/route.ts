import { z } from "zod";
import { authorizeReview, ownerAnswersAccess } from "@/lib/assessments/access";
import { ValidationError } from "@/lib/errors";
import { answersToCsv, exportAnswers } from "@/lib/exports/export-answers";
import { exportTeamAnswers, teamAnswersToCsv } from "@/lib/exports/export-team-answers";
import { json, route, zodIssuesToFields } from "@/lib/http/route";

const ZQuery = z.object({ format: z.enum(["json", "csv"]).default("json") });

export const GET = route<{ id: string }>(async ({ request, params }) => {
  const query = ZQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new ValidationError(zodIssuesToFields(query.error.issues));
  const access = await authorizeReview(request.headers, params.id, "read");
  const [exported, team] = await Promise.all([exportAnswers(ownerAnswersAccess(access)), exportTeamAnswers(access)]);
  const filename = `faultline-${exported.assessment.title.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "review"}-answers`;
  if (query.data.format === "csv") {
    // With several respondents the CSV is everyone's answers, with who gave each, and the agreed answers.
    return new Response(team ? teamAnswersToCsv(team) : answersToCsv(exported.answers), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}.csv"`, "cache-control": "no-store" },
    });
  }
  return json(team ? { ...exported, team } : exported, { headers: { "content-disposition": `attachment; filename="${filename}.json"` } });
});
