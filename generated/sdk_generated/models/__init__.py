"""Contains all the data models used in inputs/outputs"""

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
from .json_function_input_schema import JSONFunctionInputSchema
from .json_function_input_schema_schema_content import JSONFunctionInputSchemaSchemaContent
from .json_function_output_schema import JSONFunctionOutputSchema
from .json_function_output_schema_schema_content import JSONFunctionOutputSchemaSchemaContent
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
from .meta import Meta
from .meta_released_type_0 import MetaReleasedType0
from .one_page_solver_port import OnePageSolverPort
from .one_page_study_port import OnePageStudyPort
from .output_message import OutputMessage
from .output_message_status import OutputMessageStatus
from .output_text_content import OutputTextContent
from .page_annotated_union_registered_project_function_job_registered_python_code_function_job_registered_solver_function_job_field_infoannotation_none_type_required_true_discriminatorfunction_class import (
    PageAnnotatedUnionRegisteredProjectFunctionJobRegisteredPythonCodeFunctionJobRegisteredSolverFunctionJobFieldInfoannotationNoneTypeRequiredTrueDiscriminatorfunctionClass,
)
from .page_annotated_union_registered_project_function_registered_python_code_function_registered_solver_function_field_infoannotation_none_type_required_true_discriminatorfunction_class import (
    PageAnnotatedUnionRegisteredProjectFunctionRegisteredPythonCodeFunctionRegisteredSolverFunctionFieldInfoannotationNoneTypeRequiredTrueDiscriminatorfunctionClass,
)
from .page_file import PageFile
from .page_job import PageJob
from .page_licensed_item_get import PageLicensedItemGet
from .page_program import PageProgram
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
from .registered_project_function_job_with_status_inputs_type_0 import RegisteredProjectFunctionJobWithStatusInputsType0
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
from .registered_solver_function_job_with_status_inputs_type_0 import RegisteredSolverFunctionJobWithStatusInputsType0
from .registered_solver_function_job_with_status_outputs_type_0 import RegisteredSolverFunctionJobWithStatusOutputsType0
from .response_object import ResponseObject
from .response_object_error_type_0 import ResponseObjectErrorType0
from .response_object_type import ResponseObjectType
from .response_status import ResponseStatus
from .revoke_request import RevokeRequest
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
    "Meta",
    "MetaReleasedType0",
    "OnePageSolverPort",
    "OnePageStudyPort",
    "OutputMessage",
    "OutputMessageStatus",
    "OutputTextContent",
    "PageAnnotatedUnionRegisteredProjectFunctionJobRegisteredPythonCodeFunctionJobRegisteredSolverFunctionJobFieldInfoannotationNoneTypeRequiredTrueDiscriminatorfunctionClass",
    "PageAnnotatedUnionRegisteredProjectFunctionRegisteredPythonCodeFunctionRegisteredSolverFunctionFieldInfoannotationNoneTypeRequiredTrueDiscriminatorfunctionClass",
    "PageFile",
    "PageJob",
    "PageLicensedItemGet",
    "PageProgram",
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
