"""Sphinx configuration for the globus_sdk docs (built with ``-W``: warnings fail)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "src")))
os.environ["GLOBUS_SDK_IN_SPHINX_BUILD"] = "1"

project = "globus_sdk"
author = "the globus_sdk authors"
copyright = "2026, the globus_sdk authors"
release = "3.62.0"

extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.viewcode"]
autodoc_typehints = "none"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": True}
nitpicky = False
suppress_warnings = ["ref.python", "autodoc.import_object", "docutils", "toc.not_included"]
html_theme = "alabaster"
exclude_patterns = ["_build"]
