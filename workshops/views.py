"""The pages of a live workshop: enter a code, the participant's page, the facilitator's
console. Plain forms that work without JavaScript; `static/js/live.js` upgrades the
participant's page to the websocket."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.limits import LIVE_TIMER_MAX_SECONDS, LIVE_TIMER_MIN_SECONDS
from workshops import selectors, services
from workshops.broadcast import state_broadcast_sync
from workshops.consumers import cookie_name
from workshops.forms import CodeForm, JoinForm
from workshops.kinds import action_form, kind_of
from workshops.models import Workshop
from workshops.qr import qr_svg
from workshops.results_html import results_context

COOKIE_MAX_AGE = 60 * 60 * 24  # a day: a workshop is an afternoon


def enter(request):
    """Type the code said in the room."""
    form = CodeForm(request.GET or None)
    if form.is_valid():
        workshop = selectors.workshop_by_code(code=form.cleaned_data["code"])
        if workshop:
            return redirect("workshops:room", code=workshop.code)
        form.add_error("code", _("No open workshop has this code. Check the code on the screen."))
    return TemplateResponse(request, "workshops/enter.html", {"form": form})


def _workshop(code):
    workshop = selectors.workshop_by_code(code=code)
    if workshop is None or workshop.code != code:
        raise Http404(_("No open workshop has this code."))
    return workshop


def _step_form(state, step, data=None):
    """The current step's main form while it is open for input."""
    if step is None or not state["step"]["open"]:
        return None
    return kind_of(step.kind).main_form(data, step=step, state=state)


def action_form_for(state, step, kind, data):
    """The posted form of an action kind, when the current step is open and takes it."""
    if step is None or not state["step"] or not state["step"]["open"]:
        return None
    return action_form(step=step, action_kind=kind, data=data)


def room(request, code):
    """A participant's page: join, then the current step with its form and its results."""
    workshop = _workshop(code)
    participant = selectors.participant_by_token(
        workshop=workshop, token=request.COOKIES.get(cookie_name(code), "")
    )
    join_form, action_form, status = JoinForm(), None, 200
    if request.method == "POST" and request.POST.get("form") == "join":
        join_form = JoinForm(request.POST)
        logged_in = request.user.is_authenticated and request.POST.get("as_user")
        if logged_in or join_form.is_valid():
            participant = services.participant_join(
                workshop=workshop,
                display_name="" if logged_in else join_form.cleaned_data["display_name"],
                user=request.user if logged_in else None,
            )
            response = redirect("workshops:room", code=code)
            response.set_cookie(
                cookie_name(code),
                participant.token,
                max_age=COOKIE_MAX_AGE,
                httponly=True,
                samesite="Lax",
                secure=request.is_secure(),
            )
            return response
        status = 400
    state = selectors.workshop_state(workshop=workshop)
    step = workshop.current_step
    kind = request.POST.get("form", "") if request.method == "POST" else ""
    if participant and kind and kind != "join":
        posted = action_form_for(state, step, kind, request.POST)
        if posted is None:
            messages.error(request, _("This step is closed for input."))
            return redirect("workshops:room", code=code)
        if posted.is_valid():
            try:
                result = services.action_submit(
                    participant=participant,
                    kind=kind,
                    payload=posted.payload(),
                    client_id=posted.cleaned_data["client_id"],
                )
            except ValidationError as error:
                posted.add_service_errors(error)
            else:
                if not result.repeated:
                    state_broadcast_sync(workshop)
                messages.success(request, _("Thank you: it counted."))
                return redirect("workshops:room", code=code)
        if kind == getattr(kind_of(step.kind), "main_action", None):
            action_form = posted
        else:
            for problems in posted.errors.values():
                for problem in problems:
                    messages.error(request, problem)
            return redirect("workshops:room", code=code)
        status = 400
    if participant and request.method == "GET":
        services.participant_seen(participant=participant)
    if participant and action_form is None:
        action_form = _step_form(state, step)
    return TemplateResponse(
        request,
        "workshops/room.html",
        {
            "workshop": workshop,
            "participant": participant,
            "state": state,
            "mine": selectors.participant_own(participant=participant) if participant else {},
            **results_context(state),
            "join_form": join_form,
            "action_form": action_form,
            "new_client_id": uuid.uuid4().hex,
            # The page's language: the room's states come with the results drawn in it.
            "socket_path": f"/ws/live/{workshop.code}/?lang={get_language()}",
            "organisation": selectors.participant_organisation(participant=participant),
        },
        status=status,
    )


