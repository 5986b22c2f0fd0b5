// Words for the mentorship enums, as the pages show them and offer them in pickers.
import type { GoalStatus, MentorPosition, MentorTopic, MentorshipStatus } from "../../gql/graphql";

export const TOPICS: { value: MentorTopic; label: string }[] = [
  { value: "PERSONAL_STATEMENT", label: "Personal statement" },
  { value: "CV", label: "CV" },
  { value: "INTERVIEW_PREPARATION", label: "Interview preparation" },
  { value: "USCE", label: "US clinical experience" },
  { value: "RESEARCH", label: "Research" },
  { value: "LETTERS", label: "Letters of recommendation" },
  { value: "VISA", label: "Visa" },
  { value: "STEP_EXAMS", label: "Step exams" },
  { value: "WELLBEING", label: "Wellbeing" },
];

export const POSITIONS: { value: MentorPosition; label: string }[] = [
  { value: "RESIDENT", label: "Resident" },
  { value: "FELLOW", label: "Fellow" },
  { value: "ATTENDING", label: "Attending" },
  { value: "PROGRAM_DIRECTOR", label: "Program director" },
  { value: "COORDINATOR", label: "Coordinator" },
];

export const STATUSES: Record<MentorshipStatus, string> = {
  REQUESTED: "Waiting for an answer",
  ACTIVE: "Active",
  DECLINED: "Declined",
  EXPIRED: "Expired",
  WITHDRAWN: "Withdrawn",
  CANCELLED: "Cancelled",
  COMPLETED: "Completed",
  PAUSED: "Paused",
};

export const GOAL_STATUSES: { value: GoalStatus; label: string }[] = [
  { value: "OPEN", label: "Open" },
  { value: "DONE", label: "Done" },
  { value: "DROPPED", label: "Dropped" },
];

export function topicLabel(topic: MentorTopic): string {
  return TOPICS.find((known) => known.value === topic)?.label ?? topic;
}

export function topicList(topics: readonly MentorTopic[]): string {
  return topics.map(topicLabel).join(", ");
}

/** A DateTime ("2026-11-29T10:00:00Z") in the reader's locale and time zone. */
export function dateTime(at: string): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** A calendar Date ("2026-11-29") as written in the reader's locale, never shifted a day. */
export function calendarDay(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(undefined, { dateStyle: "medium", timeZone: "UTC" });
}

// ISO 639-1 codes of languages IMGs and their mentors often share; named by the browser.
const LANGUAGE_CODES = [
  "en", "es", "fr", "pt", "ar", "hi", "ur", "bn", "pa", "ta", "te", "ml", "gu", "zh", "ko", "ja",
  "vi", "tl", "ru", "uk", "pl", "ro", "tr", "fa", "he", "am", "sw", "yo", "ig", "ha", "de", "it",
];
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

export function languageName(code: string): string {
  return languageNames.of(code) ?? code;
}

export const LANGUAGES = LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code) }))
  .sort((a, b) => a.label.localeCompare(b.label));
