"""`python -m generator` runs the command line."""

from generator.cli import main

raise SystemExit(main())
