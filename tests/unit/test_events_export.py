"""The committed event schemas and AsyncAPI document match the code."""

from pathlib import Path

from smartpick.events import EVENT_TYPES
from smartpick.events_export import DEFAULT_DIR, asyncapi, rendered


def test_committed_event_docs_are_up_to_date() -> None:
    expected = rendered()
    committed = {path.name: path.read_text() for path in Path(DEFAULT_DIR).glob("*.json")}
    assert committed == expected, "run `smartpick events export` and commit docs/events/"


def test_every_event_type_is_versioned_and_named_in_the_past_tense() -> None:
    for event_type, cls in EVENT_TYPES.items():
        assert event_type.startswith("org.smartpick.") and event_type.rsplit(".", 1)[1][0] == "v"
        # "Left": an irregular past tense, the name clients of organizations' events rely on
        assert cls.__name__.endswith(("ed", "Ready", "Left")), cls.__name__


def test_asyncapi_lists_every_event_on_its_topic() -> None:
    document = asyncapi()
    assert document["asyncapi"] == "3.0.0"
    addresses = {channel["address"] for channel in document["channels"].values()}
    assert {cls.topic for cls in EVENT_TYPES.values()} <= addresses
    assert set(document["components"]["messages"]) == {c.__name__ for c in EVENT_TYPES.values()}
