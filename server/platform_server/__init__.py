"""Reference implementation of the oSPARC public API, for the SDK's demo and tests."""

__version__ = "0.16.0"
