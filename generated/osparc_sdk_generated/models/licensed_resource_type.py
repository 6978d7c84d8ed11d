from enum import StrEnum


class LicensedResourceType(StrEnum):
    VIP_MODEL = "VIP_MODEL"

    def __str__(self) -> str:
        return str(self.value)
