from enum import StrEnum


class InputMessageRole(StrEnum):
    ASSISTANT = "assistant"
    DEVELOPER = "developer"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
