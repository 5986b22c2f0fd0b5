"""Settings of the GraphQL gateway, from the environment."""

from typing import Self

from pydantic import Field, PrivateAttr, model_validator

from smartpick.settings import PlatformSettings

SERVICES = ("profiles", "matching", "notifications")


class Settings(PlatformSettings):
    profiles_url: str = "http://127.0.0.1:8001"
    """A service's base URL; or, where no load balancer stands in front of its instances (`make
    up` with several), each instance's, comma-separated: the gateway spreads its calls over them
    (gateway/balancer.py). After validation the field holds the first, which the calls name."""
    matching_url: str = "http://127.0.0.1:8002"
    notifications_url: str = "http://127.0.0.1:8003"
    _instances: dict[str, list[str]] = PrivateAttr(default_factory=dict)
    service_timeout_seconds: float = 5.0
    port: int = 8000
    try_plan_per_minute: int = 20
    """tryPlan calls allowed per client address and minute (no account needed)."""
    refusal_delay_seconds: float = Field(default=1.0, ge=0)
    """How long a client refused as rate-limited waits for that answer. Waiting costs the
    gateway nothing, and a client retrying in a loop then sends one request a second per
    connection instead of as many as the gateway can refuse (160 a second from 8 clients)."""
    forwarded_allow_ips: str = ""
    """Proxies whose X-Forwarded-For names the client (comma-separated addresses, or "*").
    Empty: no forwarded header is believed and a client is its connection's address, so nobody
    escapes the tryPlan limit by making up a header. Run uvicorn with --no-proxy-headers, or it
    applies its own trust (127.0.0.1) before the gateway sees the request."""
    simulation_max_upload_mb: int = 64
    """Largest match-simulation instance a client may upload (a national one is 17 MB)."""
    upload_timeout_seconds: float = 60.0
    """Time the matching service has to validate and store an uploaded instance."""
    cohort_timeout_seconds: float = 120.0
    """Time the matching service has to compute a mentor cohort run or publish one (a request
    per pair: hundreds of writes)."""
    max_body_kb: int = 1024
    """Largest GraphQL request body other than an upload; larger ones get 413 unread."""
    max_query_cost: int = 1000
    """What one operation may cost (gateway/cost.py): a call to a service is 10, a plan 100."""
    max_query_depth: int = 10
    """How deeply one operation may nest its fields."""
    max_query_aliases: int = 30
    """How many aliased fields one operation may have, counting a fragment each time it is used."""
    max_list_items: int = 1000
    """Longest list a variable may hold."""
    max_string_chars: int = 10_000
    """Longest string a variable may hold."""
    graphql_introspection: bool | None = None
    """Introspection, "Did you mean" suggestions and the GraphiQL page; unset: only when
    ENVIRONMENT is local, so a deployment does not hand its schema to anonymous callers."""

    @property
    def schema_discoverable(self) -> bool:
        if self.graphql_introspection is None:
            return self.environment == "local"
        return self.graphql_introspection
    kafka_bootstrap_servers: str = ""
    """Where the live feed (subscription notificationAdded) reads the stored notices; empty, the
    gateway runs without it and the subscription answers LIVE_FEED_OFF."""
    topic_prefix: str = ""
    """The platform's topic namespace, as the services have it."""
    live_queue_bound: int = Field(default=100, gt=0)
    """Notices one subscription may have waiting; a client further behind is told to resync."""
    live_ping_seconds: float = Field(default=15.0, gt=0)
    """A live connection idle this long gets a ping (graphql-transport-ws), so proxies keep it
    and a dead client is found; strawberry sends none on this protocol."""
    live_subscriptions_per_connection: int = Field(default=5, gt=0)
    """Operations one WebSocket may run at once; each subscription has its own queue."""
    answer_cache_entries: int = Field(default=10_000, ge=0)
    """Recommendations pages and GraphQL results one gateway process keeps (gateway/
    answer_cache.py), forgotten on each applicant's RecommendationsReady; 0: no cache. Only with
    the live feed, whose consumer brings those events."""
    answer_cache_mb: int = Field(default=64, gt=0)
    """Size those answers may have, counted as their JSON's; as Python objects in memory they
    take a few times that."""
    answer_cache_ttl_seconds: float = Field(default=120.0, gt=0)
    """Longest an answer is kept even without an event: the bound on staleness should an event
    be lost."""
    graphql_allow_list: str = ""
    """Path of a JSON manifest ``{"<sha256 hex of the query text>": "<query text>"}``, the web
    client's build output (docs/persisted-queries.md). Set, only its operations run, over HTTP
    and WebSocket; empty, any operation runs and clients may persist theirs (APQ)."""
    persisted_query_cache_size: int = Field(default=1000, gt=0)
    """Query texts one gateway process remembers for automatic persisted queries (an LRU)."""
    cors_origins: str = ""
    """Origins (scheme://host[:port], comma-separated, exact) whose pages may call the gateway
    from a browser: the web client's. Empty: no CORS headers at all, so no other site's page
    reads an answer."""

    @model_validator(mode="after")
    def _split_instances(self) -> Self:
        for service in SERVICES:
            field = f"{service}_url"
            urls = [url.strip().rstrip("/") for url in getattr(self, field).split(",")
                    if url.strip()]
            if not urls:
                raise ValueError(f"{field.upper()} names no URL")
            self._instances[service] = urls
            setattr(self, field, urls[0])
        return self

    @property
    def service_instances(self) -> dict[str, list[str]]:
        """Each service's instance base URLs (one where a Service load-balances)."""
        return self._instances

    @property
    def cors_origin_list(self) -> list[str]:
        return [origin.strip().rstrip("/") for origin in self.cors_origins.split(",")
                if origin.strip()]
