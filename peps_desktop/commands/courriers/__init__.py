"""`peps-desktop courriers …`."""
