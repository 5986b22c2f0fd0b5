"""The GraphQL schema clients query, composed from its domains: accounts, profiles, mentors, the
catalog, recommendations, plans, notifications, match simulations, mentorships and mentor
cohort runs (gateway/<domain>.py), each field resolved by one call to the service that owns it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    DisableIntrospection,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.extensions.tracing import OpenTelemetryExtension
from strawberry.types import ExecutionContext

from gateway import (
    accounts,
    catalog,
    cohorts,
    delivery_ledger,
    mentors,
    mentorship_feedback,
    mentorship_progress,
    mentorship_reports,
    mentorship_thread,
    mentorships,
    notification_preferences,
    notifications,
    organizations,
    plans,
    profiles,
    simulations,
    webhooks,
)
from gateway.cost import Limits, QueryCostLimiter
from gateway.errors import MaskUnexpectedErrors, is_coded
from gateway.execution import LeanExecutionContext
from gateway.limits import VariableLimits
from gateway.live_notifications import notification_added
from gateway.live_socket import SubscriptionsOverWebSocket
from gateway.me import me
from gateway.operation_metrics import OperationMetrics, OperationNames
from gateway.settings import Settings
from smartpick.tracing import exporting


@strawberry.type
class Query:
    @strawberry.field(description="Always true while the gateway answers.")
    def health(self) -> bool:
        return True

    me = me
    model = plans.model
    try_plan = plans.try_plan
    programs = catalog.programs
    program = catalog.program
    goal_templates = mentorship_progress.goal_templates
    match_simulation = simulations.match_simulation
    mentors = mentors.find_mentors
    mentor_cohort_run = cohorts.mentor_cohort_run
    delivery_ledger = delivery_ledger.delivery_ledger
    webhook_event_types = webhooks.webhook_event_types


@strawberry.type
class Mutation:
    sign_up = accounts.sign_up
    sign_in = accounts.sign_in
    update_my_profile = profiles.update_my_profile
    report_outcome = profiles.report_outcome
    delete_outcome_report = profiles.delete_outcome_report
    update_my_mentor_profile = mentors.update_my_mentor_profile
    verify_mentor = mentors.verify_mentor
    mark_notification_read = notifications.mark_notification_read
    mark_all_notifications_read = notifications.mark_all_notifications_read
    update_notification_preferences = notification_preferences.update_notification_preferences
    mark_notifications_seen = notifications.mark_notifications_seen
    archive_notification = notifications.archive_notification
    snooze_notification = notifications.snooze_notification
    run_match_simulation = simulations.run_match_simulation
    delete_match_simulation = simulations.delete_match_simulation
    request_mentorship = mentorships.request_mentorship
    respond_to_mentorship_request = mentorships.respond_to_mentorship_request
    withdraw_mentorship_request = mentorships.withdraw_mentorship_request
    cancel_mentorship = mentorships.cancel_mentorship
    complete_mentorship = mentorships.complete_mentorship
    run_mentor_cohort = cohorts.run_mentor_cohort
    publish_mentor_cohort = cohorts.publish_mentor_cohort
    send_mentorship_message = mentorship_thread.send_mentorship_message
    add_mentorship_goal = mentorship_progress.add_mentorship_goal
    set_mentorship_goal_status = mentorship_progress.set_mentorship_goal_status
    record_mentorship_check_in = mentorship_progress.record_mentorship_check_in
    give_mentorship_feedback = mentorship_feedback.give_mentorship_feedback
    report_mentorship_problem = mentorships.report_mentorship_problem
    resolve_mentorship_problem = mentorship_reports.resolve_mentorship_problem
    request_email_verification = accounts.request_email_verification
    verify_email = accounts.verify_email
    create_organization_invitation_code = organizations.create_organization_invitation_code
    revoke_organization_invitation_code = organizations.revoke_organization_invitation_code
    invite_to_organization = organizations.invite_to_organization
    join_organization = organizations.join_organization
    accept_organization_invitation = organizations.accept_organization_invitation
    leave_organization = organizations.leave_organization
    remove_organization_member = organizations.remove_organization_member
    create_webhook_endpoint = webhooks.create_webhook_endpoint
    update_webhook_endpoint = webhooks.update_webhook_endpoint
    rotate_webhook_secret = webhooks.rotate_webhook_secret
    set_webhook_endpoint_enabled = webhooks.set_webhook_endpoint_enabled
    send_test_webhook = webhooks.send_test_webhook
    replay_webhook_message = webhooks.replay_webhook_message
    recover_webhook_messages = webhooks.recover_webhook_messages

QUERIES_CACHED = 256
"""Distinct query texts whose parse and validation are kept: the clients' operations are a few
dozen, and validation was more than half of the gateway's CPU per profile update."""


class GatewaySchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError],
                       execution_context: ExecutionContext | None = None) -> None:
        """Logs only what we did not raise on purpose: a coded error is an answer to a client,
        and logging each with its traceback would let a flood of bad queries fill the logs."""
        super().process_errors([e for e in errors if not is_coded(e)], execution_context)


class LimitedValidationCache(ValidationCache):
    """strawberry's cache of validation, behind the cost limit: an operation the limit refused
    is neither validated nor cached, and the limit still counts each request's variables."""

    def on_validate(self) -> Iterator[None]:
        if self.execution_context.pre_execution_errors:
            yield
            return
        yield from super().on_validate()


def build_schema(settings: Settings) -> strawberry.Schema:
    """The schema with the limits of ``settings``, and introspection only where the schema is
    discoverable; each operation gets fresh extensions (they keep per-operation state)."""
    extensions: list[Callable[[], SchemaExtension]] = [
        partial(OperationMetrics, OperationNames()),
        partial(VariableLimits, settings.max_list_items, settings.max_string_chars),
        partial(MaxTokensLimiter, max_token_count=2000),
        partial(ParserCache, maxsize=QUERIES_CACHED),
        partial(QueryCostLimiter, Limits(cost=settings.max_query_cost,
                                         depth=settings.max_query_depth,
                                         aliases=settings.max_query_aliases)),
        partial(LimitedValidationCache, maxsize=QUERIES_CACHED),
        *([] if settings.schema_discoverable else [DisableIntrospection]),
        MaskUnexpectedErrors,
        SubscriptionsOverWebSocket,
        # a span per operation and per resolver where spans are exported (smartpick/tracing.py);
        # arguments are personal data (a profile's input), so none becomes a span attribute.
        # Only then: its resolve hook makes every field awaitable, which costs each field of
        # every answer and stops the schema's synchronous introspection (export, tests).
        *([partial(OpenTelemetryExtension, arg_filter=lambda arguments, info: {})]
          if exporting() else []),
    ]
    return GatewaySchema(query=Query, mutation=Mutation, subscription=Subscription,
                         extensions=extensions, execution_context_class=LeanExecutionContext)


@strawberry.type
class Subscription:
    """Over WebSocket (graphql-transport-ws) at /graphql; gateway/live_socket.py."""

    notification_added = notification_added
