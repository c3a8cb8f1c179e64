"""The live workshops' websocket: phones, the presenter screen and the console of one workshop."""

from django.urls import path

from workshops.consumers import WorkshopConsumer

websocket_urlpatterns = [path("ws/live/<str:code>/", WorkshopConsumer.as_asgi())]
