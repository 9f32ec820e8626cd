import { z } from "zod";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { json, route, zodIssuesToFields } from "@/lib/http/route";
import { QuestionnaireNotFoundError } from "@/lib/questionnaire/errors";
import { loadQuestionnaire } from "@/lib/questionnaire/load";
import { toPublicQuestionnaire } from "@/lib/questionnaire/public-questionnaire";

const ZQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

export const GET = route<{ key: string }>(async ({ request, params }) => {
  const query = ZQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new ValidationError(zodIssuesToFields(query.error.issues));
  try {
    const questionnaire = loadQuestionnaire(params.key, { version: query.data.version });
    return json(toPublicQuestionnaire(questionnaire), { headers: { "cache-control": "public, max-age=300" } });
  } catch (error) {
    if (error instanceof QuestionnaireNotFoundError) throw new NotFoundError("question bank");
    throw error;
  }
});
