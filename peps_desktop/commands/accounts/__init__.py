"""`peps-desktop accounts …`, `activate` and `review …`."""
