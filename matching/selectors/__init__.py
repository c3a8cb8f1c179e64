"""Reads for matching, one module a job:

- `terms`: the terms, sectors and forms of mobility matching reads, and the desk's weights;
- `records`: requests and availabilities as the plain `Need` and `Offer` values scoring uses,
  with each organisation's conflicts of interest and partners;
- `offers`: all matchable offers as the arrays of `vectorised.OfferMatrix`, kept per process;
- `visibility`: who may see which requests, availabilities and candidates;
- `lists`: the lists the pages and the API show (open requests, a round's proposals).
"""
