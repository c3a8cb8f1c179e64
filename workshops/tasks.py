"""The live workshops' slow work, run by the worker (`manage.py db_worker`): thin over
services."""

from django_tasks import task

from workshops import report


@task()
def workshop_report_write(workshop_id: int) -> int:
    """Write an ended workshop's results into its session page as a draft revision."""
    return report.workshop_report_write(workshop_id=workshop_id)
