from enum import StrEnum


class LanguageEnum(StrEnum):
    EN = "en"
    ES_ES = "es_ES"
    ZH_CN = "zh_CN"

    def __str__(self) -> str:
        return str(self.value)
