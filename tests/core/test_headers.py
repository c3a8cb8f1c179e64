"""Response headers and API errors under the production settings: a Content-Security-Policy
without inline script (a looser one for Wagtail's admin), a Permissions-Policy, and JSON with
a reason for every error under /api/."""

import importlib
import re

import pytest
from django.test import Client

from tests.helpers import page_by_slug, text_of

pytestmark = pytest.mark.django_db

# What config/settings/production.py must keep, whatever else it changes.
SECURITY_SETTINGS = (
    "DEBUG",
    "MIDDLEWARE",
    "CONTENT_SECURITY_POLICY",
    "CONTENT_SECURITY_POLICY_ADMIN",
    "PERMISSIONS_POLICY",
)


@pytest.fixture
def production(settings, monkeypatch):
    """The test's settings with everything config/settings/production.py sets on top of
    base, and its security settings, applied (the test database stays)."""
    monkeypatch.setenv("DATABASE_URL", "sqlite:///unused.sqlite3")
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "testserver")
    base = importlib.import_module("config.settings.base")
    module = importlib.reload(importlib.import_module("config.settings.production"))
    missing = object()
    for name in dir(module):
        if not name.isupper() or name == "DATABASES":
            continue
        value = getattr(module, name)
        if name in SECURITY_SETTINGS or value != getattr(base, name, missing):
            setattr(settings, name, value)
    assert settings.DEBUG is False and settings.SECURE_SSL_REDIRECT is True
    return settings


def _directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def _site_pages():
    return [
        "/",
        "/actieplaat/",
        "/praktijkvoorbeelden/",
        page_by_slug("hybride-docenten-brainport").url,
        page_by_slug("routekaart-uitlenen-en-inlenen").url,
        "/bijeenkomsten/",
        "/zoeken/?q=reservist",
        "/account/inloggen/",
        "/netwerk/organisaties/",
        "/en/",
        "/bestaat-niet/",
    ]


def test_site_pages_send_a_strict_content_security_policy(production, client):
    for path in _site_pages():
        response = client.get(path, secure=True)
        assert response.status_code in {200, 404}, path
        csp = _directives(response["Content-Security-Policy"])
        assert csp["default-src"] == ["'self'"]
        assert csp["script-src"] == ["'self'"], path  # no inline script, no eval
        assert csp["style-src"] == ["'self'"], path  # no style attribute or element
        assert csp["object-src"] == ["'none'"]
        assert csp["base-uri"] == ["'self'"] and csp["form-action"] == ["'self'"]
        assert csp["frame-ancestors"] == ["'self'"]


def test_site_templates_hold_no_inline_script_or_style(production, client):
    """What the policy would block, found in the HTML (the browser test sees the rest)."""
    inline_script = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>")
    for path in _site_pages():
        html = text_of(client.get(path, secure=True))
        assert not inline_script.search(html), path
        assert not re.search(r"<[a-z][^>]*\sstyle=", html), path
        assert not re.search(r"<[a-z][^>]*\son[a-z]+=", html), path
        assert "<style" not in html, path
    home = text_of(client.get("/", secure=True))
    assert 'src="/static/js/js-class.js"' in home  # the no-js/js switch, as a file


def test_the_admin_gets_its_own_policy_for_wagtails_inline_scripts(production, admin_client):
    response = admin_client.get("/admin/", secure=True)
    assert response.status_code == 200
    csp = _directives(response["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert "gravatar" not in text_of(response)  # no avatars from a third party


def test_pages_and_the_api_deny_powerful_browser_features(production, client):
    for path in ("/", "/api/places?q=Uden", "/admin/login/"):
        header = client.get(path, secure=True)["Permissions-Policy"]
        features = dict(part.strip().split("=", 1) for part in header.split(","))
        for feature in ("camera", "microphone", "geolocation", "payment", "usb", "display-capture"):
            assert features[feature] == "()", (path, feature)


def test_unknown_api_address_answers_json_404_with_a_reason(production, client):
    response = client.get("/api/bestaat-niet", secure=True)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "/api/docs" in response.json()["detail"]
    nested = client.get("/api/people/niet-een-id/extra", secure=True)
    assert nested.status_code == 404 and "detail" in nested.json()


def test_a_method_the_api_does_not_take_answers_json_405(production, client):
    response = client.delete("/api/places", secure=True)
    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"
    assert response["Allow"] == "GET"
    detail = response.json()["detail"]
    assert "DELETE" in detail and "GET" in detail


def test_a_server_error_in_the_api_answers_json_500(production, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("the places table is on fire")

    monkeypatch.setattr("network.api.places_matching", broken)
    response = Client(raise_request_exception=False).get("/api/places?q=Uden", secure=True)
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    detail = response.json()["detail"]
    assert "misgegaan" in detail and "on fire" not in detail  # the reason, not the internals


def test_errors_outside_the_api_stay_html_pages(production, client):
    response = client.get("/bestaat-niet/", secure=True)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
