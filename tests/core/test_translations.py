"""The Dutch translation is complete and the compiled catalogue matches it."""

from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "nl" / "LC_MESSAGES"


def test_every_interface_string_has_a_dutch_translation():
    catalogue = polib.pofile(str(LOCALE / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []


def test_compiled_catalogue_matches_the_source():
    source = polib.pofile(str(LOCALE / "django.po"))
    compiled = polib.mofile(str(LOCALE / "django.mo"))
    as_pairs = lambda catalogue: {  # noqa: E731
        (entry.msgid, entry.msgstr or tuple(sorted(entry.msgstr_plural.items())))
        for entry in catalogue
        if entry.msgid
    }
    assert as_pairs(source) == as_pairs(compiled)
