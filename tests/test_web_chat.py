"""The patients' web chat (webchat/): its server over HTTP (headers, forwarding, refusals, page
weight), its texts through the safety guard, and the page itself in Debian's Chromium driven by
playwright-core (tests/browser/*.test.mjs) against the real bot of this test session."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bot.input_check import MAX_MESSAGE_CHARS
from bot.safety import violations
from tests.conftest import ROOT, VENV_BIN, free_port, stop

STATIC = ROOT / "webchat" / "static"
BROWSER_TESTS = ROOT / "tests" / "browser"
ARTIFACTS = ROOT / "results" / "browser"
CLINIC_PHONE = "03 123 45 67"


def _start(command, env, log: Path, ready_url: str, cwd=ROOT) -> subprocess.Popen:
    handle = open(log, "w")
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=handle, stderr=subprocess.STDOUT)
    deadline = time.time() + 30
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{command} exited: {log.read_text()}")
        try:
            with urllib.request.urlopen(ready_url, timeout=2):
                return process
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"{command} did not answer at {ready_url}")


def _web_chat(rasa_url: str, work: Path, name: str, **settings) -> tuple:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RASA_URL": rasa_url, "WEBCHAT_PORT": str(port),
           "HEUPCHECK_CLINIC_NAME": "Huisartsenpraktijk De Linde", **settings}
    url = f"http://127.0.0.1:{port}"
    process = _start([str(VENV_BIN / "python"), "-m", "webchat.server"], env, work / f"{name}.log",
                     f"{url}/healthz")
    return url, process


@pytest.fixture(scope="session")
def web_chat(bot, tmp_path_factory):
    """The web chat in front of the session's real bot, a second one in front of a bot that is
    down, and a clinic's page on another origin that embeds the first with one script tag."""
    work = tmp_path_factory.mktemp("webchat")
    clinic_port = free_port()
    clinic_origin = f"http://127.0.0.1:{clinic_port}"
    url, chat = _web_chat(bot.url, work, "webchat", WEBCHAT_FRAME_ANCESTORS=f"'self' {clinic_origin}")
    dead_url, dead = _web_chat(f"http://127.0.0.1:{free_port()}", work, "webchat-dead",
                               WEBCHAT_REPLY_TIMEOUT="5")
    site = work / "clinic"
    site.mkdir()
    (site / "index.html").write_text(
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Groepspraktijk Ter Linde</title>'
        '</head><body><main><h1>Groepspraktijk Ter Linde</h1><p>Pijn in je lies, heup of bil? Doe de check.</p>'
        f'<script src="{url}/embed.js" data-region="BE" data-clinic-name="Groepspraktijk Ter Linde" '
        f'data-clinic-phone="{CLINIC_PHONE}"></script></main></body></html>', encoding="utf-8")
    clinic = _start([sys.executable, "-m", "http.server", str(clinic_port), "--bind", "127.0.0.1"],
                    os.environ.copy(), work / "clinic.log", f"{clinic_origin}/", cwd=site)
    try:
        yield {"url": url, "dead_url": dead_url, "clinic_url": f"{clinic_origin}/index.html", "log": work}
    finally:
        stop(chat, dead, clinic, timeout=10)


def fetch(url: str, body: bytes = None, content_type: str = "application/json"):
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type} if body else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def post(url: str, payload) -> tuple:
    return fetch(f"{url}/webhooks/rest/webhook", json.dumps(payload).encode())


# ---- the server ------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/chat/", "/chat/chat.js", "/chat/chat.css", "/embed.js",
                                  "/chat/config.json", "/chat/nothing.html", "/healthz"])
def test_every_response_carries_the_security_headers(web_chat, path):
    status, headers, _ = fetch(web_chat["url"] + path)
    assert status in (200, 404)
    assert headers["Content-Security-Policy"].startswith("default-src 'self'; ")
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "no-referrer"


def test_the_page_is_only_embeddable_by_the_configured_origins(web_chat):
    _, headers, _ = fetch(web_chat["url"] + "/chat/")
    assert headers["Content-Security-Policy"].endswith("frame-ancestors 'self' " + web_chat["clinic_url"][:-11])
    _, headers, _ = fetch(web_chat["dead_url"] + "/chat/")
    assert headers["Content-Security-Policy"].endswith("frame-ancestors 'self'")


def test_messages_reach_the_bot_with_the_region_and_nothing_else(web_chat, bot):
    sender = f"web-{uuid.uuid4().hex}"
    status, _, body = post(web_chat["url"], {"sender": sender, "message": "hallo",
                                             "metadata": {"region": "BE", "naam": "Jan"}})
    replies = json.loads(body)
    assert status == 200 and replies and "Heupcheck" in replies[0]["text"]
    first = next(e for e in bot.tracker(sender)["events"] if e["event"] == "user")
    assert first["metadata"]["region"] == "BE" and "naam" not in first["metadata"]


@pytest.mark.parametrize("payload", [
    {"sender": "kort", "message": "hallo"},                         # not a random conversation id
    {"sender": "../../conversations/x/tracker", "message": "hallo"},
    {"sender": f"web-{'a' * 32}", "message": 12},
    ["hallo"],
])
def test_malformed_requests_are_refused(web_chat, payload):
    status, _, body = post(web_chat["url"], payload)
    assert status == 400 and json.loads(body) == {"error": "bad_request"}


