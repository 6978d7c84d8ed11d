"""Contains all the data models used in inputs/outputs"""

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
from .job_log import JobLog
from .job_logs_map import JobLogsMap
from .job_metadata import JobMetadata
from .job_metadata_metadata import JobMetadataMetadata
from .job_metadata_update import JobMetadataUpdate
from .job_metadata_update_metadata import JobMetadataUpdateMetadata
from .job_outputs import JobOutputs
from .job_status import JobStatus
from .keyword_arguments import KeywordArguments
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
