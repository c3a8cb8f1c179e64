"""Each kind of step in one module, gathered in one registry.

A kind says what a step of its kind asks of the room, from end to end: the shape of its
settings (a pydantic schema, and the settings form of the workshop builder), the actions a
participant can take on it (a payload schema and a plain form for each), the rules an action
must keep beyond its shape, the step's results, what one participant did, and how a page
shows the results (rows and a template). Services, selectors, forms and pages ask the
registry; a new kind is one new module here, listed at the bottom, and its templates.
"""

from workshops.kinds.base import Kind

KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    """Add a kind of step to the registry (each module registers its one kind)."""
    if kind.name in KINDS:
        raise ValueError(f"The kind {kind.name!r} is registered twice.")
    KINDS[kind.name] = kind
    return kind


def kind_of(name: str) -> Kind | None:
    """The kind of step with this name, or None for a name that is not known."""
    return KINDS.get(name)


def kind_of_action(action_kind: str) -> Kind | None:
    """The kind of step an action of this kind belongs to."""
    for kind in KINDS.values():
        if action_kind in kind.payloads:
            return kind
    return None


def action_form(*, step, action_kind: str, data=None):
    """The plain form of this action kind on this step (bound to data when given), or None
    when the step takes no such action. The same form serves the page without JavaScript
    and a page that sends the form's fields over the websocket."""
    kind = kind_of(step.kind)
    if kind is None or action_kind not in kind.forms:
        return None
    state = {"step": {"config": kind.public_config(config=step.config)}}
    return kind.form_for(action_kind, data, step=step, state=state)


# Each module registers its kind on import; the order is the order of the builder's menu.
from workshops.kinds import info, dot_vote, idea_wall, poll  # noqa: E402, F401, I001
from workshops.kinds import scale, word_cloud, questions, ranking  # noqa: E402, F401
from workshops.kinds import market  # noqa: E402, F401
