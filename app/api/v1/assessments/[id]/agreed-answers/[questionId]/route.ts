import { authorizeReview } from "@/lib/assessments/access";
import { deleteAgreedAnswer, putAgreedAnswer } from "@/lib/consolidation/agreed-answers";
import { ZAnswerInput, ZQuestionId } from "@/lib/assessments/schemas";
import { ValidationError } from "@/lib/errors";
import { json, readJson, route } from "@/lib/http/route";

type TParams = { id: string; questionId: string };

function questionIdOf(params: TParams): string {
  if (!ZQuestionId.safeParse(params.questionId).success) throw new ValidationError([{ path: "questionId", message: "Not a question id" }]);
  return params.questionId;
}

/** The agreed answer: the same body as an answer ({value, state?, note?, baseVersion?}); 409 on a stale baseVersion. */
export const PUT = route<TParams>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "run");
  const input = await readJson(request, ZAnswerInput);
  const result = await putAgreedAnswer(access, questionIdOf(params), input);
  return json(result.agreed, { status: result.created ? 201 : 200 });
});

export const DELETE = route<TParams>(async ({ request, params }) => {
  const access = await authorizeReview(request.headers, params.id, "run");
  await deleteAgreedAnswer(access, questionIdOf(params));
  return new Response(null, { status: 204 });
});
