"""The live workshops' slow work, run by the worker (`manage.py db_worker`): thin over the
services. Tasks take ids, not objects: their arguments are stored as JSON until they run."""

from django_tasks import task

# workshops.market_leads and workshops.report enqueue these tasks: the modules are imported
# whole, never by name.
from workshops import market_leads, report
from workshops.models import MarketLead


@task()
def workshop_report_write(workshop_id: int) -> int:
    """Write an ended workshop's results into its session page as a draft revision."""
    return report.workshop_report_write(workshop_id=workshop_id)


@task()
def market_lead_draft(*, lead_id: int) -> None:
    """Turn a market-round post into a draft in matching (`market_leads.market_lead_draft`)."""
    lead = MarketLead.objects.select_related("action", "person__user", "workshop").filter(
        pk=lead_id
    )
    lead = lead.first()
    if lead is not None:
        market_leads.market_lead_draft(lead=lead)
