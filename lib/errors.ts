/**
 * Expected errors: a stable code, an HTTP status and a message that is safe to show. Anything else that
 * is thrown is unexpected: it is logged with the request id and answered with a generic message.
 */
export type TFieldError = { path: string; message: string };

// Marks expected errors across copies of this module: the production server loads the route modules it
// answers itself from source, while Next.js's bundles carry their own copy, and the two share objects
// (the database pool, the auth instance) that may throw.
const APP_ERROR = Symbol.for("faultline.AppError");

export class AppError extends Error {
  readonly [APP_ERROR] = true;

  /** `instanceof AppError` holds for an AppError from any copy of this module (a subclass checks as usual). */
  static [Symbol.hasInstance](value: unknown): boolean {
    if (this !== AppError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[APP_ERROR] === true;
  }

  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Credentials are required: send Authorization: Bearer <token>.") {
    super("unauthorized", 401, message);
  }
}

/** Used both for ids that do not exist and for credentials that do not grant access. */
export class NotFoundError extends AppError {
  constructor(what = "resource") {
    super("not-found", 404, `No ${what} was found at this address, or your credentials do not grant access to it.`);
  }
}

export class ValidationError extends AppError {
  constructor(
    readonly errors: TFieldError[],
    message = "The request is invalid.",
  ) {
    super("invalid-request", 422, message, { errors });
  }
}

export class ConflictError extends AppError {
  constructor(message: string, current: unknown) {
    super("conflict", 409, message, { current });
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super("payload-too-large", 413, `The request body is larger than ${limitBytes} bytes.`);
  }
}

export class UnavailableError extends AppError {
  constructor(message = "The service is temporarily unavailable. Try again shortly.") {
    super("unavailable", 503, message);
  }
}
