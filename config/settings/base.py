"""Base settings: safe for production on their own (debug off, secrets from the environment)."""

import datetime

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from config.env import BASE_DIR, env
from config.integrations.channel_layer import channel_layers
from config.integrations.email import email_settings
from config.integrations.search import opensearch_url, wagtailsearch_backends
from config.integrations.storage import storages

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # daphne first: its runserver serves the site over ASGI.
    "daphne",
    "accounts",
    "core",
    "notifications",
    "actieplaat",
    "cases",
    "vocabulary",
    "network",
    "matching",
    "workshops",
    "exchanges",
    "search",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "channels",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",  # widget templates for the project's form renderer
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "config.middleware.ApiErrorsAsJsonMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "config.middleware.ApiLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a log-in refused for too many failures into the "try again at" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

# Content-Security-Policy (django-csp): the site runs only its own scripts and styles; no
# inline script, no style attribute, no eval. A template that cannot do without an inline
# script gives it `nonce="{{ request.csp_nonce }}"`, and only then the nonce is sent.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],  # the API, and the site's own websockets
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],  # Wagtail's preview shows pages in a frame of the admin
    }
}
# Wagtail 8's admin (/admin/) still needs inline scripts and style attributes; everything else
# stays as strict as on the site (config/middleware.py, docs/operations.md).
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
    }
}
# Permissions-Policy (django-permissions-policy): the site uses none of these features, and
# neither may anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
} | {"fullscreen": ["self"]}

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

FORM_RENDERER = "core.forms.SiteFormRenderer"

WSGI_APPLICATION = None
ASGI_APPLICATION = "config.asgi.application"

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:home"
LOGOUT_REDIRECT_URL = "/"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # one day
AUTHENTICATION_BACKENDS = [
    # First: refuses a log-in while the account or the address is locked out (django-axes).
    "accounts.backends.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Log-in throttling (django-axes): after LOGIN_FAILURE_LIMIT failed log-ins for one account
# or from one address (site, admin and API tokens alike), that account or address waits
# LOGIN_COOLOFF_MINUTES after the last failure. Failures are kept in the database only as
# long as they count; successful log-ins are not logged.
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("LOGIN_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = "accounts.throttling.lockout_parameters"
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "accounts.throttling.attempted_username"
AXES_CLIENT_IP_CALLABLE = "accounts.throttling.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.throttling.lockout_response"
# A failure while locked out does not move the time we told the person they can try again.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False
# Behind a reverse proxy: how many proxies in front of the site append to X-Forwarded-For.
# 0 (the default) trusts no header and uses the address of the connection.
TRUSTED_PROXY_COUNT = env.int("DJANGO_TRUSTED_PROXY_COUNT", default=0)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch first, English second. Dutch URLs carry no prefix; English ones start with /en/.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The language editors and members write in, whatever the interface language: English pages
# mark content with it (templatetags/content_language.py).
CONTENT_LANGUAGE = LANGUAGE_CODE
TIME_ZONE = "Europe/Amsterdam"
# Dates per language: "1 dec 2026" on Dutch pages (config/formats/).
FORMAT_MODULE_PATH = ["config.formats"]
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = storages()
# On a laptop, serve static files straight from the apps: no collectstatic needed.
WHITENOISE_USE_FINDERS = env.bool("STATIC_FROM_FINDERS", default=False)
WHITENOISE_AUTOREFRESH = WHITENOISE_USE_FINDERS

CHANNEL_LAYERS = channel_layers()
# Seconds between two snapshots of a live workshop's state to its room (the server processes
# share one slot per interval on Redis): each participant's own action is acknowledged at
# once, the room's view catches up within this. 0 sends every change at once (the tests).
# 0.1 s, measured with LIVE_SNAPSHOT_RATE below in bench/live.py (docs/performance.md).
LIVE_SNAPSHOT_INTERVAL = env.float("LIVE_SNAPSHOT_INTERVAL", default=0.1)
# Snapshot messages a second one server process delivers to a room before the interval grows:
# a process with N pages of a workshop lets the room's snapshots come at most every N / rate
# seconds, so a big room's queues never grow (measured on a 2-core machine with the phones of
# the bench on it too, docs/performance.md).
LIVE_SNAPSHOT_RATE = env.float("LIVE_SNAPSHOT_RATE", default=2000)
# One listener per server process and workshop hands each snapshot to that process's pages
# (workshops/broadcast.py); off, each page is in the workshop's group itself (the in-process
# tests, where every test's event loop would otherwise share the listener's channel state).
LIVE_ROOM_LISTENER = env.bool("LIVE_ROOM_LISTENER", default=True)
# One cache for all processes when Redis is there (matching's offer version, facet labels);
# otherwise each process keeps its own.
if env.str("REDIS_URL", default=""):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env.str("REDIS_URL"),
            "KEY_PREFIX": "breder",
        }
    }

globals().update(email_settings())

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # Page actions and index tasks are logged per object; too chatty for the console.
        "wagtail": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django_tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "opensearch": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "opensearchpy.trace": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # Failed log-ins and lockouts are warnings; the rest of django-axes' log is chatter.
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # WeasyPrint logs every step of drawing a PDF, and its fonts' subsetting.
        "weasyprint": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "fontTools": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# The site's own address, for links built outside a request (e-mails from signals, tasks and
# commands; core/links.py). The demo loader keeps Wagtail's Site record in step with it.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

# Wagtail
WAGTAIL_SITE_NAME = "Breder Belang"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default=SITE_URL)
WAGTAILSEARCH_BACKENDS = wagtailsearch_backends()
# The network's own search engine (search/engine.py); empty means the database answers.
OPENSEARCH_URL = opensearch_url()
OPENSEARCH_INDEX_PREFIX = env.str("OPENSEARCH_INDEX_PREFIX", default="breder")
OPENSEARCH_TIMEOUT = env.int("OPENSEARCH_TIMEOUT", default=5)
# Update documents as content changes (tests switch this off, see config/settings/test.py).
SEARCH_INDEX_UPDATES = True
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
TAGGIT_CASE_INSENSITIVE = True
WAGTAILADMIN_LOGIN_URL = "wagtailadmin_login"
# No avatars from gravatar.com: it would learn who uses the admin, and the CSP refuses it.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Personal API tokens: the lifetime offered when one is made, and the longest allowed.
API_TOKEN_DEFAULT_DAYS = env.int("API_TOKEN_DEFAULT_DAYS", default=90)
API_TOKEN_MAX_DAYS = env.int("API_TOKEN_MAX_DAYS", default=365)

# The network
INVITATION_VALID_DAYS = env.int("INVITATION_VALID_DAYS", default=14)
# Invitations an organisation may send in 24 hours (the desk has no limit).
INVITATIONS_PER_DAY = env.int("INVITATIONS_PER_DAY", default=20)

# Photos and logos (core/images.py): bytes and pixels accepted (the pixel count is read from
# the header, before decoding; a phone's 24-megapixel photo fits), longest side once stored.
UPLOAD_IMAGE_MAX_BYTES = 2 * 1024 * 1024
UPLOAD_IMAGE_MAX_PIXELS = 25_000_000
UPLOAD_IMAGE_MAX_SIDE = 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Background tasks (django-tasks, which Wagtail uses too): queued in the database and run by
# `manage.py db_worker`, which `make run` starts next to the server. Tests run them at once.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
