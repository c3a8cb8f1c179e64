"""Sending the room its new state: the one seam between a change and the phones.

Today every change sends one snapshot to the workshop's group at once. Coalescing (at most
one snapshot per interval per workshop, while each sender's ack still goes at once) and the
Redis layer's capacity for a big room come later, here and in the channel-layer settings.
"""

from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer

from workshops import selectors


def group_name(workshop_id: int) -> str:
    """The channel-layer group of everyone in one workshop."""
    return f"workshop_{workshop_id}"


async def state_broadcast(workshop) -> None:
    """Send the room the workshop's state (from a consumer)."""
    state = await database_sync_to_async(selectors.workshop_state)(workshop=workshop)
    await get_channel_layer().group_send(
        group_name(workshop.pk), {"type": "state.push", "state": state}
    )


def state_broadcast_sync(workshop) -> None:
    """The same from a page's form (a participant without the websocket, the console)."""
    state = selectors.workshop_state(workshop=workshop)
    async_to_sync(get_channel_layer().group_send)(
        group_name(workshop.pk), {"type": "state.push", "state": state}
    )
