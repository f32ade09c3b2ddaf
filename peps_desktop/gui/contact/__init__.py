"""Nous contacter: the help centre, the request form and Mes échanges."""
