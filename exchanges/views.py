"""Pages of exchanges: the list of what waits for you, one exchange with the steps you may
take, its agreement as a page and a PDF, and proposing an exchange from a request. Thin over
`exchanges.services` and `exchanges.selectors`."""

import csv
import datetime
import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from exchanges import services
from exchanges.agreement import agreement_of, estimated_total
from exchanges.choices import LOGGING_STATES, ExchangeState, HoursStatus, Role, Side
from exchanges.forms import STEP_FORMS, HoursDecisionForm, HoursForm, StartForm
from exchanges.pdf import PdfUnavailable, agreement_pdf, pdf_from_html
from exchanges.selectors import (
    actions_for,
    exchange_history,
    exchanges_visible_to,
    exchanges_waiting_for,
    live_exchanges_of_request,
    roles_of,
    valid_signatures,
    waiting_roles,
)
from exchanges.statements import months_between, statement_of
from exchanges.transitions import TRANSITIONS, OutOfOrder
from matching import timegrid, vectorised
from matching.selectors.lists import accepted_proposals_of, shortlist_of
from matching.selectors.visibility import introduced_people, person_shown, requests_visible_to
from network.permissions import can_act_for, can_moderate

# The path of an exchange, as its page draws it.
PATH = [
    ExchangeState.PROPOSED,
    ExchangeState.APPROVED,
    ExchangeState.CONSENTED,
    ExchangeState.CONFIRMED,
    ExchangeState.SIGNED,
    ExchangeState.ACTIVE,
    ExchangeState.COMPLETED,
    ExchangeState.EVALUATED,
]


def _visible(request, pk):
    exchange = exchanges_visible_to(request.user).filter(pk=pk).first()
    if exchange is None:
        raise Http404
    return exchange


def _person_shown(user, exchange):
    if exchange.person is None:
        return None
    return person_shown(
        viewer=user,
        request_id=exchange.request_id,
        person=exchange.person,
        introduced=introduced_people(request_id=exchange.request_id),
    )


def _refusal(request, reason: str, status: int):
    return TemplateResponse(request, "exchanges/refused.html", {"reason": reason}, status=status)


@login_required
def exchange_list(request):
    """What waits for you, and every exchange you have a part in."""
    exchanges = list(exchanges_visible_to(request.user)[:200])
    waiting = exchanges_waiting_for(request.user)
    return TemplateResponse(
        request,
        "exchanges/list.html",
        {
            "waiting": [(e, _person_shown(request.user, e)) for e in waiting],
            "exchanges": [(e, _person_shown(request.user, e)) for e in exchanges],
            "is_desk": can_moderate(request.user),
        },
    )


def _detail_context(request, exchange, *, forms=None, errors=()):
    user = request.user
    roles = roles_of(user, exchange)
    actions = actions_for(user, exchange)
    forms = forms or {}
    agreement = agreement_of(exchange)
    step_forms = []
    for transition in actions:
        form = forms.get(transition.name)
        if form is None:
            initial = {}
            if transition.name == "amend":
                initial = {
                    name: getattr(exchange, name) for name in STEP_FORMS["amend"].base_fields
                }
            if transition.name == "sign":
                initial = {"text_hash": agreement.hash}
            form = STEP_FORMS[transition.name](initial=initial, prefix=transition.name)
        step_forms.append((transition, form))
    # Ended early: the path is done up to active; declined: nothing of it was reached.
    shown_state = (
        ExchangeState.ACTIVE if exchange.state == ExchangeState.ENDED_EARLY else exchange.state
    )
    reached = PATH.index(shown_state) if shown_state in PATH else None
    return {
        "exchange": exchange,
        "shown": _person_shown(user, exchange),
        "roles": roles,
        "is_person": Role.PERSON in roles,
        "step_forms": step_forms,
        "errors": errors,
        "path": [
            (state, ExchangeState(state).label, reached is not None and i <= reached)
            for i, state in enumerate(PATH)
        ],
        "waiting": [Role(role).label for role in sorted(waiting_roles(exchange))],
        "windows": timegrid.windows_of(vectorised.unpack(exchange.week_mask)),
        "estimated_total": estimated_total(exchange),
        "signatures": valid_signatures(exchange),
        "void_signatures": [s for s in exchange.signatures.all() if s.text_hash != agreement.hash],
        "history": exchange_history(exchange),
        "evaluations": list(exchange.evaluations.all()),
        "can_draft_case": exchange.state == ExchangeState.EVALUATED
        and exchange.case_page_id is None
        and bool(roles & {Role.LENDER, Role.BORROWER, Role.DESK}),
        "agreement": agreement,
    }


@login_required
def exchange_detail(request, pk):
    return _detail_with(request, _visible(request, pk))


