"""Contains all the data models used in inputs/outputs.

A model's module is imported the first time its name is used, so that importing one API
module does not load every model of the API.
"""

import importlib
from typing import TYPE_CHECKING, Any

#: Class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "ApiServerEnvelopelistTaskGet": ".api_server_envelopelist_task_get",
    "BatchGetJobMetadataResponse": ".batch_get_job_metadata_response",
    "BodyAbortMultipartUpload": ".body_abort_multipart_upload",
    "BodyCloneStudy": ".body_clone_study",
    "BodyCompleteMultipartUpload": ".body_complete_multipart_upload",
    "BodyCreateProgramJob": ".body_create_program_job",
    "BodyUploadFile": ".body_upload_file",
    "ClientFileUploadData": ".client_file_upload_data",
    "CreateResponseRequest": ".create_response_request",
    "CreateResponseRequestMetadataType0": ".create_response_request_metadata_type_0",
    "ErrorDict": ".error_dict",
    "ErrorDictCtxType0": ".error_dict_ctx_type_0",
    "ErrorGet": ".error_get",
    "FileMeta": ".file_meta",
    "FileUploadCompletionBody": ".file_upload_completion_body",
    "FileUploadData": ".file_upload_data",
    "FunctionJobCollection": ".function_job_collection",
    "FunctionJobCollectionStatus": ".function_job_collection_status",
    "FunctionJobOutputsResponse200Type0": ".function_job_outputs_response_200_type_0",
    "FunctionJobStatus": ".function_job_status",
    "GetCreditPriceLegacy": ".get_credit_price_legacy",
    "Groups": ".groups",
    "HTTPValidationError": ".http_validation_error",
    "InputMessage": ".input_message",
    "InputMessageRole": ".input_message_role",
    "Job": ".job",
    "JobEncryptionInputs": ".job_encryption_inputs",
    "JobEncryptionInputsInputPortToFileId": ".job_encryption_inputs_input_port_to_file_id",
    "JobInputs": ".job_inputs",
    "JobLog": ".job_log",
    "JobLogsMap": ".job_logs_map",
    "JobMetadata": ".job_metadata",
    "JobMetadataMetadata": ".job_metadata_metadata",
    "JobMetadataUpdate": ".job_metadata_update",
    "JobMetadataUpdateMetadata": ".job_metadata_update_metadata",
    "JobOutputs": ".job_outputs",
    "JobStatus": ".job_status",
    "JSONFunctionInputSchema": ".json_function_input_schema",
    "JSONFunctionInputSchemaSchemaContent": ".json_function_input_schema_schema_content",
    "JSONFunctionOutputSchema": ".json_function_output_schema",
    "JSONFunctionOutputSchemaSchemaContent": ".json_function_output_schema_schema_content",
    "KeywordArguments": ".keyword_arguments",
    "LanguageEnum": ".language_enum",
    "LicensedItemCheckoutData": ".licensed_item_checkout_data",
    "LicensedItemCheckoutGet": ".licensed_item_checkout_get",
    "LicensedItemGet": ".licensed_item_get",
    "LicensedResource": ".licensed_resource",
    "LicensedResourceSource": ".licensed_resource_source",
    "LicensedResourceSourceFeaturesDict": ".licensed_resource_source_features_dict",
    "LicensedResourceSourceProtection": ".licensed_resource_source_protection",
    "LicensedResourceType": ".licensed_resource_type",
    "Links": ".links",
    "LogLink": ".log_link",
    "MapFunctionBodyItemType0": ".map_function_body_item_type_0",
    "Meta": ".meta",
    "MetaReleasedType0": ".meta_released_type_0",
    "OnePageSolverPort": ".one_page_solver_port",
    "OnePageStudyPort": ".one_page_study_port",
    "OutputMessage": ".output_message",
    "OutputMessageStatus": ".output_message_status",
    "OutputTextContent": ".output_text_content",
    "PageFile": ".page_file",
    "PageJob": ".page_job",
    "PageLicensedItemGet": ".page_licensed_item_get",
    "PageProgram": ".page_program",
    "PageRegisteredFunction": ".page_registered_function",
    "PageRegisteredFunctionJob": ".page_registered_function_job",
    "PageRegisteredFunctionJobCollection": ".page_registered_function_job_collection",
    "PageRegisteredFunctionJobWithorWithoutStatus": ".page_registered_function_job_withor_without_status",
    "PageSolver": ".page_solver",
    "PageStudy": ".page_study",
    "PortKindEnum": ".port_kind_enum",
    "PricingPlanClassification": ".pricing_plan_classification",
    "PricingUnitGetLegacy": ".pricing_unit_get_legacy",
    "Profile": ".profile",
    "ProfileUpdate": ".profile_update",
    "Program": ".program",
    "ProjectFunction": ".project_function",
    "ProjectFunctionDefaultInputsType0": ".project_function_default_inputs_type_0",
    "ProjectFunctionJob": ".project_function_job",
    "ProjectFunctionJobInputsType0": ".project_function_job_inputs_type_0",
    "ProjectFunctionJobOutputsType0": ".project_function_job_outputs_type_0",
    "PythonCodeFunction": ".python_code_function",
    "PythonCodeFunctionDefaultInputsType0": ".python_code_function_default_inputs_type_0",
    "PythonCodeFunctionJob": ".python_code_function_job",
    "PythonCodeFunctionJobInputsType0": ".python_code_function_job_inputs_type_0",
    "PythonCodeFunctionJobOutputsType0": ".python_code_function_job_outputs_type_0",
    "RefreshRequest": ".refresh_request",
    "RegisteredFunctionJobCollection": ".registered_function_job_collection",
    "RegisteredProjectFunction": ".registered_project_function",
    "RegisteredProjectFunctionDefaultInputsType0": ".registered_project_function_default_inputs_type_0",
    "RegisteredProjectFunctionJob": ".registered_project_function_job",
    "RegisteredProjectFunctionJobInputsType0": ".registered_project_function_job_inputs_type_0",
    "RegisteredProjectFunctionJobOutputsType0": ".registered_project_function_job_outputs_type_0",
    "RegisteredProjectFunctionJobWithStatus": ".registered_project_function_job_with_status",
    "RegisteredProjectFunctionJobWithStatusInputsType0": ".registered_project_function_job_with_status_inputs_type_0",
    "RegisteredProjectFunctionJobWithStatusOutputsType0": ".registered_project_function_job_with_status_outputs_type_0",
    "RegisteredPythonCodeFunction": ".registered_python_code_function",
    "RegisteredPythonCodeFunctionDefaultInputsType0": ".registered_python_code_function_default_inputs_type_0",
    "RegisteredPythonCodeFunctionJob": ".registered_python_code_function_job",
    "RegisteredPythonCodeFunctionJobInputsType0": ".registered_python_code_function_job_inputs_type_0",
    "RegisteredPythonCodeFunctionJobOutputsType0": ".registered_python_code_function_job_outputs_type_0",
    "RegisteredPythonCodeFunctionJobWithStatus": ".registered_python_code_function_job_with_status",
    "RegisteredPythonCodeFunctionJobWithStatusInputsType0": ".registered_python_code_function_job_with_status_inputs_type_0",
    "RegisteredPythonCodeFunctionJobWithStatusOutputsType0": ".registered_python_code_function_job_with_status_outputs_type_0",
    "RegisteredSolverFunction": ".registered_solver_function",
    "RegisteredSolverFunctionDefaultInputsType0": ".registered_solver_function_default_inputs_type_0",
    "RegisteredSolverFunctionJob": ".registered_solver_function_job",
    "RegisteredSolverFunctionJobInputsType0": ".registered_solver_function_job_inputs_type_0",
    "RegisteredSolverFunctionJobOutputsType0": ".registered_solver_function_job_outputs_type_0",
    "RegisteredSolverFunctionJobWithStatus": ".registered_solver_function_job_with_status",
    "RegisteredSolverFunctionJobWithStatusInputsType0": ".registered_solver_function_job_with_status_inputs_type_0",
    "RegisteredSolverFunctionJobWithStatusOutputsType0": ".registered_solver_function_job_with_status_outputs_type_0",
    "ResponseObject": ".response_object",
    "ResponseObjectErrorType0": ".response_object_error_type_0",
    "ResponseObjectType": ".response_object_type",
    "ResponseStatus": ".response_status",
    "RevokeRequest": ".revoke_request",
    "RunFunctionBodyType0": ".run_function_body_type_0",
    "RunningState": ".running_state",
    "ServicePricingPlanGetLegacy": ".service_pricing_plan_get_legacy",
    "Solver": ".solver",
    "SolverFunction": ".solver_function",
    "SolverFunctionDefaultInputsType0": ".solver_function_default_inputs_type_0",
    "SolverFunctionJob": ".solver_function_job",
    "SolverFunctionJobInputsType0": ".solver_function_job_inputs_type_0",
    "SolverFunctionJobOutputsType0": ".solver_function_job_outputs_type_0",
    "SolverPort": ".solver_port",
    "SolverPortContentSchemaType0": ".solver_port_content_schema_type_0",
    "Study": ".study",
    "StudyPort": ".study_port",
    "StudyPortContentSchemaType0": ".study_port_content_schema_type_0",
    "TaskGet": ".task_get",
    "TaskProgress": ".task_progress",
    "TaskResult": ".task_result",
    "TaskStatus": ".task_status",
    "TokenPair": ".token_pair",
    "UnitExtraInfo": ".unit_extra_info",
    "UploadLinks": ".upload_links",
    "UploadedPart": ".uploaded_part",
    "UserFile": ".user_file",
    "UserFileToProgramJob": ".user_file_to_program_job",
    "UserRoleEnum": ".user_role_enum",
    "UsersGroup": ".users_group",
    "ValidateFunctionInputsBodyType0": ".validate_function_inputs_body_type_0",
    "ValidationError": ".validation_error",
    "ValidationErrorContext": ".validation_error_context",
    "WalletGetWithAvailableCreditsLegacy": ".wallet_get_with_available_credits_legacy",
    "WalletStatus": ".wallet_status",
}

