from enum import StrEnum


class ResponseObjectType(StrEnum):
    RESPONSE = "response"

    def __str__(self) -> str:
        return str(self.value)
