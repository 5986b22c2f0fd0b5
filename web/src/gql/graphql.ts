/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Date (isoformat) */
  Date: { input: string; output: string; }
  /** Date with time (isoformat) */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: any; output: any; }
  /** Time (isoformat) */
  Time: { input: any; output: any; }
  /** Represents a file upload. */
  Upload: { input: any; output: any; }
};

export type Account = {
  __typename?: 'Account';
  email: Scalars['String']['output'];
  /** Whether the account followed the link of a verification email. */
  emailVerified: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};

export type ApplicantType =
  | 'NON_US_IMG'
  | 'US_DO'
  | 'US_IMG'
  | 'US_MD';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  account: Account;
  /** Bearer token for the Authorization header. */
  token: Scalars['String']['output'];
};

export type BoolRequirement = {
  __typename?: 'BoolRequirement';
  strictness: Strictness;
  value: Scalars['Boolean']['output'];
};

/** My choice for one category; a null channel keeps the defaults of its kinds. */
export type CategoryChannels = {
  __typename?: 'CategoryChannels';
  category: NotificationCategory;
  email?: Maybe<Scalars['Boolean']['output']>;
  inApp?: Maybe<Scalars['Boolean']['output']>;
  live?: Maybe<Scalars['Boolean']['output']>;
};

export type CategoryChannelsInput = {
  category: NotificationCategory;
  email?: InputMaybe<Scalars['Boolean']['input']>;
  inApp?: InputMaybe<Scalars['Boolean']['input']>;
  live?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The model behind every chance: its version, the published figures it was fitted to, and how well it predicts. */
export type ChanceModel = {
  __typename?: 'ChanceModel';
  /** How far the feature model misses an unseen specialty's match rate beyond sampling noise, logit scale (tau): the spread of specialties predicted from features alone. */
  featureModelError: Scalars['Float']['output'];
  notes: Scalars['String']['output'];
  parametersVersion: Scalars['String']['output'];
  sources: Array<Scalars['String']['output']>;
  specialties: Array<SpecialtySpread>;
  validation?: Maybe<ModelValidation>;
  /** As in modelVersion of plans and recommendations. */
  version: Scalars['Int']['output'];
};

/** The central 80 % interval of a chance (or of an expected count), from the uncertainty of the model's parameters; wider where the published data are thin. */
export type ChanceRange = {
  __typename?: 'ChanceRange';
  high: Scalars['Float']['output'];
  low: Scalars['Float']['output'];
};

export type CheckInInput = {
  date: Scalars['Date']['input'];
  nextDate?: InputMaybe<Scalars['Date']['input']>;
  /** Up to 2,000 characters. */
  notes?: Scalars['String']['input'];
};

export type CreateOrganizationInvitationCodeInput = {
  /** When the code stops working; null: never. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** How many people may join with it (1 to 10,000); null: any. */
  maxUses?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateWebhookEndpointInput = {
  description?: Scalars['String']['input'];
  /** From webhookEventTypes. */
  eventTypes: Array<Scalars['String']['input']>;
  /** https URL (http only where an operator allows). */
  url: Scalars['String']['input'];
};

/** The best list of `applications` programs, with the signals it would get, as a plan chooses them. */
export type CurvePoint = {
  __typename?: 'CurvePoint';
  applications: Scalars['Int']['output'];
  costUsd: Scalars['Int']['output'];
  expectedInterviews: Scalars['Float']['output'];
  pMatch: Scalars['Float']['output'];
  pMatchWithoutSignals: Scalars['Float']['output'];
};

export type DeliveryLedger = {
  __typename?: 'DeliveryLedger';
  entries: Array<DeliveryLedgerEntry>;
  eventId: Scalars['ID']['output'];
};

export type DeliveryLedgerEntry = {
  __typename?: 'DeliveryLedgerEntry';
  at: Scalars['DateTime']['output'];
  /** A webhook message's attempts, one by one, in order. */
  attemptLog?: Maybe<Array<WebhookAttempt>>;
  /** How many attempts were made. */
  attempts?: Maybe<Scalars['Int']['output']>;
  /** IN_APP, LIVE, EMAIL or WEBHOOK. */
  channel: Scalars['String']['output'];
  detail?: Maybe<Scalars['String']['output']>;
  endpointId?: Maybe<Scalars['ID']['output']>;
  kind?: Maybe<Scalars['String']['output']>;
  /** What became of an email or webhook message since (pending, sent, ...). */
  outcome?: Maybe<Scalars['String']['output']>;
  recipient?: Maybe<Scalars['ID']['output']>;
  /** The notice, email delivery or webhook message it made. */
  ref?: Maybe<Scalars['ID']['output']>;
  /** What was decided when the event was handled. */
  result: Scalars['String']['output'];
};

export type EmailVerificationRequest = {
  __typename?: 'EmailVerificationRequest';
  /** Until when the emailed link works. */
  expiresAt: Scalars['DateTime']['output'];
};

export type Factor = {
  __typename?: 'Factor';
  name: Scalars['String']['output'];
  /** Percentage points added to the chance. */
  points: Scalars['Float']['output'];
  text: Scalars['String']['output'];
};

/** A synthetic instance shaped like the 2026 Main Match. */
export type GenerateInstanceInput = {
  applicants?: Scalars['Int']['input'];
  /** Default: the national share (1,258 of 48,050). */
  couples?: InputMaybe<Scalars['Int']['input']>;
  seed?: Scalars['Int']['input'];
  supplemental?: Scalars['Boolean']['input'];
};

/** The generator settings of a generated instance. */
export type GeneratedInstance = {
  __typename?: 'GeneratedInstance';
  applicants: Scalars['Int']['output'];
  couples: Scalars['Int']['output'];
  seed: Scalars['Int']['output'];
  supplemental: Scalars['Boolean']['output'];
};

export type GoalInput = {
  dueDate: Scalars['Date']['input'];
  /** One line, up to 200 characters. */
  title: Scalars['String']['input'];
  topic: MentorTopic;
};

export type GoalStatus =
  | 'DONE'
  | 'DROPPED'
  | 'OPEN';

/** A suggested goal, due before its next Match calendar milestone. */
export type GoalTemplate = {
  __typename?: 'GoalTemplate';
  dueDate: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  topic: MentorTopic;
  why: Scalars['String']['output'];
};

export type IntRequirement = {
  __typename?: 'IntRequirement';
  strictness: Strictness;
  value: Scalars['Int']['output'];
};

export type MatchSimulation = {
  __typename?: 'MatchSimulation';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  error?: Maybe<Scalars['String']['output']>;
  /** When the run is deleted with its files (the matching service's SIMULATION_RETENTION_DAYS after it finished); null while it runs, or when finished runs are kept. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  generated?: Maybe<GeneratedInstance>;
  id: Scalars['ID']['output'];
  /** Each applicant's match, in input order; null until finished. */
  matches?: Maybe<SimulationMatchConnection>;
  maxProposals?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** upload or generated */
  source: Scalars['String']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  stats?: Maybe<MatchSimulationStats>;
  status: SimulationStatus;
  /** Programs left with open positions; null until finished. */
  unfilledPrograms?: Maybe<UnfilledProgramConnection>;
};


export type MatchSimulationMatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  applicantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: Scalars['Int']['input'];
  unmatched?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MatchSimulationUnfilledProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type MatchSimulationConnection = {
  __typename?: 'MatchSimulationConnection';
  edges: Array<MatchSimulationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MatchSimulationEdge = {
  __typename?: 'MatchSimulationEdge';
  cursor: Scalars['String']['output'];
  node: MatchSimulation;
};

export type MatchSimulationStats = {
  __typename?: 'MatchSimulationStats';
  applicants: Scalars['Int']['output'];
  attempts: Scalars['Int']['output'];
  couples: Scalars['Int']['output'];
  couplesMatched: Scalars['Int']['output'];
  filled: Scalars['Int']['output'];
  matched: Scalars['Int']['output'];
  positions: Scalars['Int']['output'];
  programs: Scalars['Int']['output'];
  proposals: Scalars['Int']['output'];
  rounds: Scalars['Int']['output'];
  solveSeconds: Scalars['Float']['output'];
  /** False when the couples admit no stable match within the proposal bound. */
  stable: Scalars['Boolean']['output'];
  supplementalMatched: Scalars['Int']['output'];
  totalSeconds: Scalars['Float']['output'];
  unfilled: Scalars['Int']['output'];
  unmatched: Scalars['Int']['output'];
};

export type Me = {
  __typename?: 'Me';
  email: Scalars['String']['output'];
  /** Whether the account followed the link of a verification email. */
  emailVerified: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Match simulations this organization account ran, newest first. */
  matchSimulations: MatchSimulationConnection;
  /** Mentor cohort runs of this organization account, newest first. */
  mentorCohortRuns: MentorCohortRunConnection;
  /** The mentor profile of this account; null for anyone who has none (every account that is not a MENTOR). */
  mentorProfile?: Maybe<MentorProfile>;
  /** Problem reports about my organization's mentors, newest first (organization accounts). */
  mentorshipProblemReports: MentorshipProblemReportConnection;
  /** My mentorships, as mentee and as mentor, newest first. */
  mentorships: MentorshipConnection;
  notificationPreferences: NotificationPreferences;
  notifications: NotificationConnection;
  /** My organization's invitation codes, newest first (ORG_ADMIN accounts). */
  organizationInvitationCodes: Array<OrganizationInvitationCode>;
  /** Open invitations sent to my email address. */
  organizationInvitations: Array<OrganizationInvitation>;
  /** My organization's members, longest-standing first (ORG_ADMIN accounts). */
  organizationMembers: OrganizationMemberConnection;
  /** The organizations I am a member of. */
  organizationMemberships: Array<OrganizationMembership>;
  /** The mentorships of the mentors my organization verified, newest first (organization accounts): their message and contact details stay the two people's, empty and null here. */
  organizationMentorships: MentorshipConnection;
  /** The seasons this applicant reported, latest first. */
  outcomeReports: Array<OutcomeReport>;
  /** The best application list for a budget, with its curve. */
  plan: Plan;
  profile?: Maybe<Profile>;
  recommendations: RecommendationConnection;
  role: Role;
  /** One of my organization's webhook endpoints (organization accounts); another organization's is NOT_FOUND, as an unknown one. Reads one endpoint, where webhookEndpoints reads them all. */
  webhookEndpoint: WebhookEndpoint;
  /** My organization's webhook endpoints (organization accounts). */
  webhookEndpoints: Array<WebhookEndpoint>;
  /** The plan again for a changed profile, with the deltas. */
  whatIf: Array<WhatIfOutcome>;
};


export type MeMatchSimulationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type MeMentorCohortRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type MeMentorshipProblemReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type MeMentorshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<MentorshipStatus>;
};


export type MeNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<NotificationCategory>;
  first?: Scalars['Int']['input'];
  state?: NotificationState;
};


export type MeOrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type MeOrganizationMentorshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<MentorshipStatus>;
};


export type MePlanArgs = {
  options?: InputMaybe<PlanInput>;
};


export type MeRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  eligible?: InputMaybe<Scalars['Boolean']['input']>;
  first?: Scalars['Int']['input'];
  specialty?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<Scalars['String']['input']>;
};


export type MeWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MeWhatIfArgs = {
  options?: InputMaybe<PlanInput>;
};

/** What an applicant looks for in a mentor. */
export type MenteePreferences = {
  __typename?: 'MenteePreferences';
  /** What they want help with. */
  goals: Array<MentorTopic>;
  /** ISO 639-1 codes, lower case. */
  languages: Array<Scalars['String']['output']>;
  prefersImgMentor: Scalars['Boolean']['output'];
  /** An IANA time zone name. */
  timeZone?: Maybe<Scalars['String']['output']>;
  /** Where they trained in medicine: ISO 3166-1 alpha-2, upper case. */
  trainingCountry?: Maybe<Scalars['String']['output']>;
};

/** What an applicant looks for in a mentor; languages are ISO 639-1 codes, the country ISO 3166-1 alpha-2, the time zone IANA's. */
export type MenteePreferencesInput = {
  goals?: Array<MentorTopic>;
  languages?: Array<Scalars['String']['input']>;
  prefersImgMentor?: Scalars['Boolean']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  trainingCountry?: InputMaybe<Scalars['String']['input']>;
};

/** A mentor of the directory. */
export type Mentor = {
  __typename?: 'Mentor';
  id: Scalars['ID']['output'];
  profile: MentorProfile;
};

