"""`python -m digigov_desktop.cli`."""

from digigov_desktop.cli import main

raise SystemExit(main())
