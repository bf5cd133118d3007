"""Canned Flows API responses, one module per ``FlowsClient``/``SpecificFlowClient`` method."""
