"""The desk's tables. desk_check is written by the action server (actions/check_store.py) when a
check ends; its schema is owned by these models and their migrations."""
from django.conf import settings
from django.db import models


class Check(models.Model):
    id = models.CharField(primary_key=True, max_length=300)   # "<conversation id>:<round>"
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
        ordering = ["level_rank", "-score", "ended_at"]   # most urgent first
        indexes = [models.Index(fields=["level_rank", "-score", "ended_at"], name="desk_check_queue")]

    @property
    def reviewed(self) -> bool:
        return self.reviewed_at is not None

    def __str__(self) -> str:
        return f"{self.id} {self.level}"


class AccessLog(models.Model):
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    check_id = models.CharField(max_length=300, db_index=True)   # "" for the queue export
    action = models.CharField(max_length=20, choices=[(a, a) for a in (
        "opened", "reviewed", "export_json", "export_print", "export_csv")])

    class Meta:
        db_table = "desk_access_log"
        ordering = ["-at"]


class FailedLogin(models.Model):
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    username = models.CharField(max_length=150, db_index=True)

    class Meta:
        db_table = "desk_failed_login"
