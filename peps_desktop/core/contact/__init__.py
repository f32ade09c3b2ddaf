"""Nous contacter and Mes échanges: catalogue, form, NIR, échanges, sending, transports, mail."""
