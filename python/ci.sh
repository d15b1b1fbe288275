#!/usr/bin/env bash
# Builds the Python package into a virtual environment of its own
# (target/python-venv, or $RINSE_VENV) and runs its tests against the
# command line built by `cargo test` (or $RINSE_BIN).
#
# RINSE_ENGINES=0 leaves out the engines (datasets, datatrove, pyspark):
# their tests are then skipped, not failed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
target="${CARGO_TARGET_DIR:-target}"
venv="${RINSE_VENV:-$target/python-venv}"

run() {
    echo "+ $*" >&2
    "$@"
}

python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    run "$python" -m venv "$venv"
fi
pip=("$venv/bin/python" -m pip install --quiet --disable-pip-version-check)
run "${pip[@]}" -r python/requirements-test.txt
if [ "${RINSE_ENGINES:-1}" != 0 ]; then
    run "${pip[@]}" -r python/requirements-engines.txt
fi
# Exactly the README's command, into the virtual environment.
run "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps ./python

export RINSE_BIN="${RINSE_BIN:-$target/debug/rinse}"
# From the top folder, not python/: the tests import the installed
# package, not the source folder beside them.
run "$venv/bin/python" -m pytest -p no:cacheprovider -ra python/tests
