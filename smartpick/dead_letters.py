"""Dead letters: a record we cannot handle is copied to ``<topic>.DLT`` with why, then skipped.

Header names follow Spring Kafka's dead-letter convention (``kafka_dlt-*``), values as UTF-8 text,
so operators' existing tools read them; the original key, value and headers are kept as they were.
"""

from __future__ import annotations

import asyncio
import logging

from aiokafka import ConsumerRecord

from smartpick.events import dead_letter_topic
from smartpick.metrics import DEAD_LETTERS
from smartpick.publisher import Publisher

log = logging.getLogger(__name__)


def dead_letter_headers(record: ConsumerRecord[bytes, bytes], group_id: str,
                        error: BaseException) -> list[tuple[str, bytes]]:
    about = {
        "kafka_dlt-exception-fqcn": f"{type(error).__module__}.{type(error).__qualname__}",
        "kafka_dlt-exception-message": str(error)[:4000],
        "kafka_dlt-original-topic": record.topic,
        "kafka_dlt-original-partition": str(record.partition),
        "kafka_dlt-original-offset": str(record.offset),
        "kafka_dlt-original-consumer-group": group_id,
    }
    return [*record.headers, *((name, text.encode()) for name, text in about.items())]


async def send_to_dead_letters(publisher: Publisher, record: ConsumerRecord[bytes, bytes],
                               group_id: str, error: BaseException) -> None:
    """Keep trying until the dead letter is written: skipping it unwritten would lose the record."""
    delay = 0.5
    while True:
        try:
            await publisher.send_raw(dead_letter_topic(record.topic), record.key, record.value,
                                     dead_letter_headers(record, group_id, error))
            DEAD_LETTERS.labels(record.topic).inc()
            log.warning("dead-lettered %s[%s]@%s: %s", record.topic, record.partition,
                        record.offset, error)
            return
        except Exception:
            log.exception("could not write dead letter; retrying in %.1f s", delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)