/** One calendar month of the accepted pairs' check-ins. */
export type MentorCohortMonth = {
  __typename?: 'MentorCohortMonth';
  /** Accepted pairs under way at some time that month. */
  activePairs: Scalars['Int']['output'];
  /** Check-ins whose meeting date falls in it. */
  checkIns: Scalars['Int']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  /** Check-ins per active pair; null when none was active. */
  perPair?: Maybe<Scalars['Float']['output']>;
};

export type MentorCohortPair = {
  __typename?: 'MentorCohortPair';
  mentee: MentorshipPerson;
  mentor: MentorshipPerson;
  /** Null while a draft. */
  publication?: Maybe<MentorCohortPairPublication>;
  /** What counted, strongest first. */
  reasons: Array<Scalars['String']['output']>;
  /** Compatibility, 0 to 100. */
  score: Scalars['Float']['output'];
};

/** What publishing did for a pair: the request it made, or why the mentorship lifecycle refused it. */
export type MentorCohortPairPublication = {
  __typename?: 'MentorCohortPairPublication';
  mentorshipId?: Maybe<Scalars['ID']['output']>;
  refusal?: Maybe<Scalars['String']['output']>;
  /** CAPACITY_REACHED, NOT_ACCEPTING, TOO_MANY_REQUESTS, CONFLICT or ALREADY_MENTORED (the mentee has a mentor now). */
  refusalCode?: Maybe<Scalars['String']['output']>;
};

/** The published pairs' mentorships counted by status now, and how the accepted ones work together. */
export type MentorCohortReport = {
  __typename?: 'MentorCohortReport';
  /** Pairs whose mentor accepted, whatever came after. */
  accepted: Scalars['Int']['output'];
  active: Scalars['Int']['output'];
  /** Their mean rating (1-5) to one decimal; null before any. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  cancelled: Scalars['Int']['output'];
  /** Check-ins the accepted pairs recorded. */
  checkIns: Scalars['Int']['output'];
  /** From the month of the first accept to this one, oldest first. */
  checkInsByMonth: Array<MentorCohortMonth>;
  completed: Scalars['Int']['output'];
  declined: Scalars['Int']['output'];
  expired: Scalars['Int']['output'];
  /** Goals the accepted pairs set. */
  goals: Scalars['Int']['output'];
  /** Of those, the goals done now. */
  goalsCompleted: Scalars['Int']['output'];
  /** Pairs the lifecycle refused at publication. */
  notSent: Scalars['Int']['output'];
  pairs: Scalars['Int']['output'];
  paused: Scalars['Int']['output'];
  /** Feedbacks given at completion, by either side. */
  ratings: Scalars['Int']['output'];
  requested: Scalars['Int']['output'];
  withdrawn: Scalars['Int']['output'];
};

export type MentorCohortRun = {
  __typename?: 'MentorCohortRun';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  minScore: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  pairs: Array<MentorCohortPair>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Null while a draft. */
  report?: Maybe<MentorCohortReport>;
  skipped: Array<MentorCohortSkipped>;
  solveSeconds: Scalars['Float']['output'];
  status: MentorCohortRunStatus;
  totals: MentorCohortTotals;
  unmatched: Array<MentorCohortUnmatched>;
};

