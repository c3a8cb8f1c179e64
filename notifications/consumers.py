"""Live notifications over a websocket: each logged-in person listens to their own group."""

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from notifications.selectors import notifications_unread_count


def group_name(user_id: int) -> str:
    """The channel-layer group of one person's open pages."""
    return f"notifications-{user_id}"


class NotificationConsumer(AsyncJsonWebsocketConsumer):
    """Sends a person their new notifications as they happen, and the unread count on connect."""

    async def connect(self):
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close(code=4401)
            return
        self.group = group_name(user.pk)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()
        await self.send_json({"type": "unread", "count": await self._unread(user)})

    async def disconnect(self, code):
        if hasattr(self, "group"):
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def notification_new(self, event):
        await self.send_json({"type": "notification", **event["notification"]})

    async def live_message(self, event):
        """A message from a task the person started (`live_message_send`), passed on as is."""
        await self.send_json(event["message"])

    @database_sync_to_async
    def _unread(self, user) -> int:
        return notifications_unread_count(user=user)
