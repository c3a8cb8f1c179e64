"""Every e-mail template the platform sends from (Wagtail's and our own) says "u" in Dutch,
also those the workflow tests do not trigger, such as Wagtail's comment notifications."""

import ast
import re
from pathlib import Path

import wagtail
from django.conf import settings
from django.utils import translation
from django.utils.translation.template import templatize

from tests.cases.test_contribution_emails import INFORMAL

WAGTAIL_TEMPLATES = Path(wagtail.__file__).parent / "admin" / "templates" / "wagtailadmin"
OUR_TEMPLATES = Path(settings.BASE_DIR) / "templates"

# templatize() turns {% translate %} and {% blocktranslate %} into gettext calls.
CALL = re.compile(
    r"\b(gettext|ngettext|pgettext|npgettext)\("
    r"((?:u?'(?:[^'\\]|\\.)*'|u?\"(?:[^\"\\]|\\.)*\"|\s|,|\d)*)\)"
)


def _email_templates() -> list[Path]:
    return sorted(
        [
            *(WAGTAIL_TEMPLATES / "notifications").iterdir(),
            *(WAGTAIL_TEMPLATES / "account" / "password_reset").glob("email*.txt"),
            *OUR_TEMPLATES.glob("*/email/*"),
        ]
    )


def _dutch_strings(path: Path) -> list[str]:
    strings = []
    for function, arguments in CALL.findall(templatize(path.read_text())):
        args = ast.literal_eval(f"({arguments},)")
        with translation.override("nl"):
            if function == "gettext":
                strings.append(translation.gettext(args[0]))
            elif function == "pgettext":
                strings.append(translation.pgettext(*args[:2]))
            elif function == "ngettext":
                strings += [translation.ngettext(*args[:2], n) for n in (1, 2)]
            else:
                strings += [translation.npgettext(*args[:3], n) for n in (1, 2)]
    return strings


def test_no_e_mail_template_says_je_in_dutch():
    templates = _email_templates()
    assert len(templates) > 20  # Wagtail's notifications are among them
    informal = {
        f"{path.name}: {text}"
        for path in templates
        for text in _dutch_strings(path)
        if INFORMAL.search(text)
    }
    assert not informal, sorted(informal)
