"""Conveniences for building generated models."""
