"""One profile update is one trace, exported by every app over OTLP/HTTP: the gateway's mutation,
profiles' request, and the matching and notifications handlers the outbox's events reached."""

from __future__ import annotations

import time

import pytest
from opentelemetry.proto.trace.v1.trace_pb2 import Span

from tests.e2e.conftest import Platform
from tests.e2e.test_journey import PROFILE, gql, sign_up, wait_for_me
from tests.trace_receiver import ReceivedSpan, TraceReceiver

pytestmark = pytest.mark.e2e

OPERATION = "TracedProfileUpdate"
APPS = {"gateway", "profiles", "matching", "notifications"}


def spans_of_operation(receiver: TraceReceiver, within: float = 20) -> list[ReceivedSpan]:
    """The spans of the trace of the gateway's ``OPERATION``, once every app has sent some."""
    deadline = time.monotonic() + within
    while True:
        spans = receiver.spans()
        roots = {span.trace_id for span in spans
                 if span.service == "gateway" and OPERATION in span.name}
        found = [span for span in spans if span.trace_id in roots]
        if len(roots) == 1 and {span.service for span in found} >= APPS:
            return found
        if time.monotonic() > deadline:
            services = sorted({span.service for span in found})
            raise AssertionError(f"traces {roots} hold spans of {services} only")
        time.sleep(0.3)


def test_a_profile_update_is_one_trace_from_the_gateway_to_the_notification(
        platform: Platform) -> None:
    assert platform.traces is not None
    token, _ = sign_up(platform)
    result = gql(platform, f"mutation {OPERATION} {{ updateMyProfile(input: {PROFILE}) "
                           "{ step2Score } }", token)
    assert "errors" not in result, result
    wait_for_me(platform, token, lambda me: me["notifications"]["unreadCount"] == 1)
    spans = spans_of_operation(platform.traces)
    kinds = {(span.service, span.kind) for span in spans}
    assert ("gateway", Span.SPAN_KIND_CLIENT) in kinds  # its call to profiles
    assert ("profiles", Span.SPAN_KIND_SERVER) in kinds
    assert ("matching", Span.SPAN_KIND_CONSUMER) in kinds
    assert ("notifications", Span.SPAN_KIND_CONSUMER) in kinds
    # every span but the gateway's request hangs from another span of the trace
    ids = {span.span_id for span in spans}
    orphans = [span for span in spans if span.parent_id and span.parent_id not in ids]
    assert not orphans, orphans
    assert not any(span.name.endswith(("/healthz", "/readyz", "/metrics")) for span in spans)
