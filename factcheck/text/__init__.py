"""Reading scraped news text: dates and numbers as articles write them."""
