"""Every route but the login page and the static files needs a logged-in desk user
(tests/test_desk_routes.py checks each of them)."""
from django.urls import path

from desk.checks import views

urlpatterns = [
    path("", views.root),
    path("desk/", views.queue, name="queue"),
    path("desk/wachtrij.csv", views.queue_csv, name="queue_csv"),
    path("desk/login/", views.login_view, name="login"),
    path("desk/logout/", views.logout_view, name="logout"),
    path("desk/check/<path:check_id>", views.check_detail, name="check"),
    path("desk/review/<path:check_id>", views.check_review, name="review"),
    path("desk/json/<path:check_id>", views.check_json, name="check_json"),
    path("desk/print/<path:check_id>", views.check_print, name="check_print"),
    path("desk/toegangslog/", views.access_log, name="access_log"),
    path("desk/static/<str:name>", views.static, name="static"),
]

PUBLIC = {"login", "static"}
