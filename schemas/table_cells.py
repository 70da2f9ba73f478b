"""One cell of a table as the source printed it."""

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData


class TableCellModel(pa.DataFrameModel):
    cell_id: str = pa.Field(unique=True)
    table_id: str
    doc_id: str
    source_file: str
    table_index: int = pa.Field(ge=0)
    caption: str = pa.Field(nullable=True)
    row_index: int = pa.Field(ge=0)
    col_index: int = pa.Field(ge=0)
    row_label: str = pa.Field(nullable=True)
    col_label: str = pa.Field(nullable=True)
    raw_text: str
    value: float = pa.Field(nullable=True)
    char_start: int = pa.Field(ge=0)
    char_end: int = pa.Field(ge=0)
    doc_n_chars: int

    @pa.dataframe_check(name="offsets_inside_document", error="cell offsets fall outside the document")
    def offsets_inside(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("char_start") <= pl.col("char_end")) & (pl.col("char_end") <= pl.col("doc_n_chars")))

    class Config:
        strict = False
