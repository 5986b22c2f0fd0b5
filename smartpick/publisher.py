"""The one way events leave a service: an idempotent Kafka producer writing CloudEvents."""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaProducer

from smartpick.events import CloudEvent, Event
from smartpick.events.envelope import Headers, to_kafka
from smartpick.tracing import current_trace


def envelope_for(event: Event, source: str, event_id: str | None = None) -> CloudEvent:
    """Wrap ``event`` for sending; a caller that may retry passes a fixed ``event_id``.

    The envelope carries the current trace context: an outbox stores it with the entry, so the
    relay, which publishes outside any request, still sends it in the record's headers."""
    return CloudEvent.new(
        source=source, type=event.event_type, key=event.aggregate_id,
        data=event.model_dump(mode="json"), id=event_id, trace=current_trace(),
    )


class Publisher:
    """Owns the service's producer; ``acks=all`` with idempotence, so a retry never duplicates."""

    def __init__(self, bootstrap_servers: str, source: str, topic_prefix: str = "") -> None:
        self.source = source
        self.topic_prefix = topic_prefix
        self._producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap_servers,
            enable_idempotence=True,  # implies acks="all"; said again for the reader
            acks="all",
            linger_ms=5,
        )

    async def start(self) -> None:
        await self._producer.start()

    async def stop(self) -> None:
        await self._producer.stop()

    async def send(self, topic: str, envelope: CloudEvent) -> None:
        """Send to the platform topic ``topic`` (a name of ``TOPICS``, without the prefix)."""
        key, value, headers = to_kafka(envelope)
        await self.send_raw(self.topic_prefix + topic, key, value, headers)

    async def send_many(self, events: list[tuple[str, CloudEvent]]) -> None:
        """Send in order and wait for all acknowledgements; raises if any record failed.

        Records are queued without waiting for each other (the idempotent producer keeps their
        order per partition), which makes a large outbox sweep far faster than one by one.
        """
        deliveries = []
        for topic, envelope in events:
            key, value, headers = to_kafka(envelope)
            deliveries.append(await self._producer.send(
                self.topic_prefix + topic, value, key=key, headers=headers))
        await asyncio.gather(*deliveries)

    async def send_raw(self, topic: str, key: bytes | None, value: bytes | None,
                       headers: Headers) -> None:
        """Send bytes as they are to the Kafka topic named exactly ``topic`` (dead letters)."""
        await self._producer.send_and_wait(topic, value, key=key, headers=headers)

    async def publish(self, event: Event) -> CloudEvent:
        envelope = envelope_for(event, self.source)
        await self.send(event.topic, envelope)
        return envelope

    async def ready(self) -> bool:
        """True when the cluster answers a metadata request."""
        try:
            await self._producer.client.fetch_all_metadata()
        except Exception:
            return False
        return True
