"""Fixed rules of matching: Dutch working-time law and the limits the platform keeps."""

# Arbeidstijdenwet: at most 60 hours in one week, at most 48 on average over 16 weeks, and
# at least 11 hours of rest between two shifts.
MAX_HOURS_IN_A_WEEK = 60
MAX_AVERAGE_HOURS_16_WEEKS = 48
MIN_REST_HOURS = 11


def working_time_breach(*, week_hours: float, average_hours: float) -> str | None:
    """The working-time rule these hours break: "week" (more than 60 in one week) or
    "average" (more than 48 a week on average over 16 weeks); None when they keep both.
    Matching asks it of a proposed week, exchanges of the hours logged."""
    if week_hours > MAX_HOURS_IN_A_WEEK:
        return "week"
    if average_hours > MAX_AVERAGE_HOURS_16_WEEKS:
        return "average"
    return None
