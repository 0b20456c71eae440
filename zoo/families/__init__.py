"""One module per registry of third-party models (see ``zoo.common`` for what each defines)."""
