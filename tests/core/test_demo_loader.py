"""The demo loader: complete content, and a second run changes nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from actieplaat.models import ElementPage, ThemePage
from cases.models import CaseOrganisation, CasePage
from demo import content_network
from network.models import Organisation, SessionPage
from vocabulary.models import MobilityForm

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "path", "live", "title")),
        "revisions": Revision.objects.count(),
        "organisations": Organisation.objects.count(),
        "forms": MobilityForm.objects.count(),
        "case organisations": CaseOrganisation.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_demo_content_is_complete():
    assert ThemePage.objects.live().count() == 4
    assert ElementPage.objects.live().count() == 20
    assert CasePage.objects.live().count() == len(content_network.CASES) >= 5
    assert SessionPage.objects.live().count() == len(content_network.SESSIONS)
    assert MobilityForm.objects.count() == 6
    assert MobilityForm.objects.get(slug="hybride-functie").yearly_hour_cap == 240
    for slug in (
        "hr-ecosysteem-defensie",
        "civiel-militair-uitwisselingsprogramma",
        "nationale-zorgreserve",
        "hybride-docenten-brainport",
        "expertgroep-arbeidsmobiliteit",
    ):
        assert CasePage.objects.live().filter(slug=slug).exists(), slug


def test_every_element_is_illustrated_by_a_case():
    for element in ElementPage.objects.live():
        assert CasePage.objects.live().filter(elements=element).exists(), element.title


def test_second_run_changes_nothing(capsys):
    call_command("load_demo", "--with-demo-logins", "--force")
    before = _snapshot()
    call_command("load_demo", "--with-demo-logins", "--force")
    output = capsys.readouterr().out
    assert _snapshot() == before
    assert "case: 0 created" in output


def test_reload_keeps_editors_changes():
    case = CasePage.objects.get(slug="nationale-zorgreserve")
    case.title = "Titel aangepast door een redacteur"
    case.save_revision().publish()
    call_command("load_demo")
    assert CasePage.objects.get(slug="nationale-zorgreserve").title == case.title


def test_demo_logins_are_refused_without_debug():
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo", "--with-demo-logins")
    from demo.loader import DEMO_ADMIN

    assert not get_user_model().objects.filter(email=DEMO_ADMIN["email"]).exists()


def test_demo_admin_can_log_in_to_the_admin(client):
    from demo.loader import DEMO_ADMIN

    call_command("load_demo", "--with-demo-logins", "--force")
    response = client.post(
        "/admin/login/",
        {"username": DEMO_ADMIN["email"], "password": DEMO_ADMIN["password"]},
        follow=True,
    )
    assert response.status_code == 200
    assert response.wsgi_request.user.is_superuser
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert dashboard.wsgi_request.path == "/admin/"  # not sent back to the login page
