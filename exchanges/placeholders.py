"""The placeholders an agreement template may use, each filled in from the exchange
(`exchanges.agreement`); a template naming any other is refused when it is saved."""

PLACEHOLDERS = (
    "lender",
    "borrower",
    "person",
    "job_title",
    "request",
    "form",
    "starts_on",
    "ends_on",
    "weeks",
    "hours_per_week",
    "windows",
    "cost_price_per_hour",
    "estimated_total",
    "wage_costs_by",
    "insured_by",
    "notice_days",
    "declared_interests",
    "handover",
    "reachability",
    "contract",
    "onboarding",
    "supervisor",
    "system_access",
)
