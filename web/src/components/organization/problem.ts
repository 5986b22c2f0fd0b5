// The organization pages' errors as sentences: the codes these operations answer with, then
// the app's own friendly messages.
import type { CombinedError } from "urql";
import { errorCode, friendlyMessage } from "../../errors";

export function problemMessage(error: CombinedError): string {
  switch (errorCode(error)) {
    case "FORBIDDEN":
      return "Only an organization's administrators may do this.";
    case "NOT_FOUND":
      return "We could not find that. It may have been deleted.";
    case "CONFLICT":
      return error.graphQLErrors[0]?.message ?? "That was changed meanwhile. Please reload and try again.";
    default:
      return friendlyMessage(error);
  }
}
