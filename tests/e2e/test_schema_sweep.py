"""End-to-end schema sweep: every field reachable from Query and Mutation, selected on the running
platform for a populated applicant (profile, recommendations, a notification, an outcome
report), a mentor and an organization (with a finished match simulation), and anonymously where
no account is needed, with arguments from a small table of sample values.

It fails on INTERNAL_SERVER_ERROR, on UNAVAILABLE (all services are up: a service failed), on any
other error not listed in REFUSED, and on a null where the schema says non-null. Operations are
generated from the introspection of ``gateway.schema`` in this process, so the sweep works
whether or not the gateway answers introspection, and follows the schema as it changes: a new
root field needs its callers in CALLERS, a new required argument a sample in SAMPLES.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from graphql import (
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    GraphQLString,
    build_client_schema,
    get_named_type,
    is_abstract_type,
    is_leaf_type,
)

from gateway.schema import build_schema
from gateway.settings import Settings
from services.profiles.accounts.verification import issue_verification_token
from tests.e2e.accounts import (
    PASSWORD,
    PROFILE_INPUT,
    Account,
    Applicant,
    Organization,
    new_account,
)
from tests.e2e.conftest import Platform
from tests.e2e.mentors import list_mentor, listed_mentor
from tests.e2e.organizations import invitation_code, join
from tests.e2e.test_cohorts import published_cohort
from tests.e2e.test_journey import gql
from tests.e2e.test_outcomes import program_ids
from tests.e2e.test_simulations import notification_for, wait_finished
from tests.e2e.test_webhooks import create, run_simulation
from tests.webhook_receiver import partner_endpoint

pytestmark = pytest.mark.e2e

# The gateway's own schema, introspected here: the running gateway may refuse introspection.
_INTROSPECTION: Any = build_schema(Settings(graphql_introspection=True)).introspect()
SCHEMA: GraphQLSchema = build_client_schema(_INTROSPECTION)

KNOWN_FAILURES: dict[str, str] = {}
"""Type.field: why it fails. Such a field is swept apart, in operations marked xfail (not
strict), until its fix is merged and its entry deleted. Notification.createdAt was one (defect 3
of issue 11: the gateway passed the service's string where a datetime is expected)."""

CALLERS = {
    "Query.health": ("anonymous",), "Query.model": ("anonymous",),
    "Query.tryPlan": ("anonymous",),
    "Query.me": ("applicant", "mentor", "organization"),
    "Query.programs": ("applicant", "mentor"), "Query.program": ("applicant", "mentor"),
    "Query.goalTemplates": ("applicant", "mentor"),
    "Query.matchSimulation": ("organization", "applicant"),
    "Query.mentors": ("applicant", "mentor"),
    "Query.mentorCohortRun": ("organization", "applicant"),
    "Query.deliveryLedger": ("applicant", "organization"),
    "Mutation.signUp": ("anonymous",),
    "Mutation.signIn": ("applicant", "mentor", "organization"),
    "Mutation.markNotificationRead": ("applicant", "organization"),
    "Mutation.markAllNotificationsRead": ("applicant", "mentor", "organization"),
    "Mutation.markNotificationsSeen": ("applicant", "mentor", "organization"),
    "Mutation.archiveNotification": ("applicant", "organization"),
    "Mutation.snoozeNotification": ("applicant", "organization"),
    "Mutation.updateNotificationPreferences": ("applicant", "mentor", "organization"),
    "Mutation.reportOutcome": ("applicant",), "Mutation.deleteOutcomeReport": ("applicant",),
    "Mutation.updateMyMentorProfile": ("mentor",), "Mutation.verifyMentor": ("organization",),
    "Mutation.updateMyProfile": ("applicant",),
    "Mutation.runMatchSimulation": ("organization", "applicant"),
    "Mutation.deleteMatchSimulation": ("organization",),
    "Mutation.respondToMentorshipRequest": ("mentor",),
    "Mutation.completeMentorship": ("mentor",),
    "Mutation.giveMentorshipFeedback": ("mentor",),
    "Mutation.sendMentorshipMessage": ("applicant",),
    "Mutation.addMentorshipGoal": ("applicant",),
    "Mutation.setMentorshipGoalStatus": ("applicant",),
    "Mutation.recordMentorshipCheckIn": ("applicant",),
    "Mutation.reportMentorshipProblem": ("applicant",),
    "Mutation.resolveMentorshipProblem": ("organization",),
    "Mutation.cancelMentorship": ("applicant",),
    "Mutation.requestMentorship": ("applicant",),
    "Mutation.withdrawMentorshipRequest": ("applicant",),
    "Mutation.runMentorCohort": ("organization", "applicant"),
    "Mutation.publishMentorCohort": ("organization",),
    "Mutation.requestEmailVerification": ("applicant", "mentor"),
    "Mutation.verifyEmail": ("applicant", "mentor"),
    "Mutation.createOrganizationInvitationCode": ("organization", "applicant"),
    "Mutation.revokeOrganizationInvitationCode": ("organization",),
    "Mutation.inviteToOrganization": ("organization",),
    "Mutation.joinOrganization": ("applicant",),
    "Mutation.acceptOrganizationInvitation": ("applicant",),
    "Mutation.leaveOrganization": ("applicant",),
    "Mutation.removeOrganizationMember": ("organization",),
    "Query.webhookEventTypes": ("organization", "applicant"),
    "Mutation.createWebhookEndpoint": ("organization", "mentor"),
    "Mutation.updateWebhookEndpoint": ("organization",),
    "Mutation.rotateWebhookSecret": ("organization",),
    "Mutation.sendTestWebhook": ("organization",),
    "Mutation.replayWebhookMessage": ("organization",),
    "Mutation.recoverWebhookMessages": ("organization",),
    "Mutation.setWebhookEndpointEnabled": ("organization",),
}
"""Who calls each root field; mutations run in this order (a report before its deletion, a mentor
profile naming the organization before the organization verifies it, the profile saved again
last: its notice may replace the unread one, a request once the applicant's mentorship is
cancelled: one mentor at a time, an invitation accepted once the applicant's address is verified,
and the organization left after joining it)."""

REFUSED = {
    "mentor: me.plan": "NOT_FOUND", "mentor: me.whatIf": "NOT_FOUND",
    "mentor: me.matchSimulations": "FORBIDDEN",
    "organization: me.plan": "NOT_FOUND", "organization: me.whatIf": "NOT_FOUND",
    "applicant: me.matchSimulations": "FORBIDDEN",
    "applicant: matchSimulation": "FORBIDDEN", "applicant: runMatchSimulation": "FORBIDDEN",
    "mentor: me.mentorCohortRuns": "FORBIDDEN", "applicant: me.mentorCohortRuns": "FORBIDDEN",
    "applicant: mentorCohortRun": "FORBIDDEN", "applicant: runMentorCohort": "FORBIDDEN",
    "mentor: me.mentorshipProblemReports": "FORBIDDEN",
    "applicant: me.mentorshipProblemReports": "FORBIDDEN",
    "mentor: me.organizationMentorships": "FORBIDDEN",
    "applicant: me.organizationMentorships": "FORBIDDEN",
    "applicant: createOrganizationInvitationCode": "FORBIDDEN",
    "applicant: me.organizationMembers": "FORBIDDEN", "mentor: me.organizationMembers": "FORBIDDEN",
    "applicant: me.organizationInvitationCodes": "FORBIDDEN",
    "mentor: me.organizationInvitationCodes": "FORBIDDEN",
    "mentor: me.webhookEndpoints": "FORBIDDEN", "applicant: me.webhookEndpoints": "FORBIDDEN",
    "mentor: me.webhookEndpoint": "FORBIDDEN", "applicant: me.webhookEndpoint": "FORBIDDEN",
    "applicant: webhookEventTypes": "FORBIDDEN", "mentor: createWebhookEndpoint": "FORBIDDEN",
}
"""The coded errors a caller gets on purpose (no profile, not an organization)."""

REPORTED_SEASON = 2024  # reported, then deleted, by the sweep (the shared report is 2025's)
PLAN_OPTIONS = {"applications": 20, "maxPerState": 6, "avoidStates": ["CA"],
                "signals": [{"specialty": "Internal Medicine", "count": 2}]}


@dataclass(frozen=True)
class SweptMentorship:
    """Made before the sweep, so both list some: another applicant's request to the mentor (the
    mentor accepts it, then completes it: a mentee has one mentor at a time), an active
    mentorship of the applicant with another mentor (the applicant cancels it), and a third
    mentor (the applicant requests, once that one is cancelled, then withdraws); and a third
    applicant's mentorship with the mentor, reported to the organization (which resumes it)."""

    requested_id: str
    active_id: str
    third_mentor_id: str
    reported_id: str


@dataclass(frozen=True)
class SweptOrganization:
    """Made before the sweep, so every organization list has some: the mentor, a mentee without
    a profile (what the sweep's cohort runs name) and a member for the sweep to remove joined
    the shared organization; another organization invited the applicant's address."""

    mentee_id: str
    removable_id: str
    invitation_id: str


@dataclass
class Samples:
    """What the sample values of one caller's operations come from."""

    platform: Platform
    account: Account | None
    organization: Organization
    mentor: Account
    disposable_simulation: Callable[[], str]
    mentorship: SweptMentorship
    cohort_run_id: str
    members: SweptOrganization
    webhook_event_id: str

    def newest_notification(self) -> str:
        assert self.account is not None
        found = gql(self.platform, "{ me { notifications(first: 1) { edges { node { id } } } } }",
                    self.account.token)
        [edge] = found["data"]["me"]["notifications"]["edges"]
        return str(edge["node"]["id"])

    def ledger_event(self) -> str:
        """The event behind the caller's newest notice: its ledger has what they were told; the
        organization's, the event its endpoint was sent, so the ledger shows each attempt."""
        assert self.account is not None
        if self.account.id == self.organization.id:
            return self.webhook_event_id
        found = gql(self.platform, "{ me { notifications(first: 1) { edges { node { eventId } } "
                                   "} } }", self.account.token)
        [edge] = found["data"]["me"]["notifications"]["edges"]
        return str(edge["node"]["eventId"])

    def newest_request(self) -> str:
        """The request the sweep's ``requestMentorship`` made: the applicant's newest open one."""
        assert self.account is not None
        found = gql(self.platform, "{ me { mentorships(status: REQUESTED, first: 1) { edges "
                                   "{ node { id } } } } }", self.account.token)
        [edge] = found["data"]["me"]["mentorships"]["edges"]
        return str(edge["node"]["id"])

    def cohort_run(self) -> str:
        """A draft of the organization's: its mentee has no profile, so publishing asks nobody."""
        made = gql(self.platform, 'mutation($e: ID!, $t: ID!) { runMentorCohort(input: {name: '
                                  '"sweep", menteeIds: [$e], mentorIds: [$t]}) { id } }',
                   self.organization.token, {"e": self.members.mentee_id, "t": self.mentor.id})
        return str(made["data"]["runMentorCohort"]["id"])

    def fresh_code(self) -> str:
        """A new invitation code of the shared organization (one use)."""
        return invitation_code(self.platform, self.organization)

    def newest_goal(self) -> str:
        """A goal the sweep's ``addMentorshipGoal`` added to the active mentorship."""
        assert self.account is not None
        found = gql(self.platform, "{ me { mentorships(status: ACTIVE, first: 5) { edges { node "
                                   "{ id trackedGoals { id } } } } } }", self.account.token)
        return next(str(edge["node"]["trackedGoals"][0]["id"])
                    for edge in found["data"]["me"]["mentorships"]["edges"]
                    if edge["node"]["id"] == self.mentorship.active_id)

    def verification_token(self) -> str:
        """What the emailed link of the caller would carry (tests/e2e/test_email_verification.py
        follows a real one)."""
        assert self.account is not None
        return issue_verification_token(self.account.id, self.account.email,
                                        self.platform.jwt_secret, 3600)[0]

    def webhook_endpoint(self) -> str:
        """The organization's first endpoint (the sweep's ``createWebhookEndpoint`` made it)."""
        found = gql(self.platform, "{ me { webhookEndpoints { id } } }", self.organization.token)
        return str(found["data"]["me"]["webhookEndpoints"][0]["id"])

    def webhook_message(self) -> str:
        """The message the sweep's ``sendTestWebhook`` queued."""
        found = gql(self.platform, "{ me { webhookEndpoints { messages(first: 1) { edges { node "
                                   "{ id } } } } } }", self.organization.token)
        [edge] = found["data"]["me"]["webhookEndpoints"][0]["messages"]["edges"]
        return str(edge["node"]["id"])

    def report(self) -> dict[str, Any]:
        assert self.account is not None
        ids = program_ids(self.platform, self.account.token, 2, "Family Medicine")
        return {"seasonYear": REPORTED_SEASON, "matched": False,
                "applications": [{"programId": i, "invited": False} for i in ids]}


SAMPLES: dict[str, Callable[[Samples], Any]] = {
    # by argument name
    "first": lambda s: 3, "eligible": lambda s: True, "specialty": lambda s: "Internal Medicine",
    "state": lambda s: "NY", "tier": lambda s: "reach", "unmatched": lambda s: False,
    "applicantIds": lambda s: ["A000000", "A000001", "A000002"],
    "options": lambda s: PLAN_OPTIONS, "profile": lambda s: PROFILE_INPUT,
    # by Type.field.argument
    "Query.program.id": lambda s: "E2E-STEP2",
    "Query.matchSimulation.id": lambda s: s.organization.simulation_id,
    "Mutation.signUp.input": lambda s: {"email": f"sweep-{uuid.uuid4().hex[:8]}@example.org",
                                        "password": PASSWORD, "role": "MENTOR"},
    "Mutation.signIn.email": lambda s: s.account.email if s.account else None,
    "Mutation.signIn.password": lambda s: PASSWORD,
    "Mutation.updateMyProfile.input": lambda s: {**PROFILE_INPUT, "mentee": {
        "goals": ["VISA"], "languages": ["en"], "timeZone": "Asia/Karachi"}},
    "Mutation.updateMyMentorProfile.input": lambda s: {
        "position": "ATTENDING", "specialty": "Internal Medicine", "institution": "Sweep",
        "languages": ["en"], "topics": ["CV"], "capacity": 2, "programId": "E2E-STEP2",
        "organizationId": s.organization.id},
    "Mutation.verifyMentor.mentorId": lambda s: s.mentor.id,
    "Mutation.verifyMentor.verified": lambda s: True,
    "Mutation.reportOutcome.input": Samples.report,
    "Mutation.deleteOutcomeReport.seasonYear": lambda s: REPORTED_SEASON,
    "Mutation.markNotificationRead.id": Samples.newest_notification,
    "Query.deliveryLedger.eventId": Samples.ledger_event,
    # every notice of the shared accounts stays in their inbox: brought back from the archive
    # (where it is not), snoozed for a second
    "Me.notifications.state": lambda s: "INBOX",
    "Mutation.archiveNotification.id": Samples.newest_notification,
    "Mutation.archiveNotification.archived": lambda s: False,
    "Mutation.snoozeNotification.id": Samples.newest_notification,
    "Mutation.snoozeNotification.until": lambda s: (
        datetime.now(UTC) + timedelta(seconds=1)).isoformat(),
    "Mutation.updateNotificationPreferences.input": lambda s: {
        "channels": [{"category": "CALENDAR", "email": False}], "emailDigest": True,
        "digestHour": 7, "quietHours": {"start": "22:00:00", "end": "07:00:00"},
        "timeZone": "America/Chicago"},
    "Mutation.runMatchSimulation.input": lambda s: {
        "name": "sweep", "maxProposals": 10_000_000, "generate": {"applicants": 60, "seed": 3}},
    "Mutation.deleteMatchSimulation.id": lambda s: s.disposable_simulation(),
    "Mutation.requestMentorship.input": lambda s: {
        "mentorId": s.mentorship.third_mentor_id, "message": "A sweep's request",
        "goals": ["CV", "VISA"]},
    "Mutation.withdrawMentorshipRequest.id": Samples.newest_request,
    "Mutation.respondToMentorshipRequest.id": lambda s: s.mentorship.requested_id,
    "Mutation.respondToMentorshipRequest.accept": lambda s: True,
    "Mutation.completeMentorship.id": lambda s: s.mentorship.requested_id,
    "Mutation.cancelMentorship.id": lambda s: s.mentorship.active_id,
    "Query.mentorCohortRun.id": lambda s: s.cohort_run_id,
    "Mutation.runMentorCohort.input": lambda s: {
        "name": "sweep", "menteeIds": [s.members.mentee_id], "mentorIds": [s.mentor.id],
        "minScore": 10},
    "Mutation.publishMentorCohort.id": Samples.cohort_run,
    "mentorshipId": lambda s: s.mentorship.active_id,
    "Mutation.giveMentorshipFeedback.mentorshipId": lambda s: s.mentorship.requested_id,
    "Mutation.giveMentorshipFeedback.rating": lambda s: 4,
    "Mutation.giveMentorshipFeedback.comment": lambda s: "A sweep's feedback",
    "Mutation.reportMentorshipProblem.id": lambda s: s.mentorship.active_id,
    "Mutation.reportMentorshipProblem.reason": lambda s: "OTHER",
    "Mutation.reportMentorshipProblem.details": lambda s: "A sweep's report",
    "Mutation.sendMentorshipMessage.text": lambda s: "A sweep's message",
    "Mutation.addMentorshipGoal.input": lambda s: {
        "title": "A sweep's goal", "topic": "CV", "dueDate": "2027-06-01"},
    "Mutation.setMentorshipGoalStatus.goalId": Samples.newest_goal,
    "Mutation.setMentorshipGoalStatus.status": lambda s: "DONE",
    "Mutation.recordMentorshipCheckIn.input": lambda s: {
        "date": "2026-11-20", "notes": "A sweep's check-in", "nextDate": "2026-12-04"},
    "reason": lambda s: "the sweep's reason",
    "Mutation.resolveMentorshipProblem.input": lambda s: {
        "mentorshipId": s.mentorship.reported_id, "resume": True, "note": "A sweep's note"},
    "Mutation.verifyEmail.token": Samples.verification_token,
    "Mutation.createOrganizationInvitationCode.input": lambda s: {
        "expiresAt": "2030-01-01T00:00:00+00:00", "maxUses": 5},
    "Mutation.revokeOrganizationInvitationCode.code": Samples.fresh_code,
    "Mutation.inviteToOrganization.email": lambda s: f"sweep-{uuid.uuid4().hex[:8]}@example.org",
    "Mutation.joinOrganization.code": Samples.fresh_code,
    "Mutation.acceptOrganizationInvitation.id": lambda s: s.members.invitation_id,
    "Mutation.leaveOrganization.organizationId": lambda s: s.organization.id,
    "Mutation.removeOrganizationMember.accountId": lambda s: s.members.removable_id,
    "Mutation.createWebhookEndpoint.input": lambda s: {
        "url": "https://hooks.example.org/smartpick", "description": "the sweep's",
        "eventTypes": ["org.smartpick.matching.simulation.completed.v1"]},
    "Me.webhookEndpoint.id": Samples.webhook_endpoint,
    "Mutation.updateWebhookEndpoint.id": Samples.webhook_endpoint,
    "Mutation.updateWebhookEndpoint.input": lambda s: {"description": "the sweep's, changed"},
    "Mutation.rotateWebhookSecret.id": Samples.webhook_endpoint,
    "Mutation.sendTestWebhook.id": Samples.webhook_endpoint,
    "Mutation.replayWebhookMessage.id": Samples.webhook_message,
    "Mutation.recoverWebhookMessages.endpointId": Samples.webhook_endpoint,
    "Mutation.recoverWebhookMessages.since": lambda s: "2026-01-01T00:00:00Z",
    "Mutation.setWebhookEndpointEnabled.id": Samples.webhook_endpoint,
    "Mutation.setWebhookEndpointEnabled.enabled": lambda s: True,
}
OMITTED = {"after"}  # paging is walked in test_arguments.py; a cursor needs a page first


@dataclass(frozen=True)
class Selection:
    """One field of an operation: its argument variables and the fields selected under it."""

    parent: str
    name: str
    type: GraphQLOutputType
    variables: tuple[tuple[str, str, str], ...] = ()  # (argument, variable, GraphQL type)
    children: tuple[Selection, ...] = ()

    @property
    def coordinate(self) -> str:
        return f"{self.parent}.{self.name}"

    def render(self) -> str:
        arguments = ", ".join(f"{arg}: ${var}" for arg, var, _ in self.variables)
        inner = " ".join(child.render() for child in self.children)
        return (self.name + (f"({arguments})" if arguments else "")
                + (f" {{ {inner} }}" if inner else ""))

    def walk(self) -> Iterator[Selection]:
        yield self
        for child in self.children:
            yield from child.walk()


def select(parent: GraphQLObjectType, name: str, seen: tuple[str, ...] = ()) -> Selection:
    """``name`` of ``parent`` with every field below it, each argument given a variable."""
    definition = parent.fields[name]
    variables = tuple((arg, f"{parent.name}_{name}_{arg}", str(argument.type))
                      for arg, argument in definition.args.items()
                      if arg not in OMITTED and _has_sample(parent.name, name, arg))
    for arg, argument in definition.args.items():
        if isinstance(argument.type, GraphQLNonNull) and argument.default_value is None:
            assert _has_sample(parent.name, name, arg), \
                f"add a sample value for {parent.name}.{name}({arg}:) to SAMPLES"
    named: GraphQLNamedType = get_named_type(definition.type)
    assert not is_abstract_type(named), f"{named} is abstract: teach the sweep fragments"
    children: tuple[Selection, ...] = ()
    if not is_leaf_type(named) and isinstance(named, GraphQLObjectType):
        assert named.name not in seen, f"{named.name} refers to itself: bound the sweep's depth"
        children = tuple(select(named, child, (*seen, named.name)) for child in named.fields)
    return Selection(parent.name, name, definition.type, variables, children)


def _has_sample(parent: str, name: str, arg: str) -> bool:
    return f"{parent}.{name}.{arg}" in SAMPLES or arg in SAMPLES


def _sample(parent: str, name: str, arg: str) -> Callable[[Samples], Any]:
    return SAMPLES.get(f"{parent}.{name}.{arg}") or SAMPLES[arg]


def without(selection: Selection, coordinates: set[str]) -> Selection:
    kept = tuple(without(child, coordinates) for child in selection.children
                 if child.coordinate not in coordinates)
    return replace(selection, children=kept)


def reaching(selection: Selection, coordinate: str) -> Selection | None:
    """Only the branches of ``selection`` that lead to ``coordinate``, which alone is selected
    at its end (beside ``__typename``, so its object is never empty)."""
    if selection.coordinate == coordinate:
        return selection
    kept = tuple(found for child in selection.children
                 if (found := reaching(child, coordinate)) is not None)
    if not kept:
        return None
    if any(child.coordinate == coordinate for child in kept):
        kept = (*kept, Selection(coordinate.split(".")[0], "__typename",
                                 GraphQLNonNull(GraphQLString)))
    return replace(selection, children=kept)


@dataclass(frozen=True)
class Operation:
    caller: str
    kind: str  # "query" or "mutation"
    root: Selection
    label: str
    known_failure: str | None = None

    @property
    def id(self) -> str:
        return f"{self.caller}: {self.label}"

    def text(self) -> str:
        variables = [v for s in self.root.walk() for v in s.variables]
        declared = ", ".join(f"${var}: {kind}" for _, var, kind in variables)
        return f"{self.kind}{f'({declared})' if declared else ''} {{ {self.root.render()} }}"

    def values(self, samples: Samples) -> dict[str, Any]:
        return {var: _sample(s.parent, s.name, arg)(samples)
                for s in self.root.walk() for arg, var, _ in s.variables}


def operations() -> list[Operation]:
    """The sweep: per caller, one operation per root field, and per field of ``me``."""
    found: list[Operation] = []
    known = set(KNOWN_FAILURES)
    mutation_order = [c.split(".")[1] for c in CALLERS if c.startswith("Mutation.")]
    for kind, root in (("query", SCHEMA.query_type), ("mutation", SCHEMA.mutation_type)):
        assert root is not None
        names = list(root.fields)
        if kind == "mutation":
            names.sort(key=lambda n: mutation_order.index(n) if n in mutation_order else -1)
        for name in names:
            callers = CALLERS.get(f"{root.name}.{name}")
            assert callers, f"say in CALLERS who calls {root.name}.{name}"
            whole = select(root, name)
            parts = [(name, whole)]
            if name == "me":  # one operation per list of the account, each with the scalars
                leaves = tuple(c for c in whole.children if not c.children)
                parts = [(f"me.{c.name}", replace(whole, children=(*leaves, c)))
                         for c in whole.children if c.children]
            for caller in callers:
                for label, selection in parts:
                    found.append(Operation(caller, kind, without(selection, known), label))
                    for coordinate, reason in KNOWN_FAILURES.items():
                        if (apart := reaching(selection, coordinate)) is not None:
                            found.append(Operation(caller, kind, apart,
                                                   f"{label} ({coordinate})", reason))
    return found


OPERATIONS = operations()


def reachable_fields() -> set[str]:
    """Every Type.field reachable from the roots' results, the root fields included."""
    fields: set[str] = set()
    pending: list[GraphQLObjectType] = [t for t in (SCHEMA.query_type, SCHEMA.mutation_type)
                                        if t is not None]
    done: set[str] = set()
    while pending:
        current = pending.pop()
        if current.name in done:
            continue
        done.add(current.name)
        for name, definition in current.fields.items():
            fields.add(f"{current.name}.{name}")
            named = get_named_type(definition.type)
            if isinstance(named, GraphQLObjectType):
                pending.append(named)
    return fields


@dataclass
class Coverage:
    answered: set[str] = field(default_factory=set)  # present in a non-null object of a response
    ran: set[str] = field(default_factory=set)


COVERAGE = Coverage()


def problems_in(operation: Operation, result: dict[str, Any]) -> list[str]:
    errors = result.get("errors") or []
    error_paths = [tuple(error.get("path") or ()) for error in errors]
    problems = []
    refused = REFUSED.get(operation.id)
    for error in errors:
        code = (error.get("extensions") or {}).get("code")
        if code != refused:
            problems.append(f"{code} at {error.get('path')}: {error.get('message')}")

    def check(selection: Selection, value: Any, path: tuple[Any, ...],
              kind: GraphQLOutputType) -> None:
        if value is None:
            explained = any(p[:len(path)] == path for p in error_paths)
            if isinstance(kind, GraphQLNonNull) and not explained:
                problems.append(f"null at {'.'.join(map(str, path))} where the schema says "
                                f"{selection.type}")
            return
        if isinstance(kind, GraphQLNonNull):
            check(selection, value, path, kind.of_type)
        elif isinstance(kind, GraphQLList):
            for index, item in enumerate(value):
                check(selection, item, (*path, index), kind.of_type)
        elif selection.children:
            for child in selection.children:
                if child.name == "__typename":
                    continue
                if child.name not in value:
                    problems.append(f"{child.coordinate} missing at {'.'.join(map(str, path))}")
                    continue
                COVERAGE.answered.add(child.coordinate)
                check(child, value[child.name], (*path, child.name), child.type)

    data = result.get("data")
    if data is None:
        if not errors:
            problems.append("no data and no error")
    else:
        root = operation.root
        if data.get(root.name) is not None:
            COVERAGE.answered.add(root.coordinate)
        check(root, data.get(root.name), (root.name,), root.type)
    return problems


@pytest.fixture(scope="module")
def disposable_simulation(platform: Platform, organization: Organization) -> Iterator[str]:
    """A finished simulation of the shared organization for deleteMatchSimulation to delete."""
    queued = gql(platform, 'mutation { runMatchSimulation(input: {name: "to delete", generate: '
                           '{applicants: 40, seed: 5}}) { id } }', organization.token)
    simulation_id: str = queued["data"]["runMatchSimulation"]["id"]
    assert wait_finished(platform, organization.token, simulation_id)["status"] == "SUCCEEDED"
    # Deleting waits until the completion event is out and marked: its notification says it is
    # out, and the relay marks it right after (a few seconds when it is busy with a sweep).
    notification_for(platform, organization.token, simulation_id)
    time.sleep(5)
    yield simulation_id


@pytest.fixture(scope="module")
def swept_mentorship(platform: Platform, populated_applicant: Applicant,
                     mentor: Account, organization: Organization) -> SweptMentorship:
    list_mentor(platform, mentor.id, organization_id=organization.id)
    other, third = listed_mentor(platform), listed_mentor(platform)

    def request(mentor_id: str, mentee: Account = populated_applicant) -> str:
        asked = gql(platform, 'mutation($m: ID!) { requestMentorship(input: {mentorId: $m}) '
                              '{ id } }', mentee.token, {"m": mentor_id})
        assert "errors" not in asked, asked
        return str(asked["data"]["requestMentorship"]["id"])

    def accept(by: Account, mentorship_id: str) -> None:
        accepted = gql(platform, 'mutation($id: ID!) { respondToMentorshipRequest(id: $id, '
                                 'accept: true) { status } }', by.token, {"id": mentorship_id})
        assert "errors" not in accepted, accepted

    active = request(other.id)
    accept(other, active)
    reporter = new_account(platform)
    reported = request(mentor.id, reporter)
    accept(mentor, reported)
    paused = gql(platform, 'mutation($id: ID!) { reportMentorshipProblem(id: $id, reason: OTHER, '
                           'details: "A sweep\'s report") { status } }', reporter.token,
                 {"id": reported})
    assert "errors" not in paused, paused
    return SweptMentorship(request(mentor.id, new_account(platform)), active, third.id, reported)


@pytest.fixture(scope="module")
def swept_cohort(platform: Platform, organization: Organization) -> str:
    """A published cohort run of the organization's, listed before the sweep: one pair sent,
    one refused, so every field of a run has an answer."""
    return published_cohort(platform, organization)


@pytest.fixture(scope="module")
def swept_organization(platform: Platform, populated_applicant: Applicant, mentor: Account,
                       organization: Organization) -> SweptOrganization:
    mentee, removable = new_account(platform), new_account(platform)
    for member in (mentor, mentee, removable):
        join(platform, organization, member)
    elsewhere = new_account(platform, "ORG_ADMIN")
    invited = gql(platform, 'mutation($e: String!) { inviteToOrganization(email: $e) { id } }',
                  elsewhere.token, {"e": populated_applicant.email})
    assert "errors" not in invited, invited
    return SweptOrganization(mentee.id, removable.id,
                             str(invited["data"]["inviteToOrganization"]["id"]))


@pytest.fixture(scope="module")
def swept_webhook(platform: Platform, organization: Organization) -> Iterator[str]:
    """The organization's endpoint on a loopback partner, sent a simulation it ran before the
    sweep: the id of that event, whose ledger shows the delivery's attempts. The partner
    listens until the sweep ends (the sweep sends it a test message, replays, recovers)."""
    with partner_endpoint() as (url, server):
        assert "errors" not in create(platform, organization, url)
        run_simulation(platform, organization)
        deadline = time.monotonic() + 60
        while True:
            [endpoint, *_] = gql(platform, "{ me { webhookEndpoints { messages(first: 1) { edges "
                                           "{ node { eventId status } } } } } }",
                                 organization.token)["data"]["me"]["webhookEndpoints"]
            [edge] = endpoint["messages"]["edges"] or [None]
            if edge is not None and edge["node"]["status"] == "delivered":
                break
            assert time.monotonic() < deadline, f"not delivered to the partner: {edge}"
            time.sleep(0.2)
        assert len(server.received) == 1
        yield str(edge["node"]["eventId"])


@pytest.fixture(scope="module")
def accounts(platform: Platform, populated_applicant: Applicant, mentor: Account,
             organization: Organization) -> dict[str, Account | None]:
    return {"anonymous": None, "applicant": populated_applicant, "mentor": mentor,
            "organization": organization}


def _marks(operation: Operation) -> list[pytest.MarkDecorator]:
    if operation.known_failure is None:
        return []
    return [pytest.mark.xfail(strict=False, reason=operation.known_failure)]


@pytest.mark.parametrize("operation", [pytest.param(o, id=o.id, marks=_marks(o))
                                       for o in OPERATIONS])
def test_every_field_answers_without_internal_errors_or_nulls_where_non_null(
    platform: Platform, accounts: dict[str, Account | None], organization: Organization,
    mentor: Account, unlimited_gateway: str, swept_mentorship: SweptMentorship,
    swept_cohort: str, swept_organization: SweptOrganization, swept_webhook: str,
    request: pytest.FixtureRequest, operation: Operation,
) -> None:
    account = accounts[operation.caller]
    samples = Samples(platform, account, organization, mentor,
                      lambda: str(request.getfixturevalue("disposable_simulation")),
                      swept_mentorship, swept_cohort, swept_organization, swept_webhook)
    headers = {"authorization": f"Bearer {account.token}"} if account else {}
    # tryPlan is limited per client address, and other tests use up this machine's limit
    url = unlimited_gateway if operation.root.name == "tryPlan" else platform.graphql
    response = httpx.post(url, timeout=60, headers=headers, json={
        "query": operation.text(), "variables": operation.values(samples)})
    assert response.status_code < 500, response.text
    COVERAGE.ran.add(operation.id)
    result = response.json()
    problems = problems_in(operation, result)
    assert problems == [], f"{operation.text()}\n{str(result)[:3000]}"


def test_the_sweep_selects_every_reachable_field() -> None:
    """Coverage of the sweep itself: nothing reachable is left out (the known failures are
    swept apart), and every field selected came back in some answer."""
    every = reachable_fields()
    selected = {s.coordinate for o in OPERATIONS for s in o.root.walk()
                if not s.name.startswith("__")}
    assert every - selected == set()
    if not {o.id for o in OPERATIONS if o.known_failure is None} <= COVERAGE.ran:
        pytest.skip("only part of the sweep ran: no answers to count")
    unanswered = every - COVERAGE.answered - set(KNOWN_FAILURES)
    print(f"schema sweep: {len(selected)} of {len(every)} fields selected, "
          f"{len(COVERAGE.answered & every)} answered, in {len(OPERATIONS)} operations")
    assert unanswered == set()
