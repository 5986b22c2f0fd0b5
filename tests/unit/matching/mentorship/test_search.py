"""Mentor search: each filter, the ranking, free capacity and how a mentor answers requests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from services.matching.mentorship.search import (
    MentorFilter,
    RequestAnswer,
    Standing,
    Suggestion,
    free_capacity,
    search,
)
from smartpick.events.mentoring import MentorTopic
from tests.unit.matching.mentorship.people import mentee, mentor

AT = datetime(2026, 11, 29, 12, tzinfo=UTC)


def ids(found: list[Suggestion]) -> list[str]:
    return [s.mentor.id for s in found]


def test_the_best_match_comes_first_with_its_reasons() -> None:
    close = mentor("a", specialty="Internal Medicine", languages=["en", "ur"])
    far = mentor("b")
    found = search(mentee(), [far, close], MentorFilter(), {}, AT)
    assert ids(found) == ["a", "b"]
    assert found[0].reasons == ("same specialty: Internal Medicine", "speaks Urdu")
    assert found[0].score > found[1].score == 0


def test_ties_keep_the_mentor_id_order() -> None:
    found = search(mentee(), [mentor("c"), mentor("a"), mentor("b")], MentorFilter(), {}, AT)
    assert ids(found) == ["a", "b", "c"]


@pytest.mark.parametrize(("wanted", "expected"), [
    (MentorFilter(specialty="Internal Medicine"), ["im"]),
    (MentorFilter(topic=MentorTopic.VISA), ["im"]),
    (MentorFilter(language="ur"), ["im"]),
    (MentorFilter(state="NY"), ["im"]),
    (MentorFilter(img_background=True), ["im"]),
    (MentorFilter(img_background=False), ["surgeon"]),
    (MentorFilter(program_id="P1"), ["im"]),
    (MentorFilter(specialty="Internal Medicine", language="es"), []),
])
def test_each_filter_narrows_the_directory(wanted: MentorFilter, expected: list[str]) -> None:
    im = mentor("im", specialty="Internal Medicine", topics=["visa"], languages=["ur"],
                state="NY", was_img=True, training_country="PK", program_id="P1")
    assert ids(search(mentee(), [im, mentor("surgeon")], wanted, {}, AT)) == expected


def test_only_available_leaves_out_full_and_closed_mentors() -> None:
    full, closed, open_ = (mentor("full", capacity=2), mentor("closed", accepting_mentees=False),
                           mentor("open", capacity=2))
    standings = {"full": Standing(active=2), "open": Standing(active=1)}
    found = search(mentee(), [full, closed, open_], MentorFilter(only_available=True),
                   standings, AT)
    assert ids(found) == ["open"] and found[0].free_capacity == 1
    assert len(search(mentee(), [full, closed, open_], MentorFilter(), standings, AT)) == 3


def test_a_capacity_lowered_under_the_active_count_leaves_no_room_and_drops_nobody() -> None:
    assert free_capacity(mentor(capacity=1), Standing(active=3)) == 0


def test_the_mentee_never_finds_themself() -> None:
    assert search(mentee("x"), [mentor("x"), mentor("y")], MentorFilter(), {}, AT)[0].mentor.id \
        == "y"


def test_response_rate_and_median_response_time() -> None:
    asked = AT - timedelta(days=20)
    requests = [RequestAnswer(asked, asked + timedelta(hours=2)),
                RequestAnswer(asked, asked + timedelta(hours=10)),
                RequestAnswer(asked, asked + timedelta(hours=30)),
                RequestAnswer(asked, expired=True),
                RequestAnswer(AT)]  # still open: not judged yet
    standing = Standing.of(active=2, requests=requests)
    assert standing.active == 2
    assert standing.response_rate == 0.75
    assert standing.median_response_hours == 10


def test_a_mentor_with_no_ended_request_has_no_rate_yet() -> None:
    standing = Standing.of(active=0, requests=[RequestAnswer(AT)])
    assert standing.response_rate is None and standing.median_response_hours is None
