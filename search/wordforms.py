"""Word forms for the database engine: Dutch singular and plural, and small typos.

The engine compares the words of a search with a vocabulary: the words the database holds
in names, job titles, skills, organisations and page titles (and, on SQLite, every word of
Wagtail's full-text index). Both sides go through the Snowball Dutch stemmer, so a word
also finds the vocabulary's other forms of it ("verpleegkundigen" finds "verpleegkundige").
When a search finds nothing, words that are not in the vocabulary are corrected to the
vocabulary's words with the same first letters: by trigram similarity in PostgreSQL
(pg_trgm), by edit distance on SQLite (RapidFuzz). Each process
keeps the vocabulary in memory under a generation held in Django's cache: `forget` (called
when profiles, organisations, pages or terms change) starts a new generation for every
process, and a generation lasts `VOCABULARY_SECONDS` at most.
"""

import re
import threading
import unicodedata
import uuid
from dataclasses import dataclass, field

import Stemmer
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.models.signals import post_delete, post_save
from modelsearch.conf import get_app_config
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from wagtail.models import Page

from network.choices import ACTIVE_STATUSES
from network.models import Organisation, Person
from vocabulary.models import Term

# Words changed without a signal (bulk loads) reach the vocabulary within this time.
VOCABULARY_SECONDS = 300
_GENERATION_KEY = "search:vocabulary-generation"
# Typos are looked for as the engine does (search/backends/opensearch.py, FUZZINESS): none
# below 5 letters, one edit up to 11, two from 12; the first two letters must be right.
TYPO_MIN_LENGTH = 5
TYPO_TWO_EDITS_FROM = 12
TYPO_PREFIX = 2
TYPO_CANDIDATES = 5
# pg_trgm's similarity above which a word counts as the same word mistyped.
TRIGRAM_SIMILARITY = 0.5

# Snowball's Dutch stop words (PostgreSQL's `dutch` and the engine's `_dutch_` list): they
# stand for themselves only. Widened, "voor" would also ask for "voren".
_SNOWBALL_DUTCH_STOP = """de en van ik te dat die in een hij het niet zijn is was op aan met
als voor had er maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je
mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat
iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens
hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand
geweest andere"""
STOP_WORDS = frozenset(_SNOWBALL_DUTCH_STOP.split())

_WORD = re.compile(r"\w+")
_local = threading.local()  # a Stemmer is not safe to share between threads


def words(text: str) -> list[str]:
    """The words of a text, lowercased."""
    return _WORD.findall(text.lower())


def fold(word: str) -> str:
    """Lowercase without accents: "Coördinator" and "coordinator" are one word."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def stem(word: str) -> str:
    """The Snowball Dutch stem of a word ("docenten" and "docent": "docent"). Snowball's
    original Dutch algorithm, as in PostgreSQL's `dutch` configuration and the engine's
    Dutch stemmer; Snowball 3's newer one also strips "ge-" ("gelderland": "lderland")."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("dutch_porter")
    return stemmer.stemWord(fold(word))


@dataclass
class Vocabulary:
    """The words the database holds, by stem and (folded) by their first letters."""

    by_stem: dict[str, set[str]] = field(default_factory=dict)
    by_folded: dict[str, set[str]] = field(default_factory=dict)
    by_prefix: dict[str, list[str]] = field(default_factory=dict)

    def add(self, word: str) -> None:
        folded = fold(word)
        if not folded or folded.isdigit():
            return
        self.by_stem.setdefault(stem(word), set()).add(word)
        if folded not in self.by_folded:
            self.by_folded[folded] = set()
            self.by_prefix.setdefault(folded[:TYPO_PREFIX], []).append(folded)
        self.by_folded[folded].add(word)


_cache_lock = threading.Lock()
_cache: dict[str, tuple[str, Vocabulary]] = {}


def vocabulary() -> Vocabulary:
    """The database's vocabulary, built once per generation (see the module's docstring)."""
    generation = cache.get_or_set(_GENERATION_KEY, uuid.uuid4().hex, VOCABULARY_SECONDS)
    key = f"{connection.alias}:{connection.vendor}"
    with _cache_lock:
        cached = _cache.get(key)
        if cached and cached[0] == generation:
            return cached[1]
    built = Vocabulary()
    for text in _texts():
        for word in words(text or ""):
            built.add(word)
    with _cache_lock:
        _cache[key] = (generation, built)
    return built


