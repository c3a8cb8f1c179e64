from django.urls import path

from workshops import views, views_export

app_name = "workshops"

urlpatterns = [
    path("", views.enter, name="enter"),
    path("export/<int:workshop_id>/csv/", views_export.export_csv, name="export_csv"),
    path("export/<int:workshop_id>/json/", views_export.export_json, name="export_json"),
    path("<str:code>/", views.room, name="room"),
    path("<str:code>/console/", views.console, name="console"),
]
