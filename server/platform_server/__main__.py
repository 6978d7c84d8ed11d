from platform_server.cli import main

raise SystemExit(main())
