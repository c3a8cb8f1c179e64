"""Fixed rules of matching: Dutch working-time law and the limits the platform keeps."""

# Arbeidstijdenwet: at most 60 hours in one week, at most 48 on average over 16 weeks, and
# at least 11 hours of rest between two shifts.
MAX_HOURS_IN_A_WEEK = 60
MAX_AVERAGE_HOURS_16_WEEKS = 48
MIN_REST_HOURS = 11
