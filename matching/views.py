"""Pages for matching: requests and their candidates, covers, shortlists; availability and
the requests that fit it; approvals; the desk's rounds."""

import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.page_context import context_from_hooks
from matching import queries, scoring, services, timegrid
from matching.choices import AvailabilityStatus, CoverObjective, RequestStatus
from matching.forms import (
    ApproveForm,
    AvailabilityForm,
    IntroductionForm,
    ProposalForm,
    QualificationFormSet,
    RequestForm,
    RequestStatusForm,
    ShiftFormSet,
    ShortlistForm,
    WeekGridField,
    WindowFormSet,
)
from matching.hooks import MATCHING_INDEX_CONTEXT, REQUEST_PAGE_CONTEXT
from matching.models import Availability, ExchangeRequest, MatchingRound
from matching.selectors.lists import open_requests, open_requests_listed, rounds_listed
from matching.selectors.offers import matchable_availabilities
from matching.selectors.records import need_for, offer_for
from matching.selectors.terms import score_weights
from matching.selectors.visibility import (
    availabilities_visible_to,
    introductions_open_to,
    requests_visible_to,
    shortlisted_ids,
)
from matching.week_chart import week_chart, week_grid
from network.permissions import (
    administers,
    can_act_for,
    can_manage_organisation,
    can_moderate,
    ensure_can_act_for,
    is_admitted,
    is_member,
    person_of,
    refusal_to_act_for,
)


