from enum import StrEnum


class LicensedResourceSourceProtection(StrEnum):
    CODE = "Code"
    PAYPAL = "PayPal"

    def __str__(self) -> str:
        return str(self.value)
