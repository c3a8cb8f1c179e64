"""Every write of the live workshops. The rules are checked here, whichever door a request
came through (a plain form, the websocket): only a workshop's facilitators steer it, and
participants act only on the current step while it is open."""

import datetime
import secrets
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from actieplaat.selectors import plate_grid
from core.limits import (
    LIVE_STEPS_MAX,
    LIVE_TIMER_MAX_SECONDS,
    LIVE_TIMER_MIN_SECONDS,
    text_problem,
)
from network.roles import FACILITATORS
from workshops import report
from workshops.choices import StepKind, WorkshopStatus
from workshops.kinds import kind_of, kind_of_action
from workshops.models import CODE_LENGTH, Action, Participant, PresenceSample, Step, Workshop
from workshops.schemas import schema_validate
from workshops.selectors import form_payload, is_facilitator, people_present

# Easy to say aloud and to type from a projector: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V.
CODE_ALPHABET = "ACDEFGHJKMNPQRTWXY34679"
# How long an action leaves a participant's "last seen" as it is (presence counts in minutes).
SEEN_REFRESH = datetime.timedelta(seconds=30)


def has_facilitator_role(user) -> bool:
    """Whether this user holds the network's facilitator role (or is a superuser)."""
    return bool(
        user
        and user.is_authenticated
        and (user.is_superuser or user.groups.filter(name=FACILITATORS).exists())
    )


def code_new() -> str:
    """A join code no open workshop uses."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if not Workshop.objects.exclude(status=WorkshopStatus.ENDED).filter(code=code).exists():
            return code


def _sequence_bump(workshop: Workshop) -> int:
    """The workshop's next sequence number, for the change about to be broadcast."""
    Workshop.objects.filter(pk=workshop.pk).update(sequence=F("sequence") + 1)
    workshop.sequence = Workshop.objects.values_list("sequence", flat=True).get(pk=workshop.pk)
    return workshop.sequence


# The number and its check in one round trip (the ORM's update returns a count only); both
# PostgreSQL and SQLite 3.35+ return the updated row.
_SEQUENCE_NEXT = (
    "UPDATE workshops_workshop SET sequence = sequence + 1"
    " WHERE id = %s AND status = %s AND current_step_id = %s RETURNING sequence"
)


def _sequence_bump_on(*, workshop_id: int, step: Step) -> int | None:
    """The next sequence number for an action on `step`, or None when the workshop is no
    longer live on that step (a facilitator moved on or ended it meanwhile).

    The last write of the action's transaction: the workshop's row is locked from this
    UPDATE until the commit only, so the room's actions are stored side by side and only
    take their numbers one by one. Numbers are committed in their order, so a snapshot that
    reads a number sees every action up to it. A steering command holds the same row while
    it changes the step; the UPDATE waits for it and then checks the step again."""
    with connection.cursor() as cursor:
        cursor.execute(_SEQUENCE_NEXT, [workshop_id, WorkshopStatus.LIVE, step.pk])
        row = cursor.fetchone()
    return row[0] if row else None


def workshop_create(*, session, title: str, facilitators) -> Workshop:
    """A draft workshop for a network session, run by users with the facilitator role."""
    facilitators = list(facilitators)
    if not facilitators or not all(has_facilitator_role(user) for user in facilitators):
        raise ValidationError(
            {"facilitators": [_("A workshop is run by people with the facilitator role.")]}
        )
    workshop = Workshop(session=session, title=title, code=code_new())
    workshop.full_clean()
    workshop.save()
    workshop.facilitators.set(facilitators)
    return workshop


def step_add(*, workshop: Workshop, kind: str, title: str, config: dict, anonymous: bool = True):
    """A step at the end of the workshop, its settings checked against its kind."""
    step_kind = kind_of(kind)
    if step_kind is None:
        raise ValidationError({"kind": [_("This kind of step is not known.")]})
    config = schema_validate(step_kind.config_schema, config, field="config").model_dump()
    step_kind.config_check(config=config, workshop=workshop)
    order = (workshop.steps.order_by("-order").values_list("order", flat=True).first() or 0) + 1
    step = Step(
        workshop=workshop, order=order, kind=kind, title=title, config=config, anonymous=anonymous
    )
    step.full_clean()
    step.save()
    if workshop.current_step_id is None:
        workshop.current_step = step
        workshop.save(update_fields=["current_step"])
    return step


