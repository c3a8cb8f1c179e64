"""The workshop builder: a facilitator makes a workshop for a session, then adds, edits,
reorders and removes its steps, with plain forms (no script needed)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from workshops import selectors, services
from workshops.builder_forms import WorkshopNewForm, builder_kinds, settings_errors, step_forms


def _facilitator_role(request) -> None:
    if not services.has_facilitator_role(request.user):
        raise PermissionDenied(_("Only facilitators of the network can build a workshop."))


def _errors_to_messages(request, error: ValidationError) -> None:
    for problems in error.message_dict.values():
        for problem in problems:
            messages.error(request, problem)


@login_required
def mine(request):
    """The workshops this facilitator runs, with links to build, steer and present them."""
    _facilitator_role(request)
    return TemplateResponse(
        request,
        "workshops/mine.html",
        {"workshops": selectors.workshops_run_by(user=request.user)},
    )


@login_required
def new(request):
    """A new workshop for the session `?sessie=<id>`: from the template or empty."""
    _facilitator_role(request)
    session = selectors.session_for_builder(pk=request.GET.get("sessie"))
    if session is None:
        raise Http404(_("This session does not exist."))
    form = WorkshopNewForm(
        request.POST or None,
        initial={"title": session.title},
        plate_elements=selectors.plate_elements(),
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            plate = None
            if form.cleaned_data["start"] == "template":
                plate = selectors.plate_for_template()
                if plate is None:
                    form.add_error("start", _("The site has no action plate for the template."))
            if not form.errors:
                try:
                    workshop = services.workshop_build(
                        session=session,
                        user=request.user,
                        title=form.cleaned_data["title"],
                        plate=plate,
                        wall_elements=form.cleaned_data["elements"],
                    )
                except ValidationError as error:
                    for key, problems in error.message_dict.items():
                        for problem in problems:
                            form.add_error(key if key in ("title", "elements") else None, problem)
                else:
                    messages.success(request, _("The workshop is made: add or change its steps."))
                    return redirect("workshops:builder", code=workshop.code)
        status = 400
    return TemplateResponse(
        request, "workshops/new.html", {"form": form, "session": session}, status=status
    )


def _own_workshop(request, code):
    workshop = selectors.workshop_for_builder(code=code)
    if workshop is None:
        raise Http404(_("No workshop has this code."))
    selectors.presenter_allowed(workshop=workshop, user=request.user)
    return workshop


@login_required
def builder(request, code):
    """The steps of a workshop: move, remove, or go to a step's settings; add a step."""
    workshop = _own_workshop(request, code)
    if request.method == "POST":
        step = workshop.steps.filter(pk=request.POST.get("step") or 0).first()
        action = request.POST.get("action")
        try:
            if step is None:
                raise ValidationError({"step": [_("There is no such step.")]})
            if action == "remove":
                services.step_remove(step=step, user=request.user)
                messages.success(request, _("The step is removed."))
            else:
                services.step_move(step=step, user=request.user, direction=action or "")
        except ValidationError as error:
            _errors_to_messages(request, error)
        return redirect("workshops:builder", code=workshop.code)
    return TemplateResponse(
        request,
        "workshops/builder.html",
        {
            "workshop": workshop,
            "steps": workshop.steps.order_by("order"),
            "kinds": builder_kinds(),
        },
    )


@login_required
def step_settings(request, code, step_id=None):
    """A step's settings: a new step of `?soort=<kind>`, or an existing step."""
    workshop = _own_workshop(request, code)
    step = None
    if step_id is not None:
        step = workshop.steps.filter(pk=step_id).first()
        if step is None:
            raise Http404(_("There is no such step."))
        kind = step.kind
    else:
        kind = request.GET.get("soort", "")
    pair = step_forms(
        kind, request.POST or None, step=step, plate_elements=selectors.plate_elements()
    )
    if pair is None:
        raise Http404(_("This kind of step is not available yet."))
    common, form = pair
    status = 200
    if request.method == "POST":
        if common.is_valid() and form.is_valid():
            try:
                if step is None:
                    services.step_create(
                        workshop=workshop,
                        user=request.user,
                        kind=kind,
                        title=common.cleaned_data["title"],
                        config=form.config(),
                        anonymous=common.cleaned_data["anonymous"],
                    )
                else:
                    services.step_update(
                        step=step,
                        user=request.user,
                        title=common.cleaned_data["title"],
                        config=form.config(),
                        anonymous=common.cleaned_data["anonymous"],
                    )
            except ValidationError as error:
                settings_errors(form, common, error)
            else:
                messages.success(request, _("The step is saved."))
                return redirect("workshops:builder", code=workshop.code)
        status = 400
    return TemplateResponse(
        request,
        "workshops/step_settings.html",
        {
            "workshop": workshop,
            "step": step,
            "kind_label": dict(builder_kinds()).get(kind, kind),
            "common": common,
            "form": form,
        },
        status=status,
    )
