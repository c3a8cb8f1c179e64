from django.urls import path

from workshops import builder_views, views, views_export

app_name = "workshops"

urlpatterns = [
    path("", views.enter, name="enter"),
    # Lower-case words: never a join code (codes are upper case), so they come first.
    path("mijn/", builder_views.mine, name="mine"),
    path("nieuw/", builder_views.new, name="new"),
    path("export/<int:workshop_id>/csv/", views_export.export_csv, name="export_csv"),
    path("export/<int:workshop_id>/json/", views_export.export_json, name="export_json"),
    path("markt/<int:pk>/", views.market_leads, name="market_leads"),
    path("<str:code>/", views.room, name="room"),
    path("<str:code>/console/", views.console, name="console"),
    path("<str:code>/presenter/", views.presenter, name="presenter"),
    path("<str:code>/bouwen/", builder_views.builder, name="builder"),
    path("<str:code>/bouwen/stap/", builder_views.step_settings, name="step_new"),
    path("<str:code>/bouwen/<int:step_id>/", builder_views.step_settings, name="step_edit"),
]