@login_required
@require_POST
def exchange_step(request, pk, name):
    """One step posted from the exchange's page: 403 for a role that may not take it, 409
    out of order, 400 with invalid data; each with the reason and nothing changed."""
    exchange = _visible(request, pk)
    if name not in TRANSITIONS:
        raise Http404
    form = STEP_FORMS[name](request.POST, prefix=name)
    if form.is_valid():
        outcome = _refused_or_form(
            request,
            exchange,
            form,
            lambda: services.exchange_transition(
                exchange=exchange, actor=request.user, name=name, data=form.step_data()
            ),
        )
        if outcome is None:
            messages.success(request, _("Saved: %(step)s.") % {"step": TRANSITIONS[name].label})
            return redirect("exchanges:detail", pk=exchange.pk)
        if outcome is not False:
            return outcome
    return _detail_with(request, exchange, status=400, forms={name: form})


def agreement_context(request, exchange) -> dict:
    agreement = agreement_of(exchange)
    signatures = valid_signatures(exchange)
    return {
        "exchange": exchange,
        "agreement": agreement,
        "signatures": [(Side(side).label, signatures.get(side)) for side in Side.values],
        # Set once both organisations have signed (`services._sign`).
        "signed": bool(exchange.signed_hash),
    }


@login_required
def exchange_agreement(request, pk):
    exchange = _visible(request, pk)
    return TemplateResponse(
        request, "exchanges/agreement.html", agreement_context(request, exchange)
    )


