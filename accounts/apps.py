from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """User accounts: e-mail login, sign-up, sign-in and password reset."""

    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from accounts import personal_data

        personal_data.register()
