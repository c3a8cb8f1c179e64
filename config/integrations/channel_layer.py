"""Channel layer: Redis when REDIS_URL is set; the in-memory layer only where allowed."""

from django.core.exceptions import ImproperlyConfigured

from config.env import env


def channel_layers() -> dict:
    """Return CHANNEL_LAYERS for the environment.

    The in-memory layer cannot carry messages between processes, so it is refused unless
    CHANNEL_LAYER_IN_MEMORY is set, which only the dev and test settings do.
    """
    redis_url = env.str("REDIS_URL", default="")
    if redis_url:
        return {
            "default": {
                "BACKEND": "channels_redis.core.RedisChannelLayer",
                "CONFIG": {"hosts": [redis_url]},
            }
        }
    if not env.bool("CHANNEL_LAYER_IN_MEMORY", default=False):
        raise ImproperlyConfigured("Set REDIS_URL (or CHANNEL_LAYER_IN_MEMORY on a laptop).")
    return {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
