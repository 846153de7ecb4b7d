"""Terminal chat with a running Heupcheck (make run) over the REST channel, for quick checks."""
from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request
import uuid


def send(url: str, sender: str, message: str) -> list:
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def main() -> int:
    url = f"http://127.0.0.1:{os.environ.get('RASA_PORT', '5005')}/webhooks/rest/webhook"
    sender = f"terminal-{uuid.uuid4().hex[:12]}"
    print(f"Heupcheck via {url} (gesprek {sender}). Typ 'stop' om te stoppen.")
    while True:
        try:
            message = input("jij> ")
        except (EOFError, KeyboardInterrupt):
            return 0
        if message.strip().lower() == "stop":
            return 0
        try:
            replies = send(url, sender, message)
        except (urllib.error.URLError, OSError) as error:
            print(f"Heupcheck is niet bereikbaar ({error}). Start het eerst met 'make run'.")
            return 1
        if not replies:
            print("(lege reactie: er ging iets mis aan de serverkant)")
        for reply in replies:
            if "text" in reply:
                print(f"bot> {reply['text']}")
            for button in reply.get("buttons") or []:
                print(f"     [{button['title']}]")
            if "custom" in reply:
                triage = reply["custom"].get("triage", {})
                print(f"     (triage: {triage.get('level')}, score {triage.get('score')})")


if __name__ == "__main__":
    sys.exit(main())
