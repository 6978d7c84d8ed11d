"""HTTP routes, one module per tag; they translate between the wire and the services."""
