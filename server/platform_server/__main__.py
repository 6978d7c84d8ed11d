from platform_server import main

raise SystemExit(main())