export type MentorCohortRunConnection = {
  __typename?: 'MentorCohortRunConnection';
  edges: Array<MentorCohortRunEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MentorCohortRunEdge = {
  __typename?: 'MentorCohortRunEdge';
  cursor: Scalars['String']['output'];
  node: MentorCohortRun;
};

export type MentorCohortRunStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type MentorCohortSide =
  | 'MENTEE'
  | 'MENTOR';

/** An id of the input that names nobody the run could match. */
export type MentorCohortSkipped = {
  __typename?: 'MentorCohortSkipped';
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  side: MentorCohortSide;
};

/** Total compatibility of the optimal assignment and of the two ways it is measured against. */
export type MentorCohortTotals = {
  __typename?: 'MentorCohortTotals';
  firstComeFirstServed: Scalars['Float']['output'];
  greedy: Scalars['Float']['output'];
  optimal: Scalars['Float']['output'];
};

export type MentorCohortUnmatched = {
  __typename?: 'MentorCohortUnmatched';
  menteeId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
};

export type MentorPosition =
  | 'ATTENDING'
  | 'COORDINATOR'
  | 'FELLOW'
  | 'PROGRAM_DIRECTOR'
  | 'RESIDENT';

/** A mentor as mentees see them. */
export type MentorProfile = {
  __typename?: 'MentorProfile';
  acceptingMentees: Scalars['Boolean']['output'];
  bio: Scalars['String']['output'];
  /** The most mentees they mentor at once. */
  capacity: Scalars['Int']['output'];
  institution: Scalars['String']['output'];
  /** ISO 639-1 codes, lower case. */
  languages: Array<Scalars['String']['output']>;
  /** The organization account they belong to; its admins may verify them. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  position: MentorPosition;
  /** The catalog program they work at. */
  programId?: Maybe<Scalars['ID']['output']>;
  specialty: Scalars['String']['output'];
  state?: Maybe<Scalars['String']['output']>;
  /** An IANA time zone name. */
  timeZone?: Maybe<Scalars['String']['output']>;
  topics: Array<MentorTopic>;
  /** Where they trained in medicine: ISO 3166-1 alpha-2, upper case. */
  trainingCountry?: Maybe<Scalars['String']['output']>;
  /** The latest change: the profile saved or its verification decided. */
  updatedAt: Scalars['DateTime']['output'];
  /** Confirmed by an admin of their organization; naming another organization clears it. */
  verified: Scalars['Boolean']['output'];
  visaPaths: Array<VisaPath>;
  /** Whether they were an international medical graduate themselves. */
  wasImg: Scalars['Boolean']['output'];
};

/** The whole mentor profile; omitted optional fields take their defaults. Languages are ISO 639-1 codes, the country ISO 3166-1 alpha-2, the time zone IANA's, the state a USPS code. */
export type MentorProfileInput = {
  acceptingMentees?: Scalars['Boolean']['input'];
  bio?: Scalars['String']['input'];
  capacity: Scalars['Int']['input'];
  institution: Scalars['String']['input'];
  languages: Array<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  position: MentorPosition;
  programId?: InputMaybe<Scalars['ID']['input']>;
  specialty: Scalars['String']['input'];
  state?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  topics: Array<MentorTopic>;
  trainingCountry?: InputMaybe<Scalars['String']['input']>;
  visaPaths?: Array<VisaPath>;
  wasImg?: Scalars['Boolean']['input'];
};

/** A mentor found for me: how well they suit me, and why. */
export type MentorSuggestion = {
  __typename?: 'MentorSuggestion';
  activeMentees: Scalars['Int']['output'];
  /** Mentees they can still take; 0 while not accepting. */
  freeCapacity: Scalars['Int']['output'];
  medianResponseHours?: Maybe<Scalars['Float']['output']>;
  mentor: Mentor;
  /** What counted, strongest first. */
  reasons: Array<Scalars['String']['output']>;
  /** Share of requests answered among those answered or expired; null until one ended. */
  responseRate?: Maybe<Scalars['Float']['output']>;
  /** Compatibility with me, 0 to 100 (how it is computed: docs/mentorship.md). */
  score: Scalars['Float']['output'];
};

export type MentorSuggestionConnection = {
  __typename?: 'MentorSuggestionConnection';
  edges: Array<MentorSuggestionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MentorSuggestionEdge = {
  __typename?: 'MentorSuggestionEdge';
  cursor: Scalars['String']['output'];
  node: MentorSuggestion;
};

export type MentorTopic =
  | 'CV'
  | 'INTERVIEW_PREPARATION'
  | 'LETTERS'
  | 'PERSONAL_STATEMENT'
  | 'RESEARCH'
  | 'STEP_EXAMS'
  | 'USCE'
  | 'VISA'
  | 'WELLBEING';

export type Mentorship = {
  __typename?: 'Mentorship';
  /** Its check-ins, latest meeting first. */
  checkIns: Array<MentorshipCheckIn>;
  /** Only while ACTIVE: contact details are shared once accepted. */
  contact?: Maybe<MentorshipContact>;
  createdAt: Scalars['DateTime']['output'];
  /** What the mentee wants help with. */
  goals: Array<MentorTopic>;
  id: Scalars['ID']['output'];
  mentee: MentorshipPerson;
  mentor: MentorshipPerson;
  /** The mentee's request, to the mentor. */
  message: Scalars['String']['output'];
  /** The message thread, oldest first. */
  messages: MentorshipMessageConnection;
  /** My own feedback on it, once given (never the other side's). */
  myFeedback?: Maybe<MentorshipFeedback>;
  status: MentorshipStatus;
  /** Its goals, soonest due first. */
  trackedGoals: Array<MentorshipGoal>;
  /** When its status last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


export type MentorshipMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type MentorshipCheckIn = {
  __typename?: 'MentorshipCheckIn';
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  nextDate?: Maybe<Scalars['Date']['output']>;
  /** Seen by both sides. */
  notes: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['ID']['output'];
};

export type MentorshipConnection = {
  __typename?: 'MentorshipConnection';
  edges: Array<MentorshipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** How the two people reach each other, as each gave it. */
export type MentorshipContact = {
  __typename?: 'MentorshipContact';
  mentee?: Maybe<Scalars['String']['output']>;
  mentor?: Maybe<Scalars['String']['output']>;
};

export type MentorshipEdge = {
  __typename?: 'MentorshipEdge';
  cursor: Scalars['String']['output'];
  node: Mentorship;
};

/** Feedback as its giver sees it. */
export type MentorshipFeedback = {
  __typename?: 'MentorshipFeedback';
  comment: Scalars['String']['output'];
  givenAt: Scalars['DateTime']['output'];
  rating: Scalars['Int']['output'];
};

export type MentorshipGoal = {
  __typename?: 'MentorshipGoal';
  createdAt: Scalars['DateTime']['output'];
  /** The account that added it. */
  createdBy: Scalars['ID']['output'];
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  status: GoalStatus;
  title: Scalars['String']['output'];
  topic: MentorTopic;
};

export type MentorshipMessage = {
  __typename?: 'MentorshipMessage';
  id: Scalars['ID']['output'];
  sender: MessageSender;
  sentAt: Scalars['DateTime']['output'];
  text: Scalars['String']['output'];
};

export type MentorshipMessageConnection = {
  __typename?: 'MentorshipMessageConnection';
  edges: Array<MentorshipMessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MentorshipMessageEdge = {
  __typename?: 'MentorshipMessageEdge';
  cursor: Scalars['String']['output'];
  node: MentorshipMessage;
};

/** One of the two people in a mentorship. */
export type MentorshipPerson = {
  __typename?: 'MentorshipPerson';
  id: Scalars['ID']['output'];
};

/** A problem one side of a mentorship reported about one of my organization's mentors. */
export type MentorshipProblemReport = {
  __typename?: 'MentorshipProblemReport';
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mentorshipId: Scalars['ID']['output'];
  /** The mentorship's status now; null if it is gone. */
  mentorshipStatus?: Maybe<MentorshipStatus>;
  reason: ProblemReason;
  reportedAt: Scalars['DateTime']['output'];
  /** Which side reported it; null if the mentorship is gone. */
  reporterSide?: Maybe<MentorshipSide>;
  /** The mentorship has left the pause this report made (resumed or ended). */
  resolved: Scalars['Boolean']['output'];
};

export type MentorshipProblemReportConnection = {
  __typename?: 'MentorshipProblemReportConnection';
  edges: Array<MentorshipProblemReportEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MentorshipProblemReportEdge = {
  __typename?: 'MentorshipProblemReportEdge';
  cursor: Scalars['String']['output'];
  node: MentorshipProblemReport;
};

export type MentorshipSide =
  | 'MENTEE'
  | 'MENTOR';

export type MentorshipStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PAUSED'
  | 'REQUESTED'
  | 'WITHDRAWN';

/** Who wrote a message: the mentee or the mentor. */
export type MessageSender = {
  __typename?: 'MessageSender';
  id: Scalars['ID']['output'];
};

/** Leave-specialties-out validation of the published fit (docs/model.md): each specialty with outcomes held out in turn and predicted from its features alone. */
export type ModelValidation = {
  __typename?: 'ModelValidation';
  applicantWeightedErrorPp: Scalars['Float']['output'];
  heldOutSpecialties: Scalars['Int']['output'];
  /** Predicted against published non-US IMG match rate, percentage points. */
  meanAbsoluteErrorPp: Scalars['Float']['output'];
  /** What a model knowing every true rate would score against the published rates, from their sampling noise. */
  samplingNoiseFloorPp: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accept an invitation sent to my verified email address. */
  acceptOrganizationInvitation: OrganizationMembership;
  /** Add a goal to an active mentorship (either side). */
  addMentorshipGoal: MentorshipGoal;
  /** Archive a notification (archived: false brings it back); archiving ends a snooze. */
  archiveNotification: Notification;
  /** End an active mentorship early (either side). */
  cancelMentorship: Mentorship;
  /** Mark an active mentorship completed (either side). */
  completeMentorship: Mentorship;
  /** A new invitation code for my organization (ORG_ADMIN accounts). */
  createOrganizationInvitationCode: OrganizationInvitationCode;
  /** Register a webhook endpoint; its secret is served this once. */
  createWebhookEndpoint: WebhookEndpointWithSecret;
  /** Forget a finished match simulation and its files. */
  deleteMatchSimulation: Scalars['ID']['output'];
  /** Delete my report of a season: its content is erased and later refits no longer use it. True when done. */
  deleteOutcomeReport: Scalars['Boolean']['output'];
  /** Rate a completed mentorship, 1 to 5, once (either side); only I see it. */
  giveMentorshipFeedback: MentorshipFeedback;
  /** Invite an email address to my organization (ORG_ADMIN accounts). */
  inviteToOrganization: OrganizationInvitation;
  /** Join an organization with its invitation code (APPLICANT and MENTOR accounts). */
  joinOrganization: OrganizationMembership;
  /** Leave an organization I am a member of. */
  leaveOrganization: Scalars['Boolean']['output'];
  /** Mark all my notifications read but snoozed ones; how many were unread. */
  markAllNotificationsRead: Scalars['Int']['output'];
  markNotificationRead: Notification;
  /** Mark my notifications with these ids seen (all without ids), but snoozed ones; ids not mine are skipped. How many were unseen. */
  markNotificationsSeen: Scalars['Int']['output'];
  /** Publish a draft once: each pair gets a mentorship request from the mentee (CONFLICT when published already). */
  publishMentorCohort: MentorCohortRun;
  /** Record a check-in of an active mentorship (either side). */
  recordMentorshipCheckIn: MentorshipCheckIn;
  /** Send again every message of the endpoint that failed, made since ``since``. */
  recoverWebhookMessages: WebhookMessagesQueued;
  /** Remove a member from my organization (ORG_ADMIN accounts). */
  removeOrganizationMember: Scalars['Boolean']['output'];
  /** Send one message again, delivered or failed. */
  replayWebhookMessage: WebhookMessagesQueued;
  /** Report a problem (a request for payment, say): the mentorship is paused at once and the admins of the mentor's organization are told (either side). */
  reportMentorshipProblem: Mentorship;
  /** Report a season's invitations and match result, or update the season's report (its next revision). */
  reportOutcome: OutcomeReport;
  /** Email the signed-in account a new verification link. */
  requestEmailVerification: EmailVerificationRequest;
  /** Ask a mentor to mentor me (applicants; at most 5 requests waiting for an answer at once). */
  requestMentorship: Mentorship;
  /** Resolve a problem reported to my organization: resume the paused mentorship or end it; both people are told. The report, resolved: the mentorship's inside stays the two people's. */
  resolveMentorshipProblem: MentorshipProblemReport;
  /** Accept or decline a request (the mentor). */
  respondToMentorshipRequest: Mentorship;
  /** Revoke one of my organization's codes: nobody joins with it any more (ORG_ADMIN accounts). */
  revokeOrganizationInvitationCode: OrganizationInvitationCode;
  /** A new signing secret, served this once; the old one keeps signing too for 24 hours. */
  rotateWebhookSecret: WebhookEndpointWithSecret;
  /** Queue a Main Match simulation (organization accounts). */
  runMatchSimulation: MatchSimulation;
  /** Pair a mentoring program's mentees with its mentors, every capacity respected; kept as a draft nobody is told of (ORG_ADMIN accounts). */
  runMentorCohort: MentorCohortRun;
  /** Write to the other side of an active or paused mentorship (up to 2,000 characters). */
  sendMentorshipMessage: MentorshipMessage;
  /** Send an org.smartpick.webhook.test.v1 message to this endpoint only. */
  sendTestWebhook: WebhookMessagesQueued;
  /** Mark a goal open, done or dropped (either side). */
  setMentorshipGoalStatus: MentorshipGoal;
  /** Disable an endpoint, or enable it again. */
  setWebhookEndpointEnabled: WebhookEndpoint;
  signIn: AuthPayload;
  signUp: AuthPayload;
  /** Hide a notification until `until` (ahead, within 90 days); it then comes back unread and unseen, at its place by createdAt. */
  snoozeNotification: Notification;
  /** Create or replace my mentor profile (MENTOR accounts only). */
  updateMyMentorProfile: MentorProfile;
  updateMyProfile: Profile;
  /** Change my notification preferences; the next notice follows them. */
  updateNotificationPreferences: NotificationPreferences;
  /** Change an endpoint's URL, event types or description. */
  updateWebhookEndpoint: WebhookEndpoint;
  /** Verify the signed-in account's email address with the token of the emailed link; an expired, forged or another account's token is refused with BAD_USER_INPUT. */
  verifyEmail: Account;
  /** Verify a mentor whose profile names my organization, or take the verification back (ORG_ADMIN accounts only). */
  verifyMentor: MentorProfile;
  /** Withdraw a request still waiting for an answer (the mentee). */
  withdrawMentorshipRequest: Mentorship;
};


export type MutationAcceptOrganizationInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddMentorshipGoalArgs = {
  input: GoalInput;
  mentorshipId: Scalars['ID']['input'];
};


export type MutationArchiveNotificationArgs = {
  archived?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCancelMentorshipArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCompleteMentorshipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateOrganizationInvitationCodeArgs = {
  input: CreateOrganizationInvitationCodeInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeleteMatchSimulationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOutcomeReportArgs = {
  seasonYear: Scalars['Int']['input'];
};


export type MutationGiveMentorshipFeedbackArgs = {
  comment?: Scalars['String']['input'];
  mentorshipId: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
};


export type MutationInviteToOrganizationArgs = {
  email: Scalars['String']['input'];
};


export type MutationJoinOrganizationArgs = {
  code: Scalars['String']['input'];
};


export type MutationLeaveOrganizationArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkNotificationsSeenArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationPublishMentorCohortArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordMentorshipCheckInArgs = {
  input: CheckInInput;
  mentorshipId: Scalars['ID']['input'];
};


export type MutationRecoverWebhookMessagesArgs = {
  endpointId: Scalars['ID']['input'];
  since: Scalars['DateTime']['input'];
};


export type MutationRemoveOrganizationMemberArgs = {
  accountId: Scalars['ID']['input'];
};


export type MutationReplayWebhookMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReportMentorshipProblemArgs = {
  details?: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  reason: ProblemReason;
};


export type MutationReportOutcomeArgs = {
  input: OutcomeReportInput;
};


export type MutationRequestMentorshipArgs = {
  input: RequestMentorshipInput;
};


export type MutationResolveMentorshipProblemArgs = {
  input: ResolveMentorshipProblemInput;
};


export type MutationRespondToMentorshipRequestArgs = {
  accept: Scalars['Boolean']['input'];
  contact?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevokeOrganizationInvitationCodeArgs = {
  code: Scalars['String']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunMatchSimulationArgs = {
  input: RunMatchSimulationInput;
};


export type MutationRunMentorCohortArgs = {
  input: RunMentorCohortInput;
};


export type MutationSendMentorshipMessageArgs = {
  mentorshipId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationSendTestWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetMentorshipGoalStatusArgs = {
  goalId: Scalars['ID']['input'];
  mentorshipId: Scalars['ID']['input'];
  status: GoalStatus;
};


export type MutationSetWebhookEndpointEnabledArgs = {
  enabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSnoozeNotificationArgs = {
  id: Scalars['ID']['input'];
  until: Scalars['DateTime']['input'];
};


export type MutationUpdateMyMentorProfileArgs = {
  input: MentorProfileInput;
};


export type MutationUpdateMyProfileArgs = {
  input: ProfileInput;
};


export type MutationUpdateNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationVerifyMentorArgs = {
  mentorId: Scalars['ID']['input'];
  verified: Scalars['Boolean']['input'];
};


export type MutationWithdrawMentorshipRequestArgs = {
  id: Scalars['ID']['input'];
};

export type Notification = {
  __typename?: 'Notification';
  archived: Scalars['Boolean']['output'];
  body: Scalars['String']['output'];
  category: NotificationCategory;
  createdAt: Scalars['DateTime']['output'];
  /** The platform event that caused it: see deliveryLedger. */
  eventId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  read: Scalars['Boolean']['output'];
  /** Shown to me in a list; reading implies it. */
  seen: Scalars['Boolean']['output'];
  /** Hidden until then, null unless snoozed now. It then comes back unread and unseen, at its place by createdAt: it does not jump to the top. */
  snoozedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** What it is about, e.g. the id of a match simulation. */
  subjectId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
};

export type NotificationCategory =
  | 'ACCOUNT'
  | 'CALENDAR'
  | 'MENTORSHIP'
  | 'ORGANIZATION'
  | 'RECOMMENDATIONS';

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  /** Notices of this filtered list. */
  totalCount: Scalars['Int']['output'];
  /** Unread in my inbox (not archived, not snoozed), whatever the filter. */
  unreadCount: Scalars['Int']['output'];
  /** Unseen in my inbox (the badge), whatever the filter. */
  unseenCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  channels: Array<CategoryChannels>;
  /** When the digest goes, in `timeZone`. */
  digestHour: Scalars['Int']['output'];
  /** Low-priority emails wait for one daily digest. */
  emailDigest: Scalars['Boolean']['output'];
  /** Email waits until they end (account notices do not). */
  quietHours?: Maybe<QuietHours>;
  /** An IANA name, e.g. America/Chicago. */
  timeZone: Scalars['String']['output'];
};

/** Only the fields given change; null quietHours removes them. */
export type NotificationPreferencesInput = {
  channels?: InputMaybe<Array<CategoryChannelsInput>>;
  digestHour?: InputMaybe<Scalars['Int']['input']>;
  emailDigest?: InputMaybe<Scalars['Boolean']['input']>;
  quietHours?: InputMaybe<QuietHoursInput>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** INBOX: neither archived nor snoozed (the default); UNREAD: unread ones of the inbox; ARCHIVED; SNOOZED: hidden until their snoozedUntil. */
export type NotificationState =
  | 'ARCHIVED'
  | 'INBOX'
  | 'SNOOZED'
  | 'UNREAD';

/** An invitation sent to an email address; whoever signs in with that address, verified, may accept it. */
export type OrganizationInvitation = {
  __typename?: 'OrganizationInvitation';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedAt: Scalars['DateTime']['output'];
  organizationId: Scalars['ID']['output'];
};

/** A code people join my organization with. */
export type OrganizationInvitationCode = {
  __typename?: 'OrganizationInvitationCode';
  /** Random and unguessable; share it privately. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Null: works until revoked. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Null: any number of people. */
  maxUses?: Maybe<Scalars['Int']['output']>;
  revoked: Scalars['Boolean']['output'];
  /** How many people joined with it. */
  uses: Scalars['Int']['output'];
};

export type OrganizationMemberConnection = {
  __typename?: 'OrganizationMemberConnection';
  edges: Array<OrganizationMemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationMemberEdge = {
  __typename?: 'OrganizationMemberEdge';
  cursor: Scalars['String']['output'];
  node: OrganizationMembership;
};

/** An applicant's or mentor's membership of an organization. */
export type OrganizationMembership = {
  __typename?: 'OrganizationMembership';
  accountId: Scalars['ID']['output'];
  joinedAt: Scalars['DateTime']['output'];
  /** The id of the organization's ORG_ADMIN account. */
  organizationId: Scalars['ID']['output'];
  /** The member's account role. */
  role: Role;
};

/** A season's invitations and match result, as the applicant reported them; the model learns from these reports. */
export type OutcomeReport = {
  __typename?: 'OutcomeReport';
  applications: Array<ReportedApplication>;
  id: Scalars['ID']['output'];
  matched?: Maybe<Scalars['Boolean']['output']>;
  matchedProgramId?: Maybe<Scalars['ID']['output']>;
  /** When this revision was reported. */
  reportedAt: Scalars['DateTime']['output'];
  /** 1 for the season's first report, one more for each update of it. */
  revision: Scalars['Int']['output'];
  seasonYear: Scalars['Int']['output'];
};

/** One season: every program applied to, whether it invited you, and the match result if known. Reporting a season again replaces its report (for example to add the match result on Match Day). */
export type OutcomeReportInput = {
  applications: Array<ReportedApplicationInput>;
  matched?: InputMaybe<Scalars['Boolean']['input']>;
  matchedProgramId?: InputMaybe<Scalars['ID']['input']>;
  seasonYear: Scalars['Int']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** The application list that maximizes the chance of matching. */
export type Plan = {
  __typename?: 'Plan';
  applications: Array<PlannedApplication>;
  costUsd: Scalars['Int']['output'];
  /** P(match) and expected interviews at 10, 20, ... applications, with signals (and P(match) without). */
  curve: Array<CurvePoint>;
  expectedInterviews: Scalars['Float']['output'];
  expectedInterviewsRange: ChanceRange;
  interviewsDistribution: Array<Scalars['Float']['output']>;
  /** The model version that made this plan. */
  modelVersion: Scalars['Int']['output'];
  pMatch: Scalars['Float']['output'];
  pMatchRange: ChanceRange;
  pMatchWithoutSignals: Scalars['Float']['output'];
  signals: Array<Scalars['String']['output']>;
  /** The per-rank match chance of each specialty planned for: the range is wider where a specialty's published outcomes are few or absent. */
  specialties: Array<SpecialtyChance>;
  warnings: Array<Scalars['String']['output']>;
};

export type PlanInput = {
  applications?: InputMaybe<Scalars['Int']['input']>;
  avoidStates?: Array<Scalars['String']['input']>;
  budgetUsd?: InputMaybe<Scalars['Int']['input']>;
  maxPerState?: InputMaybe<Scalars['Int']['input']>;
  mustInclude?: Array<Scalars['String']['input']>;
  /** Signals you have per specialty; specialties not listed get the ERAS counts. */
  signals?: Array<SignalCountInput>;
  specialties?: Array<Scalars['String']['input']>;
};

export type PlannedApplication = {
  __typename?: 'PlannedApplication';
  /** The plan's P(match) minus its P(match) without this program; the list is ordered by it. */
  addsPMatch: Scalars['Float']['output'];
  costUsd: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  pInterview: Scalars['Float']['output'];
  pInterviewRange: ChanceRange;
  programId: Scalars['ID']['output'];
  reasons: Array<Scalars['String']['output']>;
  /** Send this program a preference signal. */
  signal: Scalars['Boolean']['output'];
  specialty: Scalars['String']['output'];
  state?: Maybe<Scalars['String']['output']>;
  tier: Scalars['String']['output'];
};

export type ProblemReason =
  | 'INAPPROPRIATE'
  | 'OTHER'
  | 'PAYMENT_REQUESTED'
  | 'UNRESPONSIVE';

export type Profile = {
  __typename?: 'Profile';
  applicantType: ApplicantType;
  ecfmgCertified: Scalars['Boolean']['output'];
  examAttemptsFailed: Scalars['Int']['output'];
  graduationYear: Scalars['Int']['output'];
  /** What they look for in a mentor; null: not looking. */
  mentee?: Maybe<MenteePreferences>;
  preferredStates: Array<Scalars['String']['output']>;
  publications: Scalars['Int']['output'];
  researchExperiences: Scalars['Int']['output'];
  specialties: Array<Scalars['String']['output']>;
  step1Passed: Scalars['Boolean']['output'];
  step2Score?: Maybe<Scalars['Int']['output']>;
  step3Passed: Scalars['Boolean']['output'];
  /** When this profile was saved; recommendations with the same `profileUpdatedAt` (or later) reflect it. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  usceMonths: Scalars['Int']['output'];
  visa: Visa;
};

/** The whole profile; omitted optional fields take their defaults. */
export type ProfileInput = {
  applicantType: ApplicantType;
  ecfmgCertified?: Scalars['Boolean']['input'];
  examAttemptsFailed?: Scalars['Int']['input'];
  graduationYear: Scalars['Int']['input'];
  mentee?: InputMaybe<MenteePreferencesInput>;
  preferredStates?: Array<Scalars['String']['input']>;
  publications?: Scalars['Int']['input'];
  researchExperiences?: Scalars['Int']['input'];
  specialties?: Array<Scalars['String']['input']>;
  step1Passed?: Scalars['Boolean']['input'];
  step2Score?: InputMaybe<Scalars['Int']['input']>;
  step3Passed?: Scalars['Boolean']['input'];
  usceMonths?: Scalars['Int']['input'];
  visa?: Visa;
};

/** A residency program; null fields are unknown, never guessed. */
export type Program = {
  __typename?: 'Program';
  acceptsFailedAttempts?: Maybe<BoolRequirement>;
  city?: Maybe<Scalars['String']['output']>;
  ecfmgByRankDeadline?: Maybe<BoolRequirement>;
  id: Scalars['ID']['output'];
  imgShare?: Maybe<Scalars['Float']['output']>;
  institution?: Maybe<Scalars['String']['output']>;
  maxYearsSinceGraduation?: Maybe<IntRequirement>;
  minStep2Score?: Maybe<IntRequirement>;
  minUsceMonths?: Maybe<IntRequirement>;
  name: Scalars['String']['output'];
  positions?: Maybe<Scalars['Int']['output']>;
  specialty: Scalars['String']['output'];
  sponsorsH1b?: Maybe<Scalars['Boolean']['output']>;
  sponsorsJ1?: Maybe<Scalars['Boolean']['output']>;
  state?: Maybe<Scalars['String']['output']>;
};

export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  edges: Array<ProgramEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  cursor: Scalars['String']['output'];
  node: Program;
};

export type Query = {
  __typename?: 'Query';
  /** Who was told what of one platform event, on which channel, when and with what result; only what concerns me. */
  deliveryLedger: DeliveryLedger;
  /** Suggested goals timed to the coming Match season. */
  goalTemplates: Array<GoalTemplate>;
  /** Always true while the gateway answers. */
  health: Scalars['Boolean']['output'];
  /** One of your match simulations: its status, figures, result. */
  matchSimulation: MatchSimulation;
  /** The signed-in account, with its profile and lists. */
  me: Me;
  /** One of my organization's mentor cohort runs. */
  mentorCohortRun: MentorCohortRun;
  /** Mentors for me, best compatibility first, narrowed by any of the filters (language: ISO 639-1; state: USPS code). */
  mentors: MentorSuggestionConnection;
  /** The model behind every chance; no account needed. */
  model: ChanceModel;
  program: Program;
  programs: ProgramConnection;
  /** A plan for a profile, without an account; nothing is stored. */
  tryPlan: Plan;
  /** The event types webhooks offer, each with its payload's schema (organization accounts). */
  webhookEventTypes: Array<WebhookEventType>;
};


export type QueryDeliveryLedgerArgs = {
  eventId: Scalars['ID']['input'];
};


export type QueryMatchSimulationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMentorCohortRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMentorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  imgBackground?: InputMaybe<Scalars['Boolean']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  onlyAvailable?: Scalars['Boolean']['input'];
  programId?: InputMaybe<Scalars['ID']['input']>;
  specialty?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  topic?: InputMaybe<MentorTopic>;
};


export type QueryProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  specialty?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTryPlanArgs = {
  options?: InputMaybe<PlanInput>;
  profile: ProfileInput;
};

export type QuietHours = {
  __typename?: 'QuietHours';
  /** Across midnight when not after `start`. */
  end: Scalars['Time']['output'];
  start: Scalars['Time']['output'];
};

export type QuietHoursInput = {
  end: Scalars['Time']['input'];
  start: Scalars['Time']['input'];
};

export type Recommendation = {
  __typename?: 'Recommendation';
  eligible: Scalars['Boolean']['output'];
  exclusionReasons: Array<Scalars['String']['output']>;
  factors: Array<Factor>;
  pInterview: Scalars['Float']['output'];
  pInterviewRange: ChanceRange;
  program?: Maybe<Program>;
  /** Preferred requirements missed: they lower the score, they do not exclude. */
  reasons: Array<Scalars['String']['output']>;
  /** Chance in percent that this one application ends in a match. */
  score: Scalars['Float']['output'];
  tier?: Maybe<Scalars['String']['output']>;
};

export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  edges: Array<RecommendationEdge>;
  /** The model version that computed these recommendations. */
  modelVersion?: Maybe<Scalars['Int']['output']>;
  pageInfo: PageInfo;
  /** When the profile these recommendations come from was saved (`Profile.updatedAt`); null before the first profile arrives. */
  profileUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  totalCount: Scalars['Int']['output'];
};

export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  cursor: Scalars['String']['output'];
  node: Recommendation;
};

export type ReportedApplication = {
  __typename?: 'ReportedApplication';
  invited: Scalars['Boolean']['output'];
  programId: Scalars['ID']['output'];
};

export type ReportedApplicationInput = {
  invited: Scalars['Boolean']['input'];
  programId: Scalars['ID']['input'];
};

export type RequestMentorshipInput = {
  /** How the mentor can reach me once they accept (one line). */
  contact?: InputMaybe<Scalars['String']['input']>;
  goals?: Array<MentorTopic>;
  mentorId: Scalars['ID']['input'];
  /** Up to 2,000 characters. */
  message?: Scalars['String']['input'];
};

export type ResolveMentorshipProblemInput = {
  /** The paused mentorship. */
  mentorshipId: Scalars['ID']['input'];
  /** Told to both people (up to 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** True: ACTIVE again; false: it is ended (CANCELLED). */
  resume: Scalars['Boolean']['input'];
};

export type Role =
  | 'APPLICANT'
  | 'MENTOR'
  | 'ORG_ADMIN';

export type RunMatchSimulationInput = {
  generate?: InputMaybe<GenerateInstanceInput>;
  /** The instance JSON of docs/match-simulation.md, as a file. */
  instance?: InputMaybe<Scalars['Upload']['input']>;
  /** Give up on stability after this many proposals. */
  maxProposals?: InputMaybe<Scalars['Int']['input']>;
  name?: Scalars['String']['input'];
};

export type RunMentorCohortInput = {
  /** Applicant account ids. */
  menteeIds: Array<Scalars['ID']['input']>;
  mentorIds: Array<Scalars['ID']['input']>;
  /** No pair below this compatibility (0 to 100). */
  minScore?: Scalars['Float']['input'];
  /** Shown to the people paired: "Suggested by …". */
  name: Scalars['String']['input'];
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role?: Role;
};

/** The preference signals you have in one specialty. */
export type SignalCountInput = {
  count: Scalars['Int']['input'];
  specialty: Scalars['String']['input'];
};

export type SimulationMatch = {
  __typename?: 'SimulationMatch';
  applicantId: Scalars['ID']['output'];
  /** The main match; null when the applicant went unmatched. */
  programId?: Maybe<Scalars['ID']['output']>;
  /** The PGY-1 program of the supplemental phase, for advanced matches. */
  supplementalProgramId?: Maybe<Scalars['ID']['output']>;
};

export type SimulationMatchConnection = {
  __typename?: 'SimulationMatchConnection';
  edges: Array<SimulationMatchEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SimulationMatchEdge = {
  __typename?: 'SimulationMatchEdge';
  cursor: Scalars['String']['output'];
  node: SimulationMatch;
};

export type SimulationStatus =
  | 'FAILED'
  | 'NO_STABLE_MATCHING'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** One planned specialty's chance that any one program you rank in it matches you, with its 80 % range. */
export type SpecialtyChance = {
  __typename?: 'SpecialtyChance';
  perRankMatch: Scalars['Float']['output'];
  perRankMatchRange: ChanceRange;
  specialty: Scalars['String']['output'];
};

/** How uncertain one specialty's chances are (docs/model.md, "80 % ranges"). */
export type SpecialtySpread = {
  __typename?: 'SpecialtySpread';
  /** "outcomes" when its published outcomes pinned it, "features" when predicted from its features alone. */
  fittedFrom: Scalars['String']['output'];
  /** Standard deviation of its conversion intercept (logit scale); its ranges are the chances at -/+ 1.28 of these. */
  interceptSd: Scalars['Float']['output'];
  specialty: Scalars['String']['output'];
};

export type Strictness =
  | 'PREFERENCE'
  | 'STRICT';

export type Subscription = {
  __typename?: 'Subscription';
  /** My notifications as they are stored. With `after` (the cursor of the last one I saw), first those stored since, oldest first. Ends with RESYNC_REQUIRED when I fell too far behind: reload `me { notifications }`, subscribe again. */
  notificationAdded: NotificationEdge;
};


export type SubscriptionNotificationAddedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};

export type UnfilledProgram = {
  __typename?: 'UnfilledProgram';
  programId: Scalars['ID']['output'];
  unfilled: Scalars['Int']['output'];
};

export type UnfilledProgramConnection = {
  __typename?: 'UnfilledProgramConnection';
  edges: Array<UnfilledProgramEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UnfilledProgramEdge = {
  __typename?: 'UnfilledProgramEdge';
  cursor: Scalars['String']['output'];
  node: UnfilledProgram;
};

export type UpdateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type Visa =
  | 'H1B'
  | 'J1'
  | 'NONE';

export type VisaPath =
  | 'H1B'
  | 'J1'
  | 'WAIVER';

/** One try to deliver a webhook message. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  at: Scalars['DateTime']['output'];
  /** 1 for the first, one more per retry. */
  attempt: Scalars['Int']['output'];
  durationSeconds?: Maybe<Scalars['Float']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  /** The start of the answer's body. */
  excerpt: Scalars['String']['output'];
  /** Null while in flight. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  ok?: Maybe<Scalars['Boolean']['output']>;
  /** The HTTP status answered, if any. */
  status?: Maybe<Scalars['Int']['output']>;
};

/** Where my organization receives the platform's events. */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** Why delivery switched it off (410 Gone, failing for days); enabling it again clears this. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  eventTypes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Messages sent to it, newest first. */
  messages: WebhookMessageConnection;
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};


/** Where my organization receives the platform's events. */
export type WebhookEndpointMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** An endpoint with its signing secret: served at creation and rotation only. */
export type WebhookEndpointWithSecret = {
  __typename?: 'WebhookEndpointWithSecret';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** Why delivery switched it off (410 Gone, failing for days); enabling it again clears this. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  eventTypes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Messages sent to it, newest first. */
  messages: WebhookMessageConnection;
  /** The whsec_ secret: keep it, it is not shown again. */
  secret: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};


/** An endpoint with its signing secret: served at creation and rotation only. */
export type WebhookEndpointWithSecretMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** An event type an endpoint may subscribe to. */
export type WebhookEventType = {
  __typename?: 'WebhookEventType';
  /** JSON Schema of the message's data. */
  jsonSchema: Scalars['JSON']['output'];
  type: Scalars['String']['output'];
};

/** A platform event as sent to one endpoint. */
export type WebhookMessage = {
  __typename?: 'WebhookMessage';
  attemptCount: Scalars['Int']['output'];
  /** Every attempt, in order. */
  attempts: Array<WebhookAttempt>;
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  eventId: Scalars['String']['output'];
  eventType: Scalars['String']['output'];
  /** Its webhook-id header. */
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  /** The JSON body sent, exactly. */
  payload: Scalars['String']['output'];
  /** pending, delivered or failed. */
  status: Scalars['String']['output'];
};

export type WebhookMessageConnection = {
  __typename?: 'WebhookMessageConnection';
  edges: Array<WebhookMessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookMessageEdge = {
  __typename?: 'WebhookMessageEdge';
  cursor: Scalars['String']['output'];
  node: WebhookMessage;
};

/** Messages queued to be sent (again). */
export type WebhookMessagesQueued = {
  __typename?: 'WebhookMessagesQueued';
  messageIds: Array<Scalars['ID']['output']>;
};

export type WhatIfOutcome = {
  __typename?: 'WhatIfOutcome';
  deltaEligiblePrograms: Scalars['Int']['output'];
  deltaExpectedInterviews: Scalars['Float']['output'];
  deltaPMatch: Scalars['Float']['output'];
  eligiblePrograms: Scalars['Int']['output'];
  expectedInterviews: Scalars['Float']['output'];
  pMatch: Scalars['Float']['output'];
  scenario: Scalars['String']['output'];
};

export type MentorshipSummaryFieldsFragment = { __typename?: 'Mentorship', id: string, status: MentorshipStatus, message: string, goals: Array<MentorTopic>, createdAt: string, updatedAt: string, mentor: { __typename?: 'MentorshipPerson', id: string }, mentee: { __typename?: 'MentorshipPerson', id: string } };

export type NotificationFieldsFragment = { __typename?: 'Notification', id: string, kind: string, category: NotificationCategory, title: string, body: string, read: boolean, seen: boolean, archived: boolean, snoozedUntil?: string | null, createdAt: string, subjectId?: string | null };

export type BellQueryVariables = Exact<{ [key: string]: never; }>;


export type BellQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, notifications: { __typename?: 'NotificationConnection', unreadCount: number, unseenCount: number, edges: Array<{ __typename?: 'NotificationEdge', cursor: string, node: { __typename?: 'Notification', id: string, kind: string, category: NotificationCategory, title: string, body: string, read: boolean, seen: boolean, archived: boolean, snoozedUntil?: string | null, createdAt: string, subjectId?: string | null } }> } } };

export type MarkNotificationsSeenMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsSeenMutation = { __typename?: 'Mutation', markNotificationsSeen: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename?: 'NotificationEdge', cursor: string, node: { __typename?: 'Notification', id: string, kind: string, category: NotificationCategory, title: string, body: string, read: boolean, seen: boolean, archived: boolean, snoozedUntil?: string | null, createdAt: string, subjectId?: string | null } } };

export type OrganizationAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationAccountQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, role: Role } };

export type PlanFieldsFragment = { __typename?: 'Plan', pMatch: number, pMatchWithoutSignals: number, expectedInterviews: number, costUsd: number, signals: Array<string>, warnings: Array<string>, modelVersion: number, pMatchRange: { __typename?: 'ChanceRange', low: number, high: number }, expectedInterviewsRange: { __typename?: 'ChanceRange', low: number, high: number }, curve: Array<{ __typename?: 'CurvePoint', applications: number, pMatch: number, pMatchWithoutSignals: number, expectedInterviews: number, costUsd: number }>, specialties: Array<{ __typename?: 'SpecialtyChance', specialty: string, perRankMatch: number, perRankMatchRange: { __typename?: 'ChanceRange', low: number, high: number } }>, applications: Array<{ __typename?: 'PlannedApplication', programId: string, name: string, specialty: string, state?: string | null, pInterview: number, tier: string, costUsd: number, signal: boolean, reasons: Array<string>, addsPMatch: number, pInterviewRange: { __typename?: 'ChanceRange', low: number, high: number } }> };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', token: string, account: { __typename?: 'Account', id: string, email: string, role: Role, emailVerified: boolean } } };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'AuthPayload', token: string, account: { __typename?: 'Account', id: string, email: string, role: Role, emailVerified: boolean } } };

export type MentorProfileFieldsFragment = { __typename?: 'MentorProfile', position: MentorPosition, specialty: string, institution: string, state?: string | null, wasImg: boolean, trainingCountry?: string | null, visaPaths: Array<VisaPath>, languages: Array<string>, timeZone?: string | null, topics: Array<MentorTopic>, capacity: number, acceptingMentees: boolean, bio: string, programId?: string | null, organizationId?: string | null, verified: boolean };

export type MentoringQueryVariables = Exact<{ [key: string]: never; }>;


export type MentoringQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, role: Role, mentorProfile?: { __typename?: 'MentorProfile', position: MentorPosition, specialty: string, institution: string, state?: string | null, wasImg: boolean, trainingCountry?: string | null, visaPaths: Array<VisaPath>, languages: Array<string>, timeZone?: string | null, topics: Array<MentorTopic>, capacity: number, acceptingMentees: boolean, bio: string, programId?: string | null, organizationId?: string | null, verified: boolean } | null, requests: { __typename?: 'MentorshipConnection', edges: Array<{ __typename?: 'MentorshipEdge', node: { __typename?: 'Mentorship', id: string, status: MentorshipStatus, message: string, goals: Array<MentorTopic>, createdAt: string, updatedAt: string, mentor: { __typename?: 'MentorshipPerson', id: string }, mentee: { __typename?: 'MentorshipPerson', id: string } } }> }, active: { __typename?: 'MentorshipConnection', totalCount: number, edges: Array<{ __typename?: 'MentorshipEdge', node: { __typename?: 'Mentorship', id: string, status: MentorshipStatus, message: string, goals: Array<MentorTopic>, createdAt: string, updatedAt: string, mentor: { __typename?: 'MentorshipPerson', id: string }, mentee: { __typename?: 'MentorshipPerson', id: string } } }> } } };

export type SaveMentorProfileMutationVariables = Exact<{
  input: MentorProfileInput;
}>;


export type SaveMentorProfileMutation = { __typename?: 'Mutation', updateMyMentorProfile: { __typename?: 'MentorProfile', position: MentorPosition, specialty: string, institution: string, state?: string | null, wasImg: boolean, trainingCountry?: string | null, visaPaths: Array<VisaPath>, languages: Array<string>, timeZone?: string | null, topics: Array<MentorTopic>, capacity: number, acceptingMentees: boolean, bio: string, programId?: string | null, organizationId?: string | null, verified: boolean } };

export type RespondToMentorshipRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
  contact?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RespondToMentorshipRequestMutation = { __typename?: 'Mutation', respondToMentorshipRequest: { __typename?: 'Mentorship', id: string, status: MentorshipStatus } };

export type FindMentorsQueryVariables = Exact<{
  specialty?: InputMaybe<Scalars['String']['input']>;
  topic?: InputMaybe<MentorTopic>;
  language?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  imgBackground?: InputMaybe<Scalars['Boolean']['input']>;
  onlyAvailable: Scalars['Boolean']['input'];
}>;


export type FindMentorsQuery = { __typename?: 'Query', mentors: { __typename?: 'MentorSuggestionConnection', totalCount: number, edges: Array<{ __typename?: 'MentorSuggestionEdge', node: { __typename?: 'MentorSuggestion', score: number, reasons: Array<string>, freeCapacity: number, activeMentees: number, responseRate?: number | null, mentor: { __typename?: 'Mentor', id: string, profile: { __typename?: 'MentorProfile', position: MentorPosition, specialty: string, institution: string, state?: string | null, wasImg: boolean, trainingCountry?: string | null, languages: Array<string>, topics: Array<MentorTopic>, capacity: number, acceptingMentees: boolean, bio: string, verified: boolean } } } }> } };

export type MyMentorshipsQueryVariables = Exact<{
  status?: InputMaybe<MentorshipStatus>;
}>;


export type MyMentorshipsQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, mentorships: { __typename?: 'MentorshipConnection', totalCount: number, edges: Array<{ __typename?: 'MentorshipEdge', node: { __typename?: 'Mentorship', id: string, status: MentorshipStatus, message: string, goals: Array<MentorTopic>, createdAt: string, updatedAt: string, mentor: { __typename?: 'MentorshipPerson', id: string }, mentee: { __typename?: 'MentorshipPerson', id: string } } }> }, waiting: { __typename?: 'MentorshipConnection', edges: Array<{ __typename?: 'MentorshipEdge', node: { __typename?: 'Mentorship', id: string, mentor: { __typename?: 'MentorshipPerson', id: string } } }> } } };

export type RequestMentorshipMutationVariables = Exact<{
  input: RequestMentorshipInput;
}>;


export type RequestMentorshipMutation = { __typename?: 'Mutation', requestMentorship: { __typename?: 'Mentorship', id: string, status: MentorshipStatus, message: string, goals: Array<MentorTopic>, createdAt: string, updatedAt: string, mentor: { __typename?: 'MentorshipPerson', id: string }, mentee: { __typename?: 'MentorshipPerson', id: string } } };

export type WithdrawRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawRequestMutation = { __typename?: 'Mutation', withdrawMentorshipRequest: { __typename?: 'Mentorship', id: string, status: MentorshipStatus, message: string, goals: Array<MentorTopic>, createdAt: string, updatedAt: string, mentor: { __typename?: 'MentorshipPerson', id: string }, mentee: { __typename?: 'MentorshipPerson', id: string } } };

export type MentorshipDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type MentorshipDashboardQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, mentorships: { __typename?: 'MentorshipConnection', edges: Array<{ __typename?: 'MentorshipEdge', node: { __typename?: 'Mentorship', id: string, status: MentorshipStatus, message: string, goals: Array<MentorTopic>, createdAt: string, updatedAt: string, contact?: { __typename?: 'MentorshipContact', mentee?: string | null, mentor?: string | null } | null, trackedGoals: Array<{ __typename?: 'MentorshipGoal', id: string, title: string, topic: MentorTopic, dueDate: string, status: GoalStatus }>, checkIns: Array<{ __typename?: 'MentorshipCheckIn', id: string, date: string, notes: string, nextDate?: string | null }>, myFeedback?: { __typename?: 'MentorshipFeedback', rating: number, comment: string, givenAt: string } | null, messages: { __typename?: 'MentorshipMessageConnection', totalCount: number, edges: Array<{ __typename?: 'MentorshipMessageEdge', node: { __typename?: 'MentorshipMessage', id: string, text: string, sentAt: string, sender: { __typename?: 'MessageSender', id: string } } }> }, mentor: { __typename?: 'MentorshipPerson', id: string }, mentee: { __typename?: 'MentorshipPerson', id: string } } }> } }, goalTemplates: Array<{ __typename?: 'GoalTemplate', title: string, topic: MentorTopic, dueDate: string, why: string }> };

