"""The authentication backend that puts django-axes' lockout in front of every log-in."""

from axes.backends import AxesStandaloneBackend


class LoginThrottleBackend(AxesStandaloneBackend):
    """Refuses a log-in while its account or address is locked out; logs no one in itself.

    A log-in without a request (Django's test client, the shell) is not a web log-in and has
    no address to count; it passes through to the next backend instead of failing.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
