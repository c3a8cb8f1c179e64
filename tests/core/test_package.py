"""The wheel built from pyproject.toml is the whole site: it installs into a fresh virtualenv
and serves pages from there, outside the checkout, with its templates, static files and
Dutch translations."""

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.package

CHECKOUT = Path(__file__).resolve().parents[2]
APPS = [
    "accounts",
    "config",
    "core",
    "notifications",
    "actieplaat",
    "cases",
    "vocabulary",
    "network",
    "matching",
    "workshops",
    "search",
    "demo",
]
# Run inside the installed site: migrate, then render pages and a static file through the
# full middleware stack, as a visitor would get them.
SMOKE = """
from pathlib import Path

import django
from django.conf import settings
from django.core.management import call_command
from django.test import Client

django.setup()
import config

call_command("migrate", verbosity=0)
client = Client()
login = client.get("/account/inloggen/", secure=True)
assert login.status_code == 200, login.status_code
html = login.content.decode()
assert 'lang="nl"' in html and "Wachtwoord" in html, html[:500]
stylesheet = html.split('rel="stylesheet" href="')[1].split('"')[0]
assert stylesheet == "/static/css/site.css", stylesheet
css = client.get(stylesheet, secure=True)
assert css.status_code == 200 and b"{" in b"".join(css.streaming_content)
english = client.get("/en/account/inloggen/", secure=True).content.decode()
assert 'lang="en"' in english and "Password" in english
print("site:", Path(config.__file__).parent.parent, "templates:", settings.TEMPLATES[0]["DIRS"])
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel of the working tree, built from a copy of the files git knows (tracked, or
    new and not ignored): no build/ folder or stray file of the checkout can slip in."""
    source = tmp_path_factory.mktemp("source")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=CHECKOUT,
        check=True,
        capture_output=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        if (CHECKOUT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(CHECKOUT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(out)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("breder_belang-*.whl")
    return built


def _checkout_files(folder: str, suffixes: tuple[str, ...] = ()) -> set[str]:
    return {
        path.relative_to(CHECKOUT).as_posix()
        for path in (CHECKOUT / folder).rglob("*")
        if path.is_file() and (not suffixes or path.suffix in suffixes)
    }


def test_the_wheel_holds_every_app_template_static_file_and_translation(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for app in APPS:
        modules = {
            path.relative_to(CHECKOUT).as_posix()
            for path in (CHECKOUT / app).rglob("*.py")
            if "__pycache__" not in path.parts
        }
        assert modules <= names, sorted(modules - names)  # with migrations and commands
    assert "network/migrations/0001_initial.py" in names
    assert "demo/management/commands/load_demo.py" in names
    for folder, suffixes in (("templates", ()), ("static", ()), ("locale", (".mo",))):
        files = _checkout_files(folder, suffixes)
        assert files and files <= names, sorted(files - names)
    assert not any(name.startswith(("tests/", "bench/", "scripts/", "docs/")) for name in names)
    entry_points = zipfile.ZipFile(wheel).read(
        next(name for name in names if name.endswith("entry_points.txt"))
    )
    assert b"breder-belang = config.manage:main" in entry_points


def test_the_wheel_installs_and_serves_the_site_outside_the_checkout(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site_packages = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # The dependencies come from the test's own environment, listed as a plain path: its .pth
    # files (the editable install of this checkout among them) are not read.
    (site_packages / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    subprocess.run(
        [*pip, "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    environment = {
        "PATH": f"{venv / 'bin'}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "package-test-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
        "CHANNEL_LAYER_IN_MEMORY": "true",
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        # Static files straight from the installed folders (what the wheel must hold), not
        # hashed and compressed by collectstatic first: that is slow and not the package's job.
        "STATIC_MANIFEST": "false",
        "STATIC_FROM_FINDERS": "true",
    }

    def run(*args):
        result = subprocess.run(
            args, cwd=workdir, env=environment, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    assert "no issues" in run("breder-belang", "check")
    served_from = run("python", "-c", SMOKE)
    assert str(site_packages) in served_from and str(CHECKOUT) not in served_from
    assert not os.path.exists(workdir / "db.sqlite3")
