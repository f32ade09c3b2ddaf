"""The dashboard: its cards, the courriers to handle first, where each link leads."""
