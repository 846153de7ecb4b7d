"""The desk's tables. desk_check is written by the action server (actions/check_store.py) when a
check ends; its schema is owned by these models and their migrations."""
from django.conf import settings
from django.db import models

LEVEL_RANK = {"spoed": 0, "huisarts_mri": 1, "huisarts": 2, "zelfzorg": 3, "buiten_scope": 4}


class Check(models.Model):
    id = models.CharField(primary_key=True, max_length=80)   # "<conversation id>:<round>"
    conversation_id = models.CharField(max_length=255, db_index=True)
    started_at = models.DateTimeField()
    ended_at = models.DateTimeField(db_index=True)
    region = models.CharField(max_length=2)
    level = models.CharField(max_length=20)
    level_rank = models.SmallIntegerField(db_index=True)
    score = models.IntegerField()
    flags = models.JSONField()          # [{"id", "label", "source"}]
    answers = models.JSONField()        # every slot, "onbekend" included
    unknown = models.JSONField()
    advice = models.JSONField()         # the advice card as the patient saw it
    spec_version = models.CharField(max_length=10)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    review_note = models.TextField(blank=True, default="")

    class Meta:
        db_table = "desk_check"
        ordering = ["level_rank", "-score", "ended_at"]


class AccessLog(models.Model):
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    check_id = models.CharField(max_length=80, db_index=True)
    action = models.CharField(max_length=20)   # opened, reviewed, export_json, export_print, export_csv

    class Meta:
        db_table = "desk_access_log"
        ordering = ["-at"]


class FailedLogin(models.Model):
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    username = models.CharField(max_length=150, db_index=True)

    class Meta:
        db_table = "desk_failed_login"
