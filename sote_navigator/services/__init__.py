"""Use cases shared by the CLI and the GUI. Each takes the engine it works on."""
