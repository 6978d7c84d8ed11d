"""Functions, function jobs and their collections, with the platform's model (component) names.

Every union is discriminated by `function_class`, a constant with a default in each member: a
body that leaves it out is rejected, as on the platform, and every answer carries it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal, Union
from uuid import UUID

from pydantic import BaseModel, Field

from osparc_platform_server.schemas.meta import SEMVER

SchemaClass = Literal["application/schema+json"]
SCHEMA_CLASS: SchemaClass = "application/schema+json"
FUNCTION_SOLVER_KEY = (
    r"^simcore/services/((comp|dynamic|frontend))/([a-z0-9][a-z0-9_.-]*/)*([a-z0-9-_]+[a-z0-9])$"
)


class JSONFunctionInputSchema(BaseModel):
    # A literal default (pydantic copies it per instance), so the schema shows it as the
    # platform's does.
    schema_content: dict[str, Any] = Field(
        default={}, description="A JSON Schema document for the inputs"
    )
    schema_class: SchemaClass = SCHEMA_CLASS


class JSONFunctionOutputSchema(BaseModel):
    schema_content: dict[str, Any] = Field(
        default={}, description="A JSON Schema document for the outputs"
    )
    schema_class: SchemaClass = SCHEMA_CLASS


# Single-member unions, as the platform declares them (room for other schema languages).
FunctionInputSchema = Annotated[
    Union[JSONFunctionInputSchema], Field(discriminator="schema_class")  # noqa: UP007
]
FunctionOutputSchema = Annotated[
    Union[JSONFunctionOutputSchema], Field(discriminator="schema_class")  # noqa: UP007
]


class _FunctionBase(BaseModel):
    title: str = ""
    description: str = ""
    input_schema: FunctionInputSchema
    output_schema: FunctionOutputSchema
    default_inputs: dict[str, Any] | None


class ProjectFunction(_FunctionBase):
    function_class: Literal["PROJECT"] = "PROJECT"
    project_id: UUID


class PythonCodeFunction(_FunctionBase):
    function_class: Literal["PYTHON_CODE"] = "PYTHON_CODE"
    code_url: str


class SolverFunction(_FunctionBase):
    function_class: Literal["SOLVER"] = "SOLVER"
    solver_key: str = Field(pattern=FUNCTION_SOLVER_KEY)
    solver_version: str = Field(pattern=SEMVER)


class _Registered(BaseModel):
    uid: UUID
    created_at: datetime
    modified_at: datetime


class RegisteredProjectFunction(_Registered, ProjectFunction):
    pass


class RegisteredPythonCodeFunction(_Registered, PythonCodeFunction):
    pass


class RegisteredSolverFunction(_Registered, SolverFunction):
    pass


Function = Annotated[
    Union[ProjectFunction, PythonCodeFunction, SolverFunction],  # noqa: UP007
    Field(discriminator="function_class"),
]
RegisteredFunction = Annotated[
    Union[  # noqa: UP007
        RegisteredProjectFunction, RegisteredPythonCodeFunction, RegisteredSolverFunction
    ],
    Field(discriminator="function_class"),
]


# -- function jobs ------------------------------------------------------------------------------
class _FunctionJobBase(BaseModel):
    title: str = ""
    description: str = ""
    function_uid: UUID
    inputs: dict[str, Any] | None
    outputs: dict[str, Any] | None


class ProjectFunctionJob(_FunctionJobBase):
    function_class: Literal["PROJECT"] = "PROJECT"
    project_job_id: UUID | None
    job_creation_task_id: str | None


class PythonCodeFunctionJob(_FunctionJobBase):
    function_class: Literal["PYTHON_CODE"] = "PYTHON_CODE"


class SolverFunctionJob(_FunctionJobBase):
    function_class: Literal["SOLVER"] = "SOLVER"
    solver_job_id: UUID | None
    job_creation_task_id: str | None


class _RegisteredJob(BaseModel):
    uid: UUID
    created_at: datetime


class RegisteredProjectFunctionJob(_RegisteredJob, ProjectFunctionJob):
    pass


class RegisteredPythonCodeFunctionJob(_RegisteredJob, PythonCodeFunctionJob):
    pass


class RegisteredSolverFunctionJob(_RegisteredJob, SolverFunctionJob):
    pass


class FunctionJobStatus(BaseModel):
    status: str


class RegisteredProjectFunctionJobWithStatus(RegisteredProjectFunctionJob):
    status: FunctionJobStatus


class RegisteredPythonCodeFunctionJobWithStatus(RegisteredPythonCodeFunctionJob):
    status: FunctionJobStatus


class RegisteredSolverFunctionJobWithStatus(RegisteredSolverFunctionJob):
    status: FunctionJobStatus


FunctionJob = Annotated[
    Union[ProjectFunctionJob, PythonCodeFunctionJob, SolverFunctionJob],  # noqa: UP007
    Field(discriminator="function_class"),
]
RegisteredFunctionJob = Annotated[
    Union[  # noqa: UP007
        RegisteredProjectFunctionJob, RegisteredPythonCodeFunctionJob, RegisteredSolverFunctionJob
    ],
    Field(discriminator="function_class"),
]
RegisteredFunctionJobWithStatus = Annotated[
    Union[  # noqa: UP007
        RegisteredProjectFunctionJobWithStatus,
        RegisteredPythonCodeFunctionJobWithStatus,
        RegisteredSolverFunctionJobWithStatus,
    ],
    Field(discriminator="function_class"),
]


# -- collections --------------------------------------------------------------------------------
class FunctionJobCollection(BaseModel):
    title: str = ""
    description: str = ""
    job_ids: list[UUID] = Field(default=[])


class RegisteredFunctionJobCollection(FunctionJobCollection):
    uid: UUID
    created_at: datetime


class FunctionJobCollectionStatus(BaseModel):
    status: list[str] = Field(description="The status of each job, in the order of job_ids")
