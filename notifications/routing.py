"""The notifications' websocket: every page of a logged-in person listens here."""

from django.urls import path

from notifications.consumers import NotificationConsumer

websocket_urlpatterns = [path("ws/meldingen/", NotificationConsumer.as_asgi())]
