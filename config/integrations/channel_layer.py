"""Channel layer: Redis when REDIS_URL is set; the in-memory layer only where allowed."""

from django.core.exceptions import ImproperlyConfigured

from config.env import env

# The Redis layer drops a message silently when the key it goes to is full (capacity) or
# when nobody reads it in time (expiry), so both are set for a big live room, not left to
# the defaults by chance:
# - A group send to a workshop of 2,000 phones is not 2,000 entries: channels-redis writes one
#   entry per server process, to that process's own key (`specific.<process>!`), listing the
#   channels it is for. That key carries every process's websocket traffic, so it gets a deep
#   capacity (PROCESS_CAPACITY): a process busy serving a burst falls behind for a moment
#   without losing the snapshots waiting for it. The group name does not pick the capacity;
#   the receiving channel's name does, hence the pattern on `specific.*`.
# - Each consumer's own queue in its process holds CHANNEL_CAPACITY messages. With coalesced
#   snapshots (workshops.broadcast: a few a second per workshop) a reading consumer holds one
#   or two; a full queue means a consumer that stopped reading, and its oldest go first.
# - EXPIRY: a message nobody read in this many seconds is stale (the next snapshot supersedes
#   it, and a client that sees a gap in `seq` asks for the state).
# - GROUP_EXPIRY: a membership older than this is dropped without a word, so it is longer than
#   any workshop day; it also bounds how long the channels of a crashed process linger.
# - SOCKET_TIMEOUT: a consumer waits for its next message with a blocking Redis read of up to
#   5 s (channels-redis's BZPOPMIN); redis-py 8 gives every read a timeout of 5 s by default,
#   so the wait itself timed out under load and killed the consumer (close 1011, "Timeout
#   reading from Redis"). Reads may take longer than the blocking wait, with room to spare.
CHANNEL_CAPACITY = 200
PROCESS_CAPACITY = 5_000
EXPIRY_SECONDS = 60
GROUP_EXPIRY_SECONDS = 24 * 60 * 60
SOCKET_TIMEOUT_SECONDS = 30


def channel_layers() -> dict:
    """Return CHANNEL_LAYERS for the environment.

    The in-memory layer cannot carry messages between processes, so it is refused unless
    CHANNEL_LAYER_IN_MEMORY is set, which only the dev and test settings do; REDIS_URL, when
    set, wins (production, CI's full-stack pass, two processes on a laptop).
    """
    redis_url = env.str("REDIS_URL", default="")
    if redis_url:
        return {
            "default": {
                "BACKEND": "channels_redis.core.RedisChannelLayer",
                "CONFIG": {
                    "hosts": [{"address": redis_url, "socket_timeout": SOCKET_TIMEOUT_SECONDS}],
                    "capacity": CHANNEL_CAPACITY,
                    "channel_capacity": {"specific.*": PROCESS_CAPACITY},
                    "expiry": EXPIRY_SECONDS,
                    "group_expiry": GROUP_EXPIRY_SECONDS,
                },
            }
        }
    if not env.bool("CHANNEL_LAYER_IN_MEMORY", default=False):
        raise ImproperlyConfigured("Set REDIS_URL (or CHANNEL_LAYER_IN_MEMORY on a laptop).")
    return {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
