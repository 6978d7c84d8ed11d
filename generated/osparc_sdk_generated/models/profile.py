from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.language_enum import LanguageEnum
from ..models.user_role_enum import UserRoleEnum
from ..types import UNSET, Unset, short_repr

if TYPE_CHECKING:
    from ..models.groups import Groups


T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """
    Attributes:
        id (int):
        login (str):
        role (UserRoleEnum):
        first_name (None | str | Unset):
        gravatar_id (None | str | Unset):
        groups (Groups | None | Unset):
        language (LanguageEnum | None | Unset):
        last_name (None | str | Unset):
    """

    id: int
    login: str
    role: UserRoleEnum
    first_name: None | str | Unset = UNSET
    gravatar_id: None | str | Unset = UNSET
    groups: Groups | None | Unset = UNSET
    language: LanguageEnum | None | Unset = UNSET
    last_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.groups import Groups

        id = self.id

        login = self.login

        role = self.role.value

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        gravatar_id: None | str | Unset
        if isinstance(self.gravatar_id, Unset):
            gravatar_id = UNSET
        else:
            gravatar_id = self.gravatar_id

        groups: dict[str, Any] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, Groups):
            groups = self.groups.to_dict()
        else:
            groups = self.groups

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, LanguageEnum):
            language = self.language.value
        else:
            language = self.language

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "login": login,
                "role": role,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if gravatar_id is not UNSET:
            field_dict["gravatar_id"] = gravatar_id
        if groups is not UNSET:
            field_dict["groups"] = groups
        if language is not UNSET:
            field_dict["language"] = language
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.groups import Groups

        d = dict(src_dict)
        id = d.pop("id")

        login = d.pop("login")

        role = UserRoleEnum(d.pop("role"))

        first_name = d.pop("first_name", UNSET)

        gravatar_id = d.pop("gravatar_id", UNSET)

        def _parse_groups(data: object) -> Groups | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                groups_type_0 = Groups.from_dict(data)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Groups | None | Unset, data)

        groups = _parse_groups(d.pop("groups", UNSET))

        def _parse_language(data: object) -> LanguageEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = LanguageEnum(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LanguageEnum | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        last_name = d.pop("last_name", UNSET)

        profile = cls(
            id=id,
            login=login,
            role=role,
            first_name=first_name,
            gravatar_id=gravatar_id,
            groups=groups,
            language=language,
            last_name=last_name,
        )

        profile.additional_properties = d
        return profile

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return short_repr(self, "login", "role")
