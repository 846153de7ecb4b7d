"""Simulated patients: a bounded number of conversations, `in_flight` of them at the same time,
each sending its user turns one after the other over Rasa's REST channel, as a browser would
(the next message only after the answer). Latency is measured per message."""
from __future__ import annotations

import itertools
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from tools.servers import RestClient, ServerFailure


@dataclass
class Conversation:
    turns: List[str]
    region: Optional[str] = None


@dataclass
class LoadResult:
    in_flight: int
    conversations: int
    latencies: List[float] = field(default_factory=list)
    errors: int = 0
    empty_replies: int = 0
    seconds: float = 0.0
    error_examples: List[str] = field(default_factory=list)

    def percentile(self, p: float) -> Optional[float]:
        """Nearest-rank percentile of the per-message latency, in ms."""
        if not self.latencies:
            return None
        ordered = sorted(self.latencies)
        rank = max(1, min(len(ordered), int(-(-p * len(ordered) // 100))))
        return round(1000 * ordered[rank - 1], 1)

    def summary(self) -> Dict[str, object]:
        messages = len(self.latencies)
        return {"in_flight": self.in_flight, "conversations": self.conversations, "messages": messages,
                "p50_ms": self.percentile(50), "p95_ms": self.percentile(95), "p99_ms": self.percentile(99),
                "messages_per_second": round(messages / self.seconds, 2) if self.seconds else None,
                "errors": self.errors, "empty_replies": self.empty_replies, "seconds": round(self.seconds, 1),
                "error_examples": self.error_examples[:5]}


def run_load(url: str, conversations: List[Conversation], in_flight: int, total: int,
             empty_is_error: bool, label: str = "bench") -> LoadResult:
    """`total` conversations taken round-robin from `conversations`, `in_flight` at a time. An empty
    reply list is an error for Heupcheck (it always answers); for the bare bot, whose stories
    do not cover these messages, it is counted apart."""
    result = LoadResult(in_flight, total)
    lock = threading.Lock()
    counter = itertools.count()
    run_id = uuid.uuid4().hex[:6]

    def worker() -> None:
        client = RestClient(url, timeout=60)
        while True:
            index = next(counter)
            if index >= total:
                return
            conversation = conversations[index % len(conversations)]
            sender = f"{label}-{run_id}-{in_flight}-{index}"
            metadata = {"region": conversation.region} if conversation.region else None
            for text in conversation.turns:
                start = time.perf_counter()
                try:
                    client.send(sender, text, metadata)
                    failure = None
                except ServerFailure as error:
                    failure = str(error)
                elapsed = time.perf_counter() - start
                with lock:
                    if failure is None or (not empty_is_error and "empty reply list" in failure):
                        result.latencies.append(elapsed)
                        result.empty_replies += failure is not None
                    else:
                        result.errors += 1
                        result.error_examples.append(failure)
                if failure is not None and "empty reply list" not in failure:
                    break  # the conversation is broken: go on with the next one

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(in_flight)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - start
    return result
