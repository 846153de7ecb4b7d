"""Settings of the triage desk. The database is the one of the Rasa tracker store: SQLite at
HEUPCHECK_DB by default, PostgreSQL when DB_HOST is set (same variables as endpoints.postgres.yml)."""
import os
from pathlib import Path

from actions.check_store import database_url

ROOT = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DESK_SECRET_KEY", "")
if not SECRET_KEY:
    raise RuntimeError("DESK_SECRET_KEY is not set (make run writes one into .env)")
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"] + [h for h in os.environ.get("DESK_ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "desk.checks",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "desk.security.SecurityHeaders",
]
ROOT_URLCONF = "desk.urls"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
    ]},
}]

# one reading of DB_HOST / HEUPCHECK_DB for the desk and the action server that writes the checks
_db = database_url({"HEUPCHECK_DB": str(ROOT / "heupcheck.db"), **os.environ})
if _db.get_backend_name() == "postgresql":
    DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "HOST": _db.host,
                             "PORT": str(_db.port), "NAME": _db.database, "USER": _db.username,
                             "PASSWORD": _db.password or ""}}
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": _db.database,
                             "OPTIONS": {"timeout": 30}}}   # three processes share the file
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# PBKDF2 (Django's default KDF) for passwords
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "/desk/login/"
LOGGING = {"version": 1, "disable_existing_loggers": False,
           "handlers": {"console": {"class": "logging.StreamHandler"}},
           "root": {"handlers": ["console"], "level": "WARNING"}}

SESSION_COOKIE_SECURE = True       # browsers keep Secure cookies for http://127.0.0.1 and localhost
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Strict"
SESSION_COOKIE_AGE = 8 * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Strict"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"   # "no-referrer" makes Chromium send Origin: null, which CSRF refuses

LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

RETENTION_DAYS = int(os.environ.get("HEUPCHECK_RETENTION_DAYS", "90"))
LOCKOUT_FAILURES = 5
LOCKOUT_MINUTES = 15