def forget(**_signal) -> None:
    """Content changed: every process builds the vocabulary again at its next search."""
    cache.delete(_GENERATION_KEY)


def connect() -> None:
    """Terms of the vocabulary change in the admin, without a service of ours."""
    for signal in (post_save, post_delete):
        signal.connect(forget, sender=Term, dispatch_uid=f"search.vocabulary.{signal is post_save}")


def _texts():
    """Every short text a search is likely to be about: names and skills, and titles."""
    yield from Term.objects.values_list("name", flat=True)
    yield from Organisation.objects.filter(status__in=ACTIVE_STATUSES).values_list(
        "name", flat=True
    )
    yield from Person.objects.values_list("job_title", flat=True).distinct()
    yield from Person.objects.values_list("user__first_name", flat=True).distinct()
    yield from Person.objects.values_list("user__last_name", flat=True).distinct()
    yield from Page.objects.live().filter(depth__gt=2).values_list("title", flat=True)
    if connection.vendor == "sqlite":
        yield from _sqlite_index_terms()


def _sqlite_index_terms():
    """Every word of Wagtail's SQLite full-text index (through FTS5's own vocabulary)."""
    table = get_app_config().get_model("SQLiteFTSIndexEntry")._meta.db_table
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_index_terms "
                f"USING fts5vocab(main, {connection.ops.quote_name(table)}, row)"
            )
            cursor.execute("SELECT term FROM temp.search_index_terms")
            return [term for (term,) in cursor.fetchall()]
    except DatabaseError:  # no FTS5 here: Wagtail searches without it, and so do we
        return []


@dataclass(frozen=True)
class QueryWord:
    """One word of a search and the forms that count as that word."""

    word: str
    forms: frozenset[str]


def terms(query: str, *, typos: bool = False) -> list[QueryWord]:
    """Per word of the query, the forms to look for: the word itself and the vocabulary's
    words with the same stem; with `typos`, also the words it may be a typo of (only for
    words that are not in the vocabulary as typed). A stop word stands for itself only."""
    result = []
    known = vocabulary() if query else Vocabulary()
    for word in words(query):
        forms = {word}
        if word not in STOP_WORDS:
            forms |= known.by_stem.get(stem(word), set())
            if typos and fold(word) not in known.by_folded:
                for correction in corrections(word, known):
                    forms |= {correction} | known.by_stem.get(stem(correction), set())
        result.append(QueryWord(word, frozenset(forms)))
    return result


def _edits_allowed(word: str) -> int:
    if len(word) < TYPO_MIN_LENGTH:
        return 0
    return 2 if len(word) >= TYPO_TWO_EDITS_FROM else 1


def corrections(word: str, known: Vocabulary) -> list[str]:
    """Words of the vocabulary this word may be a typo of, closest first."""
    folded = fold(word)
    edits = _edits_allowed(folded)
    if not edits:
        return []
    candidates = known.by_prefix.get(folded[:TYPO_PREFIX], [])
    if not candidates:
        return []
    if connection.vendor == "postgresql":
        found = _trigram_similar(folded, candidates)
    else:
        found = [
            candidate
            for candidate, _distance, _index in process.extract(
                folded,
                candidates,
                scorer=Levenshtein.distance,
                score_cutoff=edits,
                limit=TYPO_CANDIDATES,
            )
        ]
    return [form for candidate in found for form in known.by_folded[candidate]]


def _trigram_similar(folded: str, candidates: list[str]) -> list[str]:
    """The candidates pg_trgm finds similar to this word, most similar first."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word FROM unnest(%s::text[]) AS word WHERE similarity(word, %s) >= %s "
            "ORDER BY similarity(word, %s) DESC, word LIMIT %s",
            [candidates, folded, TRIGRAM_SIMILARITY, folded, TYPO_CANDIDATES],
        )
        return [word for (word,) in cursor.fetchall()]
