from django.urls import path

from cases import views

app_name = "contributions"

urlpatterns = [
    path("", views.contribution_list, name="list"),
    path("nieuw/", views.contribution_create, name="create"),
    path("<int:pk>/bewerken/", views.contribution_edit, name="edit"),
]
