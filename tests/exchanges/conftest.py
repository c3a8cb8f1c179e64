"""Fixtures for exchanges: two organisations that signed the network's agreement, a person of
the lending one on the borrowing one's shortlist, and a second request at the same times."""

import pytest

from matching import services as matching_services
from matching.selectors.offers import forget_matrix
from network import roles
from network.choices import Visibility
from network.factories import person_with_role
from tests.matching.scenarios import admin, ask, offer, organisation, person, window


@pytest.fixture(autouse=True)
def _fresh_offer_matrix():
    forget_matrix()
    yield
    forget_matrix()


@pytest.fixture
def world(db):
    borrower = organisation("Haven Logistiek", town="Utrecht")
    lender = organisation("Zorg Lenen", sector="healthcare", town="Amersfoort")
    borrower_admin = admin(borrower, first_name="Bram")
    lender_admin = admin(lender, first_name="Lena")
    anna = person(lender, first_name="Anna", last_name="Woensdag", visibility=Visibility.HIDDEN)
    bert = person(lender, first_name="Bert", last_name="Dinsdag")
    anna_offer = offer(anna, [window(2, "08:00", "16:00")], cost="52.50")
    bert_offer = offer(bert, [window(2, "08:00", "16:00")])
    request = ask(borrower, [window(2, "08:00", "16:00")], title="Planner op woensdag")
    second = ask(borrower, [window(2, "09:00", "13:00")], title="Tweede vraag, zelfde dag")
    for availability in (anna_offer, bert_offer):
        matching_services.shortlist_add(
            request=request, availability=availability, actor=borrower_admin
        )
    matching_services.shortlist_add(request=second, availability=anna_offer, actor=borrower_admin)
    outsider_org = organisation("Derde Partij", town="Utrecht")
    return {
        "borrower": borrower,
        "lender": lender,
        "borrower_admin": borrower_admin,
        "lender_admin": lender_admin,
        "anna": anna,
        "bert": bert,
        "anna_offer": anna_offer,
        "bert_offer": bert_offer,
        "request": request,
        "second": second,
        "outsider": admin(outsider_org, first_name="Otto"),
        "member": person_with_role(organisation=outsider_org, roles=[roles.MEMBERS]).user,
    }
