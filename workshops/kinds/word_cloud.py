"""A word cloud: each participant sends up to N words or short phrases; the results are the
count per word, after folding the ways people write the same word onto one.

How words are folded (`word_key`, then `fold_plurals` over the whole step):
- lower case; accents stripped (Unicode NFKD, combining marks left out): "Café" is "cafe";
- punctuation and symbols trimmed at both ends, runs of spaces made one: "  kansen!! " is
  "kansen";
- Dutch plurals, on the last word of a phrase, by three fixed rules: "-heden" becomes
  "-heid" (mogelijkheden), "-ingen" becomes "-ing" (uitdagingen), a trailing "'s" goes
  (collega's); and "-ers", "-eurs", "-ors", "-aars" lose their "s" (monteurs, vrijwilligers);
- and by the room: a word ending in "-s" or "-en" is folded onto the same word without that
  ending when someone in the step sent that word too (kansen onto kans, partners onto partner).
The cloud shows each folded word by the form people sent most often.
"""

import re
import unicodedata
from collections import Counter
from typing import Annotated

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pydantic import AfterValidator, Field, StringConstraints

from core.limits import LIVE_CLOUD_MAX, LIVE_WORD_MAX_LENGTH, LIVE_WORDS_MAX, text_problem
from workshops.choices import ActionKind, StepKind
from workshops.forms import ActionForm
from workshops.kinds import register
from workshops.kinds.base import Kind, SettingsForm, latest_per_participant
from workshops.schemas import Strict

# Font size classes of the cloud: 1 (the least sent) to 5 (the most).
CLOUD_SIZES = 5

_SPACES = re.compile(r"\s+")
_PLURAL_RULES = (("heden", "heid"), ("ingen", "ing"), ("'s", ""))
_AGENT_PLURALS = ("ers", "eurs", "ors", "aars")


def _trim(text: str) -> str:
    """The text without punctuation or symbols at either end."""
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start])[0] in "PSZ":
        start += 1
    while end > start and unicodedata.category(text[end - 1])[0] in "PSZ":
        end -= 1
    return text[start:end]


def word_surface(text: str) -> str:
    """A word as shown: trimmed, one space between words, case and accents kept."""
    return _trim(_SPACES.sub(" ", str(text)).strip())


def word_key(text: str) -> str:
    """A word folded by case, accents, punctuation and the fixed plural rules."""
    text = unicodedata.normalize("NFKD", word_surface(text).lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.replace("\u2019", "'")
    head, _space, last = text.rpartition(" ")
    for ending, singular in _PLURAL_RULES:
        if last.endswith(ending) and len(last) > len(ending) + 2:
            last = last[: -len(ending)] + singular
            break
    else:
        if last.endswith(_AGENT_PLURALS) and len(last) > 5:
            last = last[:-1]
    return _trim(f"{head} {last}" if head else last)


def fold_plurals(keys) -> dict[str, str]:
    """Each key to the key it folds onto: a key ending in "-s" or "-en" onto the same key
    without that ending when that key is among them too."""
    keys = set(keys)
    folded = {}
    for key in keys:
        folded[key] = key
        for ending in ("en", "s"):
            stem = key[: -len(ending)]
            if key.endswith(ending) and len(stem) >= 3 and stem in keys:
                folded[key] = stem
                break
    return folded


def _word_check(word: str) -> str:
    """A pydantic check: one line, and something left after folding."""
    problem = text_problem(word, single_line=True)
    if problem:
        raise ValueError(problem)
    if not word_key(word):
        raise ValueError(_("Send words with letters or digits."))
    return word


Word = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=LIVE_WORD_MAX_LENGTH),
    AfterValidator(_word_check),
]


class WordCloudConfig(Strict):
    words: int = Field(default=3, ge=1, le=LIVE_WORDS_MAX)


class WordsPost(Strict):
    words: list[Word] = Field(min_length=1, max_length=LIVE_WORDS_MAX)


class WordsForm(ActionForm):
    kind = ActionKind.WORDS_POST

    def __init__(self, *args, step, **kwargs):
        super().__init__(*args, step=step, **kwargs)
        for number in range(1, step.config["words"] + 1):
            self.fields[f"word_{number}"] = forms.CharField(
                label=_("Word %(number)s") % {"number": number},
                max_length=LIVE_WORD_MAX_LENGTH,
                required=False,
            )

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            for name, word in self._words():
                if not word_key(word):
                    self.add_error(name, _("Send words with letters or digits."))
            if not self._words():
                self.add_error("word_1", _("Send at least one word."))
        return cleaned

    def _words(self) -> list[tuple[str, str]]:
        return [
            (name, value.strip())
            for name, value in self.cleaned_data.items()
            if name.startswith("word_") and value and value.strip()
        ]

    def payload(self) -> dict:
        return {"words": [word for _name, word in self._words()]}


class WordCloudSettings(SettingsForm):
    words = forms.IntegerField(
        label=gettext_lazy("Words per participant"),
        min_value=1,
        max_value=LIVE_WORDS_MAX,
        initial=3,
    )

    def config(self) -> dict:
        return {"words": self.cleaned_data["words"]}

    @classmethod
    def initial_from(cls, config: dict) -> dict:
        return {"words": config.get("words", 3)}


class WordCloud(Kind):
    name = StepKind.WORD_CLOUD
    label = StepKind.WORD_CLOUD.label
    config_schema = WordCloudConfig
    payloads = {ActionKind.WORDS_POST: WordsPost}
    forms = {ActionKind.WORDS_POST: WordsForm}
    main_action = ActionKind.WORDS_POST
    settings_form = WordCloudSettings
    results_template = "workshops/kinds/word_cloud_results.html"
    submit_label = gettext_lazy("Send the words")
    form_template = "workshops/kinds/words_form.html"

    def action_check(self, *, participant, step, action_kind, data) -> None:
        if len(data.words) > step.config["words"]:
            raise ValidationError(
                {
                    "payload.words": [
                        _("Send at most %(words)s words.") % {"words": step.config["words"]}
                    ]
                }
            )

    def results(self, *, step) -> dict:
        """The words of each participant's latest post (a new post replaces the old), each
        person's word counted once."""
        sent: list[tuple[str, str]] = []
        for action in latest_per_participant(step, ActionKind.WORDS_POST):
            own = {}
            for word in action.payload["words"]:
                own.setdefault(word_key(word), word_surface(word))
            sent.extend(own.items())
        folded = fold_plurals(key for key, _surface in sent)
        counts: Counter = Counter()
        surfaces: dict[str, Counter] = {}
        for key, surface in sent:
            counts[folded[key]] += 1
            surfaces.setdefault(folded[key], Counter())[surface] += 1
        words = [
            {"word": _most_common(surfaces[key]), "count": count} for key, count in counts.items()
        ]
        words.sort(key=lambda word: (-word["count"], word["word"]))
        return {"words": words[:LIVE_CLOUD_MAX]}

    def own(self, *, action, own) -> None:
        own["words"] = action.payload["words"]

    def rows(self, *, step, results) -> list[dict]:
        words = results["words"]
        most = max([word["count"] for word in words] + [1])
        rows = [
            {
                "label": word["word"],
                "count": word["count"],
                "size": 1 + round((CLOUD_SIZES - 1) * (word["count"] - 1) / max(most - 1, 1)),
            }
            for word in words
        ]
        return rows


def _most_common(surfaces: Counter) -> str:
    """The form sent most often; on a tie, the first in alphabetical order."""
    return min(surfaces.items(), key=lambda item: (-item[1], item[0]))[0]


register(WordCloud())
