/** What a workspace server action (actions.ts) answers its form with. */
export type TActionState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** After an invitation was made or renewed: the link to hand over, and whether it was mailed. */
  invitation?: { email: string; link: string; mailed: boolean };
};

export const IDLE_STATE: TActionState = { status: "idle" };
