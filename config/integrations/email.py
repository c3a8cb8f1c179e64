"""E-mail: the backend and server come from EMAIL_URL (smtp://, consolemail://, ...)."""

from config.env import env


def email_settings() -> dict:
    """Return the e-mail settings as a dict of setting names to values."""
    from_address = env.str("DEFAULT_FROM_EMAIL", default="noreply@brederbelang.nl")
    return {
        **env.email_url("EMAIL_URL", default="smtp://localhost:25"),
        "DEFAULT_FROM_EMAIL": from_address,
        "SERVER_EMAIL": from_address,
    }