@login_required
def console(request, code):
    """The facilitator's console: move between steps, open and close input, show results,
    and moderate the step's posts (a POST with `moderate`: the id of the post). An ended
    workshop's console still opens, for its results and exports."""
    workshop = selectors.workshop_for_builder(code=code)
    if workshop is None or workshop.code != code:
        raise Http404(_("No workshop has this code."))
    selectors.presenter_allowed(workshop=workshop, user=request.user)
    if request.method == "POST":
        command = request.POST.get("command", "")
        raw = request.POST.get("value", "")
        value = (
            int(raw) if raw.isascii() and raw.isdigit() else {"true": True, "false": False}.get(raw)
        )
        moderated = request.POST.get("moderate", "")
        try:
            if moderated:
                services.action_moderate(
                    workshop=workshop,
                    user=request.user,
                    action_id=_post_id(moderated),
                    command=command,
                    # A group's label is the text typed (empty: no group).
                    value=raw.strip() if command == "group" else value,
                )
            else:
                services.workshop_steer(
                    workshop=workshop, user=request.user, command=command, value=value
                )
        except ValidationError as error:
            for problems in error.message_dict.values():
                for problem in problems:
                    messages.error(request, problem)
        else:
            state_broadcast_sync(workshop)
        return redirect(reverse("workshops:console", kwargs={"code": code}))
    state = selectors.workshop_state(workshop=workshop, presenter=True)
    step = workshop.current_step
    return TemplateResponse(
        request,
        "workshops/console.html",
        {
            "workshop": workshop,
            "state": state,
            **results_context(state),
            "moderation": selectors.moderation_items(step=step),
            "steps": workshop.steps.order_by("order"),
            "present_names": selectors.present_names(workshop=workshop),
            "chart": selectors.presence_chart(workshop=workshop),
            "timer_min": LIVE_TIMER_MIN_SECONDS,
            "timer_max": LIVE_TIMER_MAX_SECONDS,
            "socket_path": f"/ws/live/{workshop.code}/",
        },
    )


@login_required
def presenter(request, code):
    """The projector's screen: the join code and its QR code, the current step and its
    results, and how many people are present; once the workshop ends, a word of thanks."""
    workshop = selectors.workshop_for_builder(code=code)
    if workshop is None or workshop.code != code:
        raise Http404(_("No workshop has this code."))
    selectors.presenter_allowed(workshop=workshop, user=request.user)
    state = selectors.workshop_state(workshop=workshop, presenter=True)
    join_url = request.build_absolute_uri(reverse("workshops:room", kwargs={"code": code}))
    return TemplateResponse(
        request,
        "workshops/presenter.html",
        {
            "workshop": workshop,
            "state": state,
            **results_context(state),
            "join_url": join_url,
            "qr": qr_svg(url=join_url, title=_("QR code to join: %(url)s") % {"url": join_url}),
            "socket_path": f"/ws/live/{workshop.code}/",
        },
    )


def _post_id(raw: str) -> int:
    """The id of the post to moderate; 0 (no post) for anything else, a number too large
    for a database id too."""
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 18 else 0


@login_required
def market_leads(request, pk):
    """The market round's leads of a workshop, for the desk and the organisations' own
    administrators: each with the draft it became in matching, to review and publish there."""
    workshop = get_object_or_404(Workshop, pk=pk)
    if not selectors.may_review_market_leads(user=request.user):
        raise PermissionDenied(_("Only the desk and organisation administrators review leads."))
    return TemplateResponse(
        request,
        "workshops/market_leads.html",
        {
            "workshop": workshop,
            "leads": selectors.market_leads_visible_to(user=request.user, workshop=workshop),
        },
    )
