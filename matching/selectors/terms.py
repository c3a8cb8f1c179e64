"""The shared vocabulary as matching reads it: related terms, the bit positions of terms,
sectors and forms in the offer matrix, and the weights of the score's parts."""

from dataclasses import dataclass

from matching.models import MatchingWeights
from network.choices import Sector
from vocabulary.models import MobilityForm, Term

FORM_BITS = 64  # forms of mobility that fit in the matrix's bit field


def score_weights() -> dict:
    """The weights the desk set for the parts of the score."""
    return MatchingWeights.load().as_dict()


def related_terms() -> dict:
    """Per term slug, the slugs of the terms related to it."""
    related = {}
    for term in Term.objects.prefetch_related("related"):
        related[term.slug] = frozenset(other.slug for other in term.related.all())
    return related


@dataclass
class Positions:
    """The bit or column of each term, sector and form in an offer matrix."""

    terms: dict
    sectors: dict
    forms: dict


def positions() -> Positions:
    """Terms and forms numbered by id, sectors in their declared order."""
    terms = {
        slug: position
        for position, slug in enumerate(Term.objects.order_by("pk").values_list("slug", flat=True))
    }
    sectors = {code: position for position, code in enumerate(Sector.values)}
    forms = {
        slug: position
        for position, slug in enumerate(
            MobilityForm.objects.order_by("pk").values_list("slug", flat=True)[:FORM_BITS]
        )
    }
    return Positions(terms, sectors, forms)