export type SendMentorshipMessageMutationVariables = Exact<{
  mentorshipId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type SendMentorshipMessageMutation = { __typename?: 'Mutation', sendMentorshipMessage: { __typename?: 'MentorshipMessage', id: string } };

export type AddMentorshipGoalMutationVariables = Exact<{
  mentorshipId: Scalars['ID']['input'];
  input: GoalInput;
}>;


export type AddMentorshipGoalMutation = { __typename?: 'Mutation', addMentorshipGoal: { __typename?: 'MentorshipGoal', id: string } };

export type SetMentorshipGoalStatusMutationVariables = Exact<{
  mentorshipId: Scalars['ID']['input'];
  goalId: Scalars['ID']['input'];
  status: GoalStatus;
}>;


export type SetMentorshipGoalStatusMutation = { __typename?: 'Mutation', setMentorshipGoalStatus: { __typename?: 'MentorshipGoal', id: string, status: GoalStatus } };

export type RecordMentorshipCheckInMutationVariables = Exact<{
  mentorshipId: Scalars['ID']['input'];
  input: CheckInInput;
}>;


export type RecordMentorshipCheckInMutation = { __typename?: 'Mutation', recordMentorshipCheckIn: { __typename?: 'MentorshipCheckIn', id: string } };

export type GiveMentorshipFeedbackMutationVariables = Exact<{
  mentorshipId: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
  comment: Scalars['String']['input'];
}>;


export type GiveMentorshipFeedbackMutation = { __typename?: 'Mutation', giveMentorshipFeedback: { __typename?: 'MentorshipFeedback', rating: number } };

export type CancelMentorshipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelMentorshipMutation = { __typename?: 'Mutation', cancelMentorship: { __typename?: 'Mentorship', id: string, status: MentorshipStatus } };

export type CompleteMentorshipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompleteMentorshipMutation = { __typename?: 'Mutation', completeMentorship: { __typename?: 'Mentorship', id: string, status: MentorshipStatus } };

export type ChanceModelQueryVariables = Exact<{ [key: string]: never; }>;


export type ChanceModelQuery = { __typename?: 'Query', model: { __typename?: 'ChanceModel', version: number, parametersVersion: string, sources: Array<string>, notes: string, featureModelError: number, validation?: { __typename?: 'ModelValidation', meanAbsoluteErrorPp: number, applicantWeightedErrorPp: number, samplingNoiseFloorPp: number, heldOutSpecialties: number } | null } };

export type InboxQueryVariables = Exact<{
  state: NotificationState;
  category?: InputMaybe<NotificationCategory>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InboxQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, notifications: { __typename?: 'NotificationConnection', totalCount: number, unreadCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'NotificationEdge', cursor: string, node: { __typename?: 'Notification', id: string, kind: string, category: NotificationCategory, title: string, body: string, read: boolean, seen: boolean, archived: boolean, snoozedUntil?: string | null, createdAt: string, subjectId?: string | null } }> } } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNotificationReadMutation = { __typename?: 'Mutation', markNotificationRead: { __typename?: 'Notification', id: string, kind: string, category: NotificationCategory, title: string, body: string, read: boolean, seen: boolean, archived: boolean, snoozedUntil?: string | null, createdAt: string, subjectId?: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type ArchiveNotificationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  archived: Scalars['Boolean']['input'];
}>;


export type ArchiveNotificationMutation = { __typename?: 'Mutation', archiveNotification: { __typename?: 'Notification', id: string, kind: string, category: NotificationCategory, title: string, body: string, read: boolean, seen: boolean, archived: boolean, snoozedUntil?: string | null, createdAt: string, subjectId?: string | null } };

export type SnoozeNotificationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  until: Scalars['DateTime']['input'];
}>;


