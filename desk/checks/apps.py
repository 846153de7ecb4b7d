from django.apps import AppConfig


class ChecksConfig(AppConfig):
    name = "desk.checks"
    label = "desk"