IDEA_COLUMNS = ("Kansen", "Obstakels", "Oplossingen")


def workshop_from_plate_template(
    *, session, title: str, facilitators, plate, wall_elements=()
) -> Workshop:
    """The action-plate workshop: an intro slide, dot voting on the plate's elements, an
    idea wall with the columns kansen, obstakels and oplossingen per chosen element (one
    wall about the plate as a whole when none is chosen) and a market round."""
    elements = [entry.page for theme in plate_grid(plate=plate) for entry in theme.elements]
    chosen = set(wall_elements)
    unknown = chosen - {element.pk for element in elements}
    if unknown:
        raise ValidationError({"elements": [_("Choose elements of the action plate.")]})
    walls = [element for element in elements if element.pk in chosen] or [None]
    with transaction.atomic():
        workshop = workshop_create(session=session, title=title, facilitators=facilitators)
        step_add(
            workshop=workshop,
            kind=StepKind.INFO,
            title=_("Welcome: today we walk the action plate"),
            config={"body": _("Vote on what matters to your organisation, then share ideas.")},
        )
        step_add(
            workshop=workshop,
            kind=StepKind.DOT_VOTE,
            title=_("Which elements matter most to your organisation?"),
            config={"dots": 3, "elements": [element.pk for element in elements]},
        )
        for element in walls:
            step_add(
                workshop=workshop,
                kind=StepKind.IDEA_WALL,
                title=(
                    _("Opportunities, obstacles and solutions")
                    if element is None
                    else _("Opportunities, obstacles and solutions: %(element)s")
                    % {"element": element.title}
                ),
                config={
                    "columns": list(IDEA_COLUMNS),
                    "element": None if element is None else element.pk,
                },
                anonymous=False,
            )
        step_add(
            workshop=workshop,
            kind=StepKind.MARKET,
            title=_("Market: what does your organisation offer or need?"),
            config={
                "body": _(
                    "Post the people your organisation could lend or needs, with their skill "
                    "and roughly when: each post becomes a draft in matching for review."
                )
            },
            anonymous=False,
        )
    return workshop


def participant_join(*, workshop: Workshop, display_name: str = "", user=None) -> Participant:
    """Someone joins the room: with a display name, or as a logged-in user (who joins once)."""
    if workshop.status == WorkshopStatus.ENDED:
        raise ValidationError({"code": [_("This workshop has ended.")]})
    if user is not None and user.is_authenticated:
        existing = workshop.participants.filter(user=user).first()
        if existing:
            return existing
        display_name = display_name.strip() or user.get_full_name() or _("Participant")
    else:
        user = None
    participant = Participant(
        workshop=workshop,
        display_name=display_name.strip(),
        user=user,
        token=secrets.token_urlsafe(32),
        last_seen=timezone.now(),
    )
    participant.full_clean()
    participant.save()
    presence_sample(workshop=workshop)
    return participant


def participant_seen(*, participant: Participant) -> None:
    """The participant is in the room now (counted among the people present)."""
    participant.last_seen = timezone.now()
    Participant.objects.filter(pk=participant.pk).update(last_seen=participant.last_seen)
    presence_sample(workshop=participant.workshop)


@dataclass(frozen=True)
class ActionResult:
    """A stored action and the sequence number of the change it made (or made before)."""

    action: Action
    seq: int
    repeated: bool


@dataclass
class ActionRequest:
    """One participant's action, as it came: a payload, or the fields of the step's plain
    form (the page's script sends those), read by the same form the page posts without
    script."""

    participant: Participant
    kind: str
    client_id: str
    payload: dict | None = None
    fields: dict | None = None


class _MovedOn(Exception):
    """A facilitator changed the step while a batch was being stored: store it again."""


