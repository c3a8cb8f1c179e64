"""Pages for matching: requests and their candidates, covers, shortlists; availability and
the requests that fit it; approvals; the desk's rounds."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from matching import queries, scoring, selectors, services, timegrid
from matching.choices import AvailabilityStatus, CoverObjective, RequestStatus
from matching.forms import (
    ApproveForm,
    AvailabilityForm,
    QualificationFormSet,
    RequestForm,
    ShiftFormSet,
    WeekGridField,
    WindowFormSet,
)
from matching.models import Availability, ExchangeRequest, MatchingRound, Proposal, Shortlist
from matching.week_chart import week_chart, week_grid
from network.permissions import can_manage_organisation, can_moderate, is_member, person_of


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
        context["open_count"] = selectors.open_requests().count()
    if manages:
        context["own_count"] = (
            selectors.requests_visible_to(user)
            .filter(organisation_id=person.organisation_id)
            .count()
        )
    if manages or moderates:
        waiting = selectors.availabilities_visible_to(user).filter(status=AvailabilityStatus.DRAFT)
        if not moderates:
            waiting = waiting.filter(person__organisation_id=person.organisation_id)
        context["waiting_count"] = waiting.count()
    if moderates:
        context["latest_round"] = MatchingRound.objects.first()
    return TemplateResponse(request, "matching/index.html", context)


def _visible_request(request, pk) -> ExchangeRequest:
    found = selectors.requests_visible_to(request.user).filter(pk=pk).first()
    if found is None:
        raise Http404(_("No such request, or it is not shown to you."))
    return found


@login_required
def request_list(request):
    if not is_member(request.user) and not can_moderate(request.user):
        raise PermissionDenied(_("Requests are for network members."))
    person = person_of(request.user)
    own = []
    if person is not None and request.user.has_perm("network.manage_own_organisation"):
        own = selectors.requests_visible_to(request.user).filter(
            organisation_id=person.organisation_id
        )
    return TemplateResponse(
        request,
        "matching/request_list.html",
        {
            "open_requests": selectors.open_requests().select_related(
                "organisation", "form", "place"
            ),
            "own_requests": own,
            "can_post": bool(person) and request.user.has_perm("network.manage_own_organisation"),
        },
    )


def _request_form_response(request, *, organisation, existing=None):
    if not can_manage_organisation(request.user, organisation):
        raise PermissionDenied(
            _("Only this organisation's administrators and the desk may do this.")
        )
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
def request_create(request):
    person = person_of(request.user)
    if person is None:
        raise PermissionDenied(_("Only organisation administrators post requests."))
    return _request_form_response(request, organisation=person.organisation)


@login_required
def request_edit(request, pk):
    existing = _visible_request(request, pk)
    return _request_form_response(request, organisation=existing.organisation, existing=existing)


@login_required
def request_detail(request, pk):
    exchange_request = _visible_request(request, pk)
    context = {
        "exchange_request": exchange_request,
        "can_manage": can_manage_organisation(request.user, exchange_request.organisation),
    }
    need = selectors.need_for(exchange_request)
    context["requested_windows"] = timegrid.windows_of(need.mask)
    if context["can_manage"]:
        matches = queries.candidates_for_request(request=exchange_request)
        shortlisted = set(
            Shortlist.objects.filter(request=exchange_request).values_list(
                "availability_id", flat=True
            )
        )
        context.update(
            candidates=[
                (m, week_chart(need.mask, m.evaluation.covered_mask)) for m in matches.eligible
            ],
            waiting=[
                (m, week_chart(need.mask, m.evaluation.covered_mask))
                for m in matches.needs_agreement
            ],
            considered=matches.considered,
            shortlisted=shortlisted,
            statuses=RequestStatus.choices,
        )
    person = person_of(request.user)
    if person is not None and exchange_request.organisation_id != person.organisation_id:
        weights = selectors.weights()
        context["my_fits"] = [
            (availability, scoring.evaluate(need, offer, weights))
            for availability, offer in (
                (a, selectors.offer_for(a))
                for a in selectors.matchable_availabilities().filter(person=person)
            )
        ]
    return TemplateResponse(request, "matching/request_detail.html", context)


@login_required
@require_POST
def request_status(request, pk):
    exchange_request = _visible_request(request, pk)
    services.request_set_status(
        request=exchange_request, actor=request.user, status=request.POST.get("status", "")
    )
    messages.success(request, _("The status of the request is saved."))
    return redirect("matching:request", pk=pk)


@login_required
@require_POST
def shortlist(request, pk):
    exchange_request = _visible_request(request, pk)
    availability = get_object_or_404(Availability, pk=request.POST.get("availability"))
    if request.POST.get("remove"):
        services.shortlist_remove(
            request=exchange_request, availability=availability, actor=request.user
        )
    else:
        services.shortlist_add(
            request=exchange_request, availability=availability, actor=request.user
        )
    detail = reverse("matching:request", args=[exchange_request.pk])
    return redirect(f"{detail}#candidate-{availability.pk}")


@login_required
def request_cover(request, pk):
    exchange_request = _visible_request(request, pk)
    if not can_manage_organisation(request.user, exchange_request.organisation):
        raise PermissionDenied(
            _("Only this organisation's administrators and the desk may do this.")
        )
    objective = request.GET.get("doel", "fewest")
    if objective not in ("fewest", "cheapest"):
        objective = "fewest"
    result = queries.cover_for_request(request=exchange_request, objective=objective)
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
def availability_create(request):
    return _availability_form_response(request)


@login_required
def availability_edit(request, pk):
    existing = get_object_or_404(Availability, pk=pk)
    if not services.owns_availability(request.user, existing):
        raise Http404(_("No such availability of yours."))
    return _availability_form_response(request, existing=existing)


@login_required
def approvals(request):
    """An organisation's administrators approve their people's availability."""
    person = person_of(request.user)
    if not (
        can_moderate(request.user)
        or (person and request.user.has_perm("network.manage_own_organisation"))
    ):
        raise PermissionDenied(_("Only organisation administrators approve availability."))
    waiting = selectors.availabilities_visible_to(request.user).filter(
        status=AvailabilityStatus.DRAFT
    )
    if not can_moderate(request.user):
        waiting = waiting.filter(person__organisation_id=person.organisation_id)
    form = ApproveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        availability = get_object_or_404(waiting, pk=request.POST.get("availability"))
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
def round_list(request):
    if not can_moderate(request.user):
        raise PermissionDenied(_("Matching rounds are for the desk."))
    if request.method == "POST":
        matching_round = services.round_run(actor=request.user)
        messages.success(
            request,
            _("The round is done: %(count)s proposals.")
            % {"count": matching_round.proposals.count()},
        )
        return redirect("matching:round", pk=matching_round.pk)
    return TemplateResponse(
        request, "matching/round_list.html", {"rounds": MatchingRound.objects.all()[:20]}
    )


@login_required
def round_detail(request, pk):
    if not can_moderate(request.user):
        raise PermissionDenied(_("Matching rounds are for the desk."))
    matching_round = get_object_or_404(MatchingRound, pk=pk)
    if request.method == "POST":
        proposal = get_object_or_404(
            Proposal, pk=request.POST.get("proposal"), round=matching_round
        )
        services.proposal_accept(proposal=proposal, actor=request.user)
        messages.success(request, _("The proposal is accepted."))
        return redirect("matching:round", pk=pk)
    proposals = list(selectors.proposals_of(matching_round)[:200])
    # Each proposal with its explanation as it stands now.
    context = selectors.NeedContext()
    weights = selectors.weights()
    offers = selectors.offers_for(proposal.availability for proposal in proposals)
    rows = [
        (
            proposal,
            scoring.evaluate(
                selectors.need_for(proposal.request, context),
                offers[proposal.availability_id],
                weights,
            ).summary,
        )
        for proposal in proposals
    ]
    return TemplateResponse(
        request, "matching/round_detail.html", {"round": matching_round, "proposals": rows}
    )
