"""Every request and response model of the API, e.g. `models.ProfileUpdate(first_name="Ada")`.

Importing this module loads all models; `import sdk` alone does not.
"""

from osparc_sdk_generated.models import *  # noqa: F403 - the generated models are this module's API
from osparc_sdk_generated.models import KeywordArguments
from osparc_sdk_generated.models import __all__ as __all__

# Earlier names of the job inputs' and outputs' mapping, before the spec used the platform's
# schema name `KeywordArguments` (still importable, no longer listed in __all__).
JobInputsValues = KeywordArguments
JobOutputsResults = KeywordArguments
