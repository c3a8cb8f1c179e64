from django.urls import path

from workshops import views

app_name = "workshops"

urlpatterns = [
    path("", views.enter, name="enter"),
    path("markt/<int:pk>/", views.market_leads, name="market_leads"),
    path("<str:code>/", views.room, name="room"),
    path("<str:code>/console/", views.console, name="console"),
]
