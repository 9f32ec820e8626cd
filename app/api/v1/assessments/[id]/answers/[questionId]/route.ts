import { authorizeAnswering } from "@/lib/assessments/access";
import { deleteAnswer, putAnswer, saveInOneTrip } from "@/lib/assessments/put-answer";
import { ZAnswerInput } from "@/lib/assessments/schemas";
import { json, readJson, route } from "@/lib/http/route";

type TParams = { id: string; questionId: string };

export const PUT = route<TParams>(async ({ request, params }) => {
  // The body is read first (at most 64 KiB), so that the common save can be one round trip; a bad
  // body is still answered only after the access check, as before: 401/404 come before 413/422.
  const body = await readJson(request, ZAnswerInput).then(
    (input) => ({ input }),
    (error: unknown) => ({ error }),
  );
  if ("input" in body) {
    const saved = await saveInOneTrip(request.headers, params.id, params.questionId, body.input);
    if (saved) return json(saved.answer, { status: saved.created ? 201 : 200 });
  }
  const access = await authorizeAnswering(request, params.id);
  if ("error" in body) throw body.error;
  const result = await putAnswer(access, params.questionId, body.input);
  return json(result.answer, { status: result.created ? 201 : 200 });
});

export const DELETE = route<TParams>(async ({ request, params }) => {
  const access = await authorizeAnswering(request, params.id);
  await deleteAnswer(access, params.questionId);
  return new Response(null, { status: 204 });
});
