"""The patients' web chat: serves the static chat page (HTML, CSS, JS; nothing from elsewhere)
under a Content-Security-Policy of `default-src 'self'`, and forwards the page's messages to Rasa's
REST channel on the same origin, so the page never talks to another host.

    python -m webchat.server        (settings from the environment, see Settings)
"""
from __future__ import annotations

import asyncio
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict

from aiohttp import ClientError, ClientSession, ClientTimeout, web

from bot.content import REGIONS
from bot.input_check import MAX_MESSAGE_CHARS, client_region

STATIC = Path(__file__).resolve().parent / "static"
WEBHOOK = "/webhooks/rest/webhook"
SENDER = re.compile(r"^[A-Za-z0-9-]{16,64}$")  # the page's random conversation id
MAX_BODY_BYTES = 64 * 1024  # a capped message, JSON-escaped, fits many times over
CONTENT_TYPES = {".html": "text/html", ".css": "text/css", ".js": "text/javascript",
                 ".svg": "image/svg+xml", ".json": "application/json"}


@dataclass(frozen=True)
class Settings:
    rasa_url: str = "http://127.0.0.1:5005"
    host: str = "127.0.0.1"
    port: int = 8080
    clinic_name: str = "je huisartsenpraktijk"
    clinic_phone: str = ""
    region: str = "NL"
    retention_days: int = 90
    reply_timeout_seconds: float = 20.0
    frame_ancestors: str = "'self'"   # origins of clinic pages that may embed the chat

    @classmethod
    def from_env(cls, env: Dict[str, str] = os.environ) -> "Settings":  # type: ignore[assignment]
        region = env.get("HEUPCHECK_REGION", "NL").upper()
        if region not in REGIONS:
            raise SystemExit(f"HEUPCHECK_REGION must be NL or BE, not {region!r}")
        return cls(rasa_url=env.get("RASA_URL", cls.rasa_url).rstrip("/"),
                   host=env.get("WEBCHAT_HOST", cls.host),
                   port=int(env.get("WEBCHAT_PORT", cls.port)),
                   clinic_name=env.get("HEUPCHECK_CLINIC_NAME", cls.clinic_name),
                   clinic_phone=env.get("HEUPCHECK_CLINIC_PHONE", cls.clinic_phone),
                   region=region,
                   retention_days=int(env.get("HEUPCHECK_RETENTION_DAYS", cls.retention_days)),
                   reply_timeout_seconds=float(env.get("WEBCHAT_REPLY_TIMEOUT", cls.reply_timeout_seconds)),
                   frame_ancestors=env.get("WEBCHAT_FRAME_ANCESTORS", cls.frame_ancestors))


def security_headers(settings: Settings) -> Dict[str, str]:
    return {
        "Content-Security-Policy": f"default-src 'self'; base-uri 'none'; form-action 'self'; "
                                   f"frame-ancestors {settings.frame_ancestors}",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        "Cross-Origin-Opener-Policy": "same-origin",
    }


def public_config(settings: Settings) -> Dict[str, Any]:
    """What the page needs to know; the bot URL is this server's own origin."""
    return {"clinic_name": settings.clinic_name, "clinic_phone": settings.clinic_phone,
            "region": settings.region, "retention_days": settings.retention_days,
            "max_chars": MAX_MESSAGE_CHARS, "webhook": WEBHOOK,
            "reply_timeout_ms": int(settings.reply_timeout_seconds * 1000) + 2000}


def forwarded_body(body: Any) -> Dict[str, Any]:
    """The REST channel's body, reduced to what the channel reads. Raises ValueError if invalid."""
    if not isinstance(body, dict) or not isinstance(body.get("message"), str):
        raise ValueError("message must be a string")
    sender = body.get("sender")
    if not isinstance(sender, str) or not SENDER.match(sender):
        raise ValueError("sender must be the page's random conversation id")
    region = client_region(body.get("metadata"))
    forwarded: Dict[str, Any] = {"sender": sender, "message": body["message"]}
    if region:
        forwarded["metadata"] = {"region": region}
    return forwarded


def build_app(settings: Settings) -> web.Application:
    headers = security_headers(settings)

    @web.middleware
    async def secure(request: web.Request, handler):
        try:
            response = await handler(request)
        except web.HTTPException as error:
            response = error
        response.headers.update(headers)
        return response

    app = web.Application(middlewares=[secure], client_max_size=MAX_BODY_BYTES)

    async def session_context(app: web.Application):
        app["client"] = ClientSession(timeout=ClientTimeout(total=settings.reply_timeout_seconds))
        yield
        await app["client"].close()

    app.cleanup_ctx.append(session_context)

    def static_file(name: str, cache: str = "no-cache") -> web.Response:
        path = (STATIC / name).resolve()
        if path.parent != STATIC or path.suffix not in CONTENT_TYPES or not path.is_file():
            raise web.HTTPNotFound()
        return web.Response(body=path.read_bytes(), content_type=CONTENT_TYPES[path.suffix],
                            charset="utf-8", headers={"Cache-Control": cache})

    async def index(request: web.Request) -> web.Response:
        return static_file("index.html")

    async def asset(request: web.Request) -> web.Response:
        return static_file(request.match_info["name"])

    async def embed(request: web.Request) -> web.Response:
        response = static_file("embed.js")
        response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"  # loaded by clinic pages
        return response

    async def config(request: web.Request) -> web.Response:
        return web.json_response(public_config(settings), headers={"Cache-Control": "no-store"})

    async def root(request: web.Request) -> web.Response:
        raise web.HTTPFound("/chat/")

    async def health(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def webhook(request: web.Request) -> web.Response:
        try:
            body = forwarded_body(await request.json())
        except (ValueError, json.JSONDecodeError):
            return web.json_response({"error": "bad_request"}, status=400)
        try:
            async with request.app["client"].post(settings.rasa_url + WEBHOOK, json=body) as upstream:
                payload = await upstream.read()
                return web.Response(body=payload, status=upstream.status, content_type="application/json",
                                    headers={"Cache-Control": "no-store"})
        except asyncio.TimeoutError:
            return web.json_response({"error": "bot_timeout"}, status=504)
        except ClientError:
            return web.json_response({"error": "bot_unreachable"}, status=502)

    app.router.add_get("/", root)
    app.router.add_get("/healthz", health)
    app.router.add_get("/embed.js", embed)
    app.router.add_get("/chat/", index)
    app.router.add_get("/chat/config.json", config)
    app.router.add_get("/chat/{name}", asset)
    app.router.add_post(WEBHOOK, webhook)
    return app


def main() -> None:
    settings = Settings.from_env()
    print(f"Heupcheck web chat on http://{settings.host}:{settings.port}/chat/ -> {settings.rasa_url}",
          flush=True)
    web.run_app(build_app(settings), host=settings.host, port=settings.port, print=None,
                access_log=None)  # no access log: URLs and timing only, but nothing is needed


if __name__ == "__main__":
    main()
