"""Card text never reaches a pydantic plugin that happens to be installed.

pydantic gives every value it validates to the plugins registered under its entry-point group
(observability packages register one). Each test runs a fresh interpreter with a fake plugin on
its path that notes what it was shown in a file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.child_env import child_env

PLUGIN = '''
from pathlib import Path

SEEN = Path(__file__).with_name("seen.txt")


class _Validator:
    def on_enter(self, input, **kwargs):
        with SEEN.open("a") as f:
            f.write(repr(input) + "\\n")


class _Plugin:
    def new_schema_validator(self, schema, schema_type, schema_type_path, schema_kind,
                             config, plugin_settings):
        return _Validator(), None, None


plugin = _Plugin()
'''


def _run(folder: Path, code: str) -> str:
    (folder / "fake_plugin.py").write_text(PLUGIN)
    info = folder / "fake_plugin-1.0.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[pydantic]\nfake = fake_plugin:plugin\n")
    seen = folder / "seen.txt"
    seen.unlink(missing_ok=True)
    env = child_env({"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"})  # the tested wtfc too
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=folder)
    return seen.read_text() if seen.exists() else ""


def test_the_fake_plugin_sees_what_plain_pydantic_validates(tmp_path: Path) -> None:
    seen = _run(tmp_path, "import pydantic\n"
                          "class M(pydantic.BaseModel):\n    text: str\n"
                          "M.model_validate({'text': 'My carer never comes on time'})")
    assert "My carer never comes on time" in seen


def test_a_workshop_card_is_not_shown_to_an_installed_plugin(tmp_path: Path) -> None:
    seen = _run(tmp_path, "from wtfc.model.workshop import Workshop\n"
                          "Workshop.model_validate({'cards': [{'id': 'c1', 'kind': 'working',"
                          " 'text': 'My carer never comes on time'}]})")
    assert seen == ""