def explains_refusal(view):
    """A refusal (PermissionDenied) answers 403 with its reason on a page, so that the user
    learns why (for example that their organisation awaits the desk's approval)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied as refusal:
            return TemplateResponse(
                request,
                "matching/refused.html",
                {"reason": str(refusal) or _("You may not do this.")},
                status=403,
            )

    return wrapper


def index(request):
    """What the visitor can do in matching: offer time, find requests, post and approve,
    run rounds; each part only for those who may."""
    user = request.user
    person = person_of(user)
    moderates = can_moderate(user)
    manages = person is not None and user.has_perm("network.manage_own_organisation")
    context = {
        "person": person,
        "sees_requests": is_member(user) or moderates,
        "manages": manages,
        "can_post": manages and person.organisation.is_active,
        "can_moderate": moderates,
    }
    if person is not None:
        context["availabilities"] = Availability.objects.filter(person=person).order_by(
            "-valid_until"
        )
    if context["sees_requests"]:
        context["open_count"] = open_requests().count()
    if manages:
        context["own_count"] = (
            requests_visible_to(user).filter(organisation_id=person.organisation_id).count()
        )
    if manages or moderates:
        waiting = availabilities_visible_to(user).filter(status=AvailabilityStatus.DRAFT)
        if not moderates:
            waiting = waiting.filter(person__organisation_id=person.organisation_id)
        context["waiting_count"] = waiting.count()
    if moderates:
        context["latest_round"] = MatchingRound.objects.first()
    context.update(context_from_hooks(MATCHING_INDEX_CONTEXT, page=None, request=request))
    return TemplateResponse(request, "matching/index.html", context)


def _visible_request(request, pk) -> ExchangeRequest:
    found = requests_visible_to(request.user).filter(pk=pk).first()
    if found is None:
        raise Http404(_("No such request, or it is not shown to you."))
    return found


def _admission_notice(user, organisation) -> str | None:
    """For an administrator of an organisation the desk has not admitted: why they cannot
    post requests, see candidates or invite yet."""
    if organisation is None or not administers(user, organisation) or is_admitted(organisation):
        return None
    return refusal_to_act_for(user, organisation)


@login_required
@explains_refusal
def request_list(request):
    person = person_of(request.user)
    manages = person is not None and request.user.has_perm("network.manage_own_organisation")
    sees_network = is_member(request.user) or can_moderate(request.user)
    if not (sees_network or manages):
        raise PermissionDenied(_("Requests are for network members."))
    own = []
    if manages:
        own = requests_visible_to(request.user).filter(organisation_id=person.organisation_id)
    return TemplateResponse(
        request,
        "matching/request_list.html",
        {
            "sees_network": sees_network,
            "open_requests": open_requests_listed() if sees_network else [],
            "own_requests": own,
            "can_post": manages and can_act_for(request.user, person.organisation),
            "admission_notice": _admission_notice(
                request.user, person.organisation if person else None
            ),
        },
    )


def _request_form_response(request, *, organisation, existing=None):
    ensure_can_act_for(request.user, organisation)
    data = request.POST if request.method == "POST" else None
    initial, windows, shifts = {}, [], []
    if existing is not None and data is None:
        initial = {
            "title": existing.title,
            "description": existing.description,
            "form": existing.form,
            "is_crisis": existing.is_crisis,
            "hours_per_week": existing.hours_per_week,
            "starts_on": existing.starts_on,
            "ends_on": existing.ends_on,
            "place": existing.place,
            "remote_possible": existing.remote_possible,
            "people_needed": existing.people_needed,
            "max_cost_per_hour": existing.max_cost_per_hour,
            "required": existing.required_qualifications.all(),
            "desired": existing.desired_qualifications.all(),
        }
        windows = [
            {"weekday": w.weekday, "start": w.start, "end": w.end} for w in existing.windows.all()
        ]
        shifts = [{"date": s.date, "start": s.start, "end": s.end} for s in existing.shifts.all()]
    form = RequestForm(data, initial=initial)
    window_forms = WindowFormSet(data, initial=windows or None, prefix="window")
    shift_forms = ShiftFormSet(data, initial=shifts or None, prefix="shift")
    if data is not None and all(f.is_valid() for f in (form, window_forms, shift_forms)):
        cleaned = form.cleaned_data
        payload = services.RequestData(
            title=cleaned["title"],
            description=cleaned["description"],
            form=cleaned["form"],
            is_crisis=cleaned["is_crisis"],
            hours_per_week=cleaned["hours_per_week"],
            starts_on=cleaned["starts_on"],
            ends_on=cleaned["ends_on"],
            place=cleaned["place"],
            remote_possible=cleaned["remote_possible"],
            people_needed=cleaned["people_needed"],
            max_cost_per_hour=cleaned["max_cost_per_hour"],
            required=list(cleaned["required"]),
            desired=list(cleaned["desired"]),
            windows=[
                f.cleaned_data["window"] for f in window_forms if f.cleaned_data.get("window")
            ],
            shifts=[f.cleaned_data["shift"] for f in shift_forms if f.cleaned_data.get("shift")],
        )
        try:
            saved = services.request_save(
                organisation=organisation, actor=request.user, data=payload, request=existing
            )
        except ValidationError as error:
            for field_name, field_errors in error.message_dict.items():
                form.add_error(field_name if field_name in form.fields else None, field_errors)
        else:
            if request.POST.get("action") == "open" and saved.status != RequestStatus.OPEN:
                services.request_set_status(
                    request=saved, actor=request.user, status=RequestStatus.OPEN
                )
                messages.success(
                    request, _("The request is open; people who fit it have been told.")
                )
            else:
                messages.success(request, _("The request is saved."))
            return redirect("matching:request", pk=saved.pk)
    return TemplateResponse(
        request,
        "matching/request_form.html",
        {
            "form": form,
            "window_forms": window_forms,
            "shift_forms": shift_forms,
            "existing": existing,
        },
        status=400 if data is not None else 200,
    )


@login_required
@explains_refusal
def request_create(request):
    person = person_of(request.user)
    if person is None:
        raise PermissionDenied(_("Only organisation administrators post requests."))
    return _request_form_response(request, organisation=person.organisation)


@login_required
@explains_refusal
def request_edit(request, pk):
    existing = _visible_request(request, pk)
    return _request_form_response(request, organisation=existing.organisation, existing=existing)


def _detail_response(request, exchange_request, *, errors=(), status=200):
    """The page of a request: what it asks; for its organisation the candidates; for a
    person who fits, why; for a shortlisted person, the choice to be introduced."""
    user, organisation = request.user, exchange_request.organisation
    can_manage = can_act_for(user, organisation)
    can_change_status = can_manage_organisation(user, organisation)
    need = need_for(exchange_request)
    context = {
        "exchange_request": exchange_request,
        "can_manage": can_manage,
        "can_change_status": can_change_status,
        "admission_notice": _admission_notice(user, organisation),
        "requested_windows": timegrid.windows_of(need.mask),
        "errors": errors,
    }
    if can_change_status:
        context["statuses"] = [
            (value, label)
            for value, label in RequestStatus.choices
            if can_manage or value != RequestStatus.OPEN or value == exchange_request.status
        ]
    if can_manage:
        matches = queries.candidates_shown_to(user=user, request=exchange_request)
        context.update(
            candidates=[
                (m, week_chart(need.mask, m.evaluation.covered_mask)) for m in matches.eligible
            ],
            waiting=[
                (m, week_chart(need.mask, m.evaluation.covered_mask))
                for m in matches.needs_agreement
            ],
            considered=matches.considered,
            shortlisted=shortlisted_ids(request=exchange_request),
        )
    person = person_of(user)
    if person is not None and exchange_request.organisation_id != person.organisation_id:
        weights = score_weights()
        context["my_fits"] = [
            (availability, scoring.evaluate(need, offer, weights))
            for availability, offer in (
                (a, offer_for(a)) for a in matchable_availabilities().filter(person=person)
            )
        ]
        context["introductions"] = introductions_open_to(user=user, request=exchange_request)
    context.update(context_from_hooks(REQUEST_PAGE_CONTEXT, page=exchange_request, request=request))
    return TemplateResponse(request, "matching/request_detail.html", context, status=status)


def _form_errors(form) -> list[str]:
    return [error for errors in form.errors.values() for error in errors]


def _refused(request, exchange_request, error: ValidationError):
    """The request's page again, with why the change was refused (nothing was saved)."""
    return _detail_response(request, exchange_request, errors=error.messages, status=400)


