// How notices read: their category's name, when they came, and which page of this client they
// are about (none for most kinds yet).
import type { NotificationCategory } from "../../gql/graphql";

export const CATEGORY_NAMES: Record<NotificationCategory, string> = {
  RECOMMENDATIONS: "Recommendations",
  MENTORSHIP: "Mentorship",
  CALENDAR: "Calendar",
  ACCOUNT: "Account",
  ORGANIZATION: "Organization",
};

const PAGES: Partial<Record<string, string>> = {
  ACCOUNT_EMAIL_VERIFIED: "/settings/notifications",
};

export function pageOf(kind: string): string | undefined {
  return PAGES[kind];
}

export function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
