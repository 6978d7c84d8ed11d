from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class UserRoleEnum(StrEnum):
    ANONYMOUS = "ANONYMOUS"
    GUEST = "GUEST"
    USER = "USER"
    TESTER = "TESTER"
    PRODUCT_OWNER = "PRODUCT_OWNER"
    ADMIN = "ADMIN"


class LanguageEnum(StrEnum):
    en = "en"
    es_ES = "es_ES"
    zh_CN = "zh_CN"


class UsersGroup(BaseModel):
    gid: str
    label: str
    description: str | None = None


class Groups(BaseModel):
    me: UsersGroup
    organizations: list[UsersGroup] | None = Field(default_factory=list)
    all: UsersGroup


class Profile(BaseModel):
    id: int = Field(gt=0)
    login: str
    role: UserRoleEnum
    first_name: str | None = Field(default=None, max_length=255)
    last_name: str | None = Field(default=None, max_length=255)
    language: LanguageEnum | None = None
    groups: Groups | None = None
    gravatar_id: str | None = Field(default=None, max_length=40)


class ProfileUpdate(BaseModel):
    first_name: str | None = Field(default=None, max_length=255)
    last_name: str | None = Field(default=None, max_length=255)
    language: LanguageEnum | None = None
