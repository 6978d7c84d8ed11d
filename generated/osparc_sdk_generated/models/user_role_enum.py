from enum import StrEnum


class UserRoleEnum(StrEnum):
    ADMIN = "ADMIN"
    ANONYMOUS = "ANONYMOUS"
    GUEST = "GUEST"
    PRODUCT_OWNER = "PRODUCT_OWNER"
    TESTER = "TESTER"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
