from django.urls import path

from matching import views

app_name = "matching"

urlpatterns = [
    path("", views.index, name="index"),
    path("vragen/", views.request_list, name="requests"),
    path("vragen/nieuw/", views.request_create, name="request_create"),
    path("vragen/<int:pk>/", views.request_detail, name="request"),
    path("vragen/<int:pk>/bewerken/", views.request_edit, name="request_edit"),
    path("vragen/<int:pk>/status/", views.request_status, name="request_status"),
    path("vragen/<int:pk>/shortlist/", views.shortlist, name="shortlist"),
    path("vragen/<int:pk>/dekking/", views.request_cover, name="request_cover"),
    path("vragen/<int:pk>/kennismaken/", views.introduction, name="introduction"),
    path("beschikbaarheid/", views.availability_list, name="availabilities"),
    path("beschikbaarheid/nieuw/", views.availability_create, name="availability_create"),
    path("beschikbaarheid/<int:pk>/bewerken/", views.availability_edit, name="availability_edit"),
    path("goedkeuren/", views.approvals, name="approvals"),
    path("rondes/", views.round_list, name="rounds"),
    path("rondes/<int:pk>/", views.round_detail, name="round"),
]