@login_required
@explains_refusal
def request_detail(request, pk):
    return _detail_response(request, _visible_request(request, pk))


def request_action(form_class, check=None):
    """A change posted on a request's page: the action gets the request as the user may see
    it and the form's data. An invalid form, or a change the services refuse, shows the page
    again with why (status 400, nothing saved); `check(user, request)` may refuse first."""

    def decorate(action):
        @login_required
        @require_POST
        @explains_refusal
        @functools.wraps(action)
        def view(request, pk):
            exchange_request = _visible_request(request, pk)
            if check is not None:
                check(request.user, exchange_request)
            form = form_class(request.POST)
            if not form.is_valid():
                return _detail_response(
                    request, exchange_request, errors=_form_errors(form), status=400
                )
            try:
                return action(request, exchange_request, form.cleaned_data)
            except ValidationError as error:
                return _refused(request, exchange_request, error)

        return view

    return decorate


@request_action(RequestStatusForm)
def request_status(request, exchange_request, data):
    services.request_set_status(request=exchange_request, actor=request.user, status=data["status"])
    messages.success(request, _("The status of the request is saved."))
    return redirect("matching:request", pk=exchange_request.pk)


@request_action(
    ShortlistForm,
    check=lambda user, exchange_request: ensure_can_act_for(user, exchange_request.organisation),
)
def shortlist(request, exchange_request, data):
    availability = Availability.objects.filter(pk=data["availability"]).first()
    if availability is None:
        raise ValidationError(_("No such candidate."))
    change = services.shortlist_remove if data["remove"] else services.shortlist_add
    change(request=exchange_request, availability=availability, actor=request.user)
    detail = reverse("matching:request", args=[exchange_request.pk])
    return redirect(f"{detail}#candidate-{availability.pk}")


