"""What the network's roles may do with exchanges in the CMS: editors and the desk keep the
agreement templates, the desk sets the reminders."""

from network.roles import EDITORS, LOKET

GROUP_PERMISSIONS = {
    EDITORS: [
        "exchanges.add_agreementtemplate",
        "exchanges.change_agreementtemplate",
        "exchanges.view_agreementtemplate",
    ],
    LOKET: [
        "exchanges.add_agreementtemplate",
        "exchanges.change_agreementtemplate",
        "exchanges.view_agreementtemplate",
        "exchanges.change_exchangesettings",
    ],
}


def grants_ensure(*, group_model=None, permission_model=None) -> None:
    """Give the groups their permissions on exchanges; safe to run again (the migration
    passes its historical models, the demo loader the real ones)."""
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