def action_submit(
    *, participant: Participant, kind: str, payload: dict, client_id: str
) -> ActionResult:
    """Store a participant's action on the current step, once per client id: a retry gets
    the stored result without a second write. Raises ValidationError when refused."""
    request = ActionRequest(
        participant=participant, kind=kind, payload=payload, client_id=client_id
    )
    result = actions_submit([request])[0]
    if isinstance(result, ValidationError):
        raise result
    return result


def actions_submit(requests: list[ActionRequest]) -> list[ActionResult | ValidationError]:
    """Store the actions that reached a server process at about the same moment, each
    applied or refused on its own (the result at its place: an ActionResult, or the
    ValidationError that says why), in as few database round trips as one action takes:
    one read of the participants (their rows locked: a retry on a second connection, the
    dots they have left), their workshops and steps and the client ids already stored,
    one insert, one sequence number per workshop, one commit.

    A participant's second action in the same batch is stored after their first (its rules
    may depend on it). A facilitator who moves on while a batch is stored makes it go
    again, on the new step; anything the database will not take stores the batch's actions
    one by one, so one action's fault is not the others'."""
    results: list = [None] * len(requests)
    todo = list(range(len(requests)))
    while todo:
        # One action per participant per round, in the order they came.
        seen, now, later = set(), [], []
        for index in todo:
            participant_id = requests[index].participant.pk
            (later if participant_id in seen else now).append(index)
            seen.add(participant_id)
        batch = [requests[index] for index in now]
        for _attempt in range(3):
            try:
                stored = _actions_store(batch)
                break
            except _MovedOn:
                continue
            except Exception:
                if len(batch) == 1:
                    raise
                # Something of one action the database would not take (a constraint, a
                # character): each on its own, so only that action's sender hears of it.
                stored = [_action_alone(request) for request in batch]
                break
        else:
            stored = [
                ValidationError({"step": [_("The workshop has moved on: try again.")]})
                for _request in batch
            ]
        for index, result in zip(now, stored, strict=True):
            results[index] = result
        todo = later
    _participants_seen([request.participant for request in requests])
    return results


def _action_alone(request: ActionRequest) -> ActionResult | Exception:
    try:
        return actions_submit([request])[0]
    except Exception as error:  # kept for its own sender; the batch's others are stored
        return error


def _client_id_checked(client_id) -> str:
    client_id = str(client_id or "").strip()
    if not client_id or len(client_id) > 64:
        raise ValidationError({"client_id": [_("Send a client id of 1 to 64 characters.")]})
    problem = text_problem(client_id, single_line=True)
    if problem:
        raise ValidationError({"client_id": [problem]})
    return client_id


def _actions_store(batch: list[ActionRequest]) -> list[ActionResult | ValidationError]:
    """One round of actions, at most one per participant, in one transaction."""
    results: list = [None] * len(batch)
    client_ids: dict[int, str] = {}
    for index, request in enumerate(batch):
        try:
            client_ids[index] = _client_id_checked(request.client_id)
        except ValidationError as error:
            results[index] = error
    if not client_ids:
        return results
    participant_ids = {batch[index].participant.pk for index in client_ids}
    with transaction.atomic():
        # One read: each participant's row locked (not their workshop's: the room stores
        # side by side), with its workshop and current step.
        rows = {
            row.pk: row
            for row in Participant.objects.select_for_update(of=("self",))
            .select_related("workshop__current_step")
            .filter(pk__in=participant_ids)
            .order_by("pk")  # the same order in every process: no deadlock
        }
        repeats = {
            (action.participant_id, action.client_id): action
            for action in Action.objects.filter(
                participant_id__in=participant_ids, client_id__in=set(client_ids.values())
            )
        }
        new: list[tuple[int, Action]] = []
        for index, client_id in client_ids.items():
            request = batch[index]
            row = rows.get(request.participant.pk)
            if row is None:
                results[index] = ValidationError(
                    {"participant": [_("Join the workshop to take part.")]}
                )
                continue
            workshop = row.workshop
            repeat = repeats.get((row.pk, client_id))
            if repeat:
                results[index] = ActionResult(action=repeat, seq=workshop.sequence, repeated=True)
                continue
            try:
                new.append((index, _action_new(request, row, client_id)))
            except ValidationError as error:
                results[index] = error
        if not new:
            return results
        Action.objects.bulk_create([action for _index, action in new])
        for _index, action in new:
            kind_of(action.step.kind).stored(action=action, participant=action.participant)
        sequences: dict[int, int] = {}
        for _index, action in new:
            workshop_id = action.step.workshop_id
            if workshop_id not in sequences:
                seq = _sequence_bump_on(workshop_id=workshop_id, step=action.step)
                if seq is None:  # the whole transaction goes: nothing of it is stored
                    raise _MovedOn
                sequences[workshop_id] = seq
    for index, action in new:
        seq = sequences[action.step.workshop_id]
        batch[index].participant.workshop.sequence = seq
        results[index] = ActionResult(action=action, seq=seq, repeated=False)
    return results


