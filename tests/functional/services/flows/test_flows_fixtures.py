"""The Flows and Timers fixture sets have the cases and metadata users rely on."""

from __future__ import annotations

import pytest

from globus_sdk._testing import get_response_set

EXPECTED = {
    "flows.cancel_run": {"default": ["run_id"]},
    "flows.create_flow": {"default": ["params"], "bad_admin_principal_error": ["params"]},
    "flows.delete_flow": {"default": ["flow_id"]},
    "flows.delete_run": {"default": ["run_id"], "conflict": ["run_id"]},
    "flows.get_flow": {"default": ["flow_id", "title"]},
    "flows.get_run": {"default": ["run_id"]},
    "flows.get_run_definition": {"default": ["run_id"]},
    "flows.get_run_logs": {"default": ["run_id"], "paginated": ["run_id"]},
    "flows.list_flows": {
        "default": ["first_flow_id"],
        "paginated": ["expect_markers", "num_pages", "owner_id", "total_items"],
    },
    "flows.list_runs": {
        "default": ["first_run_id"],
        "filter_flow_id": ["by_flow_id"],
        "paginated": ["expect_markers", "num_pages", "owner_id", "total_items"],
    },
    "flows.resume_run": {"default": ["flow_id", "run_id"]},
    "flows.run_flow": {
        "default": ["flow_id", "request_params"],
        "missing_scope_error": ["flow_id", "request_params"],
    },
    "flows.update_flow": {"default": ["flow_id", "params"]},
    "flows.update_run": {"default": ["flow_id", "run_id"]},
    "flows.validate_flow": {
        "default": ["invalid", "success"],
        "definition_error": ["invalid", "success"],
    },
    "flows.validate_run": {
        case: ["flow_id", "request_body"]
        for case in (
            "default",
            "invalid_input_payload",
            "invalid_token",
            "not_a_flow_starter",
        )
    },
    "timer.create_job": {"default": ["job_id"], "validation_error": ["expect_messages"]},
    "timer.create_timer": {
        "default": ["destination_endpoint", "source_endpoint", "timer_id"]
    },
    "timer.delete_job": {"default": ["job_id"]},
    "timer.get_job": {
        case: ["job_id"]
        for case in ("default", "inactive_gare", "inactive_user", "simple_500_error")
    },
    "timer.list_jobs": {"default": ["job_ids"]},
    "timer.pause_job": {"default": ["job_id"]},
    "timer.resume_job": {"default": ["job_id"]},
    "timer.update_job": {"default": ["job_id", "name"]},
}


@pytest.mark.parametrize("set_id", sorted(EXPECTED))
def test_fixture_cases_and_metadata(set_id):
    rset = get_response_set(set_id)
    assert set(rset.cases()) == set(EXPECTED[set_id])
    for case, keys in EXPECTED[set_id].items():
        metadata = rset.lookup(case).metadata
        assert set(keys) <= set(metadata), (case, keys, metadata)


def test_run_logs_module_constants():
    from globus_sdk._testing.data.flows import get_run_logs

    assert get_run_logs.RUN_ID == get_run_logs.RESPONSES.metadata["run_id"]
    assert get_run_logs.OWNER_URN.startswith("urn:globus:auth:identity:")
    assert get_run_logs.RUN_LOGS_RESPONSE["entries"]
    pages = get_run_logs.PAGINATED_RUN_LOG_RESPONSES
    assert [p["has_next_page"] for p in pages] == [True] * (len(pages) - 1) + [False]
