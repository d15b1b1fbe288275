"""The README's Python section: one command to install, and a five-line
example that runs as shown."""

import re
import subprocess
import sys

from conftest import REPO


def section():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return readme.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]


def test_install_is_one_command():
    blocks = re.findall(r"```sh\n(.*?)```", section(), re.S)
    assert blocks[0].strip().splitlines() == ["pip install ./python"]


def test_the_example_runs_as_shown():
    example = re.findall(r"```python\n(.*?)```", section(), re.S)[0]
    assert len([line for line in example.splitlines() if line.strip()]) <= 5
    done = subprocess.run([sys.executable, "-c", example], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    shown = re.findall(r"```text\n(.*?)```", section(), re.S)[0]
    assert done.stdout == shown
