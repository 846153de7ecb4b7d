"""manage.py createdeskuser NAME [--admin] [--password-stdin]: a desk account. The password is
asked twice at the prompt (or read from stdin for scripts), checked by the password validators
and stored hashed with PBKDF2 (Django's default). --admin gives the admin role (access log)."""
import getpass
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create or update a triage desk account."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--admin", action="store_true", help="may see the access log")
        parser.add_argument("--password-stdin", action="store_true", help="read the password from stdin")

    def handle(self, *args, username, admin, password_stdin, **options):
        if password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass("Wachtwoord: ")
            if password != getpass.getpass("Nog een keer: "):
                raise CommandError("De wachtwoorden verschillen.")
        User = get_user_model()
        user = User.objects.filter(username=username).first() or User(username=username)
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages))
        user.set_password(password)
        user.is_staff = admin
        user.is_active = True
        user.save()
        self.stdout.write(f"desk account {username} {'(admin) ' if admin else ''}saved")