@request_action(IntroductionForm)
def introduction(request, exchange_request, data):
    """The person agrees to be introduced by name for this request, or takes it back."""
    availability = (
        availabilities_visible_to(request.user)
        .filter(pk=data["availability"], person__user=request.user)
        .first()
    )
    if availability is None:
        raise ValidationError(_("No such availability of yours."))
    if data["withdraw"]:
        services.introduction_withdraw(
            request=exchange_request, availability=availability, actor=request.user
        )
        messages.success(request, _("You are no longer introduced by name for this request."))
    else:
        services.introduction_agree(
            request=exchange_request, availability=availability, actor=request.user
        )
        messages.success(
            request,
            _("%(organisation)s now sees your name for this request.")
            % {"organisation": exchange_request.organisation.name},
        )
    return redirect("matching:request", pk=exchange_request.pk)


@login_required
@explains_refusal
def request_cover(request, pk):
    exchange_request = _visible_request(request, pk)
    objective = request.GET.get("doel", "fewest")
    if objective not in CoverObjective.values:
        objective = "fewest"
    result = queries.cover_shown_to(
        user=request.user, request=exchange_request, objective=objective
    )
    return TemplateResponse(
        request,
        "matching/request_cover.html",
        {
            "exchange_request": exchange_request,
            "result": result,
            "chart": week_chart(result.requested_mask, result.covered_mask),
            "objectives": CoverObjective.choices,
        },
    )


@login_required
@explains_refusal
def availability_list(request):
    person = person_of(request.user)
    if person is None:
        raise PermissionDenied(_("Only people in the network offer availability."))
    own = Availability.objects.filter(person=person).prefetch_related("windows")
    fitting = []
    for availability in own.filter(status=AvailabilityStatus.APPROVED, matchable=True):
        fitting.extend(
            (availability, req, evaluation)
            for req, evaluation in queries.requests_for_availability(availability=availability)
        )
    return TemplateResponse(
        request, "matching/availability_list.html", {"availabilities": own, "fitting": fitting}
    )


def _availability_form_response(request, *, existing=None):
    person = person_of(request.user)
    if person is None:
        raise PermissionDenied(_("Only people in the network offer availability."))
    data = request.POST if request.method == "POST" else None
    initial, qualifications = {}, []
    if existing is not None and data is None:
        initial = {
            "valid_from": existing.valid_from,
            "valid_until": existing.valid_until,
            "slots": WeekGridField.values_for(
                timegrid.Window(w.weekday, w.start, w.end) for w in existing.windows.all()
            ),
            "exceptions": [e.date for e in existing.exceptions.all()],
            "offer_type": existing.offer_type,
            "max_hours_per_week": existing.max_hours_per_week,
            "contract_hours_per_week": existing.contract_hours_per_week,
            "forms_accepted": existing.mobility_forms.all(),
            "sectors": existing.sectors,
            "place": existing.place,
            "travel_radius_km": existing.travel_radius_km,
            "remote_ok": existing.remote_ok,
            "matchable": existing.matchable,
        }
        qualifications = [
            {"term": q.term, "valid_until": q.valid_until} for q in existing.qualifications.all()
        ]
    form = AvailabilityForm(data, initial=initial)
    qualification_forms = QualificationFormSet(
        data, initial=qualifications or None, prefix="qualification"
    )
    if data is not None and form.is_valid() and qualification_forms.is_valid():
        cleaned = form.cleaned_data
        payload = services.AvailabilityData(
            valid_from=cleaned["valid_from"],
            valid_until=cleaned["valid_until"],
            max_hours_per_week=cleaned["max_hours_per_week"],
            contract_hours_per_week=cleaned["contract_hours_per_week"],
            windows=WeekGridField.windows(cleaned["slots"]),
            offer_type=cleaned["offer_type"],
            matchable=cleaned["matchable"],
            exceptions=cleaned["exceptions"],
            forms=list(cleaned["forms_accepted"]),
            sectors=cleaned["sectors"],
            place=cleaned["place"],
            travel_radius_km=cleaned["travel_radius_km"],
            remote_ok=cleaned["remote_ok"],
            qualifications=[
                (f.cleaned_data["term"], f.cleaned_data.get("valid_until"))
                for f in qualification_forms
                if f.cleaned_data.get("term")
            ],
        )
        try:
            services.availability_save(person=person, data=payload, availability=existing)
        except ValidationError as error:
            for field_name, field_errors in error.message_dict.items():
                target = {"windows": "slots"}.get(field_name, field_name)
                form.add_error(target if target in form.fields else None, field_errors)
        else:
            messages.success(
                request, _("Your availability is saved; your organisation will approve it.")
            )
            return redirect("matching:availabilities")
    return TemplateResponse(
        request,
        "matching/availability_form.html",
        {
            "form": form,
            "qualification_forms": qualification_forms,
            "existing": existing,
            "grid": week_grid(form),
        },
        status=400 if data is not None else 200,
    )