def pdf_download(view):
    """A PDF view answers 503 with the reason when this server cannot draw PDFs."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PdfUnavailable:
            reason = _(
                "This server cannot make PDFs yet (Pango is not installed). The page itself "
                "shows the same text."
            )
            return _refusal(request, reason, 503)

    return wrapper


@login_required
@pdf_download
def exchange_agreement_pdf(request, pk):
    exchange = _visible(request, pk)
    response = HttpResponse(
        agreement_pdf(agreement_context(request, exchange)), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="overeenkomst-{exchange.pk}.pdf"'
    return response


@login_required
def exchange_start(request, request_pk):
    """The candidates of a request an exchange can be proposed with: on its shortlist, or
    accepted by the desk in a round; each shown as the user may see them."""
    exchange_request = get_object_or_404(requests_visible_to(request.user), pk=request_pk)
    if not can_act_for(request.user, exchange_request.organisation):
        return _refusal(
            request, _("Only the requesting organisation's administrators do this."), 403
        )
    errors = []
    status = 200
    if request.method == "POST":
        form = StartForm(request.POST)
        if form.is_valid():
            try:
                exchange = _start(request, exchange_request, form.cleaned_data)
            except PermissionDenied as refusal:
                return _refusal(request, str(refusal), 403)
            except OutOfOrder as refusal:
                return _refusal(request, str(refusal), 409)
            except ValidationError as error:
                errors, status = error.messages, 400
            else:
                messages.success(request, _("The exchange is proposed."))
                return redirect("exchanges:detail", pk=exchange.pk)
        else:
            errors, status = [e for es in form.errors.values() for e in es], 400
    running = {e.availability_id: e for e in live_exchanges_of_request(exchange_request)}
    introduced = introduced_people(request_id=exchange_request.pk)

    def shown(availability):
        return person_shown(
            viewer=request.user,
            request_id=exchange_request.pk,
            person=availability.person,
            introduced=introduced,
        )

    return TemplateResponse(
        request,
        "exchanges/start.html",
        {
            "exchange_request": exchange_request,
            "shortlist": [
                (entry.availability, shown(entry.availability), running.get(entry.availability_id))
                for entry in shortlist_of(exchange_request)
            ],
            "proposals": [
                (p, shown(p.availability), running.get(p.availability_id))
                for p in accepted_proposals_of(exchange_request)
            ],
            "errors": errors,
        },
        status=status,
    )


def _start(request, exchange_request, data):
    if data.get("availability"):
        entry = shortlist_of(exchange_request).filter(availability_id=data["availability"]).first()
        if entry is None:
            raise ValidationError(_("This person is not on the request's shortlist."))
        return services.exchange_propose_from_shortlist(
            request=exchange_request, availability=entry.availability, actor=request.user
        )
    proposal = accepted_proposals_of(exchange_request).filter(pk=data["proposal"]).first()
    if proposal is None:
        raise ValidationError(_("No such accepted proposal for this request."))
    return services.exchange_propose_from_round(proposal=proposal, actor=request.user)


def _hours_context(request, exchange, *, hours_form=None) -> dict:
    roles = roles_of(request.user, exchange)
    entries = list(exchange.hours.all())
    return {
        "hours_entries": entries,
        "can_log_hours": exchange.state in LOGGING_STATES
        and bool(roles & {Role.PERSON, Role.BORROWER}),
        "can_decide_hours": Role.LENDER in roles,
        "hours_form": hours_form or HoursForm(exchange=exchange, prefix="hours"),
        "months": [
            (year, month, datetime.date(year, month, 1))
            for year, month in months_between(exchange.starts_on, exchange.ends_on)
        ],
    }


def _detail_with(request, exchange, status=200, forms=None, **extra):
    context = _detail_context(request, exchange, forms=forms)
    context.update(_hours_context(request, exchange, **extra))
    return TemplateResponse(request, "exchanges/detail.html", context, status=status)


def _refused_or_form(request, exchange, form, call):
    """Run a service for a posted form: 403/409 with the reason, 400 with the form's
    errors (nothing saved), or None when it went through."""
    try:
        call()
    except PermissionDenied as refusal:
        return _refusal(request, str(refusal), 403)
    except OutOfOrder as refusal:
        return _refusal(request, str(refusal), 409)
    except ValidationError as error:
        for field, problems in getattr(error, "error_dict", {}).items():
            for problem in problems:
                form.add_error(field if field in form.fields else None, problem)
        if not hasattr(error, "error_dict"):
            form.add_error(None, error)
        return False
    return None


@login_required
@require_POST
def hours_log(request, pk):
    exchange = _visible(request, pk)
    form = HoursForm(request.POST, exchange=exchange, prefix="hours")
    if form.is_valid():
        data = form.cleaned_data
        outcome = _refused_or_form(
            request,
            exchange,
            form,
            lambda: services.hours_log(
                exchange=exchange,
                actor=request.user,
                week=data["week"],
                hours=data["hours"],
                note=data["note"],
            ),
        )
        if outcome is None:
            messages.success(request, _("The hours are logged."))
            return redirect(reverse("exchanges:detail", args=[exchange.pk]) + "#hours")
        if outcome is not False:
            return outcome
    return _detail_with(request, exchange, status=400, hours_form=form)


@login_required
@require_POST
def hours_decide(request, pk, entry_pk):
    exchange = _visible(request, pk)
    entry = get_object_or_404(exchange.hours, pk=entry_pk)
    form = HoursDecisionForm(request.POST)
    if not form.is_valid():
        return _refusal(request, _("Choose to approve or to dispute."), 400)
    data = form.cleaned_data
    outcome = _refused_or_form(
        request,
        exchange,
        form,
        lambda: services.hours_decide(
            entry=entry,
            actor=request.user,
            approve=data["decision"] == "approve",
            reason=data["reason"],
        ),
    )
    if outcome is False:
        return _refusal(request, " ".join(form.errors.get("reason", [])), 400)
    if outcome is not None:
        return outcome
    return redirect(reverse("exchanges:detail", args=[exchange.pk]) + "#hours")


def _statement(request, pk, year, month):
    exchange = _visible(request, pk)
    if (year, month) not in months_between(exchange.starts_on, exchange.ends_on):
        raise Http404
    statement = statement_of(
        exchange.hours.values_list("week", "hours", "status"),
        year=year,
        month=month,
        cost_price_per_hour=exchange.cost_price_per_hour,
    )
    context = {
        "exchange": exchange,
        "statement": statement,
        "month": datetime.date(year, month, 1),
        "shown": _person_shown(request.user, exchange),
        "totals": [
            (HoursStatus(status).label, statement.hours(status), statement.amount(status))
            for status in (HoursStatus.APPROVED, HoursStatus.SUBMITTED, HoursStatus.DISPUTED)
        ],
    }
    return exchange, statement, context


@login_required
def statement_page(request, pk, year, month):
    context = _statement(request, pk, year, month)[2]
    return TemplateResponse(request, "exchanges/statement.html", context)


@login_required
def statement_csv(request, pk, year, month):
    exchange, statement, _context = _statement(request, pk, year, month)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="kostenoverzicht-{exchange.pk}-{year}-{month:02d}.csv"'
    )
    writer = csv.writer(response)
    writer.writerow(["week", "hours", "status", "cost_price_per_hour", "amount"])
    for row in statement.rows:
        writer.writerow(
            [row.week.isoformat(), row.hours, row.status, exchange.cost_price_per_hour, row.amount]
        )
    for status in (HoursStatus.APPROVED, HoursStatus.SUBMITTED, HoursStatus.DISPUTED):
        writer.writerow(
            [f"total {status}", statement.hours(status), status, "", statement.amount(status)]
        )
    return response


@login_required
@pdf_download
def statement_pdf(request, pk, year, month):
    exchange, _rows, context = _statement(request, pk, year, month)
    response = HttpResponse(
        pdf_from_html(render_to_string("exchanges/statement_pdf.html", context, request=request)),
        content_type="application/pdf",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="kostenoverzicht-{exchange.pk}-{year}-{month:02d}.pdf"'
    )
    return response


@login_required
@require_POST
def exchange_case(request, pk):
    """Turn the evaluations into a draft case, and open it to edit and send to the desk."""
    exchange = _visible(request, pk)
    try:
        page = services.exchange_case_draft(exchange=exchange, actor=request.user)
    except PermissionDenied as refusal:
        return _refusal(request, str(refusal), 403)
    except OutOfOrder as refusal:
        return _refusal(request, str(refusal), 409)
    messages.success(
        request,
        _("The draft case is ready. Check it, then send it to the desk for review."),
    )
    return redirect("contributions:edit", pk=page.pk)
