"""`python -m peps_desktop` and the `peps-desktop` entry point."""

import sys

from peps_desktop.cli import main as _main


def main() -> None:
    sys.exit(_main(sys.argv[1:]))


if __name__ == "__main__":
    main()