def test_an_oversized_request_body_is_refused_before_the_bot(web_chat):
    payload = {"sender": f"web-{uuid.uuid4().hex}", "message": "x" * 200_000}
    status, _, _ = post(web_chat["url"], payload)
    assert status == 413


def test_bot_down_is_an_error_status_not_an_empty_list(web_chat):
    status, _, body = post(web_chat["dead_url"], {"sender": f"web-{uuid.uuid4().hex}", "message": "hallo"})
    assert status == 502 and json.loads(body) == {"error": "bot_unreachable"}


@pytest.mark.parametrize("path", ["/chat/..%2fserver.py", "/chat/server.py", "/chat/%2e%2e/server.py",
                                  "/chat/..%2f..%2frequirements.lock"])
def test_only_the_static_files_are_served(web_chat, path):
    status, _, body = fetch(web_chat["url"] + path)
    assert status == 404 and b"import" not in body


def test_config_gives_the_server_cap_and_the_clinic(web_chat):
    _, _, body = fetch(web_chat["url"] + "/chat/config.json")
    config = json.loads(body)
    assert config["max_chars"] == MAX_MESSAGE_CHARS and config["clinic_name"] == "Huisartsenpraktijk De Linde"
    assert config["retention_days"] == 90 and config["region"] == "NL"


# ---- the static page -------------------------------------------------------------------------

class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.texts, self.urls, self.inline, self.maxlength, self._tags = [], [], [], None, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._tags.append(tag)
        self.urls += [attrs[a] for a in ("src", "href", "action") if attrs.get(a)]
        if tag == "textarea":
            self.maxlength = int(attrs["maxlength"])
        if "style" in attrs or any(a.startswith("on") for a in attrs) or (tag == "script" and "src" not in attrs):
            self.inline.append(tag)

    def handle_endtag(self, tag):
        if self._tags:
            self._tags.pop()

    def handle_data(self, data):
        if data.strip() and (not self._tags or self._tags[-1] not in ("script", "style")):
            self.texts.append(" ".join(data.split()))


@pytest.fixture(scope="module")
def page():
    parsed = _Page()
    parsed.feed((STATIC / "index.html").read_text(encoding="utf-8"))
    return parsed


def test_the_page_loads_nothing_from_elsewhere_and_has_no_inline_code(page):
    external = [u for u in page.urls if re.match(r"^(?:[a-z]+:)?//", u)]
    assert external == [] and page.inline == []
    for name in ("chat.js", "embed.js", "chat.css"):
        code = re.sub(r"/\*.*?\*/|^\s*//.*$", "", (STATIC / name).read_text(encoding="utf-8"), flags=re.S | re.M)
        code = code.replace("'http://www.w3.org/2000/svg'", "")  # a namespace name, not a request
        assert not re.search(r"https?://|@import|url\(", code), name


def test_every_text_of_the_page_passes_the_safety_guard(page):
    sentences = [s for text in page.texts for s in re.split(r"(?<=[.?!:])\s+", text)]
    assert len(sentences) > 30
    assert [(s, violations(s)) for s in sentences if violations(s)] == []


def test_the_page_states_what_the_check_is_and_what_is_stored(page):
    text = " ".join(page.texts)
    for phrase in ("geen diagnose", "112", "bewaard", "triagebalie", "dagen worden ze gewist", "1733"):
        assert phrase in text


def test_the_input_has_the_same_cap_as_the_server(page):
    assert page.maxlength == MAX_MESSAGE_CHARS


def test_page_weight(web_chat):
    """A figure for the closing note (results/web_chat_figures.json), and a budget."""
    sizes = {}
    for path in ("/chat/", "/chat/chat.css", "/chat/chat.js", "/embed.js"):
        _, _, body = fetch(web_chat["url"] + path)
        sizes[path] = len(body)
    figures = {"bytes": sizes, "total_bytes": sum(sizes.values())}
    (ROOT / "results").mkdir(exist_ok=True)
    (ROOT / "results" / "web_chat_figures.json").write_text(json.dumps(figures, indent=2))
    print("\nweb chat page weight:", json.dumps(figures))
    assert figures["total_bytes"] < 100_000


# ---- the page in a real browser --------------------------------------------------------------

@pytest.mark.parametrize("suite", sorted(p.name for p in BROWSER_TESTS.glob("*.test.mjs")))
def test_in_chromium(web_chat, bot, suite):
    node = shutil.which("node")
    assert node and (BROWSER_TESTS / "node_modules" / "playwright-core").is_dir(), \
        "browser tools missing: run the tests through `make test` (scripts/install_browser_tools.sh)"
    env = {**os.environ, "HEUPCHECK_CHAT_URL": web_chat["url"] + "/chat/",
           "HEUPCHECK_DEAD_CHAT_URL": web_chat["dead_url"] + "/chat/",
           "HEUPCHECK_CLINIC_PAGE_URL": web_chat["clinic_url"], "RASA_URL": bot.url,
           "RASA_TOKEN": bot.token, "HEUPCHECK_ARTIFACTS": str(ARTIFACTS)}
    result = subprocess.run([node, "--test", "--test-reporter=spec", "--test-concurrency=1", suite],
                            cwd=BROWSER_TESTS, env=env, capture_output=True, text=True, timeout=900)
    print(result.stdout[-6000:], result.stderr[-3000:])
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
