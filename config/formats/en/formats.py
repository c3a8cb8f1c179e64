"""English: "1 December 2026" in full, "1 Dec 2026" short, day first as in the Dutch pages."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y H:i"
