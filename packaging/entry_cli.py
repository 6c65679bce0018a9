"""The bundle's `workbench` command: the same click group as the `workbench` console script."""

import sys

from workbench.cli.main import main

if __name__ == "__main__":
    sys.exit(main(prog_name="workbench"))
