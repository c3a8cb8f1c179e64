"""Dutch text analysis for the search engine: stemming, stop words, folding, synonyms, and
edge n-grams for autocomplete."""

from opensearchpy import analyzer, normalizer, token_filter

# Role words people use for the same work; applied when searching, not when indexing.
SYNONYMS = [
    "monteur, technicus, mechanicus, servicemonteur",
    "docent, leraar, onderwijzer, lesgeven",
    "verpleegkundige, verpleger, zorgverlener",
    "chauffeur, bestuurder, vrachtwagenchauffeur",
    "programmeur, softwareontwikkelaar, developer, software-engineer",
    "planner, roosteraar, werkvoorbereider",
    "hr-adviseur, personeelsadviseur",
    "magazijnmedewerker, orderpicker",
    "uitlenen, detacheren",
    "defensie, krijgsmacht",
    "mkb, midden- en kleinbedrijf",
]

dutch_stop = token_filter("dutch_stop", "stop", stopwords="_dutch_")
dutch_stemmer = token_filter("dutch_stemmer", "stemmer", language="dutch")
role_synonyms = token_filter("role_synonyms", "synonym_graph", synonyms=SYNONYMS)
prefixes = token_filter("prefixes", "edge_ngram", min_gram=2, max_gram=15)

DUTCH = analyzer(
    "dutch_text",
    tokenizer="standard",
    filter=["lowercase", "asciifolding", dutch_stop, dutch_stemmer],
)
DUTCH_SEARCH = analyzer(
    "dutch_search",
    tokenizer="standard",
    filter=["lowercase", "asciifolding", role_synonyms, dutch_stop, dutch_stemmer],
)
AUTOCOMPLETE = analyzer(
    "autocomplete", tokenizer="standard", filter=["lowercase", "asciifolding", prefixes]
)
AUTOCOMPLETE_SEARCH = analyzer(
    "autocomplete_search", tokenizer="standard", filter=["lowercase", "asciifolding"]
)
FOLDED = normalizer("folded", filter=["lowercase", "asciifolding"])
