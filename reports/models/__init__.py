from .annual_report import AnnualReportChapterPage, AnnualReportPage, KeyFigure, SurveyResult
from .publications import PublicationIndexPage, PublicationPage

__all__ = [
    "AnnualReportChapterPage",
    "AnnualReportPage",
    "KeyFigure",
    "PublicationIndexPage",
    "PublicationPage",
    "SurveyResult",
]
