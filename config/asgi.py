"""ASGI entry point: Django over HTTP, and the live websockets behind origin checks and
authentication (the session of the site)."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

# Build the Django application first: it sets up the app registry the routers import from.
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from config.startup import freeze_loaded_objects  # noqa: E402
from notifications.routing import websocket_urlpatterns as notification_websockets  # noqa: E402
from workshops.routing import websocket_urlpatterns as workshop_websockets  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": AllowedHostsOriginValidator(
            AuthMiddlewareStack(URLRouter(notification_websockets + workshop_websockets))
        ),
    }
)

freeze_loaded_objects()  # last: everything the process loaded stays out of collections
