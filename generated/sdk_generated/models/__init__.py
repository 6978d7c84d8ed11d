"""Contains all the data models used in inputs/outputs.

A model's module is imported the first time its name is used, so that importing one API
module does not load every model of the API.
"""

import importlib
from typing import TYPE_CHECKING, Any

#: Class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "BatchGetJobMetadataResponse": ".batch_get_job_metadata_response",
    "BodyAbortMultipartUpload": ".body_abort_multipart_upload",
    "BodyCloneStudy": ".body_clone_study",
    "BodyCompleteMultipartUpload": ".body_complete_multipart_upload",
    "BodyUploadFile": ".body_upload_file",
    "ClientFileUploadData": ".client_file_upload_data",
    "ErrorDict": ".error_dict",
    "ErrorDictCtxType0": ".error_dict_ctx_type_0",
    "ErrorGet": ".error_get",
    "FileMeta": ".file_meta",
    "FileUploadCompletionBody": ".file_upload_completion_body",
    "FileUploadData": ".file_upload_data",
    "GetCreditPriceLegacy": ".get_credit_price_legacy",
    "Groups": ".groups",
    "HTTPValidationError": ".http_validation_error",
    "Job": ".job",
    "JobEncryptionInputs": ".job_encryption_inputs",
    "JobEncryptionInputsInputPortToFileId": ".job_encryption_inputs_input_port_to_file_id",
    "JobInputs": ".job_inputs",
    "JobInputsValues": ".job_inputs_values",
    "JobLog": ".job_log",
    "JobLogsMap": ".job_logs_map",
    "JobMetadata": ".job_metadata",
    "JobMetadataMetadata": ".job_metadata_metadata",
    "JobMetadataUpdate": ".job_metadata_update",
    "JobMetadataUpdateMetadata": ".job_metadata_update_metadata",
    "JobOutputs": ".job_outputs",
    "JobOutputsResults": ".job_outputs_results",
    "JobStatus": ".job_status",
    "LanguageEnum": ".language_enum",
    "Links": ".links",
    "LogLink": ".log_link",
    "Meta": ".meta",
    "MetaReleasedType0": ".meta_released_type_0",
    "OnePageSolverPort": ".one_page_solver_port",
    "OnePageStudyPort": ".one_page_study_port",
    "PageFile": ".page_file",
    "PageJob": ".page_job",
    "PageSolver": ".page_solver",
    "PageStudy": ".page_study",
    "PortKindEnum": ".port_kind_enum",
    "PricingPlanClassification": ".pricing_plan_classification",
    "PricingUnitGetLegacy": ".pricing_unit_get_legacy",
    "Profile": ".profile",
    "ProfileUpdate": ".profile_update",
    "RefreshRequest": ".refresh_request",
    "RevokeRequest": ".revoke_request",
    "RunningState": ".running_state",
    "ServicePricingPlanGetLegacy": ".service_pricing_plan_get_legacy",
    "Solver": ".solver",
    "SolverPort": ".solver_port",
    "SolverPortContentSchemaType0": ".solver_port_content_schema_type_0",
    "Study": ".study",
    "StudyPort": ".study_port",
    "StudyPortContentSchemaType0": ".study_port_content_schema_type_0",
    "TokenPair": ".token_pair",
    "UnitExtraInfo": ".unit_extra_info",
    "UploadLinks": ".upload_links",
    "UploadedPart": ".uploaded_part",
    "UserFile": ".user_file",
    "UserFileToProgramJob": ".user_file_to_program_job",
    "UserRoleEnum": ".user_role_enum",
    "UsersGroup": ".users_group",
    "ValidationError": ".validation_error",
    "ValidationErrorContext": ".validation_error_context",
    "WalletGetWithAvailableCreditsLegacy": ".wallet_get_with_available_credits_legacy",
    "WalletStatus": ".wallet_status",
}

