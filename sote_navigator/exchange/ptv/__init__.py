"""Reading what PTV (Suomi.fi Palvelutietovaranto) Open API v11 publishes."""
