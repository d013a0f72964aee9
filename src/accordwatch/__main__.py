from accordwatch.cli import main

main()