__all__ = (
    "ApiServerEnvelopelistTaskGet",
    "BatchGetJobMetadataResponse",
    "BodyAbortMultipartUpload",
    "BodyCloneStudy",
    "BodyCompleteMultipartUpload",
    "BodyCreateProgramJob",
    "BodyUploadFile",
    "ClientFileUploadData",
    "CreateResponseRequest",
    "CreateResponseRequestMetadataType0",
    "ErrorDict",
    "ErrorDictCtxType0",
    "ErrorGet",
    "FileMeta",
    "FileUploadCompletionBody",
    "FileUploadData",
    "FunctionJobCollection",
    "FunctionJobCollectionStatus",
    "FunctionJobOutputsResponse200Type0",
    "FunctionJobStatus",
    "GetCreditPriceLegacy",
    "Groups",
    "HTTPValidationError",
    "InputMessage",
    "InputMessageRole",
    "JSONFunctionInputSchema",
    "JSONFunctionInputSchemaSchemaContent",
    "JSONFunctionOutputSchema",
    "JSONFunctionOutputSchemaSchemaContent",
    "Job",
    "JobEncryptionInputs",
    "JobEncryptionInputsInputPortToFileId",
    "JobInputs",
    "JobLog",
    "JobLogsMap",
    "JobMetadata",
    "JobMetadataMetadata",
    "JobMetadataUpdate",
    "JobMetadataUpdateMetadata",
    "JobOutputs",
    "JobStatus",
    "KeywordArguments",
    "LanguageEnum",
    "LicensedItemCheckoutData",
    "LicensedItemCheckoutGet",
    "LicensedItemGet",
    "LicensedResource",
    "LicensedResourceSource",
    "LicensedResourceSourceFeaturesDict",
    "LicensedResourceSourceProtection",
    "LicensedResourceType",
    "Links",
    "LogLink",
    "MapFunctionBodyItemType0",
    "Meta",
    "MetaReleasedType0",
    "OnePageSolverPort",
    "OnePageStudyPort",
    "OutputMessage",
    "OutputMessageStatus",
    "OutputTextContent",
    "PageFile",
    "PageJob",
    "PageLicensedItemGet",
    "PageProgram",
    "PageRegisteredFunction",
    "PageRegisteredFunctionJob",
    "PageRegisteredFunctionJobCollection",
    "PageRegisteredFunctionJobWithorWithoutStatus",
    "PageSolver",
    "PageStudy",
    "PortKindEnum",
    "PricingPlanClassification",
    "PricingUnitGetLegacy",
    "Profile",
    "ProfileUpdate",
    "Program",
    "ProjectFunction",
    "ProjectFunctionDefaultInputsType0",
    "ProjectFunctionJob",
    "ProjectFunctionJobInputsType0",
    "ProjectFunctionJobOutputsType0",
    "PythonCodeFunction",
    "PythonCodeFunctionDefaultInputsType0",
    "PythonCodeFunctionJob",
    "PythonCodeFunctionJobInputsType0",
    "PythonCodeFunctionJobOutputsType0",
    "RefreshRequest",
    "RegisteredFunctionJobCollection",
    "RegisteredProjectFunction",
    "RegisteredProjectFunctionDefaultInputsType0",
    "RegisteredProjectFunctionJob",
    "RegisteredProjectFunctionJobInputsType0",
    "RegisteredProjectFunctionJobOutputsType0",
    "RegisteredProjectFunctionJobWithStatus",
    "RegisteredProjectFunctionJobWithStatusInputsType0",
    "RegisteredProjectFunctionJobWithStatusOutputsType0",
    "RegisteredPythonCodeFunction",
    "RegisteredPythonCodeFunctionDefaultInputsType0",
    "RegisteredPythonCodeFunctionJob",
    "RegisteredPythonCodeFunctionJobInputsType0",
    "RegisteredPythonCodeFunctionJobOutputsType0",
    "RegisteredPythonCodeFunctionJobWithStatus",
    "RegisteredPythonCodeFunctionJobWithStatusInputsType0",
    "RegisteredPythonCodeFunctionJobWithStatusOutputsType0",
    "RegisteredSolverFunction",
    "RegisteredSolverFunctionDefaultInputsType0",
    "RegisteredSolverFunctionJob",
    "RegisteredSolverFunctionJobInputsType0",
    "RegisteredSolverFunctionJobOutputsType0",
    "RegisteredSolverFunctionJobWithStatus",
    "RegisteredSolverFunctionJobWithStatusInputsType0",
    "RegisteredSolverFunctionJobWithStatusOutputsType0",
    "ResponseObject",
    "ResponseObjectErrorType0",
    "ResponseObjectType",
    "ResponseStatus",
    "RevokeRequest",
    "RunFunctionBodyType0",
    "RunningState",
    "ServicePricingPlanGetLegacy",
    "Solver",
    "SolverFunction",
    "SolverFunctionDefaultInputsType0",
    "SolverFunctionJob",
    "SolverFunctionJobInputsType0",
    "SolverFunctionJobOutputsType0",
    "SolverPort",
    "SolverPortContentSchemaType0",
    "Study",
    "StudyPort",
    "StudyPortContentSchemaType0",
    "TaskGet",
    "TaskProgress",
    "TaskResult",
    "TaskStatus",
    "TokenPair",
    "UnitExtraInfo",
    "UploadLinks",
    "UploadedPart",
    "UserFile",
    "UserFileToProgramJob",
    "UserRoleEnum",
    "UsersGroup",
    "ValidateFunctionInputsBodyType0",
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
    from .api_server_envelopelist_task_get import ApiServerEnvelopelistTaskGet
    from .batch_get_job_metadata_response import BatchGetJobMetadataResponse
    from .body_abort_multipart_upload import BodyAbortMultipartUpload
    from .body_clone_study import BodyCloneStudy
    from .body_complete_multipart_upload import BodyCompleteMultipartUpload
    from .body_create_program_job import BodyCreateProgramJob
    from .body_upload_file import BodyUploadFile
    from .client_file_upload_data import ClientFileUploadData
    from .create_response_request import CreateResponseRequest
    from .create_response_request_metadata_type_0 import CreateResponseRequestMetadataType0
    from .error_dict import ErrorDict
    from .error_dict_ctx_type_0 import ErrorDictCtxType0
    from .error_get import ErrorGet
    from .file_meta import FileMeta
    from .file_upload_completion_body import FileUploadCompletionBody
    from .file_upload_data import FileUploadData
    from .function_job_collection import FunctionJobCollection
    from .function_job_collection_status import FunctionJobCollectionStatus
    from .function_job_outputs_response_200_type_0 import FunctionJobOutputsResponse200Type0
    from .function_job_status import FunctionJobStatus
    from .get_credit_price_legacy import GetCreditPriceLegacy
    from .groups import Groups
    from .http_validation_error import HTTPValidationError
    from .input_message import InputMessage
    from .input_message_role import InputMessageRole
    from .job import Job
    from .job_encryption_inputs import JobEncryptionInputs
    from .job_encryption_inputs_input_port_to_file_id import JobEncryptionInputsInputPortToFileId
    from .job_inputs import JobInputs
    from .job_log import JobLog
    from .job_logs_map import JobLogsMap
    from .job_metadata import JobMetadata
    from .job_metadata_metadata import JobMetadataMetadata
    from .job_metadata_update import JobMetadataUpdate
    from .job_metadata_update_metadata import JobMetadataUpdateMetadata
    from .job_outputs import JobOutputs
    from .job_status import JobStatus
    from .json_function_input_schema import JSONFunctionInputSchema
    from .json_function_input_schema_schema_content import JSONFunctionInputSchemaSchemaContent
    from .json_function_output_schema import JSONFunctionOutputSchema
    from .json_function_output_schema_schema_content import JSONFunctionOutputSchemaSchemaContent
    from .keyword_arguments import KeywordArguments
    from .language_enum import LanguageEnum
    from .licensed_item_checkout_data import LicensedItemCheckoutData
    from .licensed_item_checkout_get import LicensedItemCheckoutGet
    from .licensed_item_get import LicensedItemGet
    from .licensed_resource import LicensedResource
    from .licensed_resource_source import LicensedResourceSource
    from .licensed_resource_source_features_dict import LicensedResourceSourceFeaturesDict
    from .licensed_resource_source_protection import LicensedResourceSourceProtection
    from .licensed_resource_type import LicensedResourceType
    from .links import Links
    from .log_link import LogLink
    from .map_function_body_item_type_0 import MapFunctionBodyItemType0
    from .meta import Meta
    from .meta_released_type_0 import MetaReleasedType0
    from .one_page_solver_port import OnePageSolverPort
    from .one_page_study_port import OnePageStudyPort
    from .output_message import OutputMessage
    from .output_message_status import OutputMessageStatus
    from .output_text_content import OutputTextContent
    from .page_file import PageFile
    from .page_job import PageJob
    from .page_licensed_item_get import PageLicensedItemGet
    from .page_program import PageProgram
    from .page_registered_function import PageRegisteredFunction
    from .page_registered_function_job import PageRegisteredFunctionJob
    from .page_registered_function_job_collection import PageRegisteredFunctionJobCollection
    from .page_registered_function_job_withor_without_status import PageRegisteredFunctionJobWithorWithoutStatus
    from .page_solver import PageSolver
    from .page_study import PageStudy
    from .port_kind_enum import PortKindEnum
    from .pricing_plan_classification import PricingPlanClassification
    from .pricing_unit_get_legacy import PricingUnitGetLegacy
    from .profile import Profile
    from .profile_update import ProfileUpdate
    from .program import Program
    from .project_function import ProjectFunction
    from .project_function_default_inputs_type_0 import ProjectFunctionDefaultInputsType0
    from .project_function_job import ProjectFunctionJob
    from .project_function_job_inputs_type_0 import ProjectFunctionJobInputsType0
    from .project_function_job_outputs_type_0 import ProjectFunctionJobOutputsType0
    from .python_code_function import PythonCodeFunction
    from .python_code_function_default_inputs_type_0 import PythonCodeFunctionDefaultInputsType0
    from .python_code_function_job import PythonCodeFunctionJob
    from .python_code_function_job_inputs_type_0 import PythonCodeFunctionJobInputsType0
    from .python_code_function_job_outputs_type_0 import PythonCodeFunctionJobOutputsType0
    from .refresh_request import RefreshRequest
    from .registered_function_job_collection import RegisteredFunctionJobCollection
    from .registered_project_function import RegisteredProjectFunction
    from .registered_project_function_default_inputs_type_0 import RegisteredProjectFunctionDefaultInputsType0
    from .registered_project_function_job import RegisteredProjectFunctionJob
    from .registered_project_function_job_inputs_type_0 import RegisteredProjectFunctionJobInputsType0
    from .registered_project_function_job_outputs_type_0 import RegisteredProjectFunctionJobOutputsType0
    from .registered_project_function_job_with_status import RegisteredProjectFunctionJobWithStatus
    from .registered_project_function_job_with_status_inputs_type_0 import (
        RegisteredProjectFunctionJobWithStatusInputsType0,
    )
    from .registered_project_function_job_with_status_outputs_type_0 import (
        RegisteredProjectFunctionJobWithStatusOutputsType0,
    )
    from .registered_python_code_function import RegisteredPythonCodeFunction
    from .registered_python_code_function_default_inputs_type_0 import RegisteredPythonCodeFunctionDefaultInputsType0
    from .registered_python_code_function_job import RegisteredPythonCodeFunctionJob
    from .registered_python_code_function_job_inputs_type_0 import RegisteredPythonCodeFunctionJobInputsType0
    from .registered_python_code_function_job_outputs_type_0 import RegisteredPythonCodeFunctionJobOutputsType0
    from .registered_python_code_function_job_with_status import RegisteredPythonCodeFunctionJobWithStatus
    from .registered_python_code_function_job_with_status_inputs_type_0 import (
        RegisteredPythonCodeFunctionJobWithStatusInputsType0,
    )
    from .registered_python_code_function_job_with_status_outputs_type_0 import (
        RegisteredPythonCodeFunctionJobWithStatusOutputsType0,
    )
    from .registered_solver_function import RegisteredSolverFunction
    from .registered_solver_function_default_inputs_type_0 import RegisteredSolverFunctionDefaultInputsType0
    from .registered_solver_function_job import RegisteredSolverFunctionJob
    from .registered_solver_function_job_inputs_type_0 import RegisteredSolverFunctionJobInputsType0
    from .registered_solver_function_job_outputs_type_0 import RegisteredSolverFunctionJobOutputsType0
    from .registered_solver_function_job_with_status import RegisteredSolverFunctionJobWithStatus
    from .registered_solver_function_job_with_status_inputs_type_0 import (
        RegisteredSolverFunctionJobWithStatusInputsType0,
    )
    from .registered_solver_function_job_with_status_outputs_type_0 import (
        RegisteredSolverFunctionJobWithStatusOutputsType0,
    )
    from .response_object import ResponseObject
    from .response_object_error_type_0 import ResponseObjectErrorType0
    from .response_object_type import ResponseObjectType
    from .response_status import ResponseStatus
    from .revoke_request import RevokeRequest
    from .run_function_body_type_0 import RunFunctionBodyType0
    from .running_state import RunningState
    from .service_pricing_plan_get_legacy import ServicePricingPlanGetLegacy
    from .solver import Solver
    from .solver_function import SolverFunction
    from .solver_function_default_inputs_type_0 import SolverFunctionDefaultInputsType0
    from .solver_function_job import SolverFunctionJob
    from .solver_function_job_inputs_type_0 import SolverFunctionJobInputsType0
    from .solver_function_job_outputs_type_0 import SolverFunctionJobOutputsType0
    from .solver_port import SolverPort
    from .solver_port_content_schema_type_0 import SolverPortContentSchemaType0
    from .study import Study
    from .study_port import StudyPort
    from .study_port_content_schema_type_0 import StudyPortContentSchemaType0
    from .task_get import TaskGet
    from .task_progress import TaskProgress
    from .task_result import TaskResult
    from .task_status import TaskStatus
    from .token_pair import TokenPair
    from .unit_extra_info import UnitExtraInfo
    from .upload_links import UploadLinks
    from .uploaded_part import UploadedPart
    from .user_file import UserFile
    from .user_file_to_program_job import UserFileToProgramJob
    from .user_role_enum import UserRoleEnum
    from .users_group import UsersGroup
    from .validate_function_inputs_body_type_0 import ValidateFunctionInputsBodyType0
    from .validation_error import ValidationError
    from .validation_error_context import ValidationErrorContext
    from .wallet_get_with_available_credits_legacy import WalletGetWithAvailableCreditsLegacy
    from .wallet_status import WalletStatus