@login_required
@explains_refusal
def availability_create(request):
    return _availability_form_response(request)


@login_required
@explains_refusal
def availability_edit(request, pk):
    existing = get_object_or_404(Availability, pk=pk)
    if not services.owns_availability(request.user, existing):
        raise Http404(_("No such availability of yours."))
    return _availability_form_response(request, existing=existing)


@login_required
@explains_refusal
def approvals(request):
    """An organisation's administrators approve their people's availability."""
    person = person_of(request.user)
    if not (
        can_moderate(request.user)
        or (person and request.user.has_perm("network.manage_own_organisation"))
    ):
        raise PermissionDenied(_("Only organisation administrators approve availability."))
    waiting = availabilities_visible_to(request.user).filter(status=AvailabilityStatus.DRAFT)
    if not can_moderate(request.user):
        waiting = waiting.filter(person__organisation_id=person.organisation_id)
    form = ApproveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        availability = waiting.filter(pk=form.cleaned_data["availability"]).first()
        if availability is None:
            form.add_error(None, _("This availability is not among those waiting for you."))
        else:
            services.availability_approve(
                availability=availability,
                actor=request.user,
                cost_price_per_hour=form.cleaned_data["cost_price_per_hour"],
            )
            messages.success(
                request,
                _("The availability of %(name)s is approved.") % {"name": availability.person.name},
            )
            return redirect("matching:approvals")
    return TemplateResponse(
        request,
        "matching/approvals.html",
        {"waiting": waiting.prefetch_related("windows"), "form": form},
        status=400 if form.errors else 200,
    )


@login_required
@explains_refusal
def round_list(request):
    if not can_moderate(request.user):
        raise PermissionDenied(_("Matching rounds are for the desk."))
    if request.method == "POST":
        # The worker computes the round; its page follows it until the proposals are in.
        matching_round = services.round_queue(actor=request.user)
        return redirect("matching:round", pk=matching_round.pk)
    return TemplateResponse(request, "matching/round_list.html", {"rounds": rounds_listed()})


@login_required
@explains_refusal
def round_detail(request, pk):
    if not can_moderate(request.user):
        raise PermissionDenied(_("Matching rounds are for the desk."))
    matching_round = get_object_or_404(MatchingRound, pk=pk)
    form = ProposalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        proposal = matching_round.proposals.filter(pk=form.cleaned_data["proposal"]).first()
        if proposal is None:
            form.add_error(None, _("This proposal is not part of this round."))
        else:
            services.proposal_accept(proposal=proposal, actor=request.user)
            messages.success(request, _("The proposal is accepted."))
            return redirect("matching:round", pk=pk)
    rows = queries.proposals_shown_to(user=request.user, matching_round=matching_round, limit=200)
    return TemplateResponse(
        request,
        "matching/round_detail.html",
        {"round": matching_round, "proposals": rows, "form": form},
        status=400 if form.errors else 200,
    )
