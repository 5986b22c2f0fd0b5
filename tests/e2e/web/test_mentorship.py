"""The mentorship pages in a browser, with two people in two browser contexts: a mentor fills
their profile, an applicant finds them in the search with its reasons, asks, withdraws and asks
again, the mentor declines another applicant's request and accepts, both write in the thread of
the mentorship's dashboard, and the applicant records a check-in, completes and rates it.

Accounts and the applicant's profile come through GraphQL (the account pages have browser tests
of their own); the mentor profile, the request, the acceptance and the messages go through the
pages. The language (Igbo) keeps this test's search apart from the other tests' mentors.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from tests.e2e.accounts import Account, new_account
from tests.e2e.conftest import Platform
from tests.e2e.test_journey import gql
from tests.e2e.test_mentorships import request as ask
from tests.e2e.web.conftest import Watched, Web, sign_in, watched_context

pytestmark = pytest.mark.e2e
LANGUAGE, LANGUAGE_NAME = "ig", "Igbo"
OTHER_REQUEST = "Can you review my personal statement?"
FIND = ("query($l: String!) { mentors(language: $l, first: 50) "
        "{ edges { node { mentor { id } reasons } } } }")


@pytest.fixture
def second(browser: Browser) -> Iterator[Watched]:
    """Another person's page, in a context of its own, watched like ``watched``."""
    with watched_context(browser) as found:
        yield found


def choose(page: Page, label: str, option: str) -> None:
    """Pick ``option`` in a Mantine Select or MultiSelect, by typing as a keyboard user would."""
    field = page.get_by_label(label, exact=True).and_(page.locator("input"))
    field.click()
    field.fill(option)
    page.get_by_role("option", name=option, exact=True).click()


def wait_until_listed(platform: Platform, applicant: Account, mentor: Account) -> None:
    """Profiles reach matching as events: wait until the search gives the language's reason."""
    deadline = time.monotonic() + 60
    while True:
        edges = gql(platform, FIND, applicant.token, {"l": LANGUAGE})["data"]["mentors"]["edges"]
        if any(edge["node"]["mentor"]["id"] == mentor.id
               and f"speaks {LANGUAGE_NAME}" in edge["node"]["reasons"] for edge in edges):
            return
        assert time.monotonic() < deadline, "the mentor never showed in the search"
        time.sleep(0.5)


def listitem(page: Page, name: str) -> Locator:
    return page.get_by_role("listitem", name=name, exact=True)


def withdraw_and_ask_again(applicant: Page, card: Locator) -> None:
    """The applicant withdraws the waiting request, which frees the mentor to be asked again."""
    mine = listitem(applicant, "Your request to a mentor")
    expect(mine).to_contain_text("Waiting for an answer")
    mine.get_by_role("button", name="Withdraw").click()
    expect(mine).to_contain_text("Withdrawn")
    card.get_by_role("button", name="Request mentorship").click()
    card.get_by_label("Message to the mentor").fill("Could you help me prepare interviews?")
    card.get_by_role("button", name="Send request").click()
    expect(card).to_contain_text("You asked this mentor.")
    expect(mine.filter(has_text="Waiting for an answer")).to_have_count(1)


def check_in_complete_and_rate(applicant: Page) -> None:
    """On the mentorship's page: a meeting recorded, the mentorship completed, then rated."""
    check_in = applicant.get_by_role("form", name="Record a check-in")
    check_in.get_by_label("Notes").fill("Went through three interview questions")
    check_in.get_by_role("button", name="Record check-in").click()
    expect(applicant.get_by_role("region", name="Check-ins")).to_contain_text(
        "Went through three interview questions")
    applicant.get_by_role("button", name="Mark completed").click()
    feedback = applicant.get_by_role("form", name="Give feedback")
    feedback.get_by_label("Comment").fill("Very helpful")
    feedback.get_by_role("button", name="Give feedback").click()
    expect(applicant.get_by_role("region", name="Your feedback")).to_contain_text(
        "You rated it 5 out of 5")


