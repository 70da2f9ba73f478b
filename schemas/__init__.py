"""Pandera models for the frames that flow between stages: documents, table cells, observations."""

from schemas.documents import DocumentModel
from schemas.observations import ObservationModel
from schemas.table_cells import TableCellModel

__all__ = ["DocumentModel", "ObservationModel", "TableCellModel"]
