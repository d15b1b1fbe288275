#!/usr/bin/env bash
# Builds the Python package into a virtual environment of its own
# (target/python-venv, or $RINSE_VENV) and runs its tests against the
# command line built by `cargo test` (or $RINSE_BIN).
#
# The package is built in the dev profile (MATURIN_PEP517_ARGS), sharing
# the target folder of `cargo test`: most dependencies are built already.
# RINSE_ENGINES=0 leaves out the engines (datasets, datatrove, pyspark),
# RINSE_SPARK=0 pyspark alone (a 456 MB download on a fresh machine),
# RINSE_RAY=0 Ray alone: their tests are then skipped, not failed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
target="$CARGO_TARGET_DIR"
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
    if [ "${RINSE_SPARK:-1}" != 0 ]; then
        run "${pip[@]}" -r python/requirements-spark.txt
    fi
    if [ "${RINSE_RAY:-1}" != 0 ]; then
        run "${pip[@]}" -r python/requirements-ray.txt
    fi
fi
# The README's command, into the virtual environment.
export MATURIN_PEP517_ARGS="${MATURIN_PEP517_ARGS:---profile dev}"
run "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps ./python

export RINSE_BIN="${RINSE_BIN:-$target/debug/rinse}"
# From the top folder, not python/: the tests import the installed
# package, not the source folder beside them.
run "$venv/bin/python" -m pytest -p no:cacheprovider -ra python/tests
