"""What every screen shares: form and field builders, workers, tables, translations, sign-in."""
