// One statement for a page of reviews with their counts: it walks the (workspaceId, createdAt) index
// newest first and counts each review's rows through their own indexes (bench/scale.ts measures it).
export const LIST_REVIEWS_SQL = `
  select a."id", a."title", a."organization", a."status"::text as "status", a."createdAt", a."updatedAt", a."previousAssessmentId",
         q."key" as "bankKey", q."version" as "bankVersion", q."title" as "bankTitle",
         (select count(*)::int from "Respondent" r where r."assessmentId" = a."id" and r."kind" = 'respondent' and r."revokedAt" is null) as "respondents",
         (select count(distinct an."respondentId")::int from "Answer" an where an."assessmentId" = a."id") as "respondentsAnswering",
         (select count(*)::int from "Answer" an where an."assessmentId" = a."id") as "answers",
         (select max(an."updatedAt") from "Answer" an where an."assessmentId" = a."id") as "lastAnswerAt",
         (select count(*)::int from "AgreedAnswer" g where g."assessmentId" = a."id") as "agreedAnswers",
         (select count(*)::int from "Milestone" m where m."assessmentId" = a."id") as "milestones"
  from "Assessment" a join "QuestionnaireVersion" q on q."id" = a."questionnaireVersionId"
  where a."workspaceId" = $1::uuid
    and ($2::timestamp is null or (a."createdAt", a."id") < ($2::timestamp, $3::uuid))
  order by a."createdAt" desc, a."id" desc
  limit $4`;
