"""The network's roles as Django groups, and what each may do."""

from django.utils.translation import gettext_lazy as _

MEMBERS = "Netwerkleden"
ORGANISATION_ADMINS = "Organisatiebeheerders"
FACILITATORS = "Facilitatoren"
LOKET = "Loket"
EDITORS = "Editors"  # Wagtail's own group for page editing

# Permissions per group, as "app_label.codename".
GROUP_PERMISSIONS = {
    MEMBERS: ["network.view_members_only"],
    # Administrators of a pending organisation are not members yet; membership comes with
    # the organisation's approval (the members group).
    ORGANISATION_ADMINS: ["network.manage_own_organisation"],
    FACILITATORS: ["network.view_members_only", "wagtailadmin.access_admin"],
    LOKET: ["network.view_members_only", "network.moderate_network", "wagtailadmin.access_admin"],
}

ROLE_LABELS = {
    MEMBERS: _("Network member"),
    ORGANISATION_ADMINS: _("Organisation administrator"),
    FACILITATORS: _("Facilitator"),
    LOKET: _("Desk (loket) and moderator"),
    EDITORS: _("Editor"),
}


def roles_ensure(*, group_model=None, permission_model=None) -> None:
    """Create the role groups with their permissions; safe to run again.

    The migration passes its historical models; the demo loader uses the real ones (a test
    database that was flushed has lost the groups the migration made).
    """
    if group_model is None:
        from django.contrib.auth.models import Group as group_model
        from django.contrib.auth.models import Permission as permission_model

    for name, codes in GROUP_PERMISSIONS.items():
        group, _created = group_model.objects.get_or_create(name=name)
        for code in codes:
            app_label, codename = code.split(".")
            group.permissions.add(
                permission_model.objects.get(content_type__app_label=app_label, codename=codename)
            )
