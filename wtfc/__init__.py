"""wtfc: the Working Together for Change workshop tool."""

import os

# pydantic hands every value it validates to any pydantic plugin installed in the environment
# (an observability package, say), which could send card text off the machine. wtfc uses
# none, so none is loaded (tests/model/test_no_plugins.py); it also spares start-up a read of
# every installed package's entry points.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

__version__ = "0.1.0"