def _action_new(request: ActionRequest, participant: Participant, client_id: str) -> Action:
    """The new action, checked against its kind and the participant's current step."""
    workshop = participant.workshop
    step = workshop.current_step
    kind = request.kind
    step_kind = kind_of_action(kind) if isinstance(kind, str) else None
    if step_kind is None:
        raise ValidationError({"kind": [_("This kind of action is not known.")]})
    payload = request.payload
    if payload is None and isinstance(request.fields, dict):
        if step is None:
            raise ValidationError({"step": [_("The workshop is not running.")]})
        payload = form_payload(step=step, action_kind=kind, fields=request.fields)
    data = schema_validate(step_kind.payloads[kind], payload, field="payload")
    if workshop.status != WorkshopStatus.LIVE or step is None:
        raise ValidationError({"step": [_("The workshop is not running.")]})
    if not step.is_open:
        raise ValidationError({"step": [_("This step is closed for input.")]})
    if step_kind.name != step.kind:
        raise ValidationError({"kind": [_("This action does not belong to this step.")]})
    step_kind.action_check(participant=participant, step=step, action_kind=kind, data=data)
    action = Action(
        participant=participant,
        step=step,
        kind=kind,
        payload=data.model_dump(mode="json"),
        client_id=client_id,
    )
    step_kind.prepare(action=action, step=step)
    # The participant and the step were just read, and the participant's row holds the
    # client id's uniqueness: no query to check either again.
    action.full_clean(
        exclude=["participant", "step"], validate_unique=False, validate_constraints=False
    )
    return action


def _participants_seen(participants: list[Participant]) -> None:
    """After actions: the participants not seen for SEEN_REFRESH are seen now, in one write
    (and one presence sample per workshop)."""
    now = timezone.now()
    stale = {
        participant.pk: participant
        for participant in participants
        if not participant.last_seen or now - participant.last_seen >= SEEN_REFRESH
    }
    if not stale:
        return
    Participant.objects.filter(pk__in=stale).update(last_seen=now)
    workshops = {}
    for participant in participants:
        if participant.pk in stale:
            participant.last_seen = now
            workshops[participant.workshop_id] = participant.workshop
    for workshop in workshops.values():
        presence_sample(workshop=workshop)


def _facilitator_required(*, workshop: Workshop, user) -> None:
    if not is_facilitator(workshop=workshop, user=user):
        raise PermissionDenied(_("Only the facilitators of this workshop can do this."))