__all__ = (
    "BatchGetJobMetadataResponse",
    "BodyAbortMultipartUpload",
    "BodyCloneStudy",
    "BodyCompleteMultipartUpload",
    "BodyUploadFile",
    "ClientFileUploadData",
    "ErrorDict",
    "ErrorDictCtxType0",
    "ErrorGet",
    "FileMeta",
    "FileUploadCompletionBody",
    "FileUploadData",
    "GetCreditPriceLegacy",
    "Groups",
    "HTTPValidationError",
    "Job",
    "JobEncryptionInputs",
    "JobEncryptionInputsInputPortToFileId",
    "JobInputs",
    "JobInputsValues",
    "JobLog",
    "JobLogsMap",
    "JobMetadata",
    "JobMetadataMetadata",
    "JobMetadataUpdate",
    "JobMetadataUpdateMetadata",
    "JobOutputs",
    "JobOutputsResults",
    "JobStatus",
    "LanguageEnum",
    "Links",
    "LogLink",
    "Meta",
    "MetaReleasedType0",
    "OnePageSolverPort",
    "OnePageStudyPort",
    "PageFile",
    "PageJob",
    "PageSolver",
    "PageStudy",
    "PortKindEnum",
    "PricingPlanClassification",
    "PricingUnitGetLegacy",
    "Profile",
    "ProfileUpdate",
    "RefreshRequest",
    "RevokeRequest",
    "RunningState",
    "ServicePricingPlanGetLegacy",
    "Solver",
    "SolverPort",
    "SolverPortContentSchemaType0",
    "Study",
    "StudyPort",
    "StudyPortContentSchemaType0",
    "TokenPair",
    "UnitExtraInfo",
    "UploadLinks",
    "UploadedPart",
    "UserFile",
    "UserFileToProgramJob",
    "UserRoleEnum",
    "UsersGroup",
    "ValidationError",
    "ValidationErrorContext",
    "WalletGetWithAvailableCreditsLegacy",
    "WalletStatus",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:
    from .batch_get_job_metadata_response import BatchGetJobMetadataResponse
    from .body_abort_multipart_upload import BodyAbortMultipartUpload
    from .body_clone_study import BodyCloneStudy
    from .body_complete_multipart_upload import BodyCompleteMultipartUpload
    from .body_upload_file import BodyUploadFile
    from .client_file_upload_data import ClientFileUploadData
    from .error_dict import ErrorDict
    from .error_dict_ctx_type_0 import ErrorDictCtxType0
    from .error_get import ErrorGet
    from .file_meta import FileMeta
    from .file_upload_completion_body import FileUploadCompletionBody
    from .file_upload_data import FileUploadData
    from .get_credit_price_legacy import GetCreditPriceLegacy
    from .groups import Groups
    from .http_validation_error import HTTPValidationError
    from .job import Job
    from .job_encryption_inputs import JobEncryptionInputs
    from .job_encryption_inputs_input_port_to_file_id import JobEncryptionInputsInputPortToFileId
    from .job_inputs import JobInputs
    from .job_inputs_values import JobInputsValues
    from .job_log import JobLog
    from .job_logs_map import JobLogsMap
    from .job_metadata import JobMetadata
    from .job_metadata_metadata import JobMetadataMetadata
    from .job_metadata_update import JobMetadataUpdate
    from .job_metadata_update_metadata import JobMetadataUpdateMetadata
    from .job_outputs import JobOutputs
    from .job_outputs_results import JobOutputsResults
    from .job_status import JobStatus
    from .language_enum import LanguageEnum
    from .links import Links
    from .log_link import LogLink
    from .meta import Meta
    from .meta_released_type_0 import MetaReleasedType0
    from .one_page_solver_port import OnePageSolverPort
    from .one_page_study_port import OnePageStudyPort
    from .page_file import PageFile
    from .page_job import PageJob
    from .page_solver import PageSolver
    from .page_study import PageStudy
    from .port_kind_enum import PortKindEnum
    from .pricing_plan_classification import PricingPlanClassification
    from .pricing_unit_get_legacy import PricingUnitGetLegacy
    from .profile import Profile
    from .profile_update import ProfileUpdate
    from .refresh_request import RefreshRequest
    from .revoke_request import RevokeRequest
    from .running_state import RunningState
    from .service_pricing_plan_get_legacy import ServicePricingPlanGetLegacy
    from .solver import Solver
    from .solver_port import SolverPort
    from .solver_port_content_schema_type_0 import SolverPortContentSchemaType0
    from .study import Study
    from .study_port import StudyPort
    from .study_port_content_schema_type_0 import StudyPortContentSchemaType0
    from .token_pair import TokenPair
    from .unit_extra_info import UnitExtraInfo
    from .upload_links import UploadLinks
    from .uploaded_part import UploadedPart
    from .user_file import UserFile
    from .user_file_to_program_job import UserFileToProgramJob
    from .user_role_enum import UserRoleEnum
    from .users_group import UsersGroup
    from .validation_error import ValidationError
    from .validation_error_context import ValidationErrorContext
    from .wallet_get_with_available_credits_legacy import WalletGetWithAvailableCreditsLegacy
    from .wallet_status import WalletStatus
