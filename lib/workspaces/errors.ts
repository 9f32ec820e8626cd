import { AppError } from "@/lib/errors";

/**
 * A member whose role does not allow the action: they know the workspace exists, so this is 403. Anyone
 * who is not a member gets NotFoundError (404) instead, so a workspace's existence does not leak.
 */
export class ForbiddenError extends AppError {
  constructor(message = "Your role in this workspace does not allow this.") {
    super("forbidden", 403, message);
  }
}

/** A change that would leave a workspace without an owner. */
export class LastOwnerError extends AppError {
  constructor(message = "A workspace needs at least one owner: make someone else an owner first.") {
    super("last-owner", 409, message);
  }
}
