from cases.models.pages import CaseIndexPage, CaseOrganisation, CasePage, CasePageTag

__all__ = ["CaseIndexPage", "CaseOrganisation", "CasePage", "CasePageTag"]
