from enum import StrEnum


class RunningState(StrEnum):
    ABORTED = "ABORTED"
    FAILED = "FAILED"
    NOT_STARTED = "NOT_STARTED"
    PENDING = "PENDING"
    PUBLISHED = "PUBLISHED"
    STARTED = "STARTED"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"
    WAITING_FOR_CLUSTER = "WAITING_FOR_CLUSTER"
    WAITING_FOR_RESOURCES = "WAITING_FOR_RESOURCES"

    def __str__(self) -> str:
        return str(self.value)
