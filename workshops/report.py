"""The draft report of an ended workshop, written into its session page as a new revision
(never published: the facilitator edits and publishes it through the page workflow)."""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from network.models import SessionPage
from workshops import outcomes, tasks
from workshops.choices import StepKind
from workshops.models import Workshop


def workshop_report_queue(*, workshop: Workshop) -> None:
    """Write the report once the workshop's end is committed, in the task worker."""
    transaction.on_commit(lambda: tasks.workshop_report_write.enqueue(workshop_id=workshop.pk))


def _table(caption: str, header: list[str], rows: list[list]) -> tuple[str, dict]:
    return (
        "table",
        {
            "data": [header, *[[str(cell) for cell in row] for row in rows]],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_header_choice": "row",
            "table_caption": caption,
        },
    )


def _heading(text: str, level: str = "h3") -> tuple[str, dict]:
    return ("heading", {"text": text[:120], "level": level})


def report_blocks(*, workshop: Workshop) -> list[tuple[str, dict]]:
    """The report's blocks: a heading, then per step with results its heat map, its notes
    per column, its poll answers, or for any other kind its results as rows."""
    blocks = [_heading(_("Results of the workshop “%(title)s”") % {"title": workshop.title}, "h2")]
    numbering = outcomes.plate_numbering()
    labels = {pk: f"{entry.number} {entry.page.title}" for pk, (_t, entry) in numbering.items()}
    for item in outcomes.workshop_outcome(workshop=workshop):
        step, outcome = item["step"], item["outcome"]
        if step.kind == StepKind.INFO or not outcome:
            continue
        blocks.append(_heading(step.title))
        if "plate" in outcome:
            blocks.append(
                (
                    "heat_map",
                    {
                        "caption": _("Dots per element of the plate: %(title)s")
                        % {"title": step.title},
                        "rows": outcome["plate"],
                    },
                )
            )
        elif "columns" in outcome:
            for column in outcome["columns"]:
                rows = [
                    [note["text"], note["upvotes"], labels.get(note["element"], "")]
                    for note in column["notes"]
                ]
                blocks.append(
                    _table(column["label"], [_("Note"), _("Upvotes"), _("Element")], rows)
                )
        elif "options" in outcome:
            rows = [[option["label"], option["count"]] for option in outcome["options"]]
            blocks.append(_table(step.title, [_("Answer"), _("Answers")], rows))
        else:
            rows = [[row["label"], row["value"]] for row in outcome["rows"]]
            blocks.append(_table(step.title, [_("Result"), _("Value")], rows))
    return blocks


def workshop_report_write(*, workshop_id: int) -> int:
    """Append the workshop's results to the latest draft of its session page's report and
    save that as a new revision by one of its facilitators, once; returns the revision's id."""
    workshop = Workshop.objects.get(pk=workshop_id)
    session = SessionPage.objects.get(pk=workshop.session_id)
    page = session.get_latest_revision_as_object()
    with translation.override(settings.LANGUAGE_CODE):
        blocks = report_blocks(workshop=workshop)
    # A retried task finds the results already there and writes nothing a second time.
    if any(
        block.block_type == "heading" and block.value["text"] == blocks[0][1]["text"]
        for block in page.report
    ):
        return page.latest_revision_id
    for block in blocks:
        page.report.append(block)
    author = workshop.facilitators.order_by("pk").first()
    revision = page.save_revision(user=author, log_action=True)
    return revision.pk