export type SnoozeNotificationMutation = { __typename?: 'Mutation', snoozeNotification: { __typename?: 'Notification', id: string, kind: string, category: NotificationCategory, title: string, body: string, read: boolean, seen: boolean, archived: boolean, snoozedUntil?: string | null, createdAt: string, subjectId?: string | null } };

export type OrganizationCohortsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationCohortsQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, mentorCohortRuns: { __typename?: 'MentorCohortRunConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MentorCohortRunEdge', node: { __typename?: 'MentorCohortRun', id: string, name: string, status: MentorCohortRunStatus, createdAt: string, publishedAt?: string | null, pairs: Array<{ __typename?: 'MentorCohortPair', score: number }> } }> } } };

export type OrganizationCohortMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationCohortMembersQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, organizationMembers: { __typename?: 'OrganizationMemberConnection', edges: Array<{ __typename?: 'OrganizationMemberEdge', node: { __typename?: 'OrganizationMembership', accountId: string, role: Role } }> } } };

export type OrganizationCohortQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationCohortQuery = { __typename?: 'Query', mentorCohortRun: { __typename?: 'MentorCohortRun', id: string, name: string, status: MentorCohortRunStatus, minScore: number, solveSeconds: number, createdAt: string, publishedAt?: string | null, pairs: Array<{ __typename?: 'MentorCohortPair', score: number, reasons: Array<string>, mentee: { __typename?: 'MentorshipPerson', id: string }, mentor: { __typename?: 'MentorshipPerson', id: string }, publication?: { __typename?: 'MentorCohortPairPublication', mentorshipId?: string | null, refusalCode?: string | null, refusal?: string | null } | null }>, unmatched: Array<{ __typename?: 'MentorCohortUnmatched', menteeId: string, reason: string }>, skipped: Array<{ __typename?: 'MentorCohortSkipped', id: string, side: MentorCohortSide, reason: string }>, totals: { __typename?: 'MentorCohortTotals', optimal: number, greedy: number, firstComeFirstServed: number }, report?: { __typename?: 'MentorCohortReport', pairs: number, notSent: number, requested: number, active: number, accepted: number, declined: number, completed: number, checkIns: number, goals: number, goalsCompleted: number, averageRating?: number | null } | null } };