def test_a_mentorship_is_requested_accepted_and_written_in_across_two_browsers(
    platform: Platform, web: Web, watched: Watched, second: Watched,
    check_page: Callable[[Page, str], None],
) -> None:
    mentor_account, applicant_account = new_account(platform, "MENTOR"), new_account(platform)
    profiled = gql(platform, "mutation($p: ProfileInput!) { updateMyProfile(input: $p) { visa } }",
                   applicant_account.token, {"p": {
                       "applicantType": "NON_US_IMG", "graduationYear": 2022, "visa": "J1",
                       "specialties": ["Internal Medicine"],
                       "mentee": {"goals": ["INTERVIEW_PREPARATION"], "languages": [LANGUAGE]}}})
    assert "errors" not in profiled, profiled
    mentor, applicant = watched.page, second.page
    sign_in(mentor.context, mentor_account, "MENTOR")
    sign_in(applicant.context, applicant_account)
    institution = f"Enugu Teaching Hospital {uuid.uuid4().hex[:6]}"

    mentor.goto(web.url + "/mentoring")
    expect(mentor.get_by_role("heading", name="Your mentor profile")).to_be_visible()
    mentor.get_by_label("Institution").fill(institution)
    choose(mentor, "Languages you mentor in", LANGUAGE_NAME)
    choose(mentor, "Topics you help with", "Interview preparation")
    mentor.get_by_label("I was an international medical graduate").check()
    mentor.get_by_role("button", name="Save mentor profile").click()
    expect(mentor.get_by_role("status")).to_contain_text("Profile saved")
    wait_until_listed(platform, applicant_account, mentor_account)

    applicant.goto(web.url + "/mentors")
    choose(applicant, "Language", LANGUAGE_NAME)
    card = applicant.get_by_role("article", name=f"Attending, Internal Medicine at {institution}")
    expect(card.get_by_role("list", name="Why this mentor")).to_contain_text(
        f"speaks {LANGUAGE_NAME}")
    expect(applicant.get_by_text("best suited first")).to_be_visible()  # the search settled
    check_page(applicant, "mentor-search")
    card.get_by_role("button", name="Request mentorship").click()
    card.get_by_label("Message to the mentor").fill("Could you help me prepare interviews?")
    card.get_by_role("button", name="Send request").click()
    expect(card).to_contain_text("You asked this mentor.")
    withdraw_and_ask_again(applicant, card)
    other = ask(platform, new_account(platform), mentor_account.id, OTHER_REQUEST)
    assert "errors" not in other, other

    mentor.reload()
    requests = listitem(mentor, "Request from an applicant")
    requests.filter(has_text=OTHER_REQUEST).get_by_role("button", name="Decline").click()
    expect(requests).to_have_count(1)
    request = requests.filter(has_text="Could you help me prepare interviews?")
    expect(request).to_be_visible()
    check_page(mentor, "mentoring")
    request.get_by_label("How this mentee can reach you").fill("mentor@example.org")
    request.get_by_role("button", name="Accept").click()
    expect(mentor.get_by_test_id("capacity")).to_have_text("Mentoring 1 of 2")

    applicant.reload()
    accepted = listitem(applicant, "Your request to a mentor").filter(has_text="Active")
    expect(accepted).to_have_count(1)
    accepted.get_by_role("link", name="Open the mentorship").click()
    expect(applicant.get_by_text("Reach your mentor at: mentor@example.org")).to_be_visible()
    applicant.get_by_label("Your message").fill("Thank you for accepting!")
    applicant.get_by_role("button", name="Send message").click()
    expect(applicant.get_by_role("list", name="Message thread")).to_contain_text(
        "Thank you for accepting!")
    applicant.get_by_role("textbox", name="Goal").fill("Two mock interviews")
    applicant.get_by_label("Due date").fill("2030-01-15")
    applicant.get_by_role("button", name="Add goal", exact=True).click()
    status = applicant.get_by_label("Status of Two mock interviews", exact=True).and_(
        applicant.locator("input"))
    expect(status).to_have_value("Open")
    check_page(applicant, "mentorship")
    status.click()
    applicant.get_by_role("option", name="Done", exact=True).click()
    expect(status).to_have_value("Done")

    listitem(mentor, "Mentee").get_by_role("link", name="Open the mentorship").click()
    thread = mentor.get_by_role("list", name="Message thread")
    expect(thread).to_contain_text("Thank you for accepting!")
    mentor.get_by_label("Your message").fill("Glad to help. Let us start on Monday.")
    mentor.get_by_role("button", name="Send message").click()
    expect(thread).to_contain_text("Glad to help.")

    applicant.reload()
    expect(applicant.get_by_role("list", name="Message thread")).to_contain_text("Glad to help.")
    check_in_complete_and_rate(applicant)
