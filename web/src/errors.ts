// The gateway's errors as the pages show them: by extensions.code, with BAD_USER_INPUT's
// per-field messages keyed by field path ("step2Score", "specialties.0").
import type { CombinedError } from "urql";

interface FieldProblem {
  field: string;
  message: string;
}

export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  const found: Record<string, string> = {};
  for (const problem of error?.graphQLErrors ?? []) {
    const fields = problem.extensions?.fields as FieldProblem[] | undefined;
    for (const { field, message } of fields ?? []) {
      const top = field.split(".")[0];  // "specialties.0" is shown on the specialties field
      found[top] ??= message;
    }
  }
  return found;
}

/** A sentence for someone, never a stack trace or a raw code. */
export function friendlyMessage(error: CombinedError): string {
  switch (errorCode(error)) {
    case "RATE_LIMITED":
      return "You have made many requests in a short time. Please wait a minute, then try again.";
    case "UNAUTHENTICATED":
      return "Your session has ended. Please sign in again.";
    case "UNAVAILABLE":
      return "Smart Pick is briefly unavailable. Please try again in a moment.";
    case "BAD_USER_INPUT":
      return error.graphQLErrors[0]?.message ?? "Some values need fixing.";
    default:
      if (error.networkError) return "We could not reach Smart Pick. Check your connection and try again.";
      return "Something went wrong. Please try again.";
  }
}