export type RunOrganizationCohortMutationVariables = Exact<{
  input: RunMentorCohortInput;
}>;


export type RunOrganizationCohortMutation = { __typename?: 'Mutation', runMentorCohort: { __typename?: 'MentorCohortRun', id: string, name: string, status: MentorCohortRunStatus } };

export type PublishOrganizationCohortMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishOrganizationCohortMutation = { __typename?: 'Mutation', publishMentorCohort: { __typename?: 'MentorCohortRun', id: string, status: MentorCohortRunStatus, publishedAt?: string | null, pairs: Array<{ __typename?: 'MentorCohortPair', mentee: { __typename?: 'MentorshipPerson', id: string }, mentor: { __typename?: 'MentorshipPerson', id: string }, publication?: { __typename?: 'MentorCohortPairPublication', mentorshipId?: string | null, refusalCode?: string | null, refusal?: string | null } | null }> } };

export type OrganizationInvitationCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationInvitationCodesQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, organizationInvitationCodes: Array<{ __typename?: 'OrganizationInvitationCode', code: string, createdAt: string, expiresAt?: string | null, maxUses?: number | null, uses: number, revoked: boolean }> } };

export type OrganizationMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationMembersQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, organizationMembers: { __typename?: 'OrganizationMemberConnection', totalCount: number, edges: Array<{ __typename?: 'OrganizationMemberEdge', node: { __typename?: 'OrganizationMembership', accountId: string, role: Role, joinedAt: string } }> } } };

export type CreateOrganizationCodeMutationVariables = Exact<{
  input: CreateOrganizationInvitationCodeInput;
}>;


export type CreateOrganizationCodeMutation = { __typename?: 'Mutation', createOrganizationInvitationCode: { __typename?: 'OrganizationInvitationCode', code: string, createdAt: string, expiresAt?: string | null, maxUses?: number | null, uses: number, revoked: boolean } };

export type RevokeOrganizationCodeMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type RevokeOrganizationCodeMutation = { __typename?: 'Mutation', revokeOrganizationInvitationCode: { __typename?: 'OrganizationInvitationCode', code: string, revoked: boolean } };

export type InviteToOrganizationMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type InviteToOrganizationMutation = { __typename?: 'Mutation', inviteToOrganization: { __typename?: 'OrganizationInvitation', id: string, email: string, expiresAt: string } };

export type RemoveOrganizationMemberMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type RemoveOrganizationMemberMutation = { __typename?: 'Mutation', removeOrganizationMember: boolean };

export type OrganizationSimulationsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationSimulationsQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, matchSimulations: { __typename?: 'MatchSimulationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MatchSimulationEdge', node: { __typename?: 'MatchSimulation', id: string, name: string, status: SimulationStatus, source: string, createdAt: string, finishedAt?: string | null } }> } } };

export type OrganizationSimulationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  unmatched?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type OrganizationSimulationQuery = { __typename?: 'Query', matchSimulation: { __typename?: 'MatchSimulation', id: string, name: string, status: SimulationStatus, source: string, maxProposals?: number | null, attempts: number, createdAt: string, startedAt?: string | null, finishedAt?: string | null, expiresAt?: string | null, error?: string | null, generated?: { __typename?: 'GeneratedInstance', applicants: number, couples: number, supplemental: boolean, seed: number } | null, stats?: { __typename?: 'MatchSimulationStats', applicants: number, matched: number, unmatched: number, couples: number, couplesMatched: number, programs: number, positions: number, filled: number, unfilled: number, supplementalMatched: number, proposals: number, rounds: number, stable: boolean, solveSeconds: number, totalSeconds: number } | null, matches?: { __typename?: 'SimulationMatchConnection', totalCount: number, edges: Array<{ __typename?: 'SimulationMatchEdge', node: { __typename?: 'SimulationMatch', applicantId: string, programId?: string | null, supplementalProgramId?: string | null } }> } | null, unfilledPrograms?: { __typename?: 'UnfilledProgramConnection', totalCount: number, edges: Array<{ __typename?: 'UnfilledProgramEdge', node: { __typename?: 'UnfilledProgram', programId: string, unfilled: number } }> } | null } };

export type RunOrganizationSimulationMutationVariables = Exact<{
  input: RunMatchSimulationInput;
}>;


export type RunOrganizationSimulationMutation = { __typename?: 'Mutation', runMatchSimulation: { __typename?: 'MatchSimulation', id: string, name: string, status: SimulationStatus } };

export type DeleteOrganizationSimulationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOrganizationSimulationMutation = { __typename?: 'Mutation', deleteMatchSimulation: string };

export type OrganizationWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationWebhookEndpointsQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint', id: string, url: string, eventTypes: Array<string>, description: string, enabled: boolean, disabledReason?: string | null, createdAt: string }> } };

export type OrganizationWebhookEndpointQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationWebhookEndpointQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, webhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, eventTypes: Array<string>, description: string, enabled: boolean, disabledReason?: string | null, createdAt: string, updatedAt: string, messages: { __typename?: 'WebhookMessageConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'WebhookMessageEdge', node: { __typename?: 'WebhookMessage', id: string, eventType: string, eventId: string, status: string, attemptCount: number, payload: string, createdAt: string, deliveredAt?: string | null, lastError?: string | null, attempts: Array<{ __typename?: 'WebhookAttempt', attempt: number, at: string, finishedAt?: string | null, ok?: boolean | null, status?: number | null, excerpt: string, durationSeconds?: number | null, error?: string | null }> } }> } } } };

export type OrganizationWebhookEventTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationWebhookEventTypesQuery = { __typename?: 'Query', webhookEventTypes: Array<{ __typename?: 'WebhookEventType', type: string, jsonSchema: any }> };

export type CreateOrganizationWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateOrganizationWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'WebhookEndpointWithSecret', id: string, url: string, secret: string } };

