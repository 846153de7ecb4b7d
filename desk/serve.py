"""Start the triage desk: deduce loaded, then waitress on DESK_HOST:DESK_PORT (default
127.0.0.1:8090). Run by scripts/run.sh, which applies the migrations first, and by the tests."""
from __future__ import annotations

import logging
import os
import sys
import time


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "desk.settings")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    import django

    django.setup()
    from desk.masking import warm_up

    start = time.time()
    warm_up()
    logging.getLogger("desk").info("deduce loaded in %.1f s", time.time() - start)
    from waitress import serve

    from desk.wsgi import application

    host = os.environ.get("DESK_HOST", "127.0.0.1")
    port = int(os.environ.get("DESK_PORT", "8090"))
    print(f"desk: serving on http://{host}:{port}/desk/", flush=True)
    serve(application, host=host, port=port, threads=4, ident="heupcheck-desk")


if __name__ == "__main__":
    sys.exit(main())
