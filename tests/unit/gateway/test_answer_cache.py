"""The answer cache (gateway/answer_cache.py) alone: hits until an event, a TTL, its bounds,
tickets refused after an invalidation, and nothing at all while its events are not current."""

from __future__ import annotations

from gateway.answer_cache import AnswerCache, forget_recommendations
from smartpick.events import CloudEvent, RecommendationsReady


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def cache(entries: int = 10, max_bytes: int = 1000, ttl: float = 60.0,
          clock: Clock | None = None, current: list[bool] | None = None) -> AnswerCache:
    state = current if current is not None else [True]
    return AnswerCache(lambda: state[0], entries=entries, max_bytes=max_bytes, ttl=ttl,
                       clock=clock or Clock())


def fill(answers: AnswerCache, applicant: str, key: str, value: object, size: int = 10) -> bool:
    found, ticket = answers.lookup("page", applicant, key)
    assert found is None and ticket is not None
    return answers.store(ticket, key, value, size)


def test_a_stored_answer_is_found_by_its_account_and_key_only() -> None:
    answers = cache()
    assert fill(answers, "ana", "page-1", {"total": 3})
    assert answers.lookup("page", "ana", "page-1")[0] == {"total": 3}
    assert answers.lookup("page", "ben", "page-1")[0] is None
    assert answers.lookup("page", "ana", "page-2")[0] is None


def test_an_answer_expires_after_the_ttl() -> None:
    clock = Clock()
    answers = cache(ttl=30, clock=clock)
    fill(answers, "ana", "page", "old")
    clock.now = 29.9
    assert answers.lookup("page", "ana", "page")[0] == "old"
    clock.now = 30.0
    assert answers.lookup("page", "ana", "page")[0] is None
    assert len(answers) == 0


def test_the_least_recently_used_answer_goes_past_the_entry_bound() -> None:
    answers = cache(entries=2)
    fill(answers, "ana", "a", 1)
    fill(answers, "ben", "b", 2)
    assert answers.lookup("page", "ana", "a")[0] == 1  # ana's is now the most recent
    fill(answers, "cid", "c", 3)
    assert len(answers) == 2
    assert answers.lookup("page", "ben", "b")[0] is None
    assert answers.lookup("page", "ana", "a")[0] == 1


def test_answers_go_past_the_byte_bound_and_a_too_large_one_is_not_kept() -> None:
    answers = cache(max_bytes=100)
    fill(answers, "ana", "a", 1, size=60)
    fill(answers, "ben", "b", 2, size=60)
    assert answers.bytes == 60 and answers.lookup("page", "ana", "a")[0] is None
    assert not fill(answers, "cid", "c", 3, size=101)
    assert answers.lookup("page", "ben", "b")[0] == 2


async def test_the_event_forgets_only_its_applicants_answers() -> None:
    answers = cache()
    fill(answers, "ana", "a", 1)
    fill(answers, "ana", "b", 2)
    fill(answers, "ben", "a", 3)
    event = RecommendationsReady(applicant_id="ana", eligible_count=1, excluded_count=0,
                                 computed_for="e-1")
    envelope = CloudEvent.new(source="/matching", type=event.event_type, key="ana",
                              data=event.model_dump(mode="json"))
    await forget_recommendations(event, envelope, answers)
    assert answers.lookup("page", "ana", "a")[0] is None
    assert answers.lookup("page", "ana", "b")[0] is None
    assert answers.lookup("page", "ben", "a")[0] == 3


def test_an_answer_fetched_before_an_invalidation_is_not_stored_after_it() -> None:
    answers = cache()
    _, ticket = answers.lookup("page", "ana", "a")
    _, other = answers.lookup("page", "ben", "a")
    assert ticket is not None and other is not None
    answers.invalidate("ana")  # the event arrives while matching's answer is on its way
    assert not answers.store(ticket, "a", "stale", 10)
    assert answers.store(other, "a", "ben's", 10)  # another applicant's is still good
    assert answers.lookup("page", "ana", "a")[0] is None


def test_nothing_is_cached_while_the_events_are_not_current_and_all_is_forgotten() -> None:
    current = [True]
    answers = cache(current=current)
    fill(answers, "ana", "a", 1)
    _, ticket = answers.lookup("page", "ben", "a")
    assert ticket is not None
    current[0] = False  # Kafka is down: an event may pass unseen
    assert answers.lookup("page", "ana", "a") == (None, None)
    assert not answers.store(ticket, "a", 2, 10)
    current[0] = True
    assert answers.lookup("page", "ana", "a")[0] is None  # forgotten, not back
    assert len(answers) == 0


def test_a_cache_of_no_entries_keeps_nothing() -> None:
    assert not fill(cache(entries=0), "ana", "a", 1)
