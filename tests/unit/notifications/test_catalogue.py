"""The catalogue files each kind under one category; a stored notice of a kind it no longer
lists is an account notice (it cannot be switched off, so it is never lost from view)."""

from __future__ import annotations

from services.notifications.catalogue import KINDS, Category, category_of, kind_of


def test_each_kind_is_filed_under_its_category() -> None:
    assert category_of("RECOMMENDATIONS_READY") is Category.RECOMMENDATIONS
    assert category_of("MENTORSHIP_PROBLEM_REPORTED") is Category.ORGANIZATION
    assert category_of("MENTOR_SUGGESTIONS") is Category.MENTORSHIP
    assert category_of("CALENDAR_REMINDER") is Category.CALENDAR
    assert category_of("ACCOUNT_EMAIL_VERIFIED") is Category.ACCOUNT
    assert category_of("A_KIND_SINCE_RETIRED") is Category.ACCOUNT
    assert {kind.category for kind in KINDS.values()} == set(Category)


def test_only_account_notices_are_mandatory() -> None:
    assert [k.name for k in KINDS.values() if k.mandatory] == [
        "ACCOUNT_VERIFY_EMAIL", "ACCOUNT_EMAIL_VERIFIED"]
    assert not kind_of("MENTORSHIP_MESSAGE").mandatory
