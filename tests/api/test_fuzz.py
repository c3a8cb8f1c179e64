"""Schemathesis against the live test server: every API operation, as an anonymous visitor,
a network member and the desk, answers anything it is sent without a server error.

It runs in the full-stack pass (PostgreSQL, where NUL bytes and lone surrogates break
queries that SQLite lets through). Path parameters are drawn from the demo's real ids most
of the time, so the operations are reached beyond their 404; the generated cases differ
from run to run, and a failure prints Schemathesis's report with the seed and a curl line
to reproduce it.
"""

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from defusedxml import ElementTree
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import APIToken

from matching.models import Availability, ExchangeRequest, MatchingRound, Proposal
from network.models import Organisation, Person, SessionPage
from workshops.models import Workshop

pytestmark = [pytest.mark.fuzz]

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
ROLES = {
    "anonymous": None,
    "member": "lid@demo.brederbelang.nl",
    "desk": "loket@demo.brederbelang.nl",
    # Runs the demo's workshops: reaches what only a workshop's facilitators see.
    "facilitator": "facilitator@demo.brederbelang.nl",
}
EXAMPLES_PER_OPERATION = 25
METHODS = ("GET ", "POST ", "PUT ", "PATCH ", "DELETE ")


@pytest.fixture
def demo_with_logins(transactional_db):
    """The demo content with its logins, as `make run` serves it."""
    call_command("load_demo", with_demo_logins=True, force=True, verbosity=0)


def _token_for(email: str) -> str:
    user = get_user_model().objects.get(email=email)
    _token, plaintext = APIToken.create_token(user=user, name="schemathesis")
    return plaintext


def _real_ids() -> dict[str, list]:
    """The demo's identifiers per path parameter (a round is run first, so rounds and their
    proposals exist too)."""
    if not MatchingRound.objects.exists():
        from matching.services import round_run

        round_run(actor=get_user_model().objects.get(email=ROLES["desk"]))
    return {
        "slug": list(Organisation.objects.values_list("slug", flat=True)[:20]),
        "public_id": [str(p) for p in Person.objects.values_list("public_id", flat=True)[:20]],
        "request_id": list(ExchangeRequest.objects.values_list("pk", flat=True)[:20]),
        "availability_id": list(Availability.objects.values_list("pk", flat=True)[:20]),
        "round_id": list(MatchingRound.objects.values_list("pk", flat=True)[:5]),
        "proposal_id": list(Proposal.objects.values_list("pk", flat=True)[:20]),
        "session_id": list(SessionPage.objects.values_list("pk", flat=True)[:20]),
        "workshop_id": list(Workshop.objects.values_list("pk", flat=True)[:20]),
    }


def _config(path: Path) -> Path:
    lines = []
    for name, values in _real_ids().items():
        if values:
            lines += [f"[dictionaries.{name}]", f"values = {json.dumps(values)}", ""]
    lines.append("[parameters]")
    for name, values in _real_ids().items():
        if values:
            lines.append(f'"path.{name}" = {{ dictionary = "{name}", probability = 0.8 }}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _operations(live_server) -> set[str]:
    with urllib.request.urlopen(f"{live_server.url}/api/openapi.json") as response:  # noqa: S310
        schema = json.load(response)
    return {f"{method.upper()} {path}" for path, ops in schema["paths"].items() for method in ops}


@pytest.mark.parametrize("role", ROLES)
def test_no_api_operation_answers_with_a_server_error(
    role, demo_with_logins, live_server, tmp_path
):
    headers = []
    if ROLES[role]:
        headers = ["--header", f"Authorization: Bearer {_token_for(ROLES[role])}"]
    junit = tmp_path / "junit.xml"
    run = subprocess.run(
        [
            str(SCHEMATHESIS),
            "--config-file",
            str(_config(tmp_path / "schemathesis.toml")),
            "--no-color",
            "run",
            f"{live_server.url}/api/openapi.json",
            "--checks",
            "not_a_server_error",
            "--max-examples",
            str(EXAMPLES_PER_OPERATION),
            "--workers",
            "1",
            "--generation-database",
            "none",
            "--report",
            "junit",
            "--report-junit-path",
            str(junit),
            *headers,
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-30_000:]
    # Every operation of the schema was exercised: a run that tested nothing cannot pass.
    tested = {
        case.get("name")
        for case in ElementTree.parse(junit).getroot().iter("testcase")
        if case.get("name", "").startswith(METHODS)
    }
    assert tested == _operations(live_server), output[-5_000:]
