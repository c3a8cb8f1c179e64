"""The site's date formats per language (FORMAT_MODULE_PATH), on top of Django's own.

Templates show dates with the named formats (`|date:"SHORT_DATE_FORMAT"`), never with a
literal format: a literal `M` capitalises the Dutch month ("1 Dec 2026").
"""
