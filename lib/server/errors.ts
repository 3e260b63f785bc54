// Expected failures, mapped to a translated message by the action wrapper. Anything else is unexpected:
// logged with its stack, and shown to the person as a generic message.
export class AppError extends Error {
  constructor(readonly code: "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "RATE_LIMITED", readonly messageKey: string, readonly fieldErrors?: Record<string, string>) {
    super(messageKey);
  }
}
export class UnauthenticatedError extends AppError { constructor() { super("UNAUTHENTICATED", "errors.unauthenticated"); } }
export class ForbiddenError extends AppError { constructor(key = "errors.forbidden") { super("FORBIDDEN", key); } }
export class NotFoundError extends AppError { constructor(key = "errors.notFound") { super("NOT_FOUND", key); } }
export class ConflictError extends AppError { constructor(key = "errors.conflict", fieldErrors?: Record<string, string>) { super("CONFLICT", key, fieldErrors); } }
export class InvalidError extends AppError { constructor(key: string, fieldErrors?: Record<string, string>) { super("INVALID", key, fieldErrors); } }
export class RateLimitedError extends AppError { constructor() { super("RATE_LIMITED", "errors.rateLimited"); } }
