from django.urls import path
from django.views.generic import RedirectView

from network.views import account, directory, overview

app_name = "network"

urlpatterns = [
    path("", overview.index, name="index"),
    path("organisaties/", directory.organisation_index, name="organisations"),
    path("organisaties/<slug:slug>/", directory.organisation_detail, name="organisation"),
    path(
        "organisaties/<slug:slug>/bewerken/", directory.organisation_edit, name="organisation_edit"
    ),
    path(
        "organisaties/<slug:slug>/mensen/",
        directory.organisation_people,
        name="organisation_people",
    ),
    path(
        "organisaties/<slug:slug>/status/",
        directory.organisation_status,
        name="organisation_status",
    ),
    path("mensen/", directory.person_index, name="people"),
    path("mensen/<uuid:public_id>/", directory.person_detail, name="person"),
    path("loket/", directory.desk, name="desk"),
    path("mijn-profiel/", account.profile_edit, name="profile_edit"),
    path("mijn-gegevens/", account.privacy, name="privacy"),
    # The notifications page moved to its own app; old links and bookmarks still arrive.
    path("meldingen/", RedirectView.as_view(pattern_name="notifications:index", permanent=True)),
    path("mijn-gegevens/download/", account.privacy_export, name="privacy_export"),
]