export type UpdateOrganizationWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateOrganizationWebhookEndpointMutation = { __typename?: 'Mutation', updateWebhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, eventTypes: Array<string>, description: string, updatedAt: string } };

export type RotateOrganizationWebhookSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateOrganizationWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret: { __typename?: 'WebhookEndpointWithSecret', id: string, secret: string } };

export type SetOrganizationWebhookEnabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type SetOrganizationWebhookEnabledMutation = { __typename?: 'Mutation', setWebhookEndpointEnabled: { __typename?: 'WebhookEndpoint', id: string, enabled: boolean, disabledReason?: string | null } };

export type SendOrganizationTestWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SendOrganizationTestWebhookMutation = { __typename?: 'Mutation', sendTestWebhook: { __typename?: 'WebhookMessagesQueued', messageIds: Array<string> } };

export type ReplayOrganizationWebhookMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReplayOrganizationWebhookMessageMutation = { __typename?: 'Mutation', replayWebhookMessage: { __typename?: 'WebhookMessagesQueued', messageIds: Array<string> } };

export type RecoverOrganizationWebhookMessagesMutationVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  since: Scalars['DateTime']['input'];
}>;


export type RecoverOrganizationWebhookMessagesMutation = { __typename?: 'Mutation', recoverWebhookMessages: { __typename?: 'WebhookMessagesQueued', messageIds: Array<string> } };

export type OrganizationDeliveryLedgerQueryVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type OrganizationDeliveryLedgerQuery = { __typename?: 'Query', deliveryLedger: { __typename?: 'DeliveryLedger', eventId: string, entries: Array<{ __typename?: 'DeliveryLedgerEntry', channel: string, result: string, at: string, recipient?: string | null, kind?: string | null, ref?: string | null, endpointId?: string | null, detail?: string | null, outcome?: string | null, attempts?: number | null, attemptLog?: Array<{ __typename?: 'WebhookAttempt', attempt: number, status?: number | null, ok?: boolean | null, durationSeconds?: number | null, error?: string | null }> | null }> } };

export type MyPlanQueryVariables = Exact<{
  options?: InputMaybe<PlanInput>;
}>;


export type MyPlanQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, profile?: { __typename?: 'Profile', updatedAt?: string | null } | null, plan: { __typename?: 'Plan', pMatch: number, pMatchWithoutSignals: number, expectedInterviews: number, costUsd: number, signals: Array<string>, warnings: Array<string>, modelVersion: number, pMatchRange: { __typename?: 'ChanceRange', low: number, high: number }, expectedInterviewsRange: { __typename?: 'ChanceRange', low: number, high: number }, curve: Array<{ __typename?: 'CurvePoint', applications: number, pMatch: number, pMatchWithoutSignals: number, expectedInterviews: number, costUsd: number }>, specialties: Array<{ __typename?: 'SpecialtyChance', specialty: string, perRankMatch: number, perRankMatchRange: { __typename?: 'ChanceRange', low: number, high: number } }>, applications: Array<{ __typename?: 'PlannedApplication', programId: string, name: string, specialty: string, state?: string | null, pInterview: number, tier: string, costUsd: number, signal: boolean, reasons: Array<string>, addsPMatch: number, pInterviewRange: { __typename?: 'ChanceRange', low: number, high: number } }> }, outcomeReports: Array<{ __typename?: 'OutcomeReport', id: string, seasonYear: number, matched?: boolean | null, matchedProgramId?: string | null, revision: number, reportedAt: string, applications: Array<{ __typename?: 'ReportedApplication', programId: string, invited: boolean }> }> } };

export type MyWhatIfQueryVariables = Exact<{
  options?: InputMaybe<PlanInput>;
}>;


export type MyWhatIfQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, whatIf: Array<{ __typename?: 'WhatIfOutcome', scenario: string, pMatch: number, expectedInterviews: number, eligiblePrograms: number, deltaPMatch: number, deltaExpectedInterviews: number, deltaEligiblePrograms: number }> } };

export type ReportOutcomeMutationVariables = Exact<{
  input: OutcomeReportInput;
}>;


export type ReportOutcomeMutation = { __typename?: 'Mutation', reportOutcome: { __typename?: 'OutcomeReport', id: string, seasonYear: number, matched?: boolean | null, matchedProgramId?: string | null, revision: number, reportedAt: string, applications: Array<{ __typename?: 'ReportedApplication', programId: string, invited: boolean }> } };

export type ProfileFieldsFragment = { __typename?: 'Profile', applicantType: ApplicantType, graduationYear: number, step1Passed: boolean, step2Score?: number | null, step3Passed: boolean, visa: Visa, usceMonths: number, ecfmgCertified: boolean, examAttemptsFailed: number, publications: number, researchExperiences: number, specialties: Array<string>, preferredStates: Array<string>, updatedAt?: string | null };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, email: string, role: Role, emailVerified: boolean, profile?: { __typename?: 'Profile', applicantType: ApplicantType, graduationYear: number, step1Passed: boolean, step2Score?: number | null, step3Passed: boolean, visa: Visa, usceMonths: number, ecfmgCertified: boolean, examAttemptsFailed: number, publications: number, researchExperiences: number, specialties: Array<string>, preferredStates: Array<string>, updatedAt?: string | null } | null } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: ProfileInput;
}>;


export type UpdateMyProfileMutation = { __typename?: 'Mutation', updateMyProfile: { __typename?: 'Profile', applicantType: ApplicantType, graduationYear: number, step1Passed: boolean, step2Score?: number | null, step3Passed: boolean, visa: Visa, usceMonths: number, ecfmgCertified: boolean, examAttemptsFailed: number, publications: number, researchExperiences: number, specialties: Array<string>, preferredStates: Array<string>, updatedAt?: string | null } };

export type RequestEmailVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestEmailVerificationMutation = { __typename?: 'Mutation', requestEmailVerification: { __typename?: 'EmailVerificationRequest', expiresAt: string } };

export type RecommendationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  eligible?: InputMaybe<Scalars['Boolean']['input']>;
  tier?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  specialty?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecommendationsQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, profile?: { __typename?: 'Profile', updatedAt?: string | null, specialties: Array<string> } | null, recommendations: { __typename?: 'RecommendationConnection', totalCount: number, modelVersion?: number | null, profileUpdatedAt?: string | null, edges: Array<{ __typename?: 'RecommendationEdge', node: { __typename?: 'Recommendation', eligible: boolean, score: number, pInterview: number, tier?: string | null, reasons: Array<string>, exclusionReasons: Array<string>, pInterviewRange: { __typename?: 'ChanceRange', low: number, high: number }, factors: Array<{ __typename?: 'Factor', name: string, points: number, text: string }>, program?: { __typename?: 'Program', id: string, name: string, city?: string | null, state?: string | null, specialty: string } | null } }> } } };

export type PreferencesFieldsFragment = { __typename?: 'NotificationPreferences', emailDigest: boolean, digestHour: number, timeZone: string, channels: Array<{ __typename?: 'CategoryChannels', category: NotificationCategory, inApp?: boolean | null, email?: boolean | null, live?: boolean | null }>, quietHours?: { __typename?: 'QuietHours', start: any, end: any } | null };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, notificationPreferences: { __typename?: 'NotificationPreferences', emailDigest: boolean, digestHour: number, timeZone: string, channels: Array<{ __typename?: 'CategoryChannels', category: NotificationCategory, inApp?: boolean | null, email?: boolean | null, live?: boolean | null }>, quietHours?: { __typename?: 'QuietHours', start: any, end: any } | null } } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { __typename?: 'Mutation', updateNotificationPreferences: { __typename?: 'NotificationPreferences', emailDigest: boolean, digestHour: number, timeZone: string, channels: Array<{ __typename?: 'CategoryChannels', category: NotificationCategory, inApp?: boolean | null, email?: boolean | null, live?: boolean | null }>, quietHours?: { __typename?: 'QuietHours', start: any, end: any } | null } };

export type TryPlanQueryVariables = Exact<{
  profile: ProfileInput;
  options?: InputMaybe<PlanInput>;
}>;


export type TryPlanQuery = { __typename?: 'Query', tryPlan: { __typename?: 'Plan', pMatch: number, pMatchWithoutSignals: number, expectedInterviews: number, costUsd: number, signals: Array<string>, warnings: Array<string>, modelVersion: number, pMatchRange: { __typename?: 'ChanceRange', low: number, high: number }, expectedInterviewsRange: { __typename?: 'ChanceRange', low: number, high: number }, curve: Array<{ __typename?: 'CurvePoint', applications: number, pMatch: number, pMatchWithoutSignals: number, expectedInterviews: number, costUsd: number }>, specialties: Array<{ __typename?: 'SpecialtyChance', specialty: string, perRankMatch: number, perRankMatchRange: { __typename?: 'ChanceRange', low: number, high: number } }>, applications: Array<{ __typename?: 'PlannedApplication', programId: string, name: string, specialty: string, state?: string | null, pInterview: number, tier: string, costUsd: number, signal: boolean, reasons: Array<string>, addsPMatch: number, pInterviewRange: { __typename?: 'ChanceRange', low: number, high: number } }> } };

export type VerifyEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type VerifyEmailMutation = { __typename?: 'Mutation', verifyEmail: { __typename?: 'Account', id: string, email: string, emailVerified: boolean } };

