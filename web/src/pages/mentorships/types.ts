// The mentorship as the dashboard's sections receive it.
import type { MentorshipDashboardQuery } from "../../gql/graphql";

export type DashboardMentorship = MentorshipDashboardQuery["me"]["mentorships"]["edges"][number]["node"];
export type GoalTemplate = MentorshipDashboardQuery["goalTemplates"][number];

export interface SectionProps {
  mentorship: DashboardMentorship;
  viewerId: string;
  /** Load the mentorship again after a change. */
  onChanged: () => void;
}