def workshop_steer(*, workshop: Workshop, user, command: str, value=None) -> int:
    """A facilitator's command: `start`, `end`, `next`, `previous`, `goto` (a step id),
    `input` (open: true/false), `results` (shown: true/false), `timer_start` (seconds) and
    `timer_stop`. Returns the new sequence."""
    _facilitator_required(workshop=workshop, user=user)
    with transaction.atomic():
        workshop = Workshop.objects.select_for_update().get(pk=workshop.pk)
        step = workshop.current_step
        if workshop.status == WorkshopStatus.ENDED and command != "end":
            # Its code may already belong to a new workshop, and its report is written.
            raise ValidationError({"command": [_("This workshop has ended.")]})
        if command == "start":
            workshop.status = WorkshopStatus.LIVE
        elif command == "end":
            if workshop.status != WorkshopStatus.ENDED:
                report.workshop_report_queue(workshop=workshop)
            workshop.status = WorkshopStatus.ENDED
        elif command in ("next", "previous", "goto"):
            workshop.current_step = _step_to(
                workshop=workshop, step=step, command=command, value=value
            )
        elif command in ("input", "results"):
            if step is None or not isinstance(value, bool):
                raise ValidationError({"value": [_("Send true or false for the current step.")]})
            if command == "input":
                step.is_open = value
            else:
                step.results_shown = value
            step.save(update_fields=["is_open" if command == "input" else "results_shown"])
        elif command in ("timer_start", "timer_stop"):
            _timer_steer(workshop=workshop, step=step, command=command, value=value)
        else:
            raise ValidationError({"command": [_("This command is not known.")]})
        workshop.full_clean(validate_constraints=False)
        workshop.save(update_fields=["status", "current_step"])
        return _sequence_bump(workshop)


def action_moderate(*, workshop: Workshop, user, action_id, command: str, value=None) -> int:
    """A facilitator moderates what a participant posted on a step of this workshop: `hide`
    or `show` on any kind; other commands (merge, tag, mark answered) are the kind's own.
    Returns the new sequence number."""
    _facilitator_required(workshop=workshop, user=user)
    with transaction.atomic():
        workshop = Workshop.objects.select_for_update().get(pk=workshop.pk)
        action = (
            Action.objects.select_related("step").filter(
                pk=action_id if isinstance(action_id, int) else None, step__workshop=workshop
            )
        ).first()
        if action is None:
            raise ValidationError({"action": [_("There is no such post in this workshop.")]})
        if command in ("hide", "show"):
            action.hidden = command == "hide"
            action.save(update_fields=["hidden"])
        else:
            kind_of(action.step.kind).moderate(action=action, command=command, value=value)
        return _sequence_bump(workshop)


def _step_to(*, workshop, step, command, value) -> Step:
    steps = workshop.steps.order_by("order")
    if command == "goto":
        target = steps.filter(pk=value).first() if isinstance(value, int) else None
    elif command == "next":
        target = steps.filter(order__gt=step.order).first() if step else steps.first()
    else:
        target = steps.filter(order__lt=step.order).last() if step else None
    if target is None:
        raise ValidationError({"value": [_("There is no such step.")]})
    return target


def _timer_steer(*, workshop: Workshop, step: Step | None, command: str, value) -> None:
    """Start the current step's timer for `value` seconds, or stop it."""
    if step is None or workshop.status != WorkshopStatus.LIVE:
        raise ValidationError({"value": [_("Start the workshop before its timer.")]})
    if command == "timer_start":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError({"value": [_("Send the timer's length in whole seconds.")]})
        if not LIVE_TIMER_MIN_SECONDS <= value <= LIVE_TIMER_MAX_SECONDS:
            raise ValidationError(
                {
                    "value": [
                        _("A timer runs from %(min)s to %(max)s seconds.")
                        % {"min": LIVE_TIMER_MIN_SECONDS, "max": LIVE_TIMER_MAX_SECONDS}
                    ]
                }
            )
        step.timer_seconds = value
        step.timer_started_at = timezone.now()
    else:
        if step.timer_started_at is None:
            raise ValidationError({"value": [_("The timer of this step is not running.")]})
        step.timer_started_at = None
    step.full_clean(validate_constraints=False)
    step.save(update_fields=["timer_seconds", "timer_started_at"])


def presence_sample(*, workshop: Workshop) -> None:
    """Note how many people are present this minute, once a minute per workshop: the first
    change of presence in a minute writes the sample, later ones in that minute cost one read."""
    minute = timezone.now().replace(second=0, microsecond=0)
    if PresenceSample.objects.filter(workshop_id=workshop.pk, at=minute).exists():
        return
    sample = PresenceSample(
        workshop_id=workshop.pk, at=minute, present=people_present(workshop=workshop).count()
    )
    sample.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            sample.save()
    except IntegrityError:
        pass  # another connection wrote this minute's sample at the same moment


