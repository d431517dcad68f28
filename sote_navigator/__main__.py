from sote_navigator.cli import main

raise SystemExit(main())