export const MentorshipSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MentorshipSummaryFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const PlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pMatch"}},{"kind":"Field","name":{"kind":"Name","value":"pMatchWithoutSignals"}},{"kind":"Field","name":{"kind":"Name","value":"pMatchRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedInterviews"}},{"kind":"Field","name":{"kind":"Name","value":"expectedInterviewsRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"curve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"pMatch"}},{"kind":"Field","name":{"kind":"Name","value":"pMatchWithoutSignals"}},{"kind":"Field","name":{"kind":"Name","value":"expectedInterviews"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"perRankMatch"}},{"kind":"Field","name":{"kind":"Name","value":"perRankMatchRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pInterview"}},{"kind":"Field","name":{"kind":"Name","value":"pInterviewRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"addsPMatch"}}]}}]}}]} as unknown as DocumentNode<PlanFieldsFragment, unknown>;
export const MentorProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentorProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"wasImg"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"visaPaths"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingMentees"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]} as unknown as DocumentNode<MentorProfileFieldsFragment, unknown>;
export const ProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicantType"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}},{"kind":"Field","name":{"kind":"Name","value":"step1Passed"}},{"kind":"Field","name":{"kind":"Name","value":"step2Score"}},{"kind":"Field","name":{"kind":"Name","value":"step3Passed"}},{"kind":"Field","name":{"kind":"Name","value":"visa"}},{"kind":"Field","name":{"kind":"Name","value":"usceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ecfmgCertified"}},{"kind":"Field","name":{"kind":"Name","value":"examAttemptsFailed"}},{"kind":"Field","name":{"kind":"Name","value":"publications"}},{"kind":"Field","name":{"kind":"Name","value":"researchExperiences"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"preferredStates"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ProfileFieldsFragment, unknown>;
export const PreferencesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emailDigest"}},{"kind":"Field","name":{"kind":"Name","value":"digestHour"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<PreferencesFieldsFragment, unknown>;
export const BellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"unseenCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]} as unknown as DocumentNode<BellQuery, BellQueryVariables>;
export const MarkNotificationsSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsSeen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsSeenMutation, MarkNotificationsSeenMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const OrganizationAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<OrganizationAccountQuery, OrganizationAccountQueryVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const MentoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mentoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mentorProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MentorProfileFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"requests"},"name":{"kind":"Name","value":"mentorships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REQUESTED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MentorshipSummaryFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"active"},"name":{"kind":"Name","value":"mentorships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MentorshipSummaryFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentorProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"wasImg"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"visaPaths"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingMentees"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MentoringQuery, MentoringQueryVariables>;
export const SaveMentorProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMentorProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyMentorProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MentorProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentorProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"wasImg"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"visaPaths"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingMentees"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]} as unknown as DocumentNode<SaveMentorProfileMutation, SaveMentorProfileMutationVariables>;
export const RespondToMentorshipRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToMentorshipRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contact"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToMentorshipRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"contact"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contact"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RespondToMentorshipRequestMutation, RespondToMentorshipRequestMutationVariables>;
export const FindMentorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindMentors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorTopic"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imgBackground"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onlyAvailable"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"specialty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}}},{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"imgBackground"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imgBackground"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyAvailable"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onlyAvailable"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"freeCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"activeMentees"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"wasImg"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingMentees"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindMentorsQuery, FindMentorsQueryVariables>;
export const MyMentorshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMentorships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorshipStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentorships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MentorshipSummaryFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"waiting"},"name":{"kind":"Name","value":"mentorships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REQUESTED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MyMentorshipsQuery, MyMentorshipsQueryVariables>;
export const RequestMentorshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMentorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestMentorshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMentorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MentorshipSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestMentorshipMutation, RequestMentorshipMutationVariables>;
export const WithdrawRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawMentorshipRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MentorshipSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WithdrawRequestMutation, WithdrawRequestMutationVariables>;
export const MentorshipDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorshipDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentorships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MentorshipSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentee"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackedGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"why"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MentorshipDashboardQuery, MentorshipDashboardQueryVariables>;
export const SendMentorshipMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMentorshipMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mentorshipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMentorshipMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mentorshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mentorshipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SendMentorshipMessageMutation, SendMentorshipMessageMutationVariables>;
export const AddMentorshipGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMentorshipGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mentorshipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMentorshipGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mentorshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mentorshipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddMentorshipGoalMutation, AddMentorshipGoalMutationVariables>;
export const SetMentorshipGoalStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMentorshipGoalStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mentorshipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GoalStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMentorshipGoalStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mentorshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mentorshipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"goalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetMentorshipGoalStatusMutation, SetMentorshipGoalStatusMutationVariables>;
export const RecordMentorshipCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMentorshipCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mentorshipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMentorshipCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mentorshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mentorshipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordMentorshipCheckInMutation, RecordMentorshipCheckInMutationVariables>;
export const GiveMentorshipFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GiveMentorshipFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mentorshipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rating"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveMentorshipFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mentorshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mentorshipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rating"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rating"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]} as unknown as DocumentNode<GiveMentorshipFeedbackMutation, GiveMentorshipFeedbackMutationVariables>;
export const CancelMentorshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMentorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMentorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelMentorshipMutation, CancelMentorshipMutationVariables>;
export const CompleteMentorshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteMentorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMentorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteMentorshipMutation, CompleteMentorshipMutationVariables>;
export const ChanceModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChanceModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parametersVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"featureModelError"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meanAbsoluteErrorPp"}},{"kind":"Field","name":{"kind":"Name","value":"applicantWeightedErrorPp"}},{"kind":"Field","name":{"kind":"Name","value":"samplingNoiseFloorPp"}},{"kind":"Field","name":{"kind":"Name","value":"heldOutSpecialties"}}]}}]}}]}}]} as unknown as DocumentNode<ChanceModelQuery, ChanceModelQueryVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationState"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const ArchiveNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]} as unknown as DocumentNode<ArchiveNotificationMutation, ArchiveNotificationMutationVariables>;
export const SnoozeNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SnoozeNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snoozeNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]} as unknown as DocumentNode<SnoozeNotificationMutation, SnoozeNotificationMutationVariables>;
export const OrganizationCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationCohorts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentorCohortRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationCohortsQuery, OrganizationCohortsQueryVariables>;
export const OrganizationCohortMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationCohortMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationCohortMembersQuery, OrganizationCohortMembersQueryVariables>;
export const OrganizationCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorCohortRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"solveSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorshipId"}},{"kind":"Field","name":{"kind":"Name","value":"refusalCode"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"menteeId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optimal"}},{"kind":"Field","name":{"kind":"Name","value":"greedy"}},{"kind":"Field","name":{"kind":"Name","value":"firstComeFirstServed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairs"}},{"kind":"Field","name":{"kind":"Name","value":"notSent"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"checkIns"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"goalsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationCohortQuery, OrganizationCohortQueryVariables>;
export const RunOrganizationCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunOrganizationCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunMentorCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runMentorCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RunOrganizationCohortMutation, RunOrganizationCohortMutationVariables>;
export const PublishOrganizationCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishOrganizationCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMentorCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorshipId"}},{"kind":"Field","name":{"kind":"Name","value":"refusalCode"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishOrganizationCohortMutation, PublishOrganizationCohortMutationVariables>;
export const OrganizationInvitationCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationInvitationCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationInvitationCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationInvitationCodesQuery, OrganizationInvitationCodesQueryVariables>;
export const OrganizationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const CreateOrganizationCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganizationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInvitationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganizationInvitationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationCodeMutation, CreateOrganizationCodeMutationVariables>;
export const RevokeOrganizationCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeOrganizationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOrganizationInvitationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<RevokeOrganizationCodeMutation, RevokeOrganizationCodeMutationVariables>;
export const InviteToOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteToOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InviteToOrganizationMutation, InviteToOrganizationMutationVariables>;
export const RemoveOrganizationMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOrganizationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganizationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}]}]}}]} as unknown as DocumentNode<RemoveOrganizationMemberMutation, RemoveOrganizationMemberMutationVariables>;
export const OrganizationSimulationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationSimulations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchSimulations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationSimulationsQuery, OrganizationSimulationsQueryVariables>;
export const OrganizationSimulationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationSimulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unmatched"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchSimulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"maxProposals"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"generated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicants"}},{"kind":"Field","name":{"kind":"Name","value":"couples"}},{"kind":"Field","name":{"kind":"Name","value":"supplemental"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicants"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"couples"}},{"kind":"Field","name":{"kind":"Name","value":"couplesMatched"}},{"kind":"Field","name":{"kind":"Name","value":"programs"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"unfilled"}},{"kind":"Field","name":{"kind":"Name","value":"supplementalMatched"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"}},{"kind":"Field","name":{"kind":"Name","value":"stable"}},{"kind":"Field","name":{"kind":"Name","value":"solveSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"totalSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"unmatched"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unmatched"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicantId"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"supplementalProgramId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unfilledPrograms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"unfilled"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationSimulationQuery, OrganizationSimulationQueryVariables>;
export const RunOrganizationSimulationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunOrganizationSimulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunMatchSimulationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runMatchSimulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RunOrganizationSimulationMutation, RunOrganizationSimulationMutationVariables>;
export const DeleteOrganizationSimulationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrganizationSimulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMatchSimulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteOrganizationSimulationMutation, DeleteOrganizationSimulationMutationVariables>;
export const OrganizationWebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationWebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationWebhookEndpointsQuery, OrganizationWebhookEndpointsQueryVariables>;
export const OrganizationWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationWebhookEndpointQuery, OrganizationWebhookEndpointQueryVariables>;
export const OrganizationWebhookEventTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationWebhookEventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"jsonSchema"}}]}}]}}]} as unknown as DocumentNode<OrganizationWebhookEventTypesQuery, OrganizationWebhookEventTypesQueryVariables>;
export const CreateOrganizationWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganizationWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationWebhookEndpointMutation, CreateOrganizationWebhookEndpointMutationVariables>;
export const UpdateOrganizationWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganizationWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationWebhookEndpointMutation, UpdateOrganizationWebhookEndpointMutationVariables>;
export const RotateOrganizationWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateOrganizationWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<RotateOrganizationWebhookSecretMutation, RotateOrganizationWebhookSecretMutationVariables>;
export const SetOrganizationWebhookEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganizationWebhookEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWebhookEndpointEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}}]}}]} as unknown as DocumentNode<SetOrganizationWebhookEnabledMutation, SetOrganizationWebhookEnabledMutationVariables>;
export const SendOrganizationTestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendOrganizationTestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageIds"}}]}}]}}]} as unknown as DocumentNode<SendOrganizationTestWebhookMutation, SendOrganizationTestWebhookMutationVariables>;
export const ReplayOrganizationWebhookMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplayOrganizationWebhookMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayWebhookMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageIds"}}]}}]}}]} as unknown as DocumentNode<ReplayOrganizationWebhookMessageMutation, ReplayOrganizationWebhookMessageMutationVariables>;
export const RecoverOrganizationWebhookMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecoverOrganizationWebhookMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoverWebhookMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageIds"}}]}}]}}]} as unknown as DocumentNode<RecoverOrganizationWebhookMessagesMutation, RecoverOrganizationWebhookMessagesMutationVariables>;
export const OrganizationDeliveryLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationDeliveryLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationDeliveryLedgerQuery, OrganizationDeliveryLedgerQueryVariables>;
export const MyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seasonYear"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"matchedProgramId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pMatch"}},{"kind":"Field","name":{"kind":"Name","value":"pMatchWithoutSignals"}},{"kind":"Field","name":{"kind":"Name","value":"pMatchRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedInterviews"}},{"kind":"Field","name":{"kind":"Name","value":"expectedInterviewsRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"curve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"pMatch"}},{"kind":"Field","name":{"kind":"Name","value":"pMatchWithoutSignals"}},{"kind":"Field","name":{"kind":"Name","value":"expectedInterviews"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"perRankMatch"}},{"kind":"Field","name":{"kind":"Name","value":"perRankMatchRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pInterview"}},{"kind":"Field","name":{"kind":"Name","value":"pInterviewRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"addsPMatch"}}]}}]}}]} as unknown as DocumentNode<MyPlanQuery, MyPlanQueryVariables>;
export const MyWhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"whatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"pMatch"}},{"kind":"Field","name":{"kind":"Name","value":"expectedInterviews"}},{"kind":"Field","name":{"kind":"Name","value":"eligiblePrograms"}},{"kind":"Field","name":{"kind":"Name","value":"deltaPMatch"}},{"kind":"Field","name":{"kind":"Name","value":"deltaExpectedInterviews"}},{"kind":"Field","name":{"kind":"Name","value":"deltaEligiblePrograms"}}]}}]}}]}}]} as unknown as DocumentNode<MyWhatIfQuery, MyWhatIfQueryVariables>;
export const ReportOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seasonYear"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"matchedProgramId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}}]}}]}}]}}]} as unknown as DocumentNode<ReportOutcomeMutation, ReportOutcomeMutationVariables>;
export const MyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicantType"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}},{"kind":"Field","name":{"kind":"Name","value":"step1Passed"}},{"kind":"Field","name":{"kind":"Name","value":"step2Score"}},{"kind":"Field","name":{"kind":"Name","value":"step3Passed"}},{"kind":"Field","name":{"kind":"Name","value":"visa"}},{"kind":"Field","name":{"kind":"Name","value":"usceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ecfmgCertified"}},{"kind":"Field","name":{"kind":"Name","value":"examAttemptsFailed"}},{"kind":"Field","name":{"kind":"Name","value":"publications"}},{"kind":"Field","name":{"kind":"Name","value":"researchExperiences"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"preferredStates"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicantType"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}},{"kind":"Field","name":{"kind":"Name","value":"step1Passed"}},{"kind":"Field","name":{"kind":"Name","value":"step2Score"}},{"kind":"Field","name":{"kind":"Name","value":"step3Passed"}},{"kind":"Field","name":{"kind":"Name","value":"visa"}},{"kind":"Field","name":{"kind":"Name","value":"usceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ecfmgCertified"}},{"kind":"Field","name":{"kind":"Name","value":"examAttemptsFailed"}},{"kind":"Field","name":{"kind":"Name","value":"publications"}},{"kind":"Field","name":{"kind":"Name","value":"researchExperiences"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"preferredStates"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const RequestEmailVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmailVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RequestEmailVerificationMutation, RequestEmailVerificationMutationVariables>;
export const RecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eligible"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"eligible"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eligible"}}},{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"specialty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specialty"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"profileUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"pInterview"}},{"kind":"Field","name":{"kind":"Name","value":"pInterviewRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionReasons"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationsQuery, RecommendationsQueryVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreferencesFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emailDigest"}},{"kind":"Field","name":{"kind":"Name","value":"digestHour"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreferencesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emailDigest"}},{"kind":"Field","name":{"kind":"Name","value":"digestHour"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const TryPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TryPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tryPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pMatch"}},{"kind":"Field","name":{"kind":"Name","value":"pMatchWithoutSignals"}},{"kind":"Field","name":{"kind":"Name","value":"pMatchRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedInterviews"}},{"kind":"Field","name":{"kind":"Name","value":"expectedInterviewsRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"curve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"pMatch"}},{"kind":"Field","name":{"kind":"Name","value":"pMatchWithoutSignals"}},{"kind":"Field","name":{"kind":"Name","value":"expectedInterviews"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"perRankMatch"}},{"kind":"Field","name":{"kind":"Name","value":"perRankMatchRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pInterview"}},{"kind":"Field","name":{"kind":"Name","value":"pInterviewRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"addsPMatch"}}]}}]}}]} as unknown as DocumentNode<TryPlanQuery, TryPlanQueryVariables>;
export const VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;