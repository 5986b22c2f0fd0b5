"""Production's ingress serves the gateway over HTTPS at the public address notifications puts
in its links, and lets through every body the gateway itself accepts."""

from urllib.parse import urlsplit

from gateway.settings import Settings as GatewaySettings
from tests.unit.deploy.overlays import find, of_kind

NGINX_UNITS = {"k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}


def test_the_ingress_serves_the_gateway_at_the_public_api_address_over_tls() -> None:
    spec = find("production", "Ingress", "gateway")["spec"]
    public = urlsplit(find("production", "ConfigMap", "notifications-settings")
                      ["data"]["PUBLIC_API_URL"])
    assert public.scheme == "https"
    [rule] = spec["rules"]
    assert rule["host"] == public.hostname
    assert spec["tls"][0]["hosts"] == [public.hostname]
    [path] = rule["http"]["paths"]
    assert path["backend"]["service"] == {"name": "gateway", "port": {"name": "http"}}


def test_the_ingress_lets_through_the_largest_upload_the_gateway_takes() -> None:
    annotations = find("production", "Ingress", "gateway")["metadata"]["annotations"]
    size = annotations["nginx.ingress.kubernetes.io/proxy-body-size"]
    allowed = int(size[:-1]) * NGINX_UNITS[size[-1]]
    fields = GatewaySettings.model_fields
    upload_limit = (fields["simulation_max_upload_mb"].default * 1_000_000
                    + fields["max_body_kb"].default * 1024)  # gateway/main.py
    assert upload_limit <= allowed < upload_limit + 2 * 1024 ** 2
    assert annotations["nginx.ingress.kubernetes.io/force-ssl-redirect"] == "true"


def test_a_local_cluster_has_no_ingress() -> None:
    assert of_kind("local", "Ingress") == []