# The workshop builder: facilitators make a workshop and its steps from the site's pages.


def workshop_build(*, session, user, title: str, plate=None, wall_elements=()) -> Workshop:
    """A new workshop for a session by a facilitator: from the action-plate template when a
    plate is given (with an idea wall per element in `wall_elements`), else empty."""
    if not has_facilitator_role(user):
        raise PermissionDenied(_("Only facilitators of the network can build a workshop."))
    if plate is not None:
        return workshop_from_plate_template(
            session=session,
            title=title,
            facilitators=[user],
            plate=plate,
            wall_elements=wall_elements,
        )
    return workshop_create(session=session, title=title, facilitators=[user])


def _editable(*, workshop: Workshop, user) -> None:
    _facilitator_required(workshop=workshop, user=user)
    if workshop.status == WorkshopStatus.ENDED:
        raise ValidationError({"workshop": [_("This workshop has ended: its steps stay.")]})


def step_create(
    *, workshop: Workshop, user, kind: str, title: str, config: dict, anonymous: bool = True
) -> Step:
    """A facilitator adds a step at the end of their workshop."""
    _editable(workshop=workshop, user=user)
    if workshop.steps.count() >= LIVE_STEPS_MAX:
        raise ValidationError(
            {"kind": [_("A workshop has at most %(max)s steps.") % {"max": LIVE_STEPS_MAX}]}
        )
    return step_add(workshop=workshop, kind=kind, title=title, config=config, anonymous=anonymous)


def step_update(*, step: Step, user, title: str, config: dict, anonymous: bool) -> Step:
    """A facilitator changes a step; once the room answered it, only its title changes."""
    _editable(workshop=step.workshop, user=user)
    step_kind = kind_of(step.kind)
    config = schema_validate(step_kind.config_schema, config, field="config").model_dump()
    step_kind.config_check(config=config, workshop=step.workshop)
    answered = step.actions.exists()
    if answered and (config != step.config or anonymous != step.anonymous):
        raise ValidationError(
            {"config": [_("The room has answered this step: only its title can change.")]}
        )
    step.title, step.config, step.anonymous = title, config, anonymous
    step.full_clean()
    step.save(update_fields=["title", "config", "anonymous"])
    return step


def step_remove(*, step: Step, user) -> None:
    """A facilitator removes a step the room has not answered; the others close up."""
    workshop = step.workshop
    _editable(workshop=workshop, user=user)
    if step.actions.exists():
        raise ValidationError({"step": [_("The room has answered this step: it stays.")]})
    with transaction.atomic():
        was_current = workshop.current_step_id == step.pk
        step.delete()
        for order, later in enumerate(workshop.steps.order_by("order"), start=1):
            if later.order != order:
                later.order = order
                later.save(update_fields=["order"])
        if was_current:
            workshop.current_step = workshop.steps.order_by("order").first()
            workshop.save(update_fields=["current_step"])


def step_move(*, step: Step, user, direction: str) -> None:
    """A facilitator moves a step one place `up` or `down`."""
    workshop = step.workshop
    _editable(workshop=workshop, user=user)
    steps = workshop.steps.order_by("order")
    if direction == "up":
        other = steps.filter(order__lt=step.order).last()
    elif direction == "down":
        other = steps.filter(order__gt=step.order).first()
    else:
        raise ValidationError({"direction": [_("Move a step up or down.")]})
    if other is None:
        raise ValidationError({"direction": [_("This step cannot move further.")]})
    with transaction.atomic():
        # The order is unique per workshop: park one step at 0 while they swap.
        mine, theirs = step.order, other.order
        Step.objects.filter(pk=step.pk).update(order=0)
        Step.objects.filter(pk=other.pk).update(order=mine)
        Step.objects.filter(pk=step.pk).update(order=theirs)
