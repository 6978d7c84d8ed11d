from osparc_platform_server import main

raise SystemExit(main())
