import { authorizeAnswering } from "@/lib/assessments/access";
import { deleteAnswer, putAnswer } from "@/lib/assessments/put-answer";
import { ZAnswerInput } from "@/lib/assessments/schemas";
import { json, readJson, route } from "@/lib/http/route";

type TParams = { id: string; questionId: string };

export const PUT = route<TParams>(async ({ request, params }) => {
  const access = await authorizeAnswering(request, params.id);
  const input = await readJson(request, ZAnswerInput);
  const result = await putAnswer(access, params.questionId, input);
  return json(result.answer, { status: result.created ? 201 : 200 });
});

export const DELETE = route<TParams>(async ({ request, params }) => {
  const access = await authorizeAnswering(request, params.id);
  await deleteAnswer(access, params.questionId);
  return new Response(null, { status: 204 });
});
