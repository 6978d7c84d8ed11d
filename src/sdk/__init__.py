"""Python SDK for the oSPARC public API."""

__version__ = "0.1.0"
