"""`peps-desktop contact …`, `exchanges …` and `nir …`."""
