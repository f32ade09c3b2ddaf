"""What every area shares: sign-in and security, clock and dates, audit, documents, the data
key, locations, the funds."""
