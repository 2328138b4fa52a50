// The cheapest statement that proves the server answers our credentials for the configured database.
RETURN 1 AS ok
