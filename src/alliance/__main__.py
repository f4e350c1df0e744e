"""`python -m alliance ...`: the same commands as the `alliance` console script."""

from alliance.cli import main

main()
