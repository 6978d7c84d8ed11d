"""Pydantic models of the wire format; class names are the platform's component schema names."""
