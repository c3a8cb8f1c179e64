from django.urls import path

from exchanges import views

app_name = "exchanges"

urlpatterns = [
    path("", views.exchange_list, name="list"),
    path("nieuw/<int:request_pk>/", views.exchange_start, name="start"),
    path("<int:pk>/", views.exchange_detail, name="detail"),
    path("<int:pk>/overeenkomst/", views.exchange_agreement, name="agreement"),
    path("<int:pk>/overeenkomst.pdf", views.exchange_agreement_pdf, name="agreement_pdf"),
    path("<int:pk>/stap/<slug:name>/", views.exchange_step, name="step"),
    path("<int:pk>/casus/", views.exchange_case, name="case"),
    path("<int:pk>/uren/", views.hours_log, name="hours_log"),
    path("<int:pk>/uren/<int:entry_pk>/", views.hours_decide, name="hours_decide"),
    path("<int:pk>/kosten/<int:year>/<int:month>/", views.statement_page, name="statement"),
    path(
        "<int:pk>/kosten/<int:year>/<int:month>/overzicht.csv",
        views.statement_csv,
        name="statement_csv",
    ),
    path(
        "<int:pk>/kosten/<int:year>/<int:month>/overzicht.pdf",
        views.statement_pdf,
        name="statement_pdf",
    ),
]
