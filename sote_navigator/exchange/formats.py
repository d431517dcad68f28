"""The catalogue file formats an import understands, named apart from the import itself so that
the command line can offer them without loading the readers and the schema validator."""

FORMATS = ("auto", "native", "ptv")
