from __future__ import annotations

import pytest

from globus_sdk import config


@pytest.mark.parametrize(
    ("env", "service", "url"),
    [
        ("production", "auth", "https://auth.globus.org/"),
        ("production", "transfer", "https://transfer.api.globus.org/"),
        ("production", "flows", "https://flows.automate.globus.org/"),
        ("production", "nexus", "https://nexus.api.globusonline.org/"),
        ("preview", "auth", "https://auth.preview.globus.org/"),
        ("preview", "groups", "https://groups.api.preview.globus.org/"),
        ("preview", "timer", "https://preview.timer.automate.globus.org/"),
        ("sandbox", "transfer", "https://transfer.api.sandbox.globuscs.info/"),
        ("sandbox", "flows", "https://sandbox.flows.automate.globus.org/"),
        ("staging", "auth", "https://auth.staging.globuscs.info/"),
        ("test", "search", "https://search.api.test.globuscs.info/"),
        ("integration", "app", "https://app.integration.globuscs.info/"),
    ],
)
def test_service_urls(clean_environ: None, env: str, service: str, url: str) -> None:
    assert config.get_service_url(service, env) == url


def test_environment_variable_and_explicit_argument(
    clean_environ: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GLOBUS_SDK_ENVIRONMENT", "sandbox")
    assert config.get_environment_name() == "sandbox"
    assert config.get_service_url("auth") == "https://auth.sandbox.globuscs.info/"
    assert config.get_service_url("auth", "production") == "https://auth.globus.org/"
    assert config.get_webapp_url() == "https://app.sandbox.globuscs.info/"


def test_unknown_environment_is_a_clear_error(
    clean_environ: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GLOBUS_SDK_ENVIRONMENT", "prodution")
    with pytest.raises(ValueError, match="GLOBUS_SDK_ENVIRONMENT 'prodution'"):
        config.get_service_url("transfer")
    with pytest.raises(ValueError, match="environment 'nope'"):
        config.get_service_url("transfer", "nope")


def test_service_url_override(clean_environ: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GLOBUS_SDK_SERVICE_URL_TRANSFER", "https://proxy.example.org/")
    assert config.get_service_url("transfer") == "https://proxy.example.org/"


def test_custom_environment() -> None:
    class MyEnv(config.EnvConfig):
        envname = "my-custom-env"
        domain = "example.org"
        transfer_url = "https://xfer.example.org/"

    assert config.EnvConfig.get_by_name("my-custom-env") is MyEnv
    assert config.get_service_url("transfer", "my-custom-env") == "https://xfer.example.org/"
    assert config.get_service_url("auth", "my-custom-env") == "https://auth.my-custom-env.example.org/"


@pytest.mark.parametrize(
    ("raw", "expect"),
    [("true", True), ("1", True), ("YES", True), ("false", False), ("0", False), ("off", False), ("", True)],
)
def test_ssl_verify_env(
    clean_environ: None, monkeypatch: pytest.MonkeyPatch, raw: str, expect: bool
) -> None:
    monkeypatch.setenv("GLOBUS_SDK_VERIFY_SSL", raw)
    assert config.get_ssl_verify() is expect
    assert config.get_ssl_verify(not expect) is (not expect)  # explicit beats env


def test_ssl_verify_ca_bundle_path(
    clean_environ: None, monkeypatch: pytest.MonkeyPatch, tmp_path: pytest.TempPathFactory
) -> None:
    bundle = tmp_path / "ca.pem"  # type: ignore[operator]
    bundle.write_text("x")
    monkeypatch.setenv("GLOBUS_SDK_VERIFY_SSL", str(bundle))
    assert config.get_ssl_verify() == str(bundle)


def test_ssl_verify_garbage(clean_environ: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GLOBUS_SDK_VERIFY_SSL", "maybe")
    with pytest.raises(ValueError, match="GLOBUS_SDK_VERIFY_SSL"):
        config.get_ssl_verify()


def test_http_timeout(clean_environ: None, monkeypatch: pytest.MonkeyPatch) -> None:
    assert config.get_http_timeout() == 60.0
    monkeypatch.setenv("GLOBUS_SDK_HTTP_TIMEOUT", "120")
    assert config.get_http_timeout() == 120.0
    assert config.get_http_timeout(5) == 5.0
    monkeypatch.setenv("GLOBUS_SDK_HTTP_TIMEOUT", "-1")
    assert config.get_http_timeout() is None
    monkeypatch.setenv("GLOBUS_SDK_HTTP_TIMEOUT", "soon")
    with pytest.raises(ValueError, match="GLOBUS_SDK_HTTP_TIMEOUT"):
        config.get_http_timeout()
    monkeypatch.setenv("GLOBUS_SDK_HTTP_TIMEOUT", "0")
    with pytest.raises(ValueError, match="positive"):
        config.get_http_timeout()
    with pytest.raises(ValueError, match="http_timeout"):
        config.get_http_timeout(-3)
