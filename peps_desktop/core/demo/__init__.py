"""Demo data: a fictitious commune with its accounts, courriers, documents and échanges."""
