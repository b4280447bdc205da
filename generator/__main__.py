"""`python -m generator` runs the command line.

The process ends without freeing what it made one object at a time (a tenth of a second for
a large fact sheet, for memory the system takes back at once): its output is flushed, its
files are written and closed, and no thread or process of its own is left running."""

import os
import sys

from generator.cli import main

code = main()
sys.stdout.flush()
sys.stderr.flush()
os._exit(code)
