"""Domain logic, independent of HTTP: routes translate, services decide."""
